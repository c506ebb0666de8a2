import Foundation
import Testing
@testable import NetRiskData

@Test func atomicWriteReplacesWholeFileAndLeavesNoTemporary() throws {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-atomic-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let path = directory.appendingPathComponent("out.txt").path
  try AtomicFile.write("first", to: path)
  try AtomicFile.write("second", to: path)
  #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
  #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
}

@Test func atomicWriteIntoMissingDirectoryNamesThePath() {
  let path = "/nonexistent-netrisk-dir/out.txt"
  #expect(throws: AtomicFileError.self) { try AtomicFile.write("x", to: path) }
}

/// Only regular files are replaced: a symbolic link, a FIFO, a directory or
/// a device stays as it is, and the error says why.
@Test func atomicWriteRefusesAnythingButARegularFile() throws {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-atomic-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let target = directory.appendingPathComponent("target.txt").path
  try "kept".write(toFile: target, atomically: false, encoding: .utf8)
  let link = directory.appendingPathComponent("link.txt").path
  try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
  let fifo = directory.appendingPathComponent("fifo").path
  #expect(mkfifo(fifo, 0o600) == 0)
  for (path, kind) in [(link, "a symbolic link"), (fifo, "a FIFO"), (directory.path, "a directory"), ("/dev/null", "a device")] {
    #expect(throws: AtomicFileError.self) { try AtomicFile.write("new", to: path) }
    do { try AtomicFile.write("new", to: path) } catch let error as AtomicFileError {
      #expect(error.reason.contains(kind), "\(path): \(error.reason)")
    }
  }
  #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept")
  var status = stat()
  #expect(lstat(link, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
  #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
  #expect(lstat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
  #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)) == ["target.txt", "link.txt", "fifo"])
}

/// A replaced file keeps its permissions (a read-only file stays read-only).
@Test func atomicWriteKeepsTheTargetsPermissions() throws {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-atomic-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let path = directory.appendingPathComponent("out.txt").path
  try AtomicFile.write("first", to: path)
  #expect(chmod(path, 0o640) == 0)
  try AtomicFile.write("second", to: path)
  var status = stat()
  #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o640)
  #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
}
