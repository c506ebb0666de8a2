// libFuzzer entry point for netrisk's readers, built by scripts/fuzz.sh with
// `-sanitize=fuzzer,address`. The reader under test is chosen by the
// NETRISK_FUZZ_TARGET environment variable; every input must end in a clean
// result or a thrown error, never a trap. The binary is compiled together with
// the netrisk tool's sources (all but main.swift), so the `cli` target calls
// its argument reading (`Invocation.parse`) directly.
import Foundation
import NetRisk
import NetRiskData
import NetRiskGraph

/// Where file-based readers get their input: one file per process, in
/// memory-backed storage when the system has it.
private let scratch: String = {
  let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  let directory = (base as NSString).appendingPathComponent("netrisk-fuzz-\(getpid())")
  try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  return directory
}()

private let target = ProcessInfo.processInfo.environment["NETRISK_FUZZ_TARGET"] ?? "csv"
private let repository = ProcessInfo.processInfo.environment["NETRISK_REPOSITORY"] ?? FileManager.default.currentDirectoryPath

/// The small valid dataset every table input is laid over (the loader's test fixture).
private let goodDataset = repository + "/Tests/NetRiskDataTests/Fixtures/good"

/// The fixture dataset and the default model, for readers that resolve ids.
private let context: (Dataset, RiskModel, DependencyGraph)? = {
  guard let dataset = try? Dataset.load(from: goodDataset),
    var model = try? RiskModel.load(from: repository + "/Datasets/models/default.json").model
  else { return nil }
  model.globalCore.countries = ["US"]
  model.registrySeats = model.registrySeats.filter { dataset.countryIndex($0.value) != nil }
  guard let graph = try? DependencyGraph(dataset: dataset, model: model) else { return nil }
  return (dataset, model, graph)
}()

private func write(_ bytes: [UInt8], as name: String) -> String {
  let path = (scratch as NSString).appendingPathComponent(name)
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
  return path
}

/// One input through the chosen reader. Errors are the expected outcome for
/// most inputs; only a trap or a sanitizer report is a finding.
func fuzzOne(_ bytes: [UInt8]) {
  switch target {
  case "csv":
    _ = try? CSV.parse(bytes)
  case "dataset":
    // The first byte picks the table the rest replaces in the fixture.
    guard let first = bytes.first else { return }
    let files = DatasetFile.allCases
    let file = files[Int(first) % files.count]
    let directory = (scratch as NSString).appendingPathComponent("dataset")
    if !FileManager.default.fileExists(atPath: directory) {
      try? FileManager.default.copyItem(atPath: goodDataset, toPath: directory)
    }
    let path = (directory as NSString).appendingPathComponent(file.rawValue)
    let original = FileManager.default.contents(atPath: (goodDataset as NSString).appendingPathComponent(file.rawValue))
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes.dropFirst()))
    _ = try? Dataset.load(from: directory)
    if let original { _ = FileManager.default.createFile(atPath: path, contents: original) } else { try? FileManager.default.removeItem(atPath: path) }
  case "model":
    let path = write(bytes, as: "model.json")
    if let (model, _) = try? RiskModel.load(from: path), let (dataset, _, _) = context {
      _ = try? Assessment(dataset: dataset, model: model, modelHash: "fuzz").exposure(MonteCarloSettings(trials: 64))
    }
  case "scenario":
    let path = write(bytes, as: "scenario.json")
    if let scenario = try? Scenario.load(from: path), let (dataset, _, graph) = context {
      _ = try? scenario.resolve(in: graph, dataset: dataset, file: path)
    }
  case "incidents":
    _ = try? IncidentFile.load(from: write(bytes, as: "incidents.json"))
  case "snapshot":
    _ = try? Snapshot.load(from: write(bytes, as: "snapshot.json"))
  case "candidates":
    if let (dataset, model, _) = context { _ = try? CandidateFile.load(from: write(bytes, as: "candidates.csv"), dataset: dataset, model: model) }
  case "edgelist":
    _ = try? EdgeListFile(parsing: bytes, name: "fuzz")
  case "cli":
    // One argument per line (or NUL-separated), decoded as the runtime decodes
    // argv (invalid UTF-8 repaired). Only read, never run: a command's `run()`
    // loads datasets and writes files, which is the other targets' business.
    let arguments = bytes.split(omittingEmptySubsequences: false) { $0 == 0x0A || $0 == 0 }
      .map { String(decoding: $0, as: UTF8.self) }
    MainActor.assumeIsolated {
      switch Invocation.parse(arguments) {
      case .output(let text, _), .failure(let text, _): precondition(!text.isEmpty, "an empty message")
      case .run: break
      }
    }
  default:
    FileHandle.standardError.write(Data("unknown NETRISK_FUZZ_TARGET '\(target)'\n".utf8))
    exit(2)
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
