// Writing an output file so that no partial file is ever left behind.
import Foundation

/// Writes whole files atomically: the bytes go to a temporary file in the
/// same directory, which is then renamed over the destination. A crash or an
/// error midway leaves the destination as it was, and no stray temporary.
public enum AtomicFile {
  /// Writes `data` to `path`, creating or replacing it atomically. Only a
  /// regular file is ever replaced, and it keeps its permissions: a device,
  /// a FIFO, a directory or a symbolic link at `path` is refused (renaming
  /// over it would destroy the device node or the link).
  /// - Throws: `AtomicFileError` naming the path when the directory is missing
  ///   or not writable, or something other than a regular file is there.
  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    var status = stat()
    let exists = lstat(path, &status) == 0
    if exists && (status.st_mode & S_IFMT) != S_IFREG {
      let kind: String
      switch status.st_mode & S_IFMT {
      case S_IFLNK: kind = "a symbolic link"
      case S_IFDIR: kind = "a directory"
      case S_IFCHR, S_IFBLK: kind = "a device"
      case S_IFIFO: kind = "a FIFO"
      default: kind = "not a regular file"
      }
      throw AtomicFileError(path: path, reason: "refusing to replace \(kind); give a regular file (or '-' for standard output)")
    }
    let directory = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw AtomicFileError(path: path, reason: "directory \(directory.path) does not exist")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw AtomicFileError(path: path, reason: "cannot write: \(error.localizedDescription)")
    }
    if exists { chmod(temporary.path, status.st_mode & 0o7777) }  // the target keeps its permissions
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw AtomicFileError(path: path, reason: "cannot replace: \(reason)")
    }
  }

  /// Writes `text` as UTF-8 to `path` atomically.
  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }
}

/// An output file could not be written; nothing was left behind.
public struct AtomicFileError: Error, CustomStringConvertible, Equatable {
  public var path: String
  public var reason: String
  public var description: String { "\(path): \(reason)" }
}
