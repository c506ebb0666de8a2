// The members every JSON output of netrisk starts with.
import NetRisk
import NetRiskData

extension Provenance {
  /// The version of the JSON layouts below; raised when a layout changes in
  /// a way a reader must know about.
  public static let jsonSchemaVersion = 1

  /// `schema` ("netrisk-" + `output`), `schemaVersion`, `toolVersion`,
  /// `model` {name, version, hash} and `dataset` {hash}.
  public func members(output: String) -> [String: JSONValue] {
    [
      "schema": .string("netrisk-" + output), "schemaVersion": .integer(Self.jsonSchemaVersion),
      "toolVersion": .string(toolVersion),
      "model": .object(["name": .string(modelName), "version": .string(modelVersion), "hash": .string(modelHash)]),
      "dataset": .object(["hash": .string(datasetHash)]),
    ]
  }

  /// The same members written through an `Encodable` document's container.
  func encode(output: String, to object: inout KeyedEncodingContainer<JSONKey>) throws {
    try object.encode("netrisk-" + output, forKey: "schema")
    try object.encode(Self.jsonSchemaVersion, forKey: "schemaVersion")
    try object.encode(toolVersion, forKey: "toolVersion")
    try object.encode(["name": modelName, "version": modelVersion, "hash": modelHash], forKey: "model")
    try object.encode(["hash": datasetHash], forKey: "dataset")
  }
}
