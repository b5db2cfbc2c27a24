/// A member name the parser expects to read next: the name at the same position in the
/// last object it closed in the same place (see ``KeyPredictions``).
///
/// Large documents repeat one shape thousands of times (every rule block has the same
/// nine names in the same order), so most names can be recognised by comparing their
/// bytes with the earlier occurrence, without hashing them, looking them up or checking
/// them for duplicates.
struct PredictedKey {
    /// Offset of the name's first byte (after its opening quote) where it was read.
    let start: Int32
    /// Its length in bytes; it was written without escapes.
    let length: Int32
    /// The name.
    let key: String
    /// Its ``KeyFingerprint/short(_:)``.
    let fingerprint: UInt32

    /// Whether the name written at `quote` (the offset of its opening quote, which the
    /// caller has checked) has exactly these bytes; `end` is the text's length.
    @inline(__always)
    func matches(at quote: Int, in base: UnsafePointer<UInt8>, end: Int) -> Bool {
        let length = Int(length)
        let closing = quote + 1 + length
        // The same bytes as a name read without escapes, then a quote: the same name,
        // valid in the same way.
        guard closing < end, base[closing] == ASCII.quote else { return false }
        return ByteComparison.equal(base + quote + 1, base + Int(start), count: length)
    }
}
