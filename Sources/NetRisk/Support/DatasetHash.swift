// A content hash of a dataset directory, for snapshots.
import Foundation
import NetRiskData

public enum DatasetHash {
  /// FNV-1a over the name and bytes of every `.csv` file directly in
  /// `directory`, in name order: the same files give the same hash wherever
  /// the directory is.
  /// - Throws: `InputError` naming a file that cannot be read.
  public static func compute(directory: String) throws -> String {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var bytes: [UInt8] = []
    for name in names.filter({ $0.hasSuffix(".csv") }).sorted() {
      guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
        throw InputError(file: directory + "/" + name, message: "cannot read the file to hash the dataset")
      }
      bytes += Array(name.utf8) + [0] + Array(data) + [0]
    }
    return StableHash.hex(of: bytes)
  }
}
