/// An IAM role: its trust policy and the permission policies attached to it.
public struct IAMRole: Sendable, Hashable {
    public var id: ObjectID
    public var name: String?
    public var arn: Knowable<String>?
    public var path: String
    public var trustPolicy: Knowable<String>?
    /// Inline policies and managed policies found in the input.
    public var policies: [PolicyDocumentSource]
    /// Attached managed policies whose document is not in the input (AWS-managed ones).
    public var attachedPolicyARNs: [String]
    public var provenance: Provenance

    public init(
        id: ObjectID, name: String? = nil, arn: Knowable<String>? = nil, path: String = "/",
        trustPolicy: Knowable<String>? = nil, policies: [PolicyDocumentSource] = [],
        attachedPolicyARNs: [String] = [], provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.arn = arn
        self.path = path
        self.trustPolicy = trustPolicy
        self.policies = policies
        self.attachedPolicyARNs = attachedPolicyARNs
        self.provenance = provenance
    }
}
