/// A statement's `Resource` or `NotResource`: `"*"` or ARN patterns with `*` and `?`
/// within each colon-separated part.
public struct ResourceElement: Sendable, Hashable {
    /// `true` for `NotResource`.
    public let isNegated: Bool
    /// The patterns as written, before policy variables are substituted.
    public let patterns: [String]

    init(isNegated: Bool, patterns: [String]) {
        self.isNegated = isNegated
        self.patterns = patterns
    }

    /// The element's name as written in policies.
    public var name: String { isNegated ? "NotResource" : "Resource" }

    /// Whether the element is `Resource` and lists `"*"`.
    public var coversEveryResource: Bool { !isNegated && patterns.contains("*") }
}
