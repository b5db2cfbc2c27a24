extension ConditionComparison {
    /// What a comparison reads its policy and request values as.
    public enum ValueKind: Sendable, Hashable, CaseIterable {
        /// Text, compared exactly, ignoring case, or with wildcards.
        case string
        /// Decimal numbers.
        case number
        /// ISO 8601 dates or seconds since 1970.
        case date
        /// `true` or `false`.
        case boolean
        /// Base64-encoded bytes.
        case binary
        /// Addresses (request) and CIDR blocks (policy).
        case ipAddress
        /// ARNs, compared part by part.
        case arn
        /// Only whether the key is present (`Null`).
        case presence
    }
}
