// The risk model: every assumption the engine makes, as data with a source.
import Foundation
import NetRiskData

/// A number with where it comes from: a source, or "assumed, because ...".
public struct SourcedValue: Codable, Hashable, Sendable {
  public var value: Double
  public var source: String

  public init(_ value: Double, source: String) {
    self.value = value
    self.source = source
  }
}

/// The assumptions of one risk model, loaded from a JSON model file
/// (`Datasets/models/default.json`). Every number carries its source; the
/// model's hash is written into every result so that two results can be
/// compared knowingly.
public struct RiskModel: Codable, Hashable, Sendable {
  public var name: String
  public var version: String
  public var description: String
  /// Cables whose ready-for-service year is after this year are left out, as
  /// are planned cables unless `includePlannedCables` is set.
  public var asOfYear: Int
  public var includePlannedCables: Bool
  /// Whether cables whose segment graph is known (`cable_segments.csv`) are
  /// modelled as segments, each failing on its own; absent or false keeps
  /// every cable one whole-system node.
  public var cableSegments: Bool?
  public var cableCapacity: CableCapacityModel
  /// Capacity of one land-border link, in Tbit/s.
  public var borderLinkCapacityTbps: SourcedValue
  public var globalCore: GlobalCore
  /// The country of each regional Internet registry's legal seat (alpha-2).
  public var registrySeats: [String: String]
  public var registrySeatsSource: String
  public var scoreWeights: ScoreWeights
  public var failures: FailureModel
  /// How failures become lost traffic.
  public var outcome: OutcomeModel
  /// How `netrisk backtest` turns a simulated outcome into a severity class.
  public var backtest: SeverityThresholds
  /// Costs of the investments `netrisk priorities` considers.
  public var investments: InvestmentCosts
  /// How long repairs take (`simulate --recovery`); absent in models that
  /// predate it, which then cannot draw a loss-over-time curve.
  public var repair: RepairModel?
}

extension RiskModel {
  /// `cableSegments`, false when absent.
  public var usesCableSegments: Bool { cableSegments ?? false }
}

/// Costs (US dollars) and sizes of candidate investments, each with its source.
public struct InvestmentCosts: Codable, Hashable, Sendable {
  public var cableCostPerKm: SourcedValue
  public var cableRouteFactor: SourcedValue
  public var newCableTbps: SourcedValue
  public var landingStationCost: SourcedValue
  public var secondStationBranchKm: SourcedValue
  public var borderLinkCostPerKm: SourcedValue
  public var borderLinkKm: SourcedValue
  public var borderLinkTbps: SourcedValue
  public var rootInstanceCost: SourcedValue
  public var backupPowerCost: SourcedValue
  public var backupPowerHours: SourcedValue
  public var exchangeCost: SourcedValue
}

/// How much a cable carries when the dataset does not say: the capacity of
/// the era it entered service in, scaled by a factor for its length band.
public struct CableCapacityModel: Codable, Hashable, Sendable {
  public struct Era: Codable, Hashable, Sendable {
    /// First and last ready-for-service year of the era, inclusive.
    public var fromYear: Int
    public var throughYear: Int
    public var tbps: Double
    public var source: String
  }

  public struct LengthBand: Codable, Hashable, Sendable {
    /// Upper bound of the band in km (inclusive); the last band has none.
    public var upToKilometres: Double?
    public var factor: Double
    public var source: String
  }

  public var eras: [Era]
  /// Capacity of a cable with no ready-for-service year.
  public var unknownYearTbps: SourcedValue
  /// Length bands in ascending order; a cable of unknown length gets factor 1.
  public var lengthBands: [LengthBand]

  /// The proxy capacity, in Tbit/s, of a cable that entered service in
  /// `year` and is `kilometres` long; `known` wins when the dataset has it.
  public func capacity(known: Double?, year: Int?, kilometres: Double?) -> Double {
    if let known { return known }
    let base = year.flatMap { year in eras.first { $0.fromYear <= year && year <= $0.throughYear }?.tbps }
      ?? unknownYearTbps.value
    guard let kilometres else { return base }
    let band = lengthBands.first { $0.upToKilometres.map { kilometres <= $0 } ?? true }
    return base * (band?.factor ?? 1)
  }
}

/// The hubs where most content and transit sit: reaching any of them means
/// reaching the Internet at large.
public struct GlobalCore: Codable, Hashable, Sendable {
  public var countries: [String]
  public var source: String
}

