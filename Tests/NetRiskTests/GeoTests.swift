// The small geometry behind hazard selectors, on cases with known answers.
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct GeoTests {
  @Test func greatCircleDistances() {
    let london = GeoPoint(latitude: 51.5074, longitude: -0.1278), paris = GeoPoint(latitude: 48.8566, longitude: 2.3522)
    // About 344 km (haversine on a 6,371 km sphere).
    #expect(abs(Geo.distanceKm(london, paris) - 343.6) < 1)
    #expect(Geo.distanceKm(london, london) == 0)
    // Antipodes: half the circumference, π · 6,371 km.
    let antipode = GeoPoint(latitude: -51.5074, longitude: 179.8722)
    #expect(abs(Geo.distanceKm(london, antipode) - Double.pi * 6371) < 0.5)
    // Symmetric, and across the antimeridian the short way round.
    let fiji = GeoPoint(latitude: -18, longitude: 179.5), samoa = GeoPoint(latitude: -18, longitude: -179.5)
    #expect(Geo.distanceKm(fiji, samoa) < 120)
    #expect(Geo.distanceKm(fiji, samoa) == Geo.distanceKm(samoa, fiji))
  }

  @Test func geomagneticLatitude() {
    // The dipole pole itself is at geomagnetic latitude 90, its antipode at -90.
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: 80.65, longitude: -72.68)) - 90) < 1e-6)
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: -80.65, longitude: 107.32)) + 90) < 1e-6)
    // On the pole's meridian the offset is the pole's colatitude (9.35°).
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: 0, longitude: -72.68)) - 9.35) < 1e-6)
    // Opposite meridian: the equator sits 9.35° south geomagnetically.
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: 0, longitude: 107.32)) + 9.35) < 1e-6)
  }

  @Test func polygonsAndSegments() {
    let square = [
      GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 10),
      GeoPoint(latitude: 10, longitude: 10), GeoPoint(latitude: 10, longitude: 0),
    ]
    #expect(Geo.contains(square, GeoPoint(latitude: 5, longitude: 5)))
    #expect(!Geo.contains(square, GeoPoint(latitude: 15, longitude: 5)))
    #expect(!Geo.contains(square, GeoPoint(latitude: 5, longitude: -1)))
    // A segment crossing the square with both ends outside meets it.
    #expect(Geo.segment(GeoPoint(latitude: 5, longitude: -5), GeoPoint(latitude: 5, longitude: 15), meets: square))
    // One that passes beside it does not.
    #expect(!Geo.segment(GeoPoint(latitude: 12, longitude: -5), GeoPoint(latitude: 12, longitude: 15), meets: square))
    // One with an end inside does.
    #expect(Geo.segment(GeoPoint(latitude: 5, longitude: 5), GeoPoint(latitude: 20, longitude: 20), meets: square))
    // Touching a corner counts (collinear end on the boundary).
    #expect(Geo.segmentsIntersect(
      GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 10, longitude: 10),
      GeoPoint(latitude: 10, longitude: 10), GeoPoint(latitude: 20, longitude: 0)))
    #expect(!Geo.segmentsIntersect(
      GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 1, longitude: 1),
      GeoPoint(latitude: 2, longitude: 2), GeoPoint(latitude: 3, longitude: 3)))
  }
}
