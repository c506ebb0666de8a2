// Writing an output file so that no partial file is ever left behind.
import Foundation

/// Writes whole files atomically: the bytes go to a temporary file in the
/// same directory, which is then renamed over the destination. A crash or an
/// error midway leaves the destination as it was, and no stray temporary.
public enum AtomicFile {
  /// Writes `data` to `path`, creating or replacing it atomically.
  /// - Throws: `AtomicFileError` naming the path when the directory is missing
  ///   or not writable.
  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
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
