// A position on the Earth in decimal degrees (WGS 84).

/// A position in decimal degrees: latitude in [-90, 90], longitude in
/// [-180, 180]. The loader rejects values outside those ranges.
public struct GeoPoint: Hashable, Sendable {
  public var latitude: Double
  public var longitude: Double

  /// Creates the value from its fields.
  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }
}
