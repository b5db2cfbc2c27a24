/// How one statement relates to a request: every element checked, and whether the
/// statement applies (all elements passed).
public struct StatementVerdict: Sendable, Hashable, CustomStringConvertible {
    /// The statement's index in the document.
    public let index: Int
    /// The statement's `Sid`, if any.
    public let sid: String?
    /// The statement's element path (`Statement[1]` or `Statement`).
    public let path: String
    /// `Allow` or `Deny`.
    public let effect: PolicyEffect
    /// Principal (resource-based policies only), action, resource, then each condition.
    public let checks: [ElementCheck]

    /// Creates a verdict.
    public init(
        index: Int, sid: String?, path: String, effect: PolicyEffect, checks: [ElementCheck]
    ) {
        self.index = index
        self.sid = sid
        self.path = path
        self.effect = effect
        self.checks = checks
    }

    /// Whether every element passed, so the statement's effect applies.
    public var applies: Bool { checks.allSatisfy(\.passed) }

    /// The elements that kept the statement from applying.
    public var failures: [ElementCheck] { checks.filter { !$0.passed } }

    /// `Statement[1] (Sid "DenyOthers")`.
    public var label: String {
        guard let sid, !sid.isEmpty else { return path }
        return "\(path) (Sid \"\(sid)\")"
    }

    public var description: String {
        let reasons = applies ? checks : failures
        return "\(label) \(effect.rawValue) \(applies ? "applies" : "does not apply"): "
            + reasons.map(\.explanation).joined(separator: "; ")
    }
}
