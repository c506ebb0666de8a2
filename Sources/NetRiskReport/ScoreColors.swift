// Colours of the report: a sequential scale for scores, a palette for parts.

enum ScoreColors {
  /// ColorBrewer YlOrRd, 5 classes (colour-blind safe, prints in grey as a
  /// lightness ramp), least to most exposed.
  static let scale = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]

  /// ColorBrewer Dark2 (8 classes) and a dark blue for the ninth, one per
  /// score part (the parts are nine: no colour repeats).
  static let parts = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666", "#1f3b8f"]
}

/// The score classes of one report's map and table: quintiles of its scored
/// countries' scores, so that each of the five colours holds about a fifth of
/// the countries and the whole ramp is used however the scores spread (fixed
/// bands of 20 points put most countries in two shades). Ties stay in one
/// class, so a class can hold more than a fifth.
struct ScoreScale {
  /// The four inner class limits, ascending: class i holds the scores from
  /// `limits[i - 1]` (inclusive) to `limits[i]` (exclusive).
  let limits: [Double]
  let lowest: Double
  let highest: Double

  /// The quintiles of `scores`. - Complexity: O(*n* log *n*).
  init(scores: [Double]) {
    let sorted = scores.sorted()
    lowest = sorted.first ?? 0
    highest = sorted.last ?? 100
    limits = sorted.isEmpty ? [20, 40, 60, 80] : (1 ... 4).map { sorted[min(sorted.count - 1, sorted.count * $0 / 5)] }
  }

  /// The class of `score`, 0 (least exposed) to 4.
  func level(of score: Double) -> Int { limits.count { score >= $0 } }

  func color(score: Double) -> String { ScoreColors.scale[level(of: score)] }

  /// Each class's range as written in the legend ("12.3–25.0"); an empty
  /// class (ties) keeps its place with its limits.
  var legendRanges: [String] {
    let bounds = [lowest] + limits + [highest]
    return (0 ..< 5).map { "\(bounds[$0].decimals(1))–\(bounds[$0 + 1].decimals(1))" }
  }
}
