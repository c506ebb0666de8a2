// Timing (median of runs) and resident memory, for benchmark lines.
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Seconds on a monotonic clock.
func monotonicSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
}

/// Runs `body` `runs` times and returns the median time and the last result.
func medianTime<Result>(runs: Int = 3, _ body: () -> Result) -> (seconds: Double, result: Result) {
  var times: [Double] = []
  var result = body()  // warm-up run, also the result whose digest is printed
  for _ in 0 ..< runs {
    let start = monotonicSeconds()
    result = body()
    times.append(monotonicSeconds() - start)
  }
  times.sort()
  return (times[times.count / 2], result)
}

/// Resident set size of this process in bytes, from /proc/self/statm (0 where unavailable).
func residentBytes() -> Int {
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
  let fields = text.split(separator: " ")
  guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
  return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Resident set size after returning freed heap memory to the OS (glibc's
/// `malloc_trim`), so that a reading counts live data, not allocator reserves.
func residentBytesAfterTrim() -> Int {
  #if canImport(Glibc)
  _ = glibcMallocTrim(0)
  #endif
  return residentBytes()
}

#if canImport(Glibc)
/// glibc's `int malloc_trim(size_t pad)`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// One result line: `netrisk ALGORITHM NAME SECONDS DIGEST`.
func report(_ algorithm: String, _ name: String, _ seconds: Double, _ digest: String) {
  emit("netrisk \(algorithm) \(name) \(String(format: "%.6f", seconds)) \(digest)")
}

/// Writes a line to standard output unbuffered, so long runs show progress.
func emit(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
