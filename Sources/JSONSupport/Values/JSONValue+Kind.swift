extension JSONValue {
    /// The six kinds of JSON value.
    ///
    /// Arrays and objects hold their children in heap storage already, so the enum
    /// needs no `indirect` boxing, which keeps scalar values allocation-free.
    public enum Kind: Sendable, Equatable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A number, kept as its source text.
        case number(JSONNumber)
        /// A string, with escapes decoded.
        case string(String)
        /// An array, in source order.
        case array([JSONValue])
        /// An object, with members in source order.
        case object(JSONObject)
    }
}
