import Foundation
import NetRisk
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRiskReport
#if canImport(FoundationXML)
import FoundationXML
#endif

let repositoryDatasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Datasets").path

/// The world report, once, with a few Monte Carlo trials.
let world: (report: ExposureReport, dataset: Dataset, dependency: DependencyGraph) = {
  do {
    let dataset = try Dataset.load(from: repositoryDatasets)
    let (model, hash) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    let report = try Exposure.assess(dataset: dataset, model: model, modelHash: hash, trials: 128, seed: 1, threads: 2)
    return (report, dataset, try DependencyGraph(dataset: dataset, model: model))
  } catch {
    preconditionFailure("the committed world dataset must load: \(error)")
  }
}()

@Suite struct ReportTests {
  func html(countries: [String] = ["TO", "AG"]) -> String {
    HTMLReport.render(report: world.report, dataset: world.dataset, datasetHash: "test-hash",
      sources: [SourceDate(source: "telegeography", date: "2024-03-28", licence: "CC BY-NC-SA 3.0 <&>")], countries: countries)
  }

  @Test func htmlIsWellFormedAndSelfContained() throws {
    let page = html()
    let body = String(page.drop { $0 != "\n" }.dropFirst())  // after the doctype line
    #if canImport(FoundationXML)
    let document = try XMLDocument(data: Data(body.utf8))
    #expect(document.rootElement()?.name == "html")
    #else
    // No XML parser here: check that every opened element is closed, in order.
    var stack: [Substring] = []
    for match in body.matches(of: /<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>/) {
      if match.1 == "/" { #expect(stack.popLast() == match.2) } else if match.3 != "/" { stack.append(match.2) }
    }
    #expect(stack.isEmpty)
    #endif
    // Nothing is fetched: one inline script that loads nothing, no external
    // resources, no imports. (Links only within the page: each country in
    // the table links to its card.)
    #expect(page.components(separatedBy: "<script").count == 2 && page.contains("<script>(function () {"))
    #expect(!page.contains("src=") && !page.contains("@import") && !page.contains("url("))
    let script = try #require(page.range(of: "<script>")).upperBound
    let scriptEnd = try #require(page.range(of: "</script>")).lowerBound
    for call in ["http", "fetch(", "XMLHttpRequest", "import", "eval(", "innerHTML"] {
      #expect(!page[script ..< scriptEnd].contains(call), "the script must not use \(call)")
    }
    #expect(page.components(separatedBy: "href=\"").dropFirst().allSatisfy { $0.hasPrefix("#card-") })
    #expect(page.contains("<a href=\"#card-TO\">TO</a>") && page.contains("id=\"card-TO\""))
    #expect(page.contains("hash \(world.report.modelHash)") && page.contains("telegeography 2024-03-28"))
  }

  @Test func everyCountryHasARowAndNamesAreEscaped() {
    let page = html()
    #expect(page.components(separatedBy: "class=\"country-row\"").count - 1 == world.report.countries.count)
    for country in world.report.countries { #expect(page.contains("id=\"row-\(country.code)\"")) }
    #expect(page.contains("Antigua &amp; Barbuda") && !page.contains("Antigua & Barbuda"))
    #expect(page.contains("CC BY-NC-SA 3.0 &lt;&amp;&gt;"))
    #expect(page.contains("id=\"card-TO\"") && page.contains("Tonga Cable: Tonga loses all international paths"))
  }

  /// Countries with a Natural Earth outline are drawn as areas (one path
  /// each, holes kept by the even-odd rule), the others as points; every
  /// scored country is on the map one way or the other.
  @Test func theMapDrawsOutlinesAndPointsForTheRest() throws {
    let page = html()
    let start = try #require(page.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 500\""))
    let end = try #require(page.range(of: "</svg>", range: start.upperBound ..< page.endIndex))
    let map = String(page[start.lowerBound ..< end.upperBound])
    #expect(map.contains("fill-rule=\"evenodd\""))
    let areas = map.components(separatedBy: "<path d=\"M").count - 1
    #expect(areas == world.dataset.countryOutlines.count && areas > 150)
    let southAfrica = try #require(world.dataset.countryIndex("ZA"))
    #expect((world.dataset.countryOutlines[southAfrica]?.count ?? 0) >= 2, "Lesotho is a hole in South Africa's outline")
    for country in world.report.countries {
      let index = try #require(world.dataset.countryIndex(country.code))
      let title = "<title>\(country.name.xmlEscaped) (\(country.code)): score"
      let drawn = world.dataset.countryOutlines[index] != nil || world.dataset.countries[index].centroid != nil
      #expect(!drawn || map.contains(title), "\(country.code) is not on the map")
    }
    // Cables and landing points say what they are on hover.
    #expect(map.contains("<title>Tonga Cable</title></polyline>"))
    #expect(map.contains("<title>Nuku&#39;alofa, Tonga</title></circle>"))
    // Tonga is too small for the layer: a point.
    let tonga = try #require(world.dataset.countryIndex("TO"))
    #expect(world.dataset.countryOutlines[tonga] == nil && map.contains("<circle cx="))
  }

  /// The countries with a card are outlined, their cables drawn on top; a
  /// report without cards says how to get them; the bar legend reads as words.
  @Test func cardCountriesAreHighlightedAndTheLegendReads() throws {
    let page = html(countries: ["TO", "ZA"])
    #expect(page.contains("<g fill=\"none\" stroke=\"#e06000\" stroke-width=\"1.4\"><polyline"))
    let outlines = try #require(page.range(of: "<g fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\" fill-rule=\"evenodd\">"))
    let group = page[outlines.upperBound...]
    #expect(group.hasPrefix("<path d=\"M") || group.hasPrefix("<circle"))  // South Africa's outline or Tonga's ring
    #expect(page.contains("Outlined in black, with their cables in orange and their single points of failure in red (landing points ringed, cables dashed): TO, ZA."))
    // Tonga's single points of failure on the map, each once, with whom it cuts off.
    #expect(page.contains("<g class=\"spofs\""))
    #expect(page.components(separatedBy: "<title>single point of failure: landing point Nuku&#39;alofa, Tonga: Tonga loses all").count == 2)
    #expect(!page.contains("Every country&#39;s card is at the end of the page"))
    let worldPage = html(countries: [])
    #expect(worldPage.contains("Every country&#39;s card is at the end of the page, collapsed"))
    // Every scored country has a card; only those asked for are open.
    #expect(page.components(separatedBy: "<details class=\"card\"").count - 1 == world.report.countries.count)
    #expect(page.contains("<details class=\"card\" id=\"card-TO\" open=\"open\">"))
    #expect(page.contains("<details class=\"card\" id=\"card-FJ\"><summary>"))
    #expect(!worldPage.contains("open=\"open\"") && worldPage.contains("<a href=\"#card-FJ\">FJ</a>"))
    // Each card charts its Monte Carlo drop and its capacity; ids stay unique.
    #expect(page.contains("aria-labelledby=\"drop-TO\"") && page.contains("aria-labelledby=\"entries-ZA\"")
      && page.contains("aria-labelledby=\"far-ends-ZA\"") && page.contains(">all traffic lost</text>"))
    let ids = page.matches(of: /id="([^"]+)"/).map { String($0.1) }
    #expect(Set(ids).count == ids.count, "duplicate ids in the page")
    // The map's countries name the card they open.
    #expect(page.contains("data-code=\"TO\"") && page.contains("data-code=\"ZA\""))
    #expect(page.contains(">expected traffic drop</text>") && !page.contains(">expectedTrafficDrop</text>"))
  }

