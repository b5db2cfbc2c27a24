/// The result of evaluating one request against one policy, with the statements that
/// decided it.
public enum PolicyDecision: Sendable, Hashable, CustomStringConvertible {
    /// An `Allow` statement applies and no `Deny` does; carries the applying Allow
    /// statements.
    case allow([StatementVerdict])
    /// A `Deny` statement applies; it wins over any Allow. Carries the applying Deny
    /// statements.
    case explicitDeny([StatementVerdict])
    /// No statement applies to the request; carries every statement with why it does
    /// not apply.
    case implicitDeny([StatementVerdict])

    /// Which of the three outcomes this is.
    public var outcome: Outcome {
        switch self {
        case .allow: .allow
        case .explicitDeny: .explicitDeny
        case .implicitDeny: .implicitDeny
        }
    }

    /// Whether the request is allowed.
    public var isAllowed: Bool { outcome == .allow }

    /// The statements carried: those that decided, or for an implicit deny all of them.
    public var statements: [StatementVerdict] {
        switch self {
        case .allow(let verdicts), .explicitDeny(let verdicts), .implicitDeny(let verdicts):
            verdicts
        }
    }

    public var description: String {
        switch self {
        case .allow(let verdicts):
            "allowed by " + verdicts.map(\.description).joined(separator: "; and ")
        case .explicitDeny(let verdicts):
            "explicitly denied by " + verdicts.map(\.description).joined(separator: "; and ")
        case .implicitDeny(let verdicts) where verdicts.isEmpty:
            "implicitly denied: the policy has no statements"
        case .implicitDeny(let verdicts):
            "implicitly denied: no statement allows the request. "
                + verdicts.map(\.description).joined(separator: ". ")
        }
    }
}