/// Weights of the parts of the composite exposure score; they need not sum
/// to 1 (the score divides by their sum).
public struct ScoreWeights: Codable, Hashable, Sendable {
  public var isolation: SourcedValue
  public var entryConcentration: SourcedValue
  public var farEndConcentration: SourcedValue
  public var localExchange: SourcedValue
  public var dnsRoot: SourcedValue
  public var governance: SourcedValue
  public var power: SourcedValue
  /// Concentration of international transit over gateway networks (the AS
  /// layer); ignored when the dataset has no AS layer.
  public var operatorConcentration: SourcedValue
  /// Expected national traffic drop, from the Monte Carlo; ignored when a
  /// run has no trials.
  public var expectedTrafficDrop: SourcedValue
}


extension RiskModel {
  /// Loads and checks a model file.
  /// - Throws: `InputError` naming the file and, for a decoding problem, the
  ///   JSON path of the bad key and what was expected.
  public static func load(from path: String) throws -> (model: RiskModel, hash: String) {
    guard let data = InputFile.contents(atPath: path) else {
      throw InputError(file: path, message: "cannot read the model file (missing or unreadable)")
    }
    // Parsed once as plain JSON: for the position of a syntax error, and for
    // the key check below.
    let input: Any
    do {
      input = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw InputError(file: path, message: JSONErrorText.describe(error, in: data))
    }
    let model: RiskModel
    do {
      model = try JSONDecoder().decode(RiskModel.self, from: data)
    } catch let error as DecodingError {
      throw InputError(file: path, message: error.readableDescription)
    } catch {
      throw InputError(file: path, message: "not readable as a model: \(error.localizedDescription)")
    }
    // A key the format does not have (a misspelt weight, say) would be
    // dropped in silence: compare the file with the model encoded again.
    if let encoded = try? JSONEncoder().encode(model), let known = try? JSONSerialization.jsonObject(with: encoded),
      let unknown = JSONKeyCheck.firstKeyDropped(from: input, known: known)
    {
      throw InputError(file: path, message: unknown)
    }
    try model.validate(file: path)
    return (model, StableHash.hex(of: [UInt8](data)))
  }

