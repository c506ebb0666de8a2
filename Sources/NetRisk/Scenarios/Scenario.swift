// Hazard scenarios: failures named directly or selected by a predicate.
import Foundation
import NetRiskData

/// A scenario file (`Datasets/scenarios/*.json`): what fails, named directly
/// or selected by a corridor, a radius or a solar-storm model. Format in
/// Datasets/scenarios/README.md.
public struct Scenario: Codable, Hashable, Sendable {
  public var name: String
  public var description: String
  public var sources: [String]
  public var failures: [FailureSpec]
  /// Where repair is slowed or blocked (conflict zones, sanctions on repair
  /// ships): read by `simulate --recovery` only.
  public var repairDenied: RepairDenial?

  /// The elements whose repair is denied: those with a landing, an end or a
  /// site in `countries`, a border with one of them, or a drawn route through
  /// `corridor`; at least one of the two. Repair starts `extraDays` late (the
  /// model's `repair.deniedExtraDays` when absent), or never when `blocked`.
  public struct RepairDenial: Codable, Hashable, Sendable {
    public var countries: [String]?
    public var corridor: Corridor?
    public var extraDays: Double?
    public var blocked: Bool?
  }

  public struct GridOutage: Codable, Hashable, Sendable {
    public var country: String
    public var hours: Double
  }

  public struct Box: Codable, Hashable, Sendable {
    public var minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double
  }

  public struct Corridor: Codable, Hashable, Sendable {
    public var name: String
    public var box: Box?
    /// [longitude, latitude] vertices, not closed.
    public var polygon: [[Double]]?
    /// Only these cables (ids), where they cross the area: a documented cut
    /// of named cables at a known place. Nil: every active cable.
    public var cables: [String]?

    public init(name: String, box: Box? = nil, polygon: [[Double]]? = nil, cables: [String]? = nil) {
      self.name = name
      self.box = box
      self.polygon = polygon
      self.cables = cables
    }
  }

  public struct SolarStorm: Codable, Hashable, Sendable {
    public struct Band: Codable, Hashable, Sendable {
      public var minGeomagneticLatitude: Double
      public var repeaterFailureProbability: Double
    }
    public var repeaterSpacingKm: Double
    public var bands: [Band]
  }

  /// Everything operated from, owned in or sited in `country`, withdrawn
  /// from the `targets` (alpha-2 codes).
  public struct Jurisdiction: Codable, Hashable, Sendable {
    public var country: String
    public var targets: [String]

    public init(country: String, targets: [String]) {
      self.country = country
      self.targets = targets
    }
  }

  public struct Radius: Codable, Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double
    public var kilometres: Double
    public var kinds: [NodeKind]
  }

  /// One entry of `failures`: exactly one selector, and the chance each
  /// selected element fails in a trial (default 1).
  public struct FailureSpec: Codable, Hashable, Sendable {
    public var cables: [String]?
    public var landingPoints: [String]?
    public var internetExchanges: [Int]?
    public var facilities: [Int]?
    public var grids: [GridOutage]?
    public var corridor: Corridor?
    public var solarStorm: SolarStorm?
    public var radius: Radius?
    /// Land borders, as pairs of alpha-2 codes (either order).
    public var borderLinks: [[String]]?
    /// Every instance of these root letters.
    public var rootLetters: [String]?
    /// Stretches of cables: the segments on the way between two of a
    /// cable's landing points or branching units, or the segments that end at
    /// one landing point. Under a model without segments (or for a cable
    /// whose segments are unknown) the whole cable fails.
    public var cableSegments: [SegmentSelector]?
    /// A jurisdiction withdrawing its services from target countries.
    public var jurisdiction: Jurisdiction?
    /// A regional Internet registry that stops operating (`afrinic`,
    /// `apnic`, `arin`, `lacnic`, `ripencc`): a dated effect, no element fails.
    public var registryFailure: String?
    public var probability: Double?
  }

  /// `{"cable": ID, "between": [A, B]}` or `{"cable": ID, "at": LANDING}`;
  /// A, B and LANDING are landing point ids, A and B may be branching unit
  /// ids (`<cable>/bu<n>`).
  public struct SegmentSelector: Codable, Hashable, Sendable {
    public var cable: String
    public var between: [String]?
    public var at: String?
  }
}


