/// A virtual private cloud and its address space.
public struct VPC: Sendable, Hashable {
    public var id: ObjectID
    /// `vpc-…` when known.
    public var awsID: Knowable<String>?
    public var name: String?
    /// Primary and secondary IPv4 blocks.
    public var ipv4CIDRs: [Knowable<CIDR>]
    public var ipv6CIDRs: [Knowable<CIDR>]
    /// The account that owns it, when the input says.
    public var ownerAccount: String?
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, name: String? = nil,
        ipv4CIDRs: [Knowable<CIDR>] = [], ipv6CIDRs: [Knowable<CIDR>] = [],
        ownerAccount: String? = nil, provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.name = name
        self.ipv4CIDRs = ipv4CIDRs
        self.ipv6CIDRs = ipv6CIDRs
        self.ownerAccount = ownerAccount
        self.provenance = provenance
    }
}
