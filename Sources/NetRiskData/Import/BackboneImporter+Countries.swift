// Rule 5 (the country a node is in) and the border-post rules of rule 6
// (explicit, crossing, terminal), over all networks at once.
import Foundation

extension BackboneImporter {
  /// Where `node` is: its network's country when within `homeBufferKm` of
  /// that country's outline, else the outline that holds it, else the
  /// nearest outline if nearer than home's; returns the code and the rule.
  static func country(of node: Node, geography: OutlineGeography) -> (code: String, rule: String) {
    let home = node.home
    let homeDistance = geography.distanceKm(from: node.position, toOutlineOf: home)
    if homeDistance <= homeBufferKm { return (home, homeDistance == 0 ? "home" : "home-buffer") }
    let codes = geography.countriesWithOutlines
    if let holder = codes.first(where: { $0 != home && geography.contains(node.position, in: $0) }) { return (holder, "outline") }
    var nearest: (distance: Double, code: String)?
    for code in codes {
      let distance = geography.distanceKm(from: node.position, toOutlineOf: code)
      if let current = nearest, current.distance <= distance { continue }
      nearest = (distance, code)
    }
    if let nearest, nearest.distance < homeDistance { return (nearest.code, "nearest-outline") }
    return (home, "home-far")
  }

  /// Sets `kind` and `neighbour` of the border posts, visiting the nodes in
  /// (network, raw id) order:
  /// - explicit (a `border-post` by type or name): the neighbour named in the
  ///   name if it is a land neighbour, else the neighbour whose outline is
  ///   nearest; a node abroad faces its network's country. Demoted to `node`
  ///   when farther than `borderCheckKm` from that neighbour's outline.
  /// - crossing: a `node` with a span to a node in another country, within
  ///   `crossingKm` of that country's outline.
  /// - terminal: a dead-end node or junction in its home country within
  ///   `borderKm` of a land neighbour's outline.
  static func classifyBorderPosts(
    _ nodes: inout [NodeKey: Node], spans: [Span], geography: OutlineGeography, countryNames: [String: String],
    findings: inout Findings
  ) {
    var adjacent: [NodeKey: Set<NodeKey>] = [:]
    for span in spans {
      let a = NodeKey(network: span.network, rawID: span.ends[0]), b = NodeKey(network: span.network, rawID: span.ends[1])
      adjacent[a, default: []].insert(b)
      adjacent[b, default: []].insert(a)
    }
    for key in nodes.keys.sorted() {
      guard var node = nodes[key] else { continue }
      defer { nodes[key] = node }
      let country = node.country
      /// The land neighbours with an outline, nearest first.
      func nearestNeighbours() -> [(distance: Double, code: String)] {
        var result: [(distance: Double, code: String)] = []
        for code in geography.sortedNeighbours(of: country) where geography.rings[code] != nil {
          result.append((geography.distanceKm(from: node.position, toOutlineOf: code), code))
        }
        return result.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.code < $1.code }
      }
      switch node.kind {
      case .borderPost:
        var neighbour = ""
        if country != node.home {
          neighbour = node.home
        } else if let named = namedCountries(in: node.name, countryNames: countryNames)
          .first(where: { $0 != country && geography.areNeighbours(country, $0) })
        {
          neighbour = named
        } else {
          neighbour = nearestNeighbours().first?.code ?? ""
        }
        if !neighbour.isEmpty {
          let distance = geography.distanceKm(from: node.position, toOutlineOf: neighbour)
          if distance > borderCheckKm {
            let shown = distance.isFinite ? distance.fixed(0) + " km" : "no outline"
            findings.add(.demoted, "\(node.network): \(node.name) facing \(neighbour) (\(shown))")
            node.kind = .node
            continue
          }
        }
        node.neighbour = neighbour
      case .node, .junction:
        let across = Set((adjacent[key] ?? []).compactMap { nodes[$0]?.country }).subtracting([country]).sorted()
          .filter { geography.distanceKm(from: node.position, toOutlineOf: $0) <= crossingKm }
        if let neighbour = across.first, node.kind == .node {
          node.kind = .borderPost
          node.neighbour = neighbour
          if !geography.areNeighbours(country, neighbour) {
            findings.add(.crossingWithoutBorder, "\(node.network): \(node.name) (\(country) facing \(neighbour))")
          }
        } else if adjacent[key]?.count == 1, country == node.home, let nearest = nearestNeighbours().first,
          nearest.distance <= borderKm
        {
          node.kind = .borderPost
          node.neighbour = nearest.code
        }
      case .landing:
        break
      }
    }
  }

  /// Country codes a border node's name names: the whole name without the
  /// word border or frontier ("South Sudan Border"), then each word of it
  /// ("Gabon-Congo Border"), by the dataset's country names and the
  /// aliases the data uses (`DRC`, `Tchad`, `Bénin`, `UG`, `Eswatini`, and
  /// `Congo`, which names both Congos).
  static func namedCountries(in name: String, countryNames: [String: String]) -> [String] {
    // Each whole word "border" or "frontier" becomes a space.
    var text = "", word = ""
    func endWord() {
      let lowered = word.lowercased()
      text += lowered == "border" || lowered == "frontier" ? " " : word
      word = ""
    }
    for character in name {
      if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
      } else {
        endWord()
        text.append(character)
      }
    }
    endWord()
    var codes: [String] = []
    if let whole = countryNames[fold(text.trimmingCharacters(in: .whitespacesAndNewlines))] { codes.append(whole) }
    for part in text.split(whereSeparator: { $0.isWhitespace || "-/,()".contains($0) }) {
      let folded = fold(String(part))
      guard !folded.isEmpty else { continue }
      if let alias = nameAliases[folded] {
        codes += alias
      } else if let code = countryNames[folded] {
        codes.append(code)
      }
    }
    return codes
  }

  /// Country words in border-node names that `countries.csv` names do not resolve.
  static let nameAliases: [String: [String]] = [
    "drc": ["CD"], "tchad": ["TD"], "benin": ["BJ"], "congo": ["CG", "CD"], "ug": ["UG"], "eswatini": ["SZ"],
  ]

  /// Compatibility decomposition, accents dropped, lower case: how names are compared.
  static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
    where scalar.properties.canonicalCombiningClass == .notReordered {
      scalars.append(scalar)
    }
    return String(scalars).lowercased()
  }

  /// A node's key across networks: its network and raw id.
  struct NodeKey: Hashable, Comparable {
    var network: String
    var rawID: String

    static func < (left: NodeKey, right: NodeKey) -> Bool {
      left.network != right.network ? left.network.precedesByCodePoint(right.network) : left.rawID.precedesByCodePoint(right.rawID)
    }
  }
}
