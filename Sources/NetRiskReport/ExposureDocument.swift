// The JSON of an exposure report (`netrisk score --format json`): every
// figure the model found, with the sentences that explain them.
import NetRisk

/// An exposure report as the JSON document `score --format json` writes.
///
/// The model returns findings as data; this document adds the sentences a
/// person reads (score part reasons, single points of failure, caveats) and
/// fixes the layout: keys sorted, pretty-printed by Foundation's encoder.
/// Optional figures that are nil are left out, not written as null.
struct ExposureDocument: Encodable {
  var report: ExposureReport
  /// Tool, model and dataset; without it, the model's members from the report.
  var provenance: Provenance?

  func encode(to encoder: Encoder) throws {
    var object = encoder.container(keyedBy: JSONKey.self)
    if let provenance {
      try provenance.encode(output: "score", to: &object)
    } else {
      try object.encode(["name": report.modelName, "version": report.modelVersion, "hash": report.modelHash], forKey: "model")
    }
    try object.encode(report.caveats.map(\.sentence), forKey: "caveats")
    try object.encode(report.countries.map { CountryDocument(country: $0, countryNames: report.countryNames) }, forKey: "countries")
    try object.encode(report.excludedCables.map(\.id).sorted(), forKey: "excludedCableIDs")
    try object.encode(report.excludedCables.map { "\($0.id): \($0.reason.sentence)" }, forKey: "excludedCables")
    try object.encode(report.monteCarloTrials, forKey: "monteCarloTrials")
    try object.encode(report.seed, forKey: "seed")
    try object.encodeIfPresent(report.trialsForTargetStandardError, forKey: "trialsForTargetStandardError")
    try object.encode(report.unscored, forKey: "unscored")
  }

  /// One country of the document.
  struct CountryDocument: Encodable {
    var country: CountryExposure
    /// Names of the countries a single point of failure cuts off, by code.
    var countryNames: [String: String]

    func encode(to encoder: Encoder) throws {
      let country = country
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encodeIfPresent(country.backbone, forKey: "backbone")
      try object.encode(country.cables, forKey: "cables")
      try object.encode(country.code, forKey: "code")
      try object.encode(country.domesticModel, forKey: "domesticModel")
      if let national = country.backbone?.national {
        try object.encode(national.cutNames, forKey: "domesticSinglePointsOfFailure")
      } else {
        try object.encodeNil(forKey: "domesticSinglePointsOfFailure")  // unknown: no maps, or no hub or way out in them
      }
      try object.encode(country.domesticTrafficCanStayLocal, forKey: "domesticTrafficCanStayLocal")
      try object.encodeIfPresent(country.electricityAccessPercent, forKey: "electricityAccessPercent")
      try object.encodeIfPresent(country.electricityAccessYear, forKey: "electricityAccessYear")
      try object.encodeIfPresent(country.entryConcentration, forKey: "entryConcentration")
      try object.encode(country.exchangeMemberNetworks, forKey: "exchangeMemberNetworks")
      try object.encodeIfPresent(country.farEndConcentration, forKey: "farEndConcentration")
      try object.encode(country.farEndCountries, forKey: "farEndCountries")
      try object.encode(country.generationMixPercent, forKey: "generationMixPercent")
      try object.encodeIfPresent(country.generationYear, forKey: "generationYear")
      try object.encode(country.independentFailuresToIsolate, forKey: "independentFailuresToIsolate")
      try object.encode(country.internationalTbps, forKey: "internationalTbps")
      try object.encode(country.internetExchanges, forKey: "internetExchanges")
      try object.encode(country.isHub, forKey: "isHub")
      try object.encode(country.isolatingFailures.map(\.name), forKey: "isolatingFailures")
      try object.encode(country.landNeighbours, forKey: "landNeighbours")
      try object.encode(country.landingPoints, forKey: "landingPoints")
      try object.encode(country.localRootLetters, forKey: "localRootLetters")
      try object.encode(country.minCutLinks.map(\.name), forKey: "minCutLinks")
      try object.encode(country.minCutShare, forKey: "minCutShare")
      try object.encode(country.minCutTbps, forKey: "minCutTbps")
      try object.encode(country.name, forKey: "name")
      try object.encodeIfPresent(country.netImportPercent, forKey: "netImportPercent")
      try object.encodeIfPresent(country.operators, forKey: "operators")
      try object.encode(country.parts.map(PartDocument.init), forKey: "parts")
      try object.encode(country.rank, forKey: "rank")
      try object.encodeIfPresent(country.regionOf, forKey: "regionOf")
      try object.encodeIfPresent(country.registry, forKey: "registry")
      try object.encodeIfPresent(country.registrySeat, forKey: "registrySeat")
      try object.encodeIfPresent(country.risk, forKey: "risk")
      try object.encode(country.rootLettersWhenCutOff, forKey: "rootLettersWhenCutOff")
      try object.encode(country.rootOperatorsAbroadShare, forKey: "rootOperatorsAbroadShare")
      try object.encode(country.score, forKey: "score")
      try object.encode(
        country.singlePointsOfFailure.map { FailureDocument(failure: $0, countryNames: countryNames) }, forKey: "singlePointsOfFailure")
      try object.encode(country.sitesOnGrid, forKey: "sitesOnGrid")
    }
  }

  /// A score part: its name, figures and reason.
  struct PartDocument: Encodable {
    var part: ScorePart

    func encode(to encoder: Encoder) throws {
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encode(part.contribution, forKey: "contribution")
      try object.encode(part.key.rawValue, forKey: "name")
      try object.encode(part.evidence.sentence, forKey: "reason")
      try object.encode(part.value, forKey: "value")
      try object.encode(part.weight, forKey: "weight")
    }
  }

  /// A single point of failure: the element (stable id, kind, label), who it
  /// cuts off, and the sentence.
  struct FailureDocument: Encodable {
    var failure: SinglePointOfFailure
    var countryNames: [String: String]

    func encode(to encoder: Encoder) throws {
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encode(failure.cutsOff, forKey: "cutsOff")
      try object.encode(failure.element.id, forKey: "id")
      try object.encode(failure.element.kind, forKey: "kind")
      try object.encode(failure.repair?.meanDays, forKey: "meanRepairDays")
      try object.encode(failure.element.name, forKey: "name")
      try object.encode(failure.sentence(countryNames: countryNames), forKey: "reason")
    }
  }
}
