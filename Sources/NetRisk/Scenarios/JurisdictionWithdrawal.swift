// One jurisdiction withdrawing its services from target countries: what it
// takes away at once (a scenario selector), and what it takes away over time.
import NetRiskData

/// What a jurisdiction's withdrawal from a set of target countries fails.
///
/// At once, for the targets' traffic (the scenario fails these elements for
/// everyone, and the report lists the targets only): the jurisdiction's own
/// network, its landing points, facilities, IXPs and root instances, its land
/// borders (no transit through it), every instance of the root letters whose
/// operators are seated there, and every active cable whose owners are all
/// mapped to it (`owner_jurisdictions.csv`). A cable with owners there and
/// elsewhere is listed as shared and kept: its other owners can go on
/// carrying the targets' traffic. Over time (not simulated): the registry
/// seated there stops serving the targets (`RegistryEffect`).
public struct JurisdictionWithdrawal: Hashable, Sendable {
  /// A cable, by dataset id and name.
  public struct CableName: Hashable, Sendable {
    public var id: String
    public var name: String
  }

  /// A cable some of whose owners are mapped to the jurisdiction and some not.
  public struct SharedCable: Hashable, Sendable {
    public var cable: CableName
    public var ownersThere: [String]
    public var ownersElsewhere: [String]
  }

  /// Alpha-2 codes, and the targets' country indices.
  public var jurisdiction: String
  public var targets: [String]
  public var targetIndices: [RowIndex<Country>]
  /// Cables failed: every owner mapped there (by name).
  public var failedCables: [CableName]
  public var sharedCables: [SharedCable]
  /// Root letters whose operator is seated there.
  public var rootLetters: [String]
  /// Elements sited there that fail (the country's network, landing points,
  /// facilities, IXPs, root instances, border links), by kind.
  public var sitedElements: [NodeKind: Int]
  /// Active cables landing in a target, and those among them none of whose
  /// owners is mapped: the mapping's blind spot for this withdrawal.
  public var targetCables: Int
  public var unmappedTargetCables: Int
  /// Every node the withdrawal fails: it stays failed, since a withdrawal is
  /// a decision, not damage (`simulate --recovery` never repairs it).
  public var nodes: Set<Int>
}

extension Scenario.Resolution {
  /// `{"country": J, "targets": [...]}`: fails what `JurisdictionWithdrawal`
  /// lists.
  /// - Throws: `InputError` for an unknown code, no targets, or the
  ///   jurisdiction among its own targets.
  mutating func jurisdiction(_ spec: Scenario.Jurisdiction, _ p: Double) throws {
    guard let country = dataset.countryIndex(spec.country) else {
      throw fail("jurisdiction: unknown country '\(spec.country)'" + Scenario.suggestion(spec.country, dataset.countries.map(\.code)))
    }
    guard !spec.targets.isEmpty else { throw fail("jurisdiction: targets is empty: name the countries it withdraws from") }
    let targets = try spec.targets.map { code -> RowIndex<Country> in
      guard let target = dataset.countryIndex(code) else {
        throw fail("jurisdiction: unknown target '\(code)'" + Scenario.suggestion(code, dataset.countries.map(\.code)))
      }
      guard target != country else { throw fail("jurisdiction: \(code) cannot withdraw from itself") }
      return target
    }
    var sited: [NodeKind: Int] = [:]
    var nodes = Set<Int>()
    func fails(_ node: Int) {
      select(node, p)
      nodes.insert(node)
      sited[dependency.kinds[node], default: 0] += 1
    }
    fails(dependency.countryNode[country])
    for node in 0 ..< dependency.nodeCount where dependency.rows[node] != nil {
      switch dependency.kinds[node] {
      case .landingPoint, .facility, .internetExchange, .rootInstance:
        if dependency.gridCountry[node] == country { fails(node) }
      default: break
      }
    }
    for link in dependency.borderLinks where link.countryA == country || link.countryB == country { fails(link.node) }
    let letters = dataset.rootOperators.filter { $0.seatCountryIndex == country }.map(\.letter)
    for (row, instance) in dataset.rootInstances.enumerated() where letters.contains(instance.letter) {
      if let node = dependency.nodeOf(.rootInstance, row: row) {
        select(node, p)
        nodes.insert(node)
      }
    }
    var failed: [RowIndex<Cable>] = [], shared: [JurisdictionWithdrawal.SharedCable] = []
    var targetCables = 0, unmapped = 0
    let targetSet = Set(targets)
    for cable in dataset.cables.rowIndices where dependency.includes(cable: cable) {
      let owners = dataset.cables[cable].ownerNames
      let there = owners.filter { dataset.jurisdictionOfOwner[$0] == country }
      let landsInTarget = dataset.cables[cable].landingPointIndices.contains { targetSet.contains(dataset.landingPoints[$0].countryIndex) }
      if landsInTarget {
        targetCables += 1
        if !owners.contains(where: { dataset.jurisdictionOfOwner[$0] != nil }) { unmapped += 1 }
      }
      guard !there.isEmpty else { continue }
      if there.count == owners.count {
        failed.append(cable)
        for node in dependency.nodes(ofCable: cable) {
          select(node, p)
          nodes.insert(node)
        }
      } else {
        let record = dataset.cables[cable]
        shared.append(.init(
          cable: .init(id: record.id, name: record.name), ownersThere: there, ownersElsewhere: owners.filter { !there.contains($0) }))
      }
    }
    let cables = dataset.cables
    let name = { (cable: RowIndex<Cable>) in JurisdictionWithdrawal.CableName(id: cables[cable].id, name: cables[cable].name) }
    let byName = { (a: JurisdictionWithdrawal.CableName, b: JurisdictionWithdrawal.CableName) in (a.name, a.id) < (b.name, b.id) }
    withdrawals.append(JurisdictionWithdrawal(
      jurisdiction: spec.country, targets: targets.map { dataset.countries[$0].code }, targetIndices: targets,
      failedCables: failed.map(name).sorted(by: byName),
      sharedCables: shared.sorted { byName($0.cable, $1.cable) }, rootLetters: letters.sorted(), sitedElements: sited,
      targetCables: targetCables, unmappedTargetCables: unmapped, nodes: nodes))
  }
}
