// A cable's segments between its landings and branching units, inferred from
// the pieces of its route geometry.
import Foundation

/// The segment graph of one cable: nodes are its landing points and its
/// branching units, edges the segments between them with their length along
/// the route.
///
/// Inferred from the route's line strings (TeleGeography draws one
/// MultiLineString per cable, whose pieces meet at branching units and
/// landings):
///
/// 1. Every line end that lies within `joinToleranceKm` of another line
///    (at a vertex or between two) splits that line there: a branch meets the
///    trunk in a T.
/// 2. Every landing point splits each line that passes within
///    `landingToleranceKm` of it, at the nearest point; those points are the
///    landing.
/// 3. Split points within `joinToleranceKm` of each other are one node.
///    Consecutive nodes along a line are joined by a segment (the shorter of
///    two drawn between the same nodes is kept).
/// 4. Spurs that end at no landing are dropped, and a node where exactly two
///    segments meet and nothing lands is merged away, so what remains besides
///    landings are branching units (three or more segments).
///
/// The inference fails, and the cable stays one whole-system node, when the
/// cable has no route, a landing point lies farther than the tolerance from
/// every line, or the pieces do not connect all its landings.
///
/// - Complexity: O((ends + landings) · vertices) distance evaluations plus
///   O(nodes²) for clustering; a few milliseconds for the longest systems.
struct CableTopology: Equatable {
  enum Node: Equatable {
    /// The landing points at the node (several when they lie within the join
    /// tolerance of each other), sorted by id.
    case landing([String])
    case branchingUnit(GeoPoint)
  }

  struct Segment: Equatable {
    var from: Int
    var to: Int
    var lengthKm: Double
    /// The drawn route from `from` to `to`.
    var points: [GeoPoint] = []
  }

  /// A stretch of drawn route and its length.
  struct Route: Equatable {
    var lengthKm: Double
    var points: [GeoPoint]
  }

  enum Failure: Error, Equatable {
    case noRoute
    case landingFarFromRoute([String])
    case disconnected
  }

  /// Assumed, because TeleGeography's routes are schematic: pieces drawn to
  /// meet are within a few kilometres of each other (5 km resolves 92 % of
  /// active cables; 1 km about 88 %).
  static let joinToleranceKm = 5.0
  /// Assumed, because landing points are geocoded to the town while routes
  /// end at the beach: 30 km keeps all but two active cables' landings on
  /// their route.
  static let landingToleranceKm = 30.0

  var nodes: [Node]
  var segments: [Segment]

