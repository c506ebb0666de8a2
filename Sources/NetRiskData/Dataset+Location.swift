// Where the default dataset is.
import Foundation

extension Dataset {
  /// The dataset directory commands use when none is given:
  /// 1. the environment variable `NETRISK_DATASET`, when set and not empty;
  /// 2. else `./Datasets`, when the current directory has one;
  /// 3. else the `Datasets/` folder of the clone this library was built from
  ///    (found from this source file's path), so that `swift run netrisk ...`
  ///    works from anywhere inside a clone.
  ///
  /// The directory is not checked to exist beyond step 2; loading a missing
  /// directory fails with `DatasetError.missingDirectory`.
  public static var defaultDirectory: String {
    defaultDirectory(environment: ProcessInfo.processInfo.environment,
                     currentDirectory: FileManager.default.currentDirectoryPath)
  }

  static func defaultDirectory(environment: [String: String], currentDirectory: String) -> String {
    if let configured = environment["NETRISK_DATASET"], !configured.isEmpty { return configured }
    let local = (currentDirectory as NSString).appendingPathComponent("Datasets")
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
      return local
    }
    return repositoryDatasetsDirectory
  }

  /// `<clone>/Datasets`, from `<clone>/Sources/NetRiskData/Dataset+Location.swift`.
  static var repositoryDatasetsDirectory: String {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // NetRiskData
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent()  // clone
      .appendingPathComponent("Datasets").path
  }
}
