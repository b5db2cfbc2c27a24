/// A member name inside a skipped value: where its text is, and the decoded name when
/// it has escapes (otherwise the bytes are the name).
struct SkippedName {
    /// Offset of the opening quote.
    let quoteOffset: Int
    /// Offset and length of the text between the quotes.
    let start: Int
    let length: Int
    /// The name, for names written with escapes.
    let decoded: String?
    /// Equal for equal unescaped names, and rarely for different ones: compared before
    /// the bytes.
    let fingerprint: UInt64
}
