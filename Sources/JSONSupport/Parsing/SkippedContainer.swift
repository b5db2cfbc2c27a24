/// An array or object open inside a value the parser is skipping.
struct SkippedContainer {
    /// Whether this is an object (otherwise an array).
    let isObject: Bool
    /// Where this object's member names start in the parser's `skippedNames`.
    let firstName: Int
    /// One bit per name seen (by its fingerprint): a name whose bit is clear is new
    /// without comparing it to the others.
    var nameBits: UInt64 = 0
    /// For large objects: name → offset of its opening quote, to find duplicates
    /// without a quadratic scan.
    var offsetsByName: [String: Int]? = nil
}
