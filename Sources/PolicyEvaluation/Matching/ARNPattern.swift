/// Matching of ARNs against patterns the way IAM compares resources and `Arn…`
/// conditions: the six colon-separated parts one by one, so a `*` never crosses one of
/// the first five colons; in the last part (the resource) `*` also matches `/` and `:`.
enum ARNPattern {
    /// The number of parts in `arn:partition:service:region:account:resource`.
    static let partCount = 6

    /// Whether `arn` matches `pattern`: a pattern of only `*` matches anything (also a
    /// request resource `*` or a value that is not an ARN); otherwise both must have six
    /// parts and each part must match. Case-sensitive throughout.
    static func matches(_ pattern: WildcardPattern, _ arn: String) -> Bool {
        if pattern.matchesEverything { return true }
        let patternParts = pattern.split(separator: ":", maximumSplits: partCount - 1)
        let arnParts = arn.split(
            separator: ":", maxSplits: partCount - 1, omittingEmptySubsequences: false)
        guard patternParts.count == partCount, arnParts.count == partCount else { return false }
        for (patternPart, arnPart) in zip(patternParts, arnParts)
        where !patternPart.matches(Array(arnPart)) {
            return false
        }
        return true
    }

    /// Whether `text` has the six parts of an ARN and starts with `arn:`.
    static func isARN(_ text: String) -> Bool {
        text.hasPrefix("arn:")
            && text.split(
                separator: ":", maxSplits: partCount - 1, omittingEmptySubsequences: false
            ).count == partCount
    }

    /// The parts of an ARN, or `nil` when `text` is not one.
    static func parts(of text: String) -> [String]? {
        guard isARN(text) else { return nil }
        return text.split(
            separator: ":", maxSplits: partCount - 1, omittingEmptySubsequences: false
        ).map(String.init)
    }
}
