/// A managed IAM policy declared in the input (`aws_iam_policy`).
public struct IAMPolicy: Sendable, Hashable {
    public var id: ObjectID
    public var name: String?
    public var arn: Knowable<String>?
    public var document: Knowable<String>
    public var provenance: Provenance

    public init(
        id: ObjectID, name: String? = nil, arn: Knowable<String>? = nil,
        document: Knowable<String>, provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.arn = arn
        self.document = document
        self.provenance = provenance
    }
}
