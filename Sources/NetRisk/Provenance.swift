// What produced a result: the tool, the model and the dataset, written into
// every JSON output so that two results can be compared knowingly.

/// The version of netrisk, as `netrisk --version` prints it and every JSON
/// output and shard manifest records it.
public enum NetRiskVersion {
  public static let current = "0.1.0"
}

/// The tool version, the model's name, version and hash, and the dataset's
/// content hash (`DatasetHash`) behind a result.
public struct Provenance: Hashable, Sendable {
  public var toolVersion: String
  public var modelName: String
  public var modelVersion: String
  public var modelHash: String
  public var datasetHash: String

  public init(toolVersion: String, modelName: String, modelVersion: String, modelHash: String, datasetHash: String) {
    self.toolVersion = toolVersion
    self.modelName = modelName
    self.modelVersion = modelVersion
    self.modelHash = modelHash
    self.datasetHash = datasetHash
  }
}

extension Assessment {
  /// This assessment's provenance; `datasetHash` is the hash of the
  /// directory it was loaded from (`DatasetHash.compute`), which the
  /// assessment does not keep.
  public func provenance(datasetHash: String) -> Provenance {
    Provenance(
      toolVersion: NetRiskVersion.current, modelName: model.name, modelVersion: model.version, modelHash: modelHash,
      datasetHash: datasetHash)
  }
}
