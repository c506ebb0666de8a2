// The raw dump directory the importer reads (layout described in SOURCES.md).
import Foundation

/// The raw dump directory (`../shared/data/raw`): file access by relative
/// path, with errors that name the file.
struct RawDirectory {
  let root: String

  /// - Throws: `ImportError.missingRawDirectory` when `root` is not a directory.
  init(root: String) throws(ImportError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .missingRawDirectory(root)
    }
    self.root = root
  }

  func path(_ relative: String) -> String {
    (root as NSString).appendingPathComponent(relative)
  }

  func bytes(_ relative: String) throws(ImportError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path(relative)) else {
      throw .missingFile(path(relative))
    }
    return [UInt8](data)
  }

  func table(_ relative: String, required: [String]) throws(ImportError) -> RawTable {
    try RawTable(path: path(relative), data: bytes(relative), required: required)
  }

  func json<Value: Decodable>(_ type: Value.Type, _ relative: String) throws(ImportError) -> Value {
    try json(type, bytes: bytes(relative), path: path(relative))
  }

  func json<Value: Decodable>(_ type: Value.Type, bytes: [UInt8], path: String) throws(ImportError) -> Value {
    do {
      return try JSONDecoder().decode(type, from: Data(bytes))
    } catch {
      throw .unreadable(path: path, reason: "not the expected JSON: \(error)")
    }
  }

  /// Names of the entries of a folder, sorted by their UTF-8 bytes.
  func entries(_ relative: String) throws(ImportError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path(relative))
        .filter { !$0.hasPrefix(".") }
        .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    } catch {
      throw .missingFile(path(relative))
    }
  }
}
