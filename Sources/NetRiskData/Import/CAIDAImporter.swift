// The AS layer (autonomous_systems.csv, as_countries.csv, as_transit.csv) from
// CAIDA's AS relationships and AS-to-country files of December 2018.
import Foundation

/// Builds the three AS files from `caida-as-2018/`:
///
/// - `asn-to-country.2018-12-01.txt` (`asn|cc|pfx-cnt|pfx-pct|ip-cnt|ip-pct`,
///   the IPv4 space of each AS as geolocated per country): one row of
///   `as_countries.csv` per AS and country, kept when it holds at least
///   `minimumCountryShare` of the country's geolocated addresses (the long
///   tail is geolocation noise of foreign networks; what is dropped is
///   counted in the report). The home country of an AS is the country with
///   most of its addresses (ties: the first code in alphabetical order).
/// - `20181201.as-rel.txt.bz2` (`provider|customer|-1` or `peer|peer|0`): one
///   row of `as_transit.csv` per provider-to-customer link whose customer has
///   a row in `as_countries.csv`. Peering links are left out: a peer carries
///   only its own and its customers' traffic, not a country's way to the rest
///   of the Internet. An uncompressed `20181201.as-rel.txt` next to it is read
///   instead when present; otherwise the file is decompressed with the
///   system's `bzip2 -dc` (the importer's only external tool).
/// - `autonomous_systems.csv`: every AS named in the two files above, with its
///   home country (blank for a provider with no AS-to-country row) and its
///   geolocated addresses in all countries.
enum CAIDAImporter {
  static let source = "caida"
  static let folder = "caida-as-2018"
  static let countryFile = "asn-to-country.2018-12-01.txt"
  static let relationshipFile = "20181201.as-rel.txt"
  /// The smallest share of a country's geolocated addresses for which an AS
  /// is kept as present there; assumed, because below 0.1 % the rows are
  /// mostly single prefixes of foreign networks geolocated there.
  static let minimumCountryShare = 0.001

  struct Output {
    var systems = OutputTable(.autonomousSystems)
    var presences = OutputTable(.autonomousSystemCountries)
    var transit = OutputTable(.autonomousSystemTransit)
  }

