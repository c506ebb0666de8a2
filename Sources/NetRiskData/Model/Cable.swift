// A submarine cable system.
import Foundation

/// A submarine cable system (one row of `cables.csv`): one record for the
/// whole system with all its landings, as TeleGeography publishes it.
public struct Cable: Hashable, Sendable {
  /// TeleGeography id, e.g. `"tonga-cable"`.
  public var id: String
  public var name: String
  public var lengthKilometres: Double?
  /// Ready-for-service year.
  public var readyForServiceYear: Int?
  /// Not yet in service at the snapshot date: announced as planned, or a
  /// ready-for-service year after the snapshot. The engine decides what to
  /// do with planned cables; they are kept in the dataset.
  public var isPlanned: Bool
  /// Owners as the source lists them, comma-separated.
  public var owners: String
  /// Design capacity in Tbit/s; nil when unknown (always, for TeleGeography).
  public var capacityTbps: Double?
  public var url: String?
  /// Indices into `Dataset.landingPoints`, in file order of `cable_landings.csv`.
  public internal(set) var landingPointIndices: [RowIndex<LandingPoint>] = []
  /// Indices into `Dataset.cableRouteSegments`, by segment number.
  public internal(set) var routeSegmentIndices: [RowIndex<CableRouteSegment>] = []
  /// Indices into `Dataset.cableSegments`, by segment number; empty when the
  /// cable is one whole system (no segment graph could be inferred).
  public internal(set) var segmentIndices: [RowIndex<CableSegment>] = []
  /// Indices into `Dataset.branchingUnits`.
  public internal(set) var branchingUnitIndices: [RowIndex<BranchingUnit>] = []

  /// Creates the value from its fields.
  public init(
    id: String, name: String, lengthKilometres: Double?, readyForServiceYear: Int?, isPlanned: Bool,
    owners: String, capacityTbps: Double?, url: String?
  ) {
    self.id = id
    self.name = name
    self.lengthKilometres = lengthKilometres
    self.readyForServiceYear = readyForServiceYear
    self.isPlanned = isPlanned
    self.owners = owners
    self.capacityTbps = capacityTbps
    self.url = url
  }
}

extension Cable {
  /// The owners one by one: `owners` split at commas, trimmed, empty names
  /// dropped. (A name with a comma of its own, as TeleGeography writes a few,
  /// comes out in pieces.)
  public static func ownerNames(in owners: String) -> [String] {
    owners.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// This cable's owners one by one (`ownerNames(in:)`).
  public var ownerNames: [String] { Self.ownerNames(in: owners) }
}
