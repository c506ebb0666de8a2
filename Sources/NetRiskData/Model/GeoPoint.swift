// A position on the Earth in decimal degrees (WGS 84).
import Foundation

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

extension GeoPoint {
  /// The mean Earth radius (IUGG), km.
  public static let earthRadiusKm = 6371.0

  /// Great-circle distance to `other` in km (haversine).
  public func distanceKm(to other: GeoPoint) -> Double {
    let toRadians = Double.pi / 180
    let dLat = (other.latitude - latitude) * toRadians, dLon = (other.longitude - longitude) * toRadians
    let h = sin(dLat / 2) * sin(dLat / 2)
      + cos(latitude * toRadians) * cos(other.latitude * toRadians) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * Self.earthRadiusKm * asin(min(1, sqrt(h)))
  }
}
