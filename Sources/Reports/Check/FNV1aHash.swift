/// The 64-bit FNV-1a hash of text's UTF-8 bytes: the same on every machine and every run,
/// unlike Swift's `hashValue`, which is seeded per process.
///
/// Used for fingerprints other tools store (SARIF's `partialFingerprints`), so the value
/// of a given text must never change.
enum FNV1aHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `text`.
    static func value(of text: String) -> UInt64 {
        var hash = offsetBasis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// The hash of `text` as 16 lowercase hexadecimal digits.
    static func hex(of text: String) -> String {
        let digits = String(value(of: text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
