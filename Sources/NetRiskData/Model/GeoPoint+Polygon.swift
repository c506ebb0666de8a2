// Whether a point lies inside a polygon of positions.

extension Array where Element == GeoPoint {
  /// Whether `point` lies inside this polygon (ray casting, even–odd rule,
  /// longitude as x and latitude as y in the plane). The polygon may be
  /// closed (first point repeated last) or not; it must not cross the
  /// antimeridian. - Complexity: O(*n*) in the number of vertices.
  package func encloses(_ point: GeoPoint) -> Bool {
    var inside = false
    var previous = count - 1
    for index in indices {
      let a = self[index], b = self[previous]
      if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
        let x = a.longitude + (point.latitude - a.latitude) / (b.latitude - a.latitude) * (b.longitude - a.longitude)
        if point.longitude < x { inside.toggle() }
      }
      previous = index
    }
    return inside
  }
}
