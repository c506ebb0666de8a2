// A progress line on standard error for long runs, shown only on a terminal.
import Foundation

/// Prints "label: 41 % (262,144 of 640,000 trials)" on standard error, in
/// place, when standard error is a terminal and the run has taken more than
/// a second; silent otherwise, so that logs and pipes stay clean.
final class ProgressLine: @unchecked Sendable {
  private let label: String
  private let start = Date()
  private let lock = NSLock()
  private var shown = false

  private let unit: String

  init(label: String, unit: String = "trials") {
    self.label = label
    self.unit = unit
  }

  /// Reports `done` of `total`; callable from any thread.
  func update(_ done: Int, _ total: Int) {
    guard standardErrorIsTerminal, Date().timeIntervalSince(start) > 1, total > 0 else { return }
    lock.lock()
    defer { lock.unlock() }
    shown = true
    FileHandle.standardError.write(Data("\r\(label): \(100 * done / total) % (\(done) of \(total) \(unit))   ".utf8))
  }

  /// Clears the line if it was shown.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
