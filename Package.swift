// swift-tools-version:6.0
// netrisk: scores how exposed each country's Internet is to losing the
// resources it depends on. No package dependencies, by design: the package
// builds from the Swift toolchain alone (Foundation, Dispatch, Swift Testing).
import PackageDescription

/// Invariant checks (`Graph+Invariants.swift`) compile in only when this is set;
/// test builds define it, release builds of the tool do not pay for it.
let internalChecks: [SwiftSetting] = [
  .define("NETRISK_INTERNAL_CHECKS", .when(configuration: .debug)),
]

let package = Package(
  name: "netrisk",
  products: [
    .library(name: "NetRiskGraph", targets: ["NetRiskGraph"]),
    .library(name: "NetRiskData", targets: ["NetRiskData"]),
    .library(name: "NetRisk", targets: ["NetRisk"]),
    .executable(name: "netrisk", targets: ["netrisk"]),
    .executable(name: "netrisk-bench", targets: ["NetRiskBench"]),
  ],
  targets: [
    .target(name: "NetRiskGraph", swiftSettings: internalChecks),
    .target(name: "NetRiskData"),
    .target(name: "NetRisk", dependencies: ["NetRiskGraph", "NetRiskData"]),
    .target(name: "NetRiskReport", dependencies: ["NetRisk", "NetRiskData"]),
    .executableTarget(
      name: "netrisk",
      dependencies: ["NetRiskGraph", "NetRiskData", "NetRisk", "NetRiskReport"]
    ),
    .executableTarget(
      name: "NetRiskBench",
      dependencies: ["NetRiskGraph", "NetRiskData", "NetRisk", "NetRiskReport"],
      path: "Benchmarks/NetRiskBench"
    ),
    .testTarget(
      name: "NetRiskGraphTests",
      dependencies: ["NetRiskGraph"],
      swiftSettings: internalChecks
    ),
    .testTarget(
      name: "NetRiskTests",
      dependencies: ["NetRisk", "NetRiskData", "NetRiskGraph"]
    ),
    .testTarget(
      name: "NetRiskReportTests",
      dependencies: ["NetRiskReport", "NetRisk", "NetRiskData"]
    ),
    .testTarget(
      name: "NetRiskCLITests",
      dependencies: ["netrisk"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "NetRiskDataTests",
      dependencies: ["NetRiskData"],
      exclude: ["Fixtures"]
    ),
  ]
)
