// The one "did you mean" rule: known answers, and the edit distance against
// its recursive definition on random short strings.
import Testing
@testable import NetRiskData

@Suite struct SuggestionTests {
  @Test(arguments: [
    ("tonga-cabel", ["tonga-cable", "tgn-pacific"], "tonga-cable"),
    ("scroe", ["score", "rank"], "score"),
    ("--fromat", ["--format", "--out"], "--format"),
    ("to", ["TO", "TK"], "TO"),
    ("TQ", ["TC", "TD", "US"], "TC"),
    ("c4", ["c1", "c2"], "c1"),
    ("x", ["y"], nil),
    ("completely-different", ["tonga-cable"], nil),
    ("seamewe", ["seamewe-3", "seamewe-4"], nil),
    ("seamewe-", ["seamewe-4", "seamewe-3"], "seamewe-3"),
  ] as [(String, [String], String?)])
  func suggestsTheNearestWithinTheLimit(word: String, candidates: [String], expected: String?) {
    #expect(word.closestMatch(in: candidates) == expected)
  }

  @Test func comparesThroughTheGivenKey() {
    let key = { (text: String) in String(text.lowercased().filter(\.isLetter)) }
    #expect("cote divoir".closestMatch(in: ["Côte d'Ivoire", "Cuba"], comparing: key) == "Côte d'Ivoire")
    #expect("cote divoir".closestMatch(in: ["Côte d'Ivoire", "Cuba"]) == nil, "without the key, the spaces and quote count")
  }

  /// Optimal string alignment by its recursive definition (exponential; tiny strings only).
  static func slowDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var best = min(slowDistance(Array(a.dropLast()), b) + 1, slowDistance(a, Array(b.dropLast())) + 1,
      slowDistance(Array(a.dropLast()), Array(b.dropLast())) + (a.last == b.last ? 0 : 1))
    if a.count > 1, b.count > 1, a[a.count - 1] == b[b.count - 2], a[a.count - 2] == b[b.count - 1] {
      best = min(best, slowDistance(Array(a.dropLast(2)), Array(b.dropLast(2))) + 1)
    }
    return best
  }

  @Test(arguments: 0 ..< 300)
  func editDistanceMatchesItsDefinition(seed: UInt64) {
    var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407  // a seeded LCG
    func next(_ bound: UInt64) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % bound)
    }
    func word() -> String { String((0 ..< next(6)).map { _ in Array("abc")[next(3)] }) }
    let a = word(), b = word()
    #expect(a.editDistance(to: b) == Self.slowDistance(Array(a), Array(b)), "seed \(seed): '\(a)' '\(b)'")
    #expect(a.editDistance(to: b) == b.editDistance(to: a), "seed \(seed)")
  }
}
