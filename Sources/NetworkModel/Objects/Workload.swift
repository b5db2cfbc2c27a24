/// Anything that places network interfaces into subnets with security groups: an MWAA
/// environment, a Redshift cluster, a database, an instance, a Lambda function….
public struct Workload: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var kind: WorkloadKind
    public var name: String?
    public var subnets: [Reference]
    public var securityGroups: [Reference]
    /// Private addresses of its interfaces, where the input knows them.
    public var privateIPs: [IPAddress]
    /// Whether an interface has a public address: `nil` when it cannot have one.
    public var hasPublicIP: Knowable<Bool>?
    /// The port it serves (data stores).
    public var port: Int?
    /// The `publicly_accessible` flag of data stores.
    public var publiclyAccessible: Bool?
    public var mwaa: MWAAEnvironmentSettings?
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, kind: WorkloadKind, name: String? = nil,
        subnets: [Reference] = [], securityGroups: [Reference] = [], privateIPs: [IPAddress] = [],
        hasPublicIP: Knowable<Bool>? = nil, port: Int? = nil, publiclyAccessible: Bool? = nil,
        mwaa: MWAAEnvironmentSettings? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.kind = kind
        self.name = name
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.privateIPs = privateIPs
        self.hasPublicIP = hasPublicIP
        self.port = port
        self.publiclyAccessible = publiclyAccessible
        self.mwaa = mwaa
        self.provenance = provenance
    }
}
