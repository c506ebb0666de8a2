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