  static func infer(lines rawLines: [[GeoPoint]], landings: [(id: String, position: GeoPoint)]) -> Result<CableTopology, Failure> {
    let lines = rawLines.filter { $0.count >= 2 }
    guard !lines.isEmpty else { return .failure(.noRoute) }

    // 1–2: split points per line, as (step index, point on that step).
    var inserts = [[(step: Int, point: GeoPoint)]](repeating: [], count: lines.count)
    for (index, line) in lines.enumerated() {
      for end in [line[0], line[line.count - 1]] {
        guard let hit = nearest(to: end, in: lines, skipping: index), hit.distance <= joinToleranceKm else { continue }
        inserts[hit.line].append((hit.step, hit.point))
      }
    }
    var landingPoint: [(id: String, point: GeoPoint)] = []
    var alias: [(GeoPoint, GeoPoint)] = []  // another line's landing point -> the landing's nearest
    var far: [String] = []
    for landing in landings.sorted(by: { $0.id < $1.id }) {
      var hits: [(distance: Double, line: Int, step: Int, point: GeoPoint)] = []
      for line in lines.indices {
        guard let hit = nearest(to: landing.position, in: [lines[line]], skipping: nil),
          hit.distance <= landingToleranceKm
        else { continue }
        hits.append((hit.distance, line, hit.step, hit.point))
      }
      guard let best = hits.min(by: { ($0.distance, $0.line) < ($1.distance, $1.line) }) else {
        far.append(landing.id)
        continue
      }
      for hit in hits {
        inserts[hit.line].append((hit.step, hit.point))
        alias.append((hit.point, best.point))
      }
      landingPoint.append((landing.id, best.point))
    }
    guard far.isEmpty else { return .failure(.landingFarFromRoute(far)) }

    // 3: nodes, and segments between consecutive split points.
    var special: Set<GeoPoint> = []
    var split: [[GeoPoint]] = []
    for (index, line) in lines.enumerated() {
      var points: [GeoPoint] = []
      for step in line.indices {
        points.append(line[step])
        guard step < line.count - 1 else { continue }
        let here = inserts[index].filter { $0.step == step }.map(\.point)
          .sorted { line[step].distanceKm(to: $0) < line[step].distanceKm(to: $1) }
        points += here
      }
      special.insert(points[0])
      special.insert(points[points.count - 1])
      for insert in inserts[index] { special.insert(insert.point) }
      split.append(points)
    }
    var centres: [GeoPoint] = []
    var aliasNode: [GeoPoint: Int] = [:]
    func node(_ point: GeoPoint) -> Int {
      if let known = aliasNode[point] { return known }
      if let index = centres.firstIndex(where: { $0.distanceKm(to: point) <= joinToleranceKm }) { return index }
      centres.append(point)
      return centres.count - 1
    }
    for (point, primary) in alias { aliasNode[point] = node(primary) }
    // Each segment's route, oriented from its lower node number to its higher;
    // of two drawn between the same nodes the shorter is kept.
    var routes: [[Int]: Route] = [:]
    func keep(_ a: Int, _ b: Int, _ route: Route) {
      let key = [min(a, b), max(a, b)]
      let oriented = a < b ? route : Route(lengthKm: route.lengthKm, points: route.points.reversed())
      if routes[key].map({ $0.lengthKm <= oriented.lengthKm }) ?? false { return }
      routes[key] = oriented
    }
    func route(_ a: Int, _ b: Int) -> Route? {
      guard let stored = routes[[min(a, b), max(a, b)]] else { return nil }
      return a < b ? stored : Route(lengthKm: stored.lengthKm, points: stored.points.reversed())
    }
    for points in split {
      let cuts = points.indices.filter { special.contains(points[$0]) }
      for (a, b) in zip(cuts, cuts.dropFirst()) {
        let from = node(points[a]), to = node(points[b])
        guard from != to else { continue }
        var length = 0.0
        for step in a ..< b { length += points[step].distanceKm(to: points[step + 1]) }
        keep(from, to, Route(lengthKm: length, points: Array(points[a ... b])))
      }
    }
    var landingsAt: [Int: [String]] = [:]
    for landing in landingPoint { landingsAt[node(landing.point), default: []].append(landing.id) }

    // 4: drop spurs, merge pass-through nodes.
    var adjacency: [Int: Set<Int>] = [:]
    for key in routes.keys {
      adjacency[key[0], default: []].insert(key[1])
      adjacency[key[1], default: []].insert(key[0])
    }
    func drop(_ a: Int, _ b: Int) {
      routes[[min(a, b), max(a, b)]] = nil
      adjacency[a]?.remove(b)
      adjacency[b]?.remove(a)
    }
    var changed = true
    while changed {
      changed = false
      for candidate in adjacency.keys.sorted() where landingsAt[candidate] == nil {
        let neighbours = (adjacency[candidate] ?? []).sorted()
        if neighbours.count <= 1 {
          for other in neighbours { drop(candidate, other) }
          adjacency[candidate] = nil
          changed = true
        } else if neighbours.count == 2, let first = route(neighbours[0], candidate), let second = route(candidate, neighbours[1]) {
          drop(candidate, neighbours[0])
          drop(candidate, neighbours[1])
          adjacency[candidate] = nil
          let joined = Route(lengthKm: first.lengthKm + second.lengthKm, points: first.points + second.points.dropFirst())
          keep(neighbours[0], neighbours[1], joined)
          adjacency[neighbours[0], default: []].insert(neighbours[1])
          adjacency[neighbours[1], default: []].insert(neighbours[0])
          changed = true
        }
      }
    }

    // Every landing in one component.
    let landingNodes = landingsAt.keys.sorted()
    guard let start = landingNodes.first else { return .failure(.noRoute) }
    var reached: Set<Int> = [start]
    var stack = [start]
    while let current = stack.popLast() {
      for next in adjacency[current] ?? [] where reached.insert(next).inserted { stack.append(next) }
    }
    guard landingNodes.allSatisfy(reached.contains) else { return .failure(.disconnected) }

    // Renumber: landing nodes first (by first landing id), then branching
    // units by position.
    let kept = reached.sorted()
    let units = kept.filter { landingsAt[$0] == nil }
      .sorted { (centres[$0].longitude, centres[$0].latitude) < (centres[$1].longitude, centres[$1].latitude) }
    let landingOrder = landingNodes.sorted { (landingsAt[$0]?.min() ?? "") < (landingsAt[$1]?.min() ?? "") }
    var number: [Int: Int] = [:]
    var nodes: [Node] = []
    for old in landingOrder {
      number[old] = nodes.count
      nodes.append(.landing((landingsAt[old] ?? []).sorted()))
    }
    for old in units {
      number[old] = nodes.count
      nodes.append(.branchingUnit(centres[old]))
    }
    var segments: [Segment] = []
    for old in kept {
      for other in (adjacency[old] ?? []).sorted() where old < other {
        guard let a = number[old], let b = number[other], let way = route(a < b ? old : other, a < b ? other : old) else { continue }
        segments.append(Segment(from: min(a, b), to: max(a, b), lengthKm: way.lengthKm, points: way.points))
      }
    }
    segments.sort { ($0.from, $0.to) < ($1.from, $1.to) }
    return .success(CableTopology(nodes: nodes, segments: segments))
  }

  /// The point of `lines` (other than line `skipping`) nearest to `point`:
  /// distance in km, line, step (the point lies between vertices `step` and
  /// `step + 1`) and the point. Steps are treated as planar in a local
  /// equirectangular projection around `point`, which is exact enough at the
  /// tolerances used (tens of km).
  static func nearest(
    to point: GeoPoint, in lines: [[GeoPoint]], skipping: Int?
  ) -> (distance: Double, line: Int, step: Int, point: GeoPoint)? {
    var best: (distance: Double, line: Int, step: Int, point: GeoPoint)?
    let scale = cos(point.latitude * .pi / 180)
    for (index, line) in lines.enumerated() where index != skipping {
      for step in 0 ..< max(line.count - 1, 0) {
        let a = line[step], b = line[step + 1]
        guard abs(a.longitude - b.longitude) <= 180 else { continue }
        let ax = (a.longitude - point.longitude) * scale, ay = a.latitude - point.latitude
        let dx = (b.longitude - a.longitude) * scale, dy = b.latitude - a.latitude
        let squared = dx * dx + dy * dy
        let t = squared == 0 ? 0 : min(max(-(ax * dx + ay * dy) / squared, 0), 1)
        let onLine = t == 0 ? a : t == 1 ? b
          : GeoPoint(latitude: a.latitude + t * (b.latitude - a.latitude), longitude: a.longitude + t * (b.longitude - a.longitude))
        let distance = point.distanceKm(to: onLine)
        if best.map({ distance < $0.distance }) ?? true { best = (distance, index, step, onLine) }
      }
    }
    return best
  }
}
