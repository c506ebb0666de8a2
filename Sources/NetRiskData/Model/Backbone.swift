// National terrestrial fibre backbones, as the Open Fibre Data Standard
// (OFDS) maps draw them: operator networks of nodes and spans, and the
// landing points they meet.

/// One operator's network of one country (a row of `backbone_networks.csv`).
/// A country may have several (Kenya four); their interconnection is not in
/// the data.
public struct BackboneNetwork: Hashable, Sendable {
  /// `<cc>-<operator>`, e.g. `ke-nofbi`.
  public var id: String
  /// The country whose backbone this is.
  public var countryIndex: RowIndex<Country>
  public var name: String
  /// The date in the source file's name (`YYYY-MM-DD`): when the map was
  /// converted to OFDS, not when it was surveyed; empty when unknown.
  public var snapshotDate: String
  public var ofdsVersion: String
  /// `<CountryFolder>/<OperatorFolder>` in the raw dump.
  public var sourceFolder: String

  public init(
    id: String, countryIndex: RowIndex<Country>, name: String, snapshotDate: String, ofdsVersion: String, sourceFolder: String
  ) {
    self.id = id
    self.countryIndex = countryIndex
    self.name = name
    self.snapshotDate = snapshotDate
    self.ofdsVersion = ofdsVersion
    self.sourceFolder = sourceFolder
  }
}

/// A point of a backbone network (a row of `backbone_nodes.csv`).
public struct BackboneNode: Hashable, Sendable {
  /// What the importer found the node to be (Datasets/README.md gives the rules).
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A cable landing station.
    case landing
    /// A node at a land border, facing `neighbourIndex`.
    case borderPost = "border-post"
    /// A fork of the drawing with no place name.
    case junction
    /// Any other point of presence (a town).
    case node
  }

  /// The OFDS node id (braces removed).
  public var id: String
  public var networkIndex: RowIndex<BackboneNetwork>
  /// Where the node is; may differ from its network's country (a PoP abroad).
  public var countryIndex: RowIndex<Country>
  /// As in the source; empty for junctions the importer added.
  public var name: String
  public var location: GeoPoint
  public var kind: Kind
  /// For a border post: the country across the border.
  public var neighbourIndex: RowIndex<Country>?

  public init(
    id: String, networkIndex: RowIndex<BackboneNetwork>, countryIndex: RowIndex<Country>, name: String, location: GeoPoint,
    kind: Kind, neighbourIndex: RowIndex<Country>?
  ) {
    self.id = id
    self.networkIndex = networkIndex
    self.countryIndex = countryIndex
    self.name = name
    self.location = location
    self.kind = kind
    self.neighbourIndex = neighbourIndex
  }
}

/// A fibre span between two nodes of one network (a row of `backbone_spans.csv`).
public struct BackboneSpan: Hashable, Sendable {
  /// The span's state in the source: a `proposed` span is kept but not
  /// counted, like a planned cable.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    case operational
    case proposed
  }

  /// The OFDS span id (braces removed).
  public var id: String
  public var networkIndex: RowIndex<BackboneNetwork>
  /// Its end nodes, both of `networkIndex`, different.
  public var fromIndex: RowIndex<BackboneNode>
  public var toIndex: RowIndex<BackboneNode>
  /// Great-circle length along the drawn geometry.
  public var lengthKm: Double
  /// Nil where the source says nothing (counted as in service).
  public var status: Status?
  /// The source's name, for display only: many are copy-pasted, so a span is
  /// best named by its end nodes.
  public var name: String

  public init(
    id: String, networkIndex: RowIndex<BackboneNetwork>, fromIndex: RowIndex<BackboneNode>, toIndex: RowIndex<BackboneNode>,
    lengthKm: Double, status: Status?, name: String
  ) {
    self.id = id
    self.networkIndex = networkIndex
    self.fromIndex = fromIndex
    self.toIndex = toIndex
    self.lengthKm = lengthKm
    self.status = status
    self.name = name
  }

  /// Whether the span carries traffic today (a proposed one does not).
  public var isInService: Bool { status != .proposed }
}

/// A landing point tied to the backbone node that serves it (a row of
/// `backbone_landings.csv`): the node in the same town, within the
/// importer's distance.
public struct BackboneLanding: Hashable, Sendable {
  public var landingPointIndex: RowIndex<LandingPoint>
  public var nodeIndex: RowIndex<BackboneNode>
  public var distanceKm: Double

  public init(landingPointIndex: RowIndex<LandingPoint>, nodeIndex: RowIndex<BackboneNode>, distanceKm: Double) {
    self.landingPointIndex = landingPointIndex
    self.nodeIndex = nodeIndex
    self.distanceKm = distanceKm
  }
}

/// The point a backbone country's population centre is taken to be (a row
/// of `backbone_hubs.csv`): where its networks interconnect most (the
/// PeeringDB facility with the most networks) or, without such a facility
/// near the backbone, the node named like its capital. The importer chooses
/// it; `basis` says how.
public struct BackboneHub: Hashable, Sendable {
  public var countryIndex: RowIndex<Country>
  public var location: GeoPoint
  public var basis: String

  public init(countryIndex: RowIndex<Country>, location: GeoPoint, basis: String) {
    self.countryIndex = countryIndex
    self.location = location
    self.basis = basis
  }
}
