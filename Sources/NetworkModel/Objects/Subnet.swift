/// A subnet: a block of its VPC's addresses in one availability zone.
public struct Subnet: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var name: String?
    public var vpc: Reference
    public var ipv4CIDR: Knowable<CIDR>?
    public var ipv6CIDR: Knowable<CIDR>?
    public var availabilityZone: Knowable<String>?
    /// Whether instances launched here get a public IPv4 address by default.
    public var mapsPublicIPOnLaunch: Bool
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, name: String? = nil, vpc: Reference,
        ipv4CIDR: Knowable<CIDR>? = nil, ipv6CIDR: Knowable<CIDR>? = nil,
        availabilityZone: Knowable<String>? = nil, mapsPublicIPOnLaunch: Bool = false,
        provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.name = name
        self.vpc = vpc
        self.ipv4CIDR = ipv4CIDR
        self.ipv6CIDR = ipv6CIDR
        self.availabilityZone = availabilityZone
        self.mapsPublicIPOnLaunch = mapsPublicIPOnLaunch
        self.provenance = provenance
    }
}
