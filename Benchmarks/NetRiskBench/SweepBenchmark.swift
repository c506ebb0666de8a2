// Times the contingency sweeps on the world dataset: N-1 over every element
// kind, N-2 over cables and segments, and N-2 over every transit kind.
import Foundation
import NetRisk
import NetRiskData

/// One line per sweep, the median of 3 runs of the sweep alone (the
/// assessment is loaded once, outside the timing).
func runSweepBenchmark(directory: String) throws {
  let assessment = try Assessment.load(datasetDirectory: directory, modelFile: directory + "/models/default.json")
  let single = medianTime { assessment.singleFailureSweep(kinds: Set(NodeKind.sweepable)).count }
  report("sweep-n1-all-kinds", "world", single.seconds, "contingencies=\(single.result)")
  let cables = medianTime { assessment.pairFailureSweep(kinds: [.cable, .cableSegment]).count }
  report("sweep-n2-cables", "world", cables.seconds, "contingencies=\(cables.result)")
  let transit = medianTime { assessment.pairFailureSweep(kinds: Set(NodeKind.pairSweepable)).count }
  report("sweep-n2-transit-kinds", "world", transit.seconds, "contingencies=\(transit.result)")
}
