import JSONSupport

/// One statement of a policy: who, which actions, which resources, under which
/// conditions, and whether it allows or denies.
public struct PolicyStatement: Sendable {
    /// The statement's position in the document, from 0.
    public let index: Int
    /// The element path of the statement: `Statement[2]`, or `Statement` when the
    /// document holds a single statement object.
    public let path: String
    /// Where the statement starts in the policy text.
    public let location: SourceLocation?
    /// The optional `Sid`.
    public let sid: String?
    /// `Allow` or `Deny`.
    public let effect: PolicyEffect
    /// `Principal` or `NotPrincipal`; `nil` only in identity-based policies.
    public let principal: PrincipalElement?
    /// `Action` or `NotAction`.
    public let action: ActionElement
    /// `Resource` or `NotResource`.
    public let resource: ResourceElement
    /// The conditions, one per operator and key, in the order written; all must hold.
    public let conditions: [PolicyCondition]

    init(
        index: Int, path: String, location: SourceLocation?, sid: String?,
        effect: PolicyEffect, principal: PrincipalElement?, action: ActionElement,
        resource: ResourceElement, conditions: [PolicyCondition]
    ) {
        self.index = index
        self.path = path
        self.location = location
        self.sid = sid
        self.effect = effect
        self.principal = principal
        self.action = action
        self.resource = resource
        self.conditions = conditions
    }

    /// `Statement[2] (Sid "AllowSQS")`, for messages.
    public var label: String {
        guard let sid, !sid.isEmpty else { return path }
        return "\(path) (Sid \"\(sid)\")"
    }
}
