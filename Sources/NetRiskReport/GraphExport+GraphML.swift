// The dependency graph as GraphML, which networkx, igraph and Gephi read.
import NetRisk
import NetRiskData

extension GraphExport {
  /// GraphML (http://graphml.graphdrawing.org/) of the dependency graph, or
  /// of the part around one country (the same selection as `dot`): one
  /// undirected graph whose nodes carry their stable ids
  /// (`DependencyGraph.stableID(of:in:)`) and the attributes `label`, `kind`,
  /// `country` (alpha-2 of the country a site is in; empty for cables and
  /// border links), `capacityTbps` (links; 0 otherwise) and `spof` (a single
  /// point of failure of that country, or of any); edges carry `relation`:
  /// `link` (a path traffic can take) or `requires` (a site needs its grid
  /// or facility). Parallel edges are kept as the graph has them.
  /// - Complexity: O(*V* + *E*) for the selected part.
  public static func graphML(
    dependency: DependencyGraph, dataset: Dataset, report: ExposureReport, country: RowIndex<Country>?, depth: Int
  ) -> String {
    let (nodes, included, spofs) = selection(dependency: dependency, dataset: dataset, report: report, country: country, depth: depth)
    func id(_ node: Int) -> String { dependency.stableID(of: node, in: dataset).xmlEscaped }
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#,
      #"  <key id="label" for="node" attr.name="label" attr.type="string"/>"#,
      #"  <key id="kind" for="node" attr.name="kind" attr.type="string"/>"#,
      #"  <key id="country" for="node" attr.name="country" attr.type="string"/>"#,
      #"  <key id="capacityTbps" for="node" attr.name="capacityTbps" attr.type="double"/>"#,
      #"  <key id="spof" for="node" attr.name="spof" attr.type="boolean"/>"#,
      #"  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>"#,
      #"  <graph id="netrisk" edgedefault="undirected">"#,
    ]
    for node in nodes {
      let owner = dependency.gridCountry[node]
      let data = [
        ("label", dependency.name(of: node, in: dataset)), ("kind", dependency.kinds[node].rawValue),
        ("country", owner.map { dataset.countries[$0].code } ?? ""),
        ("capacityTbps", String(dependency.linkCapacityTbps[node])), ("spof", spofs.contains(node) ? "true" : "false"),
      ]
      lines.append("    <node id=\"\(id(node))\">" + data.map { "<data key=\"\($0.0)\">\($0.1.xmlEscaped)</data>" }.joined() + "</node>")
    }
    let ends = dependency.graph.edgeEndpoints()
    func edge(_ u: Int, _ v: Int, _ relation: String) {
      lines.append("    <edge source=\"\(id(u))\" target=\"\(id(v))\"><data key=\"relation\">\(relation)</data></edge>")
    }
    for index in 0 ..< dependency.graph.edgeCount {
      let (u, v) = ends[index]
      if included.contains(u) && included.contains(v) { edge(u, v, "link") }
    }
    for requirement in dependency.requirements where included.contains(requirement.dependent) {
      for support in requirement.supports where included.contains(support) { edge(requirement.dependent, support, "requires") }
    }
    lines += ["  </graph>", "</graphml>"]
    return lines.joined(separator: "\n") + "\n"
  }
}
