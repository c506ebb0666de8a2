// User-supplied candidate investments, from a CSV file.
import Foundation
import NetRiskData

public enum CandidateFile {
  /// Reads candidates from CSV with the header `kind,country,target,cost,title`:
  /// kind `cable` (target: a landing point id to connect to), `station`
  /// (target: the landing point whose cables a second station joins),
  /// `border` (target: the alpha-2 code of a land neighbour, per borders.csv),
  /// `root` (target: the letter), `backup` (target: a landing point id),
  /// `ixp` (no target). Cost in US dollars: finite and above 0. The same
  /// kind, country and target twice is an error (it would be evaluated twice).
  /// - Throws: `InputError` listing every problem, each with its
  ///   line and column in the dataset's format (`file:line: column 'cost': ...`).
  public static func load(from path: String, dataset: Dataset, model: RiskModel) throws -> [Candidate] {
    guard let data = InputFile.contents(atPath: path) else {
      throw InputError(file: path, message: "cannot read the candidates file")
    }
    let records: [CSVRecord]
    do { records = try CSV.parse(data) } catch {
      throw InputError(SourceLocation(file: path, line: error.line, character: error.column), error.message)
    }
    let columns = ["kind", "country", "target", "cost", "title"]
    guard let header = records.first?.fields, header == columns else {
      throw InputError(SourceLocation(file: path, line: 1), "expected the header \(columns.joined(separator: ","))")
    }
    var candidates: [Candidate] = []
    var problems: [InputError] = []
    var firstLine: [String: Int] = [:]
    let neighbours = Set(dataset.borders.flatMap { [[$0.countryAIndex, $0.countryBIndex], [$0.countryBIndex, $0.countryAIndex]] })
    for record in records.dropFirst() {
      do {
        let candidate = try read(record, file: path, dataset: dataset, model: model, neighbours: neighbours)
        let key = record.fields.prefix(3).joined(separator: "\u{1F}")
        if let first = firstLine[key] {
          throw InputError(
            SourceLocation(file: path, line: record.line, column: "kind"),
            "the same kind, country and target as line \(first); give each candidate once")
        }
        firstLine[key] = record.line
        candidates.append(candidate)
      } catch let problem as InputError {
        problems.append(problem)
      }
    }
    if let first = problems.first {
      var error = first
      error.more = Array(problems.dropFirst())
      throw error
    }
    return candidates
  }

  private static func read(
    _ record: CSVRecord, file path: String, dataset: Dataset, model: RiskModel, neighbours: Set<[RowIndex<Country>]>
  ) throws -> Candidate {
    let line = record.line, columns = 5
    func fail(_ column: String, _ message: String) -> InputError {
      InputError(SourceLocation(file: path, line: line, column: column), message)
    }
    guard record.fields.count == columns else { throw fail("", "expected \(columns) fields, found \(record.fields.count)") }
    let (kind, code, target, costText, title) = (record.fields[0], record.fields[1], record.fields[2], record.fields[3], record.fields[4])
    guard let country = dataset.countryIndex(code) else { throw fail("country", "unknown country '\(code)'") }
    guard let cost = Double(costText), cost.isFinite, cost > 0 else {
      throw fail("cost", "expected a cost in US dollars > 0, found '\(costText)'")
    }
    func point() throws -> RowIndex<LandingPoint> {
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
      guard neighbour != country else { throw fail("target", "a border joins two countries; '\(target)' is the country itself") }
      guard neighbours.contains([country, neighbour]) else {
        throw fail("target", "'\(target)' is not a land neighbour of '\(code)' in borders.csv")
      }
      investment = .borderLink(country, neighbour, tbps: model.investments.borderLinkTbps.value)
    case "root":
      guard dataset.rootOperatorIndex(letter: target) != nil else { throw fail("target", "unknown root letter '\(target)'") }
      investment = .rootInstance(letter: target, country: country)
    case "backup": investment = .backupPower(landingPoint: try point(), hours: model.investments.backupPowerHours.value)
    case "ixp": investment = .exchange(country: country)
    default: throw fail("kind", "expected cable, station, border, root, backup or ixp, found '\(kind)'")
    }
    return Candidate(id: "user:\(line)", title: title, country: code, cost: cost, investment: investment)
  }
}

