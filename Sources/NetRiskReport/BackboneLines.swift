// The domestic backbone findings of one country, as lines of `explain`.
import NetRisk

enum BackboneLines {
  /// What the national backbone maps show, or that the country is one node.
  static func render(_ backbone: DomesticBackbone?) -> [String] {
    guard let backbone else {
      return ["Domestic backbone: no map in the dataset; the country is one domestic node (its landing points and borders reach its people without loss)."]
    }
    var out: [String] = []
    out.append("Domestic backbone (OFDS maps \(backbone.networks.joined(separator: ", ")); one operator's map is not the whole country): "
      + "\(backbone.nodes.counted("node")), \(backbone.spans.counted("span")), \(backbone.kilometres.decimals(0)) km"
      + (backbone.assumedInterconnects > 0 ? ", \(backbone.assumedInterconnects.counted("assumed interconnect")) between networks" : "")
      + (backbone.domesticCableLinks > 0 ? ", \(backbone.domesticCableLinks.counted("domestic cable link"))" : "") + ".")
    guard let basis = backbone.hubBasis else {
      out.append("  no population centre chosen (no facility with networks, no node named like the capital): no domestic findings")
      return out
    }
    out.append("  population centre: \(basis); metro (within \(DomesticBackbone.hubRadiusKm.decimals(0)) km): \(names(backbone.hubMetro))")
    if let national = backbone.national {
      out.append("  domestic single points of failure (each alone cuts the centre off from every landing and border post): " + describe(national, empty: "none"))
    }
    for landing in backbone.landings {
      out.append("  - \(landing.landingPoint) -> \(landing.node.name) (\(landing.node.network), \(landing.distanceKm.decimals(1)) km): "
        + describe(landing.reach, empty: "no single span or node cuts it off the centre"))
    }
    if !backbone.untiedLandingPoints.isEmpty {
      out.append("  landing points with no backbone node in the same town (link unknown): \(backbone.untiedLandingPoints.joined(separator: ", "))")
    }
    out.append("  border posts towards: \(backbone.borderPostNeighbours.isEmpty ? "none in the maps" : backbone.borderPostNeighbours.joined(separator: ", "))")
    return out
  }

  private static func names(_ items: [String]) -> String {
    items.count > 6 ? items.prefix(6).joined(separator: ", ") + " +\(items.count - 6)" : items.joined(separator: ", ")
  }

  private static func describe(_ reach: DomesticBackbone.Reach, empty: String) -> String {
    switch reach.status {
    case .inHubMetro: return "in the centre's metro"
    case .disconnected: return "no path in the maps"
    case .noCentre: return "no population centre to reach"
    case .connected:
      return reach.cutNames.isEmpty ? empty : names(reach.cutNames)
    }
  }
}
