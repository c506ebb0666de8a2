// A stable content hash for models and datasets (not for security).

/// FNV-1a, 64 bits: the same bytes give the same hash on every platform and
/// run, unlike `Hasher`, which is seeded per process. Collisions are possible
/// in principle; this names inputs, it does not authenticate them.
public enum StableHash {
  /// The 16-hex-digit FNV-1a hash of `bytes`.
  public static func hex(of bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
