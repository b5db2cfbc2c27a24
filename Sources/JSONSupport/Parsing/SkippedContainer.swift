/// An array or object open inside a value the parser is skipping.
struct SkippedContainer {
    /// Whether this is an object (otherwise an array).
    let isObject: Bool
    /// Where this object's member names start in the parser's `skippedNames`.
    let firstName: Int
    /// For large objects: name → offset of its opening quote, to find duplicates
    /// without a quadratic scan.
    var offsetsByName: [String: Int]?
}
