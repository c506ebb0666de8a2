// User-supplied candidate investments, from a CSV file.
import Foundation
import NetRiskData

public enum CandidateFile {
  /// Reads candidates from CSV with the header `kind,country,target,cost,title`:
  /// kind `cable` (target: a landing point id to connect to), `station`
  /// (target: the landing point whose cables a second station joins),
  /// `border` (target: the neighbour's alpha-2 code), `root` (target: the
  /// letter), `backup` (target: a landing point id), `ixp` (no target).
  /// Cost in US dollars.
  /// - Throws: `CandidateFileError` naming the line and column of the first problem.
  public static func load(from path: String, dataset: Dataset, model: RiskModel) throws -> [Candidate] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CandidateFileError(file: path, line: 0, column: "", message: "cannot read the candidates file")
    }
    let records: [CSVRecord]
    do { records = try CSV.parse(data) } catch { throw CandidateFileError(file: path, line: 0, column: "", message: "\(error)") }
    let columns = ["kind", "country", "target", "cost", "title"]
    guard let header = records.first?.fields, header == columns else {
      throw CandidateFileError(file: path, line: 1, column: "", message: "expected the header \(columns.joined(separator: ","))")
    }
    var candidates: [Candidate] = []
    for record in records.dropFirst() {
      let line = record.line
      func fail(_ column: String, _ message: String) -> CandidateFileError {
        CandidateFileError(file: path, line: line, column: column, message: message)
      }
      guard record.fields.count == columns.count else { throw fail("", "expected \(columns.count) fields, found \(record.fields.count)") }
      let (kind, code, target, costText, title) = (record.fields[0], record.fields[1], record.fields[2], record.fields[3], record.fields[4])
      guard let country = dataset.countryIndex(code) else { throw fail("country", "unknown country '\(code)'") }
      guard let cost = Double(costText), cost > 0 else { throw fail("cost", "expected a cost in US dollars > 0, found '\(costText)'") }
      func point() throws -> Int {
        guard let index = dataset.landingPointIndex(target) else { throw fail("target", "unknown landing point '\(target)'") }
        return index
      }
      let investment: Investment
      switch kind {
      case "cable":
        let to = try point()
        let origin = dataset.countries[country].landingPointIndices.first.map { dataset.landingPoints[$0].location } ?? dataset.countries[country].centroid
        let km = origin.map { Geo.distanceKm($0, dataset.landingPoints[to].location) * model.investments.cableRouteFactor.value } ?? 0
        investment = .cable(country: country, to: to, lengthKm: km, tbps: model.investments.newCableTbps.value, name: title)
      case "station": investment = .landingStation(existing: try point(), name: title)
      case "border":
        guard let neighbour = dataset.countryIndex(target) else { throw fail("target", "unknown country '\(target)'") }
        investment = .borderLink(country, neighbour, tbps: model.investments.borderLinkTbps.value)
      case "root":
        guard dataset.rootOperatorIndex(letter: target) != nil else { throw fail("target", "unknown root letter '\(target)'") }
        investment = .rootInstance(letter: target, country: country)
      case "backup": investment = .backupPower(landingPoint: try point(), hours: model.investments.backupPowerHours.value)
      case "ixp": investment = .exchange(country: country)
      default: throw fail("kind", "expected cable, station, border, root, backup or ixp, found '\(kind)'")
      }
      candidates.append(Candidate(id: "user:\(line)", title: title, country: code, cost: cost, investment: investment))
    }
    return candidates
  }
}

public struct CandidateFileError: Error, CustomStringConvertible, Equatable {
  public var file: String
  public var line: Int
  public var column: String
  public var message: String
  public var description: String { "\(file):\(line)" + (column.isEmpty ? "" : ": column '\(column)'") + ": \(message)" }
}
