/// A condition operator as written: a comparison, optionally prefixed with
/// `ForAnyValue:` or `ForAllValues:` and suffixed with `IfExists`.
public struct ConditionOperator: Sendable, Hashable, CustomStringConvertible {
    /// The comparison, such as ``ConditionComparison/stringLike``.
    public let comparison: ConditionComparison
    /// Whether the `IfExists` suffix makes the condition hold when the key is absent.
    public let ifExists: Bool
    /// `ForAnyValue:` or `ForAllValues:`, for keys with several values.
    public let setQualifier: ConditionSetQualifier?

    /// Creates an operator from its parts.
    public init(
        _ comparison: ConditionComparison, ifExists: Bool = false,
        setQualifier: ConditionSetQualifier? = nil
    ) {
        self.comparison = comparison
        self.ifExists = ifExists
        self.setQualifier = setQualifier
    }

    /// Reads an operator name such as `ForAnyValue:StringLikeIfExists`; `nil` when the
    /// name is not one AWS defines (names are case-sensitive here) or is `NullIfExists`.
    public init?(name: String) {
        var rest = Substring(name)
        var qualifier: ConditionSetQualifier?
        if let candidate = ConditionSetQualifier.allCases.first(where: { rest.hasPrefix($0.prefix) }
        ) {
            qualifier = candidate
            rest = rest.dropFirst(candidate.prefix.count)
        }
        var ifExists = false
        if rest.hasSuffix("IfExists") {
            ifExists = true
            rest = rest.dropLast("IfExists".count)
        }
        guard let comparison = ConditionComparison(rawValue: String(rest)),
            !(ifExists && comparison == .null)
        else { return nil }
        self.init(comparison, ifExists: ifExists, setQualifier: qualifier)
    }

    /// Every operator name AWS defines, such as `ForAllValues:StringLikeIfExists`.
    public static let allNames: [String] = ConditionComparison.allCases.flatMap { comparison in
        let suffixes = comparison == .null ? [""] : ["", "IfExists"]
        let prefixes =
            comparison == .null ? [""] : [""] + ConditionSetQualifier.allCases.map(\.prefix)
        return prefixes.flatMap { prefix in suffixes.map { prefix + comparison.rawValue + $0 } }
    }

    /// The name as it would be written: `ForAllValues:StringEqualsIfExists`.
    public var description: String {
        (setQualifier?.prefix ?? "") + comparison.rawValue + (ifExists ? "IfExists" : "")
    }
}