  /// The map's classes are quintiles: a fifth of the countries each when the
  /// scores are distinct, ties in one class, monotone in the score.
  @Test func scoreClassesAreQuintiles() {
    let even = ScoreScale(scores: (0 ..< 100).map(Double.init))
    #expect(even.limits == [20, 40, 60, 80])
    #expect((0 ..< 5).map { level in (0 ..< 100).count { even.level(of: Double($0)) == level } } == [20, 20, 20, 20, 20])
    var random = SplitMix64(seed: 5)
    for _ in 0 ..< 100 {
      let scores = (0 ..< Int.random(in: 1 ... 60, using: &random)).map { _ in Double(Int.random(in: 0 ... 30, using: &random)) }
      let scale = ScoreScale(scores: scores)
      let sorted = scores.sorted()
      #expect(zip(sorted, sorted.dropFirst()).allSatisfy { scale.level(of: $0) <= scale.level(of: $1) })
      for score in Set(scores) where Set(scores).count >= 5 {
        // A class holds at most a fifth of the countries plus the ties at its lower limit.
        let level = scale.level(of: score)
        let inClass = scores.count { scale.level(of: $0) == level }
        let tied = scores.count { $0 == (level == 0 ? scale.lowest : scale.limits[level - 1]) }
        #expect(inClass <= scores.count / 5 + tied + 1)
      }
      #expect(scale.level(of: sorted[0]) == 0 || sorted.allSatisfy { $0 == sorted[0] } || scale.limits[0] == sorted[0])
    }
    #expect(world.report.countries.isEmpty || html().contains("five classes, a fifth of the countries each"))
  }

