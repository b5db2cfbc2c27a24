/// A member name inside a skipped value: where its text is, and where its decoded text
/// is kept when it has escapes (otherwise the bytes are the name).
///
/// Every field is a plain number, so that the parser's stack of these is appended to and
/// cut back without retaining or releasing anything: a plan's skipped parts hold
/// hundreds of thousands of names.
struct SkippedName {
    /// Offset of the opening quote.
    let quoteOffset: Int
    /// Offset and length of the text between the quotes.
    let start: Int
    let length: Int
    /// For a name written with escapes, its position in the parser's
    /// `skippedDecodedNames`; otherwise -1.
    let decodedIndex: Int
    /// Equal for equal unescaped names, and rarely for different ones: compared before
    /// the bytes.
    let fingerprint: UInt64

    /// Whether the name is written with escapes.
    var isEscaped: Bool { decodedIndex >= 0 }
}
