// Locating test fixtures (from this file's path, not bundle resources) and
// building scratch dataset directories from them.
import Foundation

enum Fixtures {
  /// `Tests/NetRiskDataTests/Fixtures`.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The clone's root directory.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// The names of the malformed-input cases under `Fixtures/bad/`, sorted.
  static var badCases: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path("bad"))) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  /// A fresh empty directory under the temporary directory.
  static func scratchDirectory(_ label: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("netrisk-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// A copy of `Fixtures/good` with the files of `Fixtures/bad/<name>` laid
  /// over it, and the files listed in its `delete.txt` removed.
  static func dataset(overlaying name: String) throws -> URL {
    let directory = try scratchDirectory(name)
    let manager = FileManager.default
    for file in try manager.contentsOfDirectory(atPath: path("good")) {
      try manager.copyItem(atPath: path("good/" + file), toPath: directory.appendingPathComponent(file).path)
    }
    let overlay = path("bad/" + name)
    for file in try manager.contentsOfDirectory(atPath: overlay) where file.hasSuffix(".csv") {
      let target = directory.appendingPathComponent(file).path
      try manager.removeItem(atPath: target)
      try manager.copyItem(atPath: overlay + "/" + file, toPath: target)
    }
    if let deletions = try? String(contentsOfFile: overlay + "/delete.txt", encoding: .utf8) {
      for file in deletions.split(separator: "\n") {
        try manager.removeItem(at: directory.appendingPathComponent(String(file)))
      }
    }
    return directory
  }
}
