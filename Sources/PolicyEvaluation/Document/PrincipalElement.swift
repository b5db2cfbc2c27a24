/// A statement's `Principal` or `NotPrincipal`.
public struct PrincipalElement: Sendable, Hashable {
    /// `true` for `NotPrincipal`.
    public let isNegated: Bool
    /// The principals listed; `"*"` is a single ``PrincipalEntry/anyone``.
    public let entries: [PrincipalEntry]

    init(isNegated: Bool, entries: [PrincipalEntry]) {
        self.isNegated = isNegated
        self.entries = entries
    }

    /// The element's name as written in policies.
    public var name: String { isNegated ? "NotPrincipal" : "Principal" }

    /// Whether the element names everyone: `"*"` or `{"AWS": "*"}` among the entries.
    public var includesAnyone: Bool { entries.contains(.anyone) }
}
