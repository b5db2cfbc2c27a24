/// The comparisons a condition operator can make, named as in policies.
public enum ConditionComparison: String, Sendable, Hashable, CaseIterable {
    /// Exact, case-sensitive text.
    case stringEquals = "StringEquals"
    /// Negated `StringEquals`.
    case stringNotEquals = "StringNotEquals"
    /// Exact text, ignoring case.
    case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
    /// Negated `StringEqualsIgnoreCase`.
    case stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
    /// Case-sensitive text with `*` and `?` wildcards.
    case stringLike = "StringLike"
    /// Negated `StringLike`.
    case stringNotLike = "StringNotLike"
    /// Equal numbers.
    case numericEquals = "NumericEquals"
    /// Negated `NumericEquals`.
    case numericNotEquals = "NumericNotEquals"
    /// Request value below the policy value.
    case numericLessThan = "NumericLessThan"
    /// Request value at most the policy value.
    case numericLessThanEquals = "NumericLessThanEquals"
    /// Request value above the policy value.
    case numericGreaterThan = "NumericGreaterThan"
    /// Request value at least the policy value.
    case numericGreaterThanEquals = "NumericGreaterThanEquals"
    /// The same instant.
    case dateEquals = "DateEquals"
    /// Negated `DateEquals`.
    case dateNotEquals = "DateNotEquals"
    /// Request date before the policy date.
    case dateLessThan = "DateLessThan"
    /// Request date at or before the policy date.
    case dateLessThanEquals = "DateLessThanEquals"
    /// Request date after the policy date.
    case dateGreaterThan = "DateGreaterThan"
    /// Request date at or after the policy date.
    case dateGreaterThanEquals = "DateGreaterThanEquals"
    /// `true` or `false`.
    case bool = "Bool"
    /// Equal bytes, written in base64.
    case binaryEquals = "BinaryEquals"
    /// Request address inside a policy CIDR block (a bare address is /32 or /128).
    case ipAddress = "IpAddress"
    /// Negated `IpAddress`.
    case notIpAddress = "NotIpAddress"
    /// ARN compared part by part; AWS documents it as behaving like `ArnLike`.
    case arnEquals = "ArnEquals"
    /// ARN compared part by part with `*` and `?` in each part.
    case arnLike = "ArnLike"
    /// Negated `ArnEquals`.
    case arnNotEquals = "ArnNotEquals"
    /// Negated `ArnLike`.
    case arnNotLike = "ArnNotLike"
    /// Whether the key is absent (`true`) or present (`false`).
    case null = "Null"

    /// What the policy values and request values are read as.
    public var valueKind: ValueKind {
        switch self {
        case .stringEquals, .stringNotEquals, .stringEqualsIgnoreCase,
            .stringNotEqualsIgnoreCase, .stringLike, .stringNotLike:
            .string
        case .numericEquals, .numericNotEquals, .numericLessThan, .numericLessThanEquals,
            .numericGreaterThan, .numericGreaterThanEquals:
            .number
        case .dateEquals, .dateNotEquals, .dateLessThan, .dateLessThanEquals,
            .dateGreaterThan, .dateGreaterThanEquals:
            .date
        case .bool: .boolean
        case .binaryEquals: .binary
        case .ipAddress, .notIpAddress: .ipAddress
        case .arnEquals, .arnLike, .arnNotEquals, .arnNotLike: .arn
        case .null: .presence
        }
    }

    /// Whether the comparison is negated: it holds when no value matches (several
    /// values mean "none of them"), and holds when the key is absent.
    public var isNegated: Bool { positiveForm != self }

    /// The comparison without its negation: `StringEquals` for `StringNotEquals`.
    public var positiveForm: ConditionComparison {
        switch self {
        case .stringNotEquals: .stringEquals
        case .stringNotEqualsIgnoreCase: .stringEqualsIgnoreCase
        case .stringNotLike: .stringLike
        case .numericNotEquals: .numericEquals
        case .dateNotEquals: .dateEquals
        case .notIpAddress: .ipAddress
        case .arnNotEquals: .arnEquals
        case .arnNotLike: .arnLike
        default: self
        }
    }

    /// Whether `*` and `?` in policy values are wildcards (`StringLike`, `ArnLike`,
    /// `ArnEquals` and their negations; AWS documents `ArnEquals` as matching like
    /// `ArnLike`).
    public var usesWildcards: Bool {
        switch positiveForm {
        case .stringLike, .arnLike, .arnEquals: true
        default: false
        }
    }

    /// Whether `${…}` policy variables are substituted in the values (string and ARN
    /// comparisons, under `Version` `2012-10-17`).
    public var substitutesVariables: Bool { valueKind == .string || valueKind == .arn }
}
