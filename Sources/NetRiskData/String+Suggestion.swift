// "Did you mean ...?": the one rule every unknown id, key, option and
// command in netrisk uses to suggest what was probably meant.

extension String {
  /// The candidate this string most likely misspells, or nil.
  ///
  ///     "tonga-cabel".closestMatch(in: ["tonga-cable", "tgn"])   // "tonga-cable"
  ///     "scroe".closestMatch(in: ["score", "rank"])              // "score" (one transposition)
  ///
  /// Both sides are compared through `key` (lowercased by default), so a
  /// candidate equal but for letter case always matches (distance 0).
  /// Otherwise the nearest by `editDistance(to:)` wins if it is within
  /// max(1, *n* / 4) edits of this string's key of *n* characters (so one
  /// typo in a country code, two in a 9-character id); a one-character
  /// string gets no guess. Ties go to the candidate that sorts first, so the
  /// answer is stable.
  ///
  /// - Complexity: O(*c* · *n* · *m*) for *c* candidates of key length *m*;
  ///   used only on the error path.
  package func closestMatch(
    in candidates: some Sequence<String>, comparing key: (String) -> String = { $0.lowercased() }
  ) -> String? {
    let own = key(self)
    let limit = own.count < 2 ? 0 : Swift.max(1, own.count / 4)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let other = key(candidate)
      guard abs(other.count - own.count) <= limit else { continue }
      let distance = other == own ? 0 : own.editDistance(to: other)
      guard distance <= limit else { continue }
      if let best, (best.distance, best.candidate) <= (distance, candidate) { continue }
      best = (candidate, distance)
    }
    return best?.candidate
  }

  /// Optimal string alignment distance over Unicode scalars: the fewest
  /// insertions, deletions, substitutions and swaps of two adjacent scalars
  /// (each substring edited once) that turn this string into `other`.
  /// - Complexity: O(*n* · *m*) time, O(*m*) memory.
  package func editDistance(to other: String) -> Int {
    let source = Array(unicodeScalars), target = Array(other.unicodeScalars)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    var beforePrevious = [Int](repeating: 0, count: target.count + 1)
    var previous = Array(0 ... target.count)
    var current = previous
    for i in 1 ... source.count {
      current[0] = i
      for j in 1 ... target.count {
        let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
        if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
          current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[target.count]
  }
}
