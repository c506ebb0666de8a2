// One dataset under one model: loaded and cross-checked once, with the graphs
// every command starts from. Commands resolve what the user named against it
// before any computation runs.
import Foundation
import NetRiskData

/// How many Monte Carlo trials to run, from which seed, on how many threads.
/// The thread count never changes a result; `trials` nil means the model's
/// default (`failures.defaultScoreTrials`), 0 means no Monte Carlo.
public struct MonteCarloSettings: Sendable, Hashable {
  public var trials: Int?
  public var seed: UInt64
  public var threads: Int

  public init(trials: Int? = nil, seed: UInt64 = 1, threads: Int = 1) {
    self.trials = trials
    self.seed = seed
    self.threads = threads
  }
}

/// A dataset and a model, checked against each other, with the dependency
/// graph, its transit part and the structural analysis built once.
///
///     let world = try Assessment.load(datasetDirectory: "Datasets", modelFile: "Datasets/models/default.json")
///     let tonga = try world.dataset.resolveCountry("Tonga")
///     let report = world.exposure(MonteCarloSettings(trials: 6400))
///
/// - Complexity: building is O(rows) for the graph plus the dominator and
///   grid passes of `StructuralAnalysis` (O((*V* + *E*) · hubs)).
public struct Assessment: Sendable {
  public let dataset: Dataset
  public let model: RiskModel
  /// FNV-1a of the model file's bytes: written into every result.
  public let modelHash: String
  public let dependency: DependencyGraph
  let structure: StructuralAnalysis
  /// Per country, how concentrated its networks and transit are (nil without
  /// the AS layer or without a network in it).
  public let operators: RowValues<Country, OperatorConcentration?>

  /// Checks `model` against `dataset` and builds the graphs.
  /// - Throws: `InputError` when the model names a hub or a registry seat the
  ///   dataset does not have; graph-building errors (none for a loaded dataset).
  public init(dataset: Dataset, model: RiskModel, modelHash: String) throws {
    try model.check(against: dataset)
    self.dataset = dataset
    self.model = model
    self.modelHash = modelHash
    dependency = try DependencyGraph(dataset: dataset, model: model)
    structure = StructuralAnalysis(dependency: dependency, dataset: dataset)
    operators = OperatorConcentration.all(in: dataset)
  }

  /// Loads the model file, then the dataset directory, and checks them
  /// against each other; with `regions`, every region of the dataset is a
  /// country of its own (`Dataset.splittingRegions()`).
  /// - Throws: `InputError` (file, JSON path), `DatasetValidationFailure`
  ///   (every problem with file, line and column).
  public static func load(datasetDirectory: String, modelFile: String, regions: Bool = false) throws -> Assessment {
    let (model, hash) = try RiskModel.load(from: modelFile)
    let loaded = try Dataset.load(from: datasetDirectory)
    let dataset = regions ? loaded.splittingRegions() : loaded
    do {
      return try Assessment(dataset: dataset, model: model, modelHash: hash)
    } catch var error as InputError {
      error.location.file = modelFile  // the check knows the model, not its file
      throw error
    }
  }

  /// Whether a country gets a score: it has an international link or a
  /// population figure (territories with neither, such as Bouvet Island, do not).
  public func isScored(_ country: RowIndex<Country>) -> Bool {
    dataset.countries[country].population != nil || !structure.entryUnits(of: country).isEmpty
  }

  /// Every country's exposure, ranked, with the Monte Carlo of `settings`.
  public func exposure(_ settings: MonteCarloSettings, progress: (@Sendable (Int, Int) -> Void)? = nil) -> ExposureReport {
    Exposure.assess(self, settings: settings, progress: progress)
  }

  /// The Monte Carlo engine of the model's failure rates and `scenario`, on
  /// the graphs built here.
  /// The background Monte Carlo sums of `shard`'s blocks of the run that
  /// `exposure(settings)` makes (trials nil: the model's default); `merge`
  /// them all and pass them to `exposure(merged:)` for the same report.
  public func exposurePartial(
    _ settings: MonteCarloSettings, shard: Shard, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> MonteCarloPartial {
    monteCarlo().partial(
      trials: settings.trials ?? model.failures.defaultScoreTrials, seed: settings.seed, threads: settings.threads,
      shard: shard, progress: progress)
  }

  /// The exposure report of a run merged from shards: byte for byte the
  /// report of the unsharded run.
  public func exposure(merged whole: MonteCarloPartial) -> ExposureReport {
    Exposure.assess(self, risk: monteCarlo().estimates(whole), seed: whole.seed)
  }

  public func monteCarlo(scenario: ScenarioFailures = .none, background: Bool = true) -> MonteCarlo {
    MonteCarlo(
      dependency: dependency, dataset: dataset, model: model, scenario: scenario, background: background,
      transit: structure.transit)
  }
}

extension RiskModel {
  /// Checks the model's references into a dataset: every hub of the global
  /// core and every registry seat must be a country of the dataset, and every
  /// registry a known RIR.
  /// - Throws: `InputError` naming the key and the unknown code, with a suggestion.
  public func check(against dataset: Dataset) throws {
    let codes = dataset.countries.map(\.code)
    func unknown(_ key: String, _ code: String) -> InputError {
      let guess = code.closestMatch(in: codes)
      return InputError(file: "", message: "\(key): '\(code)' is not a country of the dataset" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
    }
    for code in globalCore.countries where dataset.countryIndex(code) == nil { throw unknown("globalCore.countries", code) }
    for (registry, seat) in registrySeats.sorted(by: { $0.key < $1.key }) {
      guard RegionalRegistry(rawValue: registry) != nil else {
        throw InputError(file: "", message: "registrySeats: '\(registry)' is not a registry (\(RegionalRegistry.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      guard dataset.countryIndex(seat) != nil else { throw unknown("registrySeats.\(registry)", seat) }
    }
  }
}