  /// One country with a card gets a zoomed panel of its region, placed
  /// where it does not cover that region; countries far apart get none.
  @Test func theMapZoomsOnTheCardCountries() throws {
    let ivoryCoast = try #require(world.dataset.countryIndex("CI"))
    let region = try #require(WorldMapInset.region(of: [ivoryCoast], in: world.dataset))
    let centroid = try #require(world.dataset.countries[ivoryCoast].centroid)
    let (x, y) = (WorldMapSVG.x(centroid.longitude), WorldMapSVG.y(centroid.latitude))
    #expect(region.x <= x && x <= region.x + region.width && region.y <= y && y <= region.y + region.height)
    #expect(abs(region.width - 2 * region.height) < 1e-9 && region.x >= 0 && region.x + region.width <= WorldMapSVG.width)
    let frame = WorldMapInset.frame(for: region)
    #expect(frame.x > region.x + region.width || frame.x + frame.width < region.x || frame.y > region.y + region.height
      || frame.y + frame.height < region.y)
    let page = html(countries: ["CI"])
    #expect(page.contains("<g class=\"inset\">") && page.contains("Zoom (dashed box): Côte d’Ivoire"))
    #expect(!html(countries: ["TO", "ZA"]).contains("class=\"inset\""))
    let tonga = try #require(world.dataset.countryIndex("TO")), southAfrica = try #require(world.dataset.countryIndex("ZA"))
    #expect(WorldMapInset.region(of: [tonga, southAfrica], in: world.dataset) == nil)
  }

  @Test func countsTakeTheRightNumber() {
    #expect(1.counted("IXP") == "1 IXP" && 0.counted("IXP") == "0 IXPs" && 2.counted("IXP") == "2 IXPs")
    #expect(1.counted("facility") == "1 facility" && 3.counted("facility") == "3 facilities")
    #expect(2.counted("key") == "2 keys")  // a vowel before the y
    #expect(2.counted("landing point or border crossing", "landing points and border crossings") == "2 landing points and border crossings")
  }

  /// The model returns who a failure cuts off by code; the sentence names them.
  @Test func singlePointOfFailureSentenceNamesWhoItCutsOff() {
    let cable = DependencyElement(node: 7, id: "cable:some-cable", kind: .cable, name: "Some Cable")
    let names = ["AA": "Aland", "BB": "Bora", "CC": "Cora", "DD": "Dora", "EE": "Eora"]
    func sentence(_ codes: [String]) -> String { SinglePointOfFailure(element: cable, cutsOff: codes).sentence(countryNames: names) }
    #expect(sentence(["AA"]) == "Some Cable: Aland loses all international paths")
    #expect(sentence(["AA", "BB", "CC"]) == "Some Cable: Aland, Bora and Cora lose all international paths")
    #expect(sentence(["AA", "BB", "CC", "DD", "EE"]) == "Some Cable: Aland, Bora, Cora and 2 more countries lose all international paths")
    #expect(sentence(["ZZ"]) == "Some Cable: ZZ loses all international paths")
  }

  @Test func geoJSONHasTheRightGeometryTypes() throws {
    let text = GraphExport.geoJSON(dataset: world.dataset, report: world.report, country: nil)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["type"] as? String == "FeatureCollection")
    let features = try #require(object["features"] as? [[String: Any]])
    var kinds: [String: Set<String>] = [:]
    for feature in features {
      let geometry = try #require(feature["geometry"] as? [String: Any])
      let properties = try #require(feature["properties"] as? [String: Any])
      kinds[properties["kind"] as? String ?? "?", default: []].insert(geometry["type"] as? String ?? "?")
    }
    #expect(kinds == ["cable": ["MultiLineString"], "landingPoint": ["Point"], "country": ["MultiPolygon", "Point"]])
    // Outlines where the dataset has them, so a choropleth needs no join;
    // South Africa's outer ring keeps Lesotho as its hole.
    func country(_ code: String) -> [String: Any]? {
      features.first { ($0["properties"] as? [String: Any])?["code"] as? String == code }?["geometry"] as? [String: Any]
    }
    let southAfrica = try #require(country("ZA"))
    #expect(southAfrica["type"] as? String == "MultiPolygon")
    let polygons = try #require(southAfrica["coordinates"] as? [[[[Double]]]])
    #expect(polygons.contains { $0.count == 2 }, "Lesotho is the hole of South Africa's main polygon")
    #expect(try #require(country("TO"))["type"] as? String == "Point")
    let outlined = features.count { ($0["geometry"] as? [String: Any])?["type"] as? String == "MultiPolygon" }
    #expect(outlined == world.dataset.countryOutlines.count)
    let tonga = GraphExport.geoJSON(dataset: world.dataset, report: world.report, country: "TO")
    #expect(tonga.contains("\"tonga-cable\"") && !tonga.contains("\"marea\""))
  }

  /// Polygons against the even-odd fill they replace: on random nested and
  /// separate squares, a point is in the grouped polygons (in an outer ring
  /// and in none of its holes) exactly when an odd number of rings surround it;
  /// outer rings turn counterclockwise, holes clockwise.
  @Test func outlinePolygonsFillLikeTheEvenOddRule() {
    func square(_ x: Double, _ y: Double, _ size: Double, clockwise: Bool) -> [GeoPoint] {
      let corners = [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]
      let points = corners.map { GeoPoint(latitude: $0.1, longitude: $0.0) }
      return clockwise ? points.reversed() : points
    }
    var random = SplitMix64(seed: 11)
    for round in 0 ..< 300 {
      // Up to three stacks of nested squares, each 1 to 4 deep, in separate columns.
      var rings: [[GeoPoint]] = []
      for column in 0 ..< Int.random(in: 1 ... 3, using: &random) {
        var size = 40.0
        var origin = Double(column) * 50
        for _ in 0 ..< Int.random(in: 1 ... 4, using: &random) {
          rings.append(square(origin, 0 + (40 - size) / 2, size, clockwise: Bool.random(using: &random)))
          origin += 4
          size -= 8
        }
      }
      rings.shuffle(using: &random)
      let polygons = OutlinePolygons.polygons(rings)
      #expect(polygons.reduce(0) { $0 + $1.count } == rings.count, "round \(round): every ring is placed")
      for polygon in polygons {
        #expect(OutlinePolygons.signedArea(polygon[0]) > 0)
        #expect(polygon.dropFirst().allSatisfy { OutlinePolygons.signedArea($0) < 0 })
      }
      for _ in 0 ..< 40 {
        let probe = GeoPoint(latitude: Double.random(in: -5 ... 45, using: &random) + 0.013, longitude: Double.random(in: -5 ... 155, using: &random) + 0.017)
        let evenOdd = rings.count { OutlinePolygons.contains($0, probe) } % 2 == 1
        let grouped = polygons.contains { polygon in
          OutlinePolygons.contains(polygon[0], probe) && !polygon.dropFirst().contains { OutlinePolygons.contains($0, probe) }
        }
        #expect(evenOdd == grouped, "round \(round)")
      }
    }
  }

  @Test func dotDeclaresEveryNodeItConnectsAndHighlightsSPOFs() throws {
    let tonga = try #require(world.dataset.countryIndex("TO"))
    let dot = GraphExport.dot(dependency: world.dependency, dataset: world.dataset, report: world.report, country: tonga, depth: 3)
    #expect(dot.hasPrefix("graph netrisk {") && dot.hasSuffix("}\n"))
    // Graph nodes are indented by two spaces, the legend's by four.
    let declared = Set(dot.matches(of: /\n +("[^"]+") \[/).map { String($0.1) })
    #expect(declared.contains("\"country:TO\"") && declared.contains("\"segment:tonga-cable/1\""))
    for edge in dot.matches(of: /("[^"]+") -- ("[^"]+")/) {
      #expect(declared.contains(String(edge.1)) && declared.contains(String(edge.2)))
    }
    #expect(dot.contains("label=\"Tonga Cable\", shape=ellipse, style=\"filled\""))
    #expect(dot.contains("label=\"power grid of Fiji\""))
    // A legend of the kinds drawn, and a caption saying what the depth left out.
    #expect(dot.contains("subgraph cluster_legend") && dot.contains("\"legend:landingPoint\"") && dot.contains("\"legend:spof\""))
    #expect(!dot.contains("\"legend:internetExchange\""), "no IXP is drawn around Tonga, so the legend has none")
    #expect(dot.contains("beyond the cut are not drawn"))
  }

  /// GraphML parses as XML; every edge joins two declared nodes; the nodes
  /// are the DOT export's, with their attributes.
  @Test func graphMLIsWellFormedAndMatchesTheDOTExport() throws {
    let tonga = try #require(world.dataset.countryIndex("TO"))
    let text = GraphExport.graphML(dependency: world.dependency, dataset: world.dataset, report: world.report, country: tonga, depth: 3)
    let dot = GraphExport.dot(dependency: world.dependency, dataset: world.dataset, report: world.report, country: tonga, depth: 3)
    final class Reader: NSObject, XMLParserDelegate {
      var nodes: [String] = [], edges: [(String, String)] = [], data: [String: String] = [:]
      var key: String?, node: String?, spofs: Set<String> = []
      func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "node", let id = attributes["id"] { nodes.append(id); node = id }
        if name == "edge", let source = attributes["source"], let target = attributes["target"] { edges.append((source, target)) }
        if name == "data" { key = attributes["key"] }
      }
      func parser(_ parser: XMLParser, foundCharacters string: String) {
        if key == "kind", let node { data[node] = string }
        if key == "spof", string == "true", let node { spofs.insert(node) }
      }
      func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "data" { key = nil }
        if name == "node" { node = nil }
      }
    }
    let reader = Reader()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = reader
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    let declared = Set(reader.nodes)
    #expect(declared.count == reader.nodes.count, "node ids are unique")
    #expect(reader.edges.allSatisfy { declared.contains($0.0) && declared.contains($0.1) })
    let dotNodes = Set(dot.matches(of: /\n  "([^"]+)" \[/).map { String($0.1) })
    #expect(declared == dotNodes)
    // The Tonga Cable is one segment in the default model.
    #expect(reader.data["segment:tonga-cable/1"] == "cableSegment")
    #expect(reader.spofs.contains("segment:tonga-cable/1") && reader.spofs.contains("landing:nukualofa-tonga"))
  }

  /// Graphviz's `dot`, where installed (`apt-get install graphviz`).
  static let dotTool = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Graphviz itself must accept the export; a visible skip where it is not installed.
  @Test(.enabled(if: dotTool != nil, "graphviz not installed: apt-get install graphviz to run this check"))
  func graphvizAcceptsTheExport() throws {
    let tonga = try #require(world.dataset.countryIndex("TO"))
    let dot = GraphExport.dot(dependency: world.dependency, dataset: world.dataset, report: world.report, country: tonga, depth: 3)
    let dotTool = try #require(Self.dotTool)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dotTool)
    process.arguments = ["-Tsvg"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data(dot.utf8))
    try input.fileHandleForWriting.close()
    let rendered = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(rendered.contains("<svg"))
  }
}
