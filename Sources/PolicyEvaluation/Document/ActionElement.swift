/// A statement's `Action` or `NotAction`: `service:name` patterns with `*` and `?`,
/// matched without regard to case.
public struct ActionElement: Sendable, Hashable {
    /// `true` for `NotAction`.
    public let isNegated: Bool
    /// The patterns as written.
    public let patterns: [String]

    init(isNegated: Bool, patterns: [String]) {
        self.isNegated = isNegated
        self.patterns = patterns
    }

    /// The element's name as written in policies.
    public var name: String { isNegated ? "NotAction" : "Action" }

    /// Whether the element is `Action` and lists `"*"`.
    public var coversEveryAction: Bool { !isNegated && patterns.contains("*") }
}
