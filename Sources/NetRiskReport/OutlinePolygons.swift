// A country's outline rings as GeoJSON polygons: outer rings with their holes.
import NetRiskData

enum OutlinePolygons {
  /// The rings of one outline (outer rings and holes in any order, filled by
  /// the even-odd rule, as `Dataset.countryOutlines` holds them) grouped as
  /// GeoJSON polygons (RFC 7946, section 3.1.6): each outer ring followed by
  /// the holes directly inside it, outer rings counterclockwise and holes
  /// clockwise. A ring's nesting depth is the number of other rings around
  /// its first point (rings of one outline do not cross): even depth is an
  /// outer ring (an island in a lake in a country is one again), odd a hole,
  /// which belongs to the ring around it one level up. Rings must be closed.
  /// - Complexity: O(*r*² · *p*) for *r* rings of at most *p* points.
  static func polygons(_ rings: [[GeoPoint]]) -> [[[GeoPoint]]] {
    let depth = rings.indices.map { ring in
      rings.indices.count { other in other != ring && contains(rings[other], rings[ring].first) }
    }
    var polygons: [[[GeoPoint]]] = []
    var polygonOfOuter: [Int: Int] = [:]
    for ring in rings.indices where depth[ring] % 2 == 0 {
      polygonOfOuter[ring] = polygons.count
      polygons.append([oriented(rings[ring], counterclockwise: true)])
    }
    for ring in rings.indices where depth[ring] % 2 == 1 {
      let parent = rings.indices.first { other in
        depth[other] == depth[ring] - 1 && contains(rings[other], rings[ring].first)
      }
      guard let parent, let polygon = polygonOfOuter[parent] else { continue }  // not nested in this outline: dropped
      polygons[polygon].append(oriented(rings[ring], counterclockwise: false))
    }
    return polygons
  }

  /// Whether `point` lies inside the closed `ring` (`Array<GeoPoint>.encloses`); false for no point.
  static func contains(_ ring: [GeoPoint], _ point: GeoPoint?) -> Bool { point.map(ring.encloses) ?? false }

  /// Twice the signed area (shoelace): positive when counterclockwise.
  static func signedArea(_ ring: [GeoPoint]) -> Double {
    zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.longitude * $1.1.latitude - $1.1.longitude * $1.0.latitude }
  }

  static func oriented(_ ring: [GeoPoint], counterclockwise: Bool) -> [GeoPoint] {
    (signedArea(ring) > 0) == counterclockwise ? ring : ring.reversed()
  }
}
