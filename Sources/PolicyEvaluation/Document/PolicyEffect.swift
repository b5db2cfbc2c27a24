/// A statement's `Effect`, written exactly `"Allow"` or `"Deny"`.
public enum PolicyEffect: String, Sendable, Hashable, CaseIterable {
    /// `"Allow"`.
    case allow = "Allow"
    /// `"Deny"`.
    case deny = "Deny"
}
