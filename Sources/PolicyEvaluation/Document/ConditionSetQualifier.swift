/// The set operators for context keys with several values.
public enum ConditionSetQualifier: String, Sendable, Hashable, CaseIterable {
    /// `ForAnyValue:`: at least one request value satisfies the comparison; false when
    /// the key is absent or empty.
    case forAnyValue = "ForAnyValue"
    /// `ForAllValues:`: every request value satisfies the comparison; true when the key
    /// is absent or empty (so dangerous in an Allow).
    case forAllValues = "ForAllValues"

    /// The prefix as written, with its colon.
    public var prefix: String { rawValue + ":" }
}
