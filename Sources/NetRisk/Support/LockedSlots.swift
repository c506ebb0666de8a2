// Results written by worker threads into slots of their own.
import Foundation

/// One value per slot; each worker writes only its own slots, and the lock
/// keeps the array's storage safe under concurrent writes. Reading the values
/// in slot order makes results independent of which thread finished first.
final class LockedSlots<Value>: @unchecked Sendable {
  private var slots: [Value]
  private let lock = NSLock()

  init(repeating value: Value, count: Int) { slots = [Value](repeating: value, count: count) }

  func store(_ value: Value, at index: Int) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
