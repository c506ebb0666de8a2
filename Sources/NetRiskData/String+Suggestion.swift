// "Did you mean ...?" for ids that are not found.

extension String {
  /// The candidate this string most likely misspells, or nil.
  ///
  /// A candidate equal but for letter case always matches. Otherwise the
  /// nearest by edit distance wins, within 1 edit for strings of 4 or 5
  /// characters and 2 edits from 6 characters; shorter strings (country
  /// codes) get no guess, since nearly every code is one edit from another.
  /// Ties go to the candidate that sorts first, so the answer is stable.
  ///
  /// - Complexity: O(*c* · *n* · *m*) for *c* candidates of length *m* and
  ///   this string's length *n*; used only on the error path.
  package func closestMatch(in candidates: some Sequence<String>) -> String? {
    let lowered = lowercased()
    let limit = count >= 6 ? 2 : (count >= 4 ? 1 : 0)
    var best: (candidate: String, distance: Int)?
    func improves(_ candidate: String, _ distance: Int) -> Bool {
      guard let best else { return true }
      return distance < best.distance || (distance == best.distance && candidate < best.candidate)
    }
    for candidate in candidates {
      // Differing only in letter case counts as distance 0: the best possible.
      let distance: Int
      if candidate.lowercased() == lowered {
        distance = 0
      } else {
        guard limit > 0, abs(candidate.count - count) <= limit else { continue }
        distance = editDistance(to: candidate)
        guard distance <= limit else { continue }
      }
      if improves(candidate, distance) { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// Levenshtein distance over Unicode scalars; O(*n* · *m*) time, O(*m*) memory.
  /// Shared by every "did you mean" in netrisk (dataset ids, scenario keys, options).
  public func editDistance(to other: String) -> Int {
    let source = Array(unicodeScalars), target = Array(other.unicodeScalars)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    var previous = Array(0...target.count)
    var current = previous
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[target.count]
  }
}