  static func run(raw: RawDirectory, catalog: CountryCatalog, report: inout ImportReport) throws(ImportError) -> Output {
    let countryPath = folder + "/" + countryFile
    var addressesByCountry: [String: [Int: Int]] = [:]  // country -> asn -> addresses
    var malformed: [String] = []
    var unknownCodes: [String: Int] = [:]
    var emptyRows = 0
    var rows = 0
    for (number, line) in lines(of: try raw.bytes(countryPath)) {
      rows += 1
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      guard fields.count == 6, let asn = Int(fields[0]), asn >= 1, asn <= 4_294_967_295,
        let addresses = Int(fields[4]), addresses >= 0
      else {
        malformed.append("line \(number): \(line.prefix(60))")
        continue
      }
      let code = String(fields[1])
      guard catalog.contains(code) else {
        unknownCodes[code, default: 0] += 1
        continue
      }
      guard addresses > 0 else {
        emptyRows += 1
        continue
      }
      addressesByCountry[code, default: [:]][asn, default: 0] += addresses
    }
    report.rawCounts["caida.asn_country_rows"] = rows
    report.note(.skipped, source, "asn_country_rows", "not asn|cc|pfx-cnt|pfx-pct|ip-cnt|ip-pct", items: malformed)
    report.note(
      .skipped, source, "asn_country_rows", "country code is not an ISO 3166-1 country",
      count: unknownCodes.values.reduce(0, +),
      items: unknownCodes.keys.sorted().map { "\($0) (\(unknownCodes[$0] ?? 0) rows)" })
    report.note(.skipped, source, "asn_country_rows", "no IPv4 address (prefixes only)", count: emptyRows)

    var home: [Int: (code: String, addresses: Int)] = [:]
    var totalBySystem: [Int: Int] = [:]
    for code in addressesByCountry.keys.sorted() {
      for (asn, addresses) in addressesByCountry[code] ?? [:] {
        totalBySystem[asn, default: 0] += addresses
        if let best = home[asn], best.addresses >= addresses { continue }  // codes ascend: ties keep the first
        home[asn] = (code, addresses)
      }
    }

    var output = Output()
    var present: Set<Int> = []
    var tailRows = 0
    var tailAddresses = 0
    for code in addressesByCountry.keys.sorted() {
      let byAS = addressesByCountry[code] ?? [:]
      let total = byAS.values.reduce(0, +)
      for asn in byAS.keys.sorted() {
        let addresses = byAS[asn] ?? 0
        guard Double(addresses) >= minimumCountryShare * Double(total) else {
          tailRows += 1
          tailAddresses += addresses
          continue
        }
        present.insert(asn)
        output.presences.append([String(asn), code, String(addresses)])
      }
    }
    report.note(
      .skipped, source, "asn_country_rows",
      "below 0.1 % of the country's geolocated addresses (\(tailAddresses) addresses in all)", count: tailRows)

    var links: Set<[Int]> = []
    var peering = 0
    var otherCustomers = 0
    var badLinks: [String] = []
    var relationships = 0
    for (number, line) in lines(of: try relationshipBytes(raw)) {
      relationships += 1
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      guard fields.count >= 3, let left = Int(fields[0]), let right = Int(fields[1]), left != right,
        fields[2] == "-1" || fields[2] == "0"
      else {
        badLinks.append("line \(number): \(line.prefix(60))")
        continue
      }
      if fields[2] == "0" {
        peering += 1
      } else if present.contains(right) {
        links.insert([left, right])
      } else {
        otherCustomers += 1
      }
    }
    report.rawCounts["caida.relationships"] = relationships
    report.note(.skipped, source, "relationships", "not provider|customer|-1 or peer|peer|0", items: badLinks)
    report.note(.skipped, source, "relationships", "peering (carries no transit)", count: peering)
    report.note(
      .skipped, source, "relationships", "transit to a customer with no row in as_countries.csv", count: otherCustomers)

    for link in links.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      output.transit.append([String(link[0]), String(link[1])])
    }
    let named = present.union(links.map { $0[0] })
    var withoutHome: [String] = []
    for asn in named.sorted() {
      if home[asn] == nil { withoutHome.append("AS\(asn)") }
      output.systems.append([String(asn), home[asn]?.code ?? "", String(totalBySystem[asn] ?? 0)])
    }
    report.note(
      .flagged, source, "autonomous_systems", "transit provider with no AS-to-country row (home_country left blank)",
      items: withoutHome)
    return output
  }

  /// The relationship file's bytes: the uncompressed file when present,
  /// else the `.bz2` file through `bzip2 -dc`.
  private static func relationshipBytes(_ raw: RawDirectory) throws(ImportError) -> [UInt8] {
    let plain = folder + "/" + relationshipFile
    if FileManager.default.fileExists(atPath: raw.path(plain)) { return try raw.bytes(plain) }
    let compressed = raw.path(plain + ".bz2")
    guard FileManager.default.fileExists(atPath: compressed) else { throw .missingFile(compressed) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["bzip2", "-dc", compressed]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .unreadable(path: compressed, reason: "cannot run bzip2 to decompress it: \(error.localizedDescription)")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw .unreadable(
        path: compressed,
        reason: "bzip2 -dc failed (exit \(process.terminationStatus)); is bzip2 installed? Or put the uncompressed file next to it")
    }
    return [UInt8](data)
  }

  /// The non-blank, non-comment lines with their 1-based line numbers.
  private static func lines(of bytes: [UInt8]) -> [(Int, Substring)] {
    let text = String(decoding: bytes, as: UTF8.self)
    var result: [(Int, Substring)] = []
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      result.append((number, trimmed))
    }
    return result
  }
}
