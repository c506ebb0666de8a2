import Testing
@testable import NetRiskData

/// The population centre of a backbone country, rule by rule.
@Suite struct BackboneHubSelectionTests {
  typealias Node = BackboneHubSelection.Node
  typealias Facility = BackboneHubSelection.Facility

  let nodes = [
    Node(id: "a", network: "xx-one", country: "XX", name: "Port Town", location: GeoPoint(latitude: 0, longitude: 0)),
    Node(id: "b", network: "xx-one", country: "XX", name: "Capitál City Metro", location: GeoPoint(latitude: 0, longitude: 2)),
  ]

  func hub(_ facilities: [Facility], capital: String = "Capital City") -> [String] {
    let table = BackboneHubSelection.table(countries: ["XX"], liveNodes: nodes, facilities: facilities, capitals: ["XX": capital])
    return table.rows.first ?? []
  }

  @Test func aBusyFacilityNearTheBackboneIsTheHub() {
    let busy = Facility(id: 7, name: "Port IX", city: "Port Town", country: "XX", location: GeoPoint(latitude: 0.1, longitude: 0), networks: 12)
    #expect(hub([busy]) == ["XX", "0.100000", "0.000000", "facility 7 \"Port IX\" (Port Town, 12 networks)"])
  }

  @Test func aQuietFacilityGivesWayToTheCapitalNamedNode() {
    let quiet = Facility(id: 7, name: "Port IX", city: "Port Town", country: "XX", location: GeoPoint(latitude: 0.1, longitude: 0), networks: 4)
    // Accents and case do not matter: "Capitál City Metro" starts like "Capital City".
    #expect(hub([quiet]) == ["XX", "0.000000", "2.000000", "node named like the capital \"Capital City\""])
    // Without a node named like the capital, the quiet facility still serves.
    #expect(hub([quiet], capital: "Elsewhere").last == "facility 7 \"Port IX\" (Port Town, 4 networks)")
  }

  @Test func aFacilityFarFromEveryNodeDoesNotCount() {
    let far = Facility(id: 7, name: "Far IX", city: "Far", country: "XX", location: GeoPoint(latitude: 5, longitude: 0), networks: 50)
    #expect(hub([far]).last == "node named like the capital \"Capital City\"")
    #expect(hub([far], capital: "Elsewhere").isEmpty)
  }
}
