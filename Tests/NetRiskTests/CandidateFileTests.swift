// The candidates CSV: every kind read into its investment, and bad rows
// reported with their line and column.
import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct CandidateFileTests {
  static let world: (Dataset, RiskModel)? = {
    guard let dataset = try? Dataset.load(from: repositoryDatasets),
      let (model, _) = try? RiskModel.load(from: repositoryDatasets + "/models/default.json")
    else { return nil }
    return (dataset, model)
  }()

  func write(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-candidates-\(UUID().uuidString).csv").path
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  @Test func everyKindIsRead() throws {
    let (dataset, model) = try #require(Self.world)
    let path = try write("""
      kind,country,target,cost,title
      cable,TO,suva-fiji,30000000,Tonga to Suva
      station,TO,nukualofa-tonga,2000000,second station
      border,LS,ZA,5000000,"Lesotho, second crossing"
      root,TO,K,100000,K-root in Tonga
      backup,TO,nukualofa-tonga,500000,backup power
      ixp,TO,,200000,first IXP

      """)
    let candidates = try CandidateFile.load(from: path, dataset: dataset, model: model)
    #expect(candidates.map(\.id) == ["user:2", "user:3", "user:4", "user:5", "user:6", "user:7"])
    #expect(candidates.map(\.cost) == [30e6, 2e6, 5e6, 1e5, 5e5, 2e5])
    #expect(candidates[2].title == "Lesotho, second crossing")
    let tonga = try #require(dataset.countryIndex("TO")), suva = try #require(dataset.landingPointIndex("suva-fiji"))
    guard case let .cable(country, target, length, _, _) = candidates[0].investment else {
      Issue.record("expected a cable, found \(candidates[0].investment)")
      return
    }
    #expect(country == tonga && target == suva)
    #expect(length > 700 && length < 1200, "Nuku'alofa to Suva is about 750 km great circle, times the route factor")
    guard case .exchange(tonga) = candidates[5].investment else {
      Issue.record("expected an IXP in Tonga, found \(candidates[5].investment)")
      return
    }
  }

  @Test(arguments: [
    ("kind,country,target,cost\n", ":1: expected the header kind,country,target,cost,title"),
    ("kind,country,target,cost,title\ncable,XX,suva-fiji,1,t\n", ":2: column 'country': unknown country 'XX'"),
    ("kind,country,target,cost,title\ncable,TO,nowhere,1,t\n", ":2: column 'target': unknown landing point 'nowhere'"),
    ("kind,country,target,cost,title\nixp,TO,,-5,t\n", ":2: column 'cost': expected a cost in US dollars > 0, found '-5'"),
    ("kind,country,target,cost,title\nsatellite,TO,,5,t\n", ":2: column 'kind': expected cable, station, border, root, backup or ixp, found 'satellite'"),
    ("kind,country,target,cost,title\nixp,TO,,5\n", ":2: expected 5 fields, found 4"),
    ("kind,country,target,cost,title\nroot,TO,Z,5,t\n", ":2: column 'target': unknown root letter 'Z'"),
    ("kind,country,target,cost,title\nixp,TO,,inf,t\n", ":2: column 'cost': expected a cost in US dollars > 0, found 'inf'"),
    ("kind,country,target,cost,title\nixp,TO,,nan,t\n", ":2: column 'cost': expected a cost in US dollars > 0, found 'nan'"),
    ("kind,country,target,cost,title\nborder,LS,LS,5,t\n", ":2: column 'target': a border joins two countries; 'LS' is the country itself"),
    ("kind,country,target,cost,title\nborder,LS,TO,5,t\n", ":2: column 'target': 'TO' is not a land neighbour of 'LS' in borders.csv"),
    ("kind,country,target,cost,title\nixp,TO,,5,a\nixp,TO,,7,b\n",
     ":3: column 'kind': the same kind, country and target as line 2; give each candidate once"),
  ])
  func badRowsNameLineAndColumn(text: String, expected: String) throws {
    let (dataset, model) = try #require(Self.world)
    let path = try write(text)
    #expect {
      _ = try CandidateFile.load(from: path, dataset: dataset, model: model)
    } throws: { error in
      "\(error)".hasSuffix(expected) && "\(error)".hasPrefix(path)
    }
  }
}

extension CandidateFileTests {
  @Test func everyBadRowIsReportedNotJustTheFirst() throws {
    let (dataset, model) = try #require(Self.world)
    let path = try write("""
      kind,country,target,cost,title
      ixp,TO,,inf,a
      ixp,TO,,5,fine
      border,LS,LS,5,b
      cable,XX,suva-fiji,1,c

      """)
    do {
      _ = try CandidateFile.load(from: path, dataset: dataset, model: model)
      Issue.record("no error for three bad rows")
    } catch let error as InputError {
      let lines = "\(error)".split(separator: "\n").map(String.init)
      #expect(lines.count == 3, "\(lines)")
      #expect(lines.map { $0.dropFirst(path.count).prefix(3) } == [":2:", ":4:", ":5:"])
    }
  }
}
