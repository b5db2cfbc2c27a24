/// A 64-bit hash of a member name's UTF-8 bytes, so that finding a duplicate name in
/// an object compares numbers rather than strings.
///
/// Equal names always have equal fingerprints; names whose fingerprints are equal are
/// then compared in full, so a collision costs time, never a wrong answer.
@usableFromInline enum KeyFingerprint {
    /// The fingerprint of `bytes`: its length and first and last eight bytes, mixed.
    @inlinable @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if count >= 8, let start = bytes.baseAddress {
            let raw = UnsafeRawPointer(start)
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            for index in 0..<count { head |= UInt64(bytes[index]) << UInt64(8 * index) }
        }
        return mix(head, tail, count: count)
    }

    /// Two words of a string's bytes and its length, mixed into one 64-bit hash whose
    /// high bits are well spread (``StringCache`` picks its slots with them).
    @inlinable @inline(__always)
    static func mix(_ head: UInt64, _ tail: UInt64, count: Int) -> UInt64 {
        (head &* 0x9E37_79B9_7F4A_7C15 ^ tail ^ UInt64(count)) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The high half of a key's fingerprint, which each ``JSONObject/Member`` stores.
    @inlinable @inline(__always)
    static func short(_ fingerprint: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: fingerprint >> 32)
    }

    /// ``short(_:)`` of the fingerprint of `key`'s UTF-8 bytes.
    @inlinable @inline(__always)
    static func short(of key: String) -> UInt32 {
        if let fingerprint = key.utf8.withContiguousStorageIfAvailable({ of($0) }) {
            return short(fingerprint)
        }
        var key = key
        return short(key.withUTF8 { of($0) })
    }
}