  /// Checks what decoding cannot: positive capacities, weights not negative,
  /// a non-empty core.
  /// - Throws: `InputError` listing every problem found, in the order of the checks.
  func validate(file: String) throws {
    var problems: [InputError] = []
    func fail(_ message: String) { problems.append(InputError(file: file, message: message)) }
    if globalCore.countries.isEmpty { fail("globalCore.countries is empty: name at least one hub country") }
    for era in cableCapacity.eras where era.tbps <= 0 || era.fromYear > era.throughYear {
      fail("cableCapacity.eras: era \(era.fromYear)-\(era.throughYear) needs fromYear <= throughYear and tbps > 0")
    }
    for band in cableCapacity.lengthBands where band.factor <= 0 {
      fail("cableCapacity.lengthBands: factor must be > 0, found \(band.factor)")
    }
    if !(borderLinkCapacityTbps.value > 0) { fail("borderLinkCapacityTbps.value must be > 0") }
    // Capacities are converted to integer Gbit/s in the engine: bound them
    // (1,000,000 Tbit/s is far beyond any cable) so that no input can overflow.
    let capacityLimit = 1e6
    for (key, tbps) in [("borderLinkCapacityTbps", borderLinkCapacityTbps.value), ("cableCapacity.unknownYearTbps", cableCapacity.unknownYearTbps.value),
      ("investments.newCableTbps", investments.newCableTbps.value), ("investments.borderLinkTbps", investments.borderLinkTbps.value)]
      + cableCapacity.eras.map({ ("cableCapacity.eras (\($0.fromYear)-\($0.throughYear)).tbps", $0.tbps) }) {
      if !(tbps.isFinite && tbps > 0 && tbps <= capacityLimit) { fail("\(key) must be in (0, \(Int(capacityLimit))] Tbit/s, found \(tbps)") }
    }
    for band in cableCapacity.lengthBands where !(band.factor <= 100) {
      fail("cableCapacity.lengthBands: factor must be in (0, 100], found \(band.factor)")
    }
    let probabilities: [(String, Double)] = [
      ("failures.landingPointOutageProbability", failures.landingPointOutageProbability.value),
      ("failures.facilityOutageProbability", failures.facilityOutageProbability.value),
      ("failures.internetExchangeOutageProbability", failures.internetExchangeOutageProbability.value),
      ("failures.borderLinkOutageProbability", failures.borderLinkOutageProbability.value),
      ("failures.backupFailsToStartProbability", failures.backupFailsToStartProbability.value),
      ("failures.importedGridFailureFactor", failures.importedGridFailureFactor.value),
      ("outcome.utilisation", outcome.utilisation.value), ("outcome.reroutingEfficiency", outcome.reroutingEfficiency.value),
      ("outcome.accessKeptInBlackout", outcome.accessKeptInBlackout.value), ("outcome.exchangeOutageDrop", outcome.exchangeOutageDrop.value),
      ("outcome.borderWithoutTransitEvidence", outcome.borderWithoutTransitEvidence.value),
      ("outcome.transitEvidenceMinShare", outcome.transitEvidenceMinShare.value),
      ("outcome.transitPastBreak", outcome.transitPastBreak.value),
      ("outcome.mobileShareOfTraffic.developed", outcome.mobileShareOfTraffic.developed),
      ("outcome.mobileShareOfTraffic.developing", outcome.mobileShareOfTraffic.developing),
      ("outcome.mobileShareOfTraffic.leastDeveloped", outcome.mobileShareOfTraffic.leastDeveloped),
    ]
    for (key, value) in probabilities where !(0 ... 1).contains(value) { fail("\(key) must be in [0, 1], found \(value)") }
    if !(outcome.utilisation.value > 0) { fail("outcome.utilisation must be > 0") }
    for (key, value) in [("failures.cableFaultsPer1000KmYear", failures.cableFaultsPer1000KmYear.value),
      ("failures.cableRepairDays", failures.cableRepairDays.value), ("outcome.borderShare", outcome.borderShare.value),
      ("outcome.cableShareExponent", outcome.cableShareExponent.value),
      ("outcome.kbpsPerUser.developed", outcome.kbpsPerUser.developed), ("outcome.kbpsPerUser.developing", outcome.kbpsPerUser.developing),
      ("outcome.kbpsPerUser.leastDeveloped", outcome.kbpsPerUser.leastDeveloped)]
    where !(value.isFinite && value >= 0) {
      fail("\(key) must be a finite number >= 0, found \(value)")
    }
    if !(outcome.cellSiteBatteryHoursMin.value >= 0 && outcome.cellSiteBatteryHoursMin.value <= outcome.cellSiteBatteryHoursMax.value) {
      fail("outcome.cellSiteBatteryHoursMin must be >= 0 and <= cellSiteBatteryHoursMax")
    }
    if !(0 ... 10_000_000).contains(failures.defaultScoreTrials) {
      fail("failures.defaultScoreTrials must be in 0...10000000, found \(failures.defaultScoreTrials)")
    }
    let weights = scoreWeights.all
    if !(weights.allSatisfy({ $0.1 >= 0 }) && weights.contains(where: { $0.1 > 0 })) {
      fail("scoreWeights must be >= 0 with at least one > 0")
    }
    for message in repair?.problems() ?? [] { fail(message) }
    if var first = problems.first {
      first.more = Array(problems.dropFirst())
      throw first
    }
  }
}

extension ScoreWeights {
  /// The weights with the names of the score parts they weigh, in display order.
  public var all: [(String, Double)] {
    [
      ("isolation", isolation.value), ("entryConcentration", entryConcentration.value),
      ("farEndConcentration", farEndConcentration.value), ("localExchange", localExchange.value),
      ("dnsRoot", dnsRoot.value), ("governance", governance.value), ("power", power.value),
      ("operatorConcentration", operatorConcentration.value), ("expectedTrafficDrop", expectedTrafficDrop.value),
    ]
  }
}

extension DecodingError {
  /// "at cableCapacity.eras[2].tbps: expected Double, found a string" style text.
  var readableDescription: String {
    func path(_ context: Context) -> String {
      let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "top level" : text)
    }
    switch self {
    case let .keyNotFound(key, context):
      let at = path(context)
      return "missing key '\(key.stringValue)'" + (context.codingPath.isEmpty ? "" : " in \(at)")
    case let .typeMismatch(type, context):
      return "at \(path(context)): expected \(type)"
    case let .valueNotFound(type, context):
      return "at \(path(context)): expected \(type), found null"
    case let .dataCorrupted(context):
      // An enum value the format does not have: say which values it has.
      let text = context.debugDescription
      if text.hasPrefix("Cannot initialize NodeKind from invalid String value ") {
        let value = text.dropFirst("Cannot initialize NodeKind from invalid String value ".count)
        return "at \(path(context)): '\(value)' is not a kind of element; expected one of "
          + NodeKind.allCases.map(\.rawValue).joined(separator: ", ")
      }
      return "at \(path(context)): \(text)"
    @unknown default:
      return "\(self)"
    }
  }
}
