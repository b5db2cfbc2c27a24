/// A managed prefix list: a named set of CIDR blocks rules and routes can refer to.
public struct PrefixList: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var name: String?
    public var addressFamily: AddressFamily?
    public var entries: Knowable<[CIDR]>
    /// Set for AWS-managed service lists (S3, DynamoDB) read from a data source.
    public var isAWSManaged: Bool
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, name: String? = nil,
        addressFamily: AddressFamily? = nil, entries: Knowable<[CIDR]>, isAWSManaged: Bool = false,
        provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.name = name
        self.addressFamily = addressFamily
        self.entries = entries
        self.isAWSManaged = isAWSManaged
        self.provenance = provenance
    }
}
