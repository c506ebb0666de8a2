// Polyline simplification for the cable routes.

/// Ramer–Douglas–Peucker line simplification.
///
/// Keeps the end points, and recursively the point farthest from the chord
/// whenever it lies more than `tolerance` away, measuring in plain degrees
/// (longitude and latitude as x and y). Douglas and Peucker (1973),
/// https://doi.org/10.3138/FM57-6770-U75U-7727. Uses an explicit stack, no
/// recursion.
enum DouglasPeucker {
  /// The kept points of `points`, in order. Lines of 0, 1 or 2 points come back unchanged.
  /// - Complexity: O(*n* log *n*) typical, O(*n*²) worst case, for *n* points.
  static func simplify(_ points: [GeoPoint], tolerance: Double) -> [GeoPoint] {
    guard points.count > 2 else { return points }
    var keep = [Bool](repeating: false, count: points.count)
    keep[0] = true
    keep[points.count - 1] = true
    var ranges = [(first: 0, last: points.count - 1)]
    while let (first, last) = ranges.popLast() {
      guard last - first > 1 else { continue }
      var farthest = first
      var farthestDistance = -1.0
      for index in (first + 1)..<last {
        let distance = distanceToSegment(points[index], points[first], points[last])
        if distance > farthestDistance {
          farthestDistance = distance
          farthest = index
        }
      }
      if farthestDistance > tolerance {
        keep[farthest] = true
        ranges.append((first, farthest))
        ranges.append((farthest, last))
      }
    }
    return points.indices.filter { keep[$0] }.map { points[$0] }
  }

  /// Distance in degrees from `point` to the segment `start`–`end`.
  static func distanceToSegment(_ point: GeoPoint, _ start: GeoPoint, _ end: GeoPoint) -> Double {
    let dx = end.longitude - start.longitude, dy = end.latitude - start.latitude
    let px = point.longitude - start.longitude, py = point.latitude - start.latitude
    let lengthSquared = dx * dx + dy * dy
    guard lengthSquared > 0 else { return (px * px + py * py).squareRoot() }
    let t = max(0, min(1, (px * dx + py * dy) / lengthSquared))
    let ex = px - t * dx, ey = py - t * dy
    return (ex * ex + ey * ey).squareRoot()
  }
}
