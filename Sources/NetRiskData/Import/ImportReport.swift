// What an import wrote, and everything it skipped, flagged or could not map.
import Foundation

/// The outcome of `DatasetImporter.run()`: rows written per file, counts
/// taken from the raw dumps (so that a reader can check written = raw −
/// skipped), and every note. It is written next to the dataset as
/// `import-summary.json` and printed by `netrisk import`.
public struct ImportReport: Hashable, Sendable, Codable, CustomStringConvertible {
  /// Snapshot date of each source, from `import/sources.csv`.
  public var snapshots: [String: String] = [:]
  /// Counts read from the raw dumps, e.g. `telegeography.cable_files`.
  public var rawCounts: [String: Int] = [:]
  /// Rows written per dataset file.
  public var rows: [String: Int] = [:]
  /// Everything skipped, flagged, unmapped or suspicious, in import order.
  public var notes: [ImportNote] = []

  /// How many items each listed note keeps (the count stays exact).
  static let itemLimit = 60

  public init() {}

  enum CodingKeys: String, CodingKey {
    case snapshots
    case rawCounts = "raw_counts"
    case rows
    case notes
  }

  /// Adds a note listing `items` (nothing when there are none).
  mutating func note(
    _ kind: ImportNote.Kind, _ source: String, _ entity: String, _ reason: String, items: [String]
  ) {
    guard !items.isEmpty else { return }
    notes.append(ImportNote(
      kind: kind, source: source, entity: entity, reason: reason, count: items.count,
      items: Array(items.prefix(Self.itemLimit))))
  }

  /// Adds a note counting `count` things, listing `items` (e.g. the codes of
  /// the rows counted); nothing when `count` is 0.
  mutating func note(
    _ kind: ImportNote.Kind, _ source: String, _ entity: String, _ reason: String, count: Int, items: [String]
  ) {
    guard count > 0 else { return }
    notes.append(ImportNote(
      kind: kind, source: source, entity: entity, reason: reason, count: count,
      items: Array(items.prefix(Self.itemLimit))))
  }

  /// Adds a note with a count only (nothing when it is 0).
  mutating func note(_ kind: ImportNote.Kind, _ source: String, _ entity: String, _ reason: String, count: Int) {
    guard count > 0 else { return }
    notes.append(ImportNote(kind: kind, source: source, entity: entity, reason: reason, count: count, items: []))
  }

  /// The total count of the notes of `kind` about `entity`.
  public func count(_ kind: ImportNote.Kind, entity: String) -> Int {
    notes.filter { $0.kind == kind && $0.entity == entity }.reduce(0) { $0 + $1.count }
  }

  /// `import-summary.json`: canonical JSON (`JSONValue`, keys sorted,
  /// two-space indentation) with each note's items on one line, so the file
  /// is byte-identical wherever the importer runs (`JSONEncoder`'s layout
  /// differs between Foundation versions); it decodes with `JSONDecoder` as
  /// an `ImportReport`.
  public func jsonText() -> String {
    let notes = notes.map { note in
      JSONValue.object([
        "count": .integer(note.count), "entity": .string(note.entity), "items": .array(note.items.map { .string($0) }),
        "kind": .string(note.kind.rawValue), "reason": .string(note.reason), "source": .string(note.source),
      ])
    }
    return JSONValue.object([
      "notes": .array(notes),
      "raw_counts": .object(rawCounts.mapValues { .integer($0) }),
      "rows": .object(rows.mapValues { .integer($0) }),
      "snapshots": .object(snapshots.mapValues { .string($0) }),
    ]).canonicalTextWithInlineScalarArrays
  }

  public var description: String {
    var lines: [String] = ["Rows written:"]
    let width = rows.keys.map(\.count).max() ?? 0
    for file in DatasetFile.allCases {
      guard let count = rows[file.rawValue] else { continue }
      lines.append("  " + file.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + String(count))
    }
    for kind in ImportNote.Kind.allCases {
      let group = notes.filter { $0.kind == kind }
      guard !group.isEmpty else { continue }
      lines.append("")
      lines.append(kind.heading + ":")
      for note in group {
        var line = "  [\(note.source)] \(note.count) \(note.entity): \(note.reason)"
        if !note.items.isEmpty {
          line += ": " + note.items.joined(separator: ", ")
          if note.count > note.items.count, note.items.count == Self.itemLimit {
            line += ", ... (\(note.count - note.items.count) more)"
          }
        }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension ImportNote.Kind {
  fileprivate var heading: String {
    switch self {
    case .skipped: return "Skipped (not in the dataset)"
    case .flagged: return "Flagged or changed (kept)"
    case .unmapped: return "Unmapped names and codes"
    case .warning: return "Warnings"
    }
  }
}
