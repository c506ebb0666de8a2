// rir_allocations.csv from the per-RIR ASN lists and ipverse's per-country prefixes.
import Foundation

/// Builds `rir_allocations.csv` and decides which RIR serves each country.
///
/// - ASNs: rows of `rir-delegated/asn-by-country-2024-01/delegated-<rir>-extended-latest_asn.csv`
///   with a country, counted per country and RIR. Rows with no country
///   (available or reserved blocks) and non-country codes (`EU`, `AP`) are
///   skipped and counted.
/// - Addresses: `rir-delegated/country-ip-blocks/country/<cc>/ipv4-aggregated.txt`
///   and `ipv6-aggregated.txt` (all five RIRs together). IPv4: the sum of
///   2^(32 − length). IPv6: the sum of 2^(32 − length) /32s, exact in units
///   of /64 (no delegation is longer), written with 6 decimals.
/// - Serving RIR: the RIR holding most of the country's ASNs (ties go to the
///   first in alphabetical order); none when the country has no ASN.
enum RIRImporter {
  static let source = "rir"

  struct Output {
    var table = OutputTable(.rirAllocations)
    var servingRegistry: [String: RegionalRegistry] = [:]
  }

  static func run(raw: RawDirectory, catalog: CountryCatalog, report: inout ImportReport) throws(ImportError) -> Output {
    var asns: [String: [RegionalRegistry: Int]] = [:]
    var rowsWithoutCountry = 0
    var unknownCodes: [String: Int] = [:]
    var totalRows = 0
    for registry in RegionalRegistry.allCases {
      let path = "rir-delegated/asn-by-country-2024-01/delegated-\(registry.rawValue)-extended-latest_asn.csv"
      let table = try raw.table(path, required: ["Country Code", "ASN Number"])
      for record in table.records {
        totalRows += 1
        let code = table.value(record, "Country Code")
        if code.isEmpty {
          rowsWithoutCountry += 1
        } else if catalog.contains(code) {
          asns[code, default: [:]][registry, default: 0] += 1
        } else {
          unknownCodes[code, default: 0] += 1
        }
      }
    }
    report.rawCounts["rir.asn_rows"] = totalRows
    report.note(
      .skipped, source, "asn_rows", "no country (available or reserved blocks, as the RIR files list them)",
      count: rowsWithoutCountry)
    report.note(
      .skipped, source, "asn_rows",
      "country code is not an ISO 3166-1 country (EU: European Union, AP: Asia Pacific, ZZ: unknown)",
      count: unknownCodes.values.reduce(0, +),
      items: unknownCodes.keys.sorted().map { "\($0) (\(unknownCodes[$0] ?? 0) rows)" })

    var ipv4: [String: Int] = [:]
    var ipv6Slash64s: [String: UInt64] = [:]
    var malformed: [String] = []
    var unknownFolders: [String] = []
    let folders = try raw.entries("rir-delegated/country-ip-blocks/country")
    report.rawCounts["rir.prefix_country_folders"] = folders.count
    for folder in folders {
      let code = folder.uppercased()
      guard catalog.contains(code) else {
        unknownFolders.append(folder)
        continue
      }
      let base = "rir-delegated/country-ip-blocks/country/\(folder)/"
      for line in try prefixLines(raw, base + "ipv4-aggregated.txt") {
        guard let length = prefixLength(line, maximum: 32), isIPv4Address(line) else {
          malformed.append("\(folder)/ipv4: \(line)")
          continue
        }
        ipv4[code, default: 0] += 1 << (32 - length)
      }
      for line in try prefixLines(raw, base + "ipv6-aggregated.txt") {
        guard let length = prefixLength(line, maximum: 64), length >= 1, line.contains(":") else {
          malformed.append("\(folder)/ipv6: \(line)")
          continue
        }
        let (sum, overflow) = ipv6Slash64s[code, default: 0].addingReportingOverflow(UInt64(1) << UInt64(64 - length))
        if overflow {
          malformed.append("\(folder)/ipv6: \(line) (total overflows)")
          continue
        }
        ipv6Slash64s[code] = sum
      }
    }
    report.note(.skipped, source, "prefix_folders", "folder is not an ISO 3166-1 country code", items: unknownFolders)
    report.note(.skipped, source, "prefixes", "not a CIDR prefix (or an IPv6 prefix longer than /64)", items: malformed)

    var output = Output()
    var withoutRegistry: [String] = []
    for entry in catalog.entries {
      let code = entry.alpha2
      let byRegistry = asns[code] ?? [:]
      let total = byRegistry.values.reduce(0, +)
      let addresses = ipv4[code] ?? 0
      let slash64s = ipv6Slash64s[code] ?? 0
      guard total > 0 || addresses > 0 || slash64s > 0 else { continue }
      let serving = RegionalRegistry.allCases.max { lhs, rhs in
        // Among equal counts the registry first in alphabetical order ranks highest.
        let left = byRegistry[lhs] ?? 0, right = byRegistry[rhs] ?? 0
        return left < right || (left == right && lhs > rhs)
      }
      let registry = total > 0 ? serving : nil
      if let registry { output.servingRegistry[code] = registry } else { withoutRegistry.append(code) }
      output.table.append(
        [code, registry?.rawValue ?? "", String(addresses), (Double(slash64s) / 4_294_967_296).fixed(6), String(total)]
          + RegionalRegistry.allCases.map { String(byRegistry[$0] ?? 0) })
    }
    report.note(
      .flagged, source, "rir_allocations", "no ASN in any RIR file, so no serving RIR (rir left blank)",
      items: withoutRegistry)
    return output
  }

  /// The prefix lines of an ipverse list: comments and blank lines dropped.
  /// A missing list (a country with no IPv6 space has none) has no lines.
  private static func prefixLines(_ raw: RawDirectory, _ relative: String) throws(ImportError) -> [String] {
    guard FileManager.default.fileExists(atPath: raw.path(relative)) else { return [] }
    let text = String(decoding: try raw.bytes(relative), as: UTF8.self)
    return text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }

  private static func prefixLength(_ prefix: String, maximum: Int) -> Int? {
    let parts = prefix.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let length = Int(parts[1]), (0...maximum).contains(length) else { return nil }
    return length
  }

  private static func isIPv4Address(_ prefix: String) -> Bool {
    let address = prefix.prefix { $0 != "/" }
    let octets = address.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets.allSatisfy { Int($0).map { (0...255).contains($0) } ?? false }
  }
}