/// The failures a scenario causes in a dependency graph: each selected node
/// with its failure probability per trial, and grids down for given hours.
public struct ScenarioFailures: Sendable {
  public var name: String
  /// Node and the probability it fails in a trial (the largest when selected twice).
  public var nodes: [(node: Int, probability: Double)]
  /// Grid node and outage hours.
  public var grids: [(node: Int, hours: Double)]
  /// The jurisdiction withdrawals among the failures, with what they fail.
  public var withdrawals: [JurisdictionWithdrawal] = []
  /// Registries that stop operating (no element fails; reported as dated effects).
  public var registryFailures: [RegionalRegistry] = []
  /// Sets of nodes that fail together in a trial, each set with its
  /// probability (one draw per set): a cable in segments that is down as a
  /// whole until its one repair is done. Scenario files do not make them.
  public var groups: [(nodes: [Int], probability: Double)]

  public init(
    name: String, nodes: [(node: Int, probability: Double)], grids: [(node: Int, hours: Double)],
    groups: [(nodes: [Int], probability: Double)] = []
  ) {
    self.name = name
    self.nodes = nodes
    self.grids = grids
    self.groups = groups
  }

  public static let none = ScenarioFailures(name: "none", nodes: [], grids: [])
}

extension Scenario {
  /// Loads a scenario file.
  /// - Throws: `InputError` naming the file and, for a decoding problem,
  ///   the JSON path and what was expected.
  public static func load(from path: String) throws -> Scenario {
    guard let data = InputFile.contents(atPath: path) else {
      throw InputError(file: path, message: "cannot read the scenario file (missing or unreadable)")
    }
    return try load(data: data, file: path)
  }

  /// Reads a scenario from the bytes of `file` (named in errors).
  /// - Throws: as `load(from:)`.
  public static func load(data: Data, file path: String) throws -> Scenario {
    do {
      try checkKeys(of: try JSONSerialization.jsonObject(with: data), file: path)
      return try JSONDecoder().decode(Scenario.self, from: data)
    } catch let error as InputError {
      throw error
    } catch let error as DecodingError {
      throw InputError(file: path, message: error.readableDescription)
    } catch {
      throw InputError(file: path, message: JSONErrorText.describe(error, in: data))
    }
  }

  /// The keys each object of a scenario file may hold, by where it sits.
  static let allowedKeys: [String: Set<String>] = [
    "": ["name", "description", "sources", "failures", "repairDenied"],
    "repairDenied": ["countries", "corridor", "extraDays", "blocked"],
    "failures[]": ["cables", "landingPoints", "internetExchanges", "facilities", "grids", "corridor", "solarStorm", "radius",
      "borderLinks", "rootLetters", "cableSegments", "jurisdiction", "registryFailure", "probability"],
    "jurisdiction": ["country", "targets"],
    "cableSegments[]": ["cable", "between", "at"],
    "grids[]": ["country", "hours"],
    "corridor": ["name", "box", "polygon", "cables"],
    "box": ["minLatitude", "maxLatitude", "minLongitude", "maxLongitude"],
    "solarStorm": ["repeaterSpacingKm", "bands"],
    "bands[]": ["minGeomagneticLatitude", "repeaterFailureProbability"],
    "radius": ["latitude", "longitude", "kilometres", "kinds"],
  ]

  /// Rejects keys the format does not have (a misspelt selector would
  /// otherwise be dropped in silence), with the closest allowed key.
  static func checkKeys(of value: Any, file: String) throws {
    try JSONKeyCheck.check(value, allowed: allowedKeys) { InputError(file: file, message: $0) }
  }

  static func suggestion(_ id: String, _ candidates: [String]) -> String {
    id.closestMatch(in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
