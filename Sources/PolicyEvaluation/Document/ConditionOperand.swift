import NetworkModel

/// A policy value of a condition, checked and converted for its comparison when the
/// document is read.
enum ConditionOperand: Sendable {
    /// String and ARN comparisons: text that may hold wildcards and policy variables.
    case text(PolicyTemplate)
    /// Numeric comparisons.
    case number(Double)
    /// Date comparisons, as seconds since 1970-01-01T00:00:00Z.
    case date(Double)
    /// `Bool`.
    case boolean(Bool)
    /// `BinaryEquals`: the decoded bytes.
    case binary([UInt8])
    /// `IpAddress` / `NotIpAddress`.
    case network(CIDR)
    /// `Null`: `true` tests that the key is absent, `false` that it is present.
    case absence(Bool)
}
