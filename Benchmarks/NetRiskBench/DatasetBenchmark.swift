// Times loading the world dataset (Datasets/) with full validation.
import Dispatch
import Foundation
import NetRiskData

/// Loads the dataset in `directory` three times and returns one line:
///
///     netrisk load world 0.041234 countries=249;cables=575;landings=1655;ixps=1223;roots=1584
///
/// The number is the median wall time of the three loads in seconds (each
/// load reads, parses and validates every file and builds the indices);
/// `landings` counts landing points, `roots` root server instances.
/// - Throws: `DatasetValidationFailure` when the dataset does not load.
func datasetLoadBenchmarkLine(directory: String) throws -> String {
  var seconds: [Double] = []
  var loaded: Dataset?
  for _ in 0..<3 {
    let start = DispatchTime.now().uptimeNanoseconds
    let dataset = try Dataset.load(from: directory)
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    loaded = dataset
  }
  let median = seconds.sorted()[1]
  let counts = loaded.map {
    "countries=\($0.countries.count);cables=\($0.cables.count);landings=\($0.landingPoints.count);"
      + "ixps=\($0.internetExchanges.count);roots=\($0.rootInstances.count)"
  } ?? ""
  return "netrisk load world " + String(format: "%.6f", median) + " " + counts
}
