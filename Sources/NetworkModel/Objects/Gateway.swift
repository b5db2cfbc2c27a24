/// An internet, egress-only internet, NAT, virtual private or transit gateway.
public struct Gateway: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var name: String?
    public var kind: RouteTargetKind
    /// The VPC it attaches to (internet and egress-only gateways).
    public var vpc: Reference?
    /// The subnet it sits in (NAT gateways).
    public var subnet: Reference?
    /// For NAT gateways: `true` when public (default), `false` for private NAT.
    public var isPublic: Bool
    public var privateIP: Knowable<IPAddress>?
    public var publicIP: Knowable<IPAddress>?
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, name: String? = nil, kind: RouteTargetKind,
        vpc: Reference? = nil, subnet: Reference? = nil, isPublic: Bool = true,
        privateIP: Knowable<IPAddress>? = nil, publicIP: Knowable<IPAddress>? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.name = name
        self.kind = kind
        self.vpc = vpc
        self.subnet = subnet
        self.isPublic = isPublic
        self.privateIP = privateIP
        self.publicIP = publicIP
        self.provenance = provenance
    }
}
