// Colours of the report: a sequential scale for scores, a palette for parts.

enum ScoreColors {
  /// ColorBrewer YlOrRd, 5 classes (colour-blind safe, prints in grey as a
  /// lightness ramp): scores 0–20, 20–40, 40–60, 60–80, 80–100.
  static let scale = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]

  static func color(score: Double) -> String {
    scale[min(max(Int(score / 20), 0), scale.count - 1)]
  }

  /// ColorBrewer Dark2 (8 classes) and a dark blue for the ninth, one per
  /// score part (the parts are nine: no colour repeats).
  static let parts = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666", "#1f3b8f"]
}
