/// One consistent picture of an AWS network: everything the analyses need, vendor-neutral.
///
/// Objects are kept sorted by id. Every reference between objects is either resolved to
/// an object in the snapshot, or kept as an explicit unresolved or unknown reference.
public struct NetworkSnapshot: Sendable {
    public var inputs: [InputSummary]
    public var vpcs: [VPC]
    public var subnets: [Subnet]
    public var securityGroups: [SecurityGroup]
    public var networkACLs: [NetworkACL]
    public var routeTables: [RouteTable]
    public var vpcEndpoints: [VPCEndpoint]
    public var prefixLists: [PrefixList]
    public var gateways: [Gateway]
    public var peeringConnections: [PeeringConnection]
    public var workloads: [Workload]
    public var iamRoles: [IAMRole]
    public var iamPolicies: [IAMPolicy]
    public var unresolvedReferences: [UnresolvedReference]
    public var unknownValues: [UnknownValue]
    public var unsupportedResources: [UnsupportedResource]
    public var notes: [ImportNote]
    /// AWS's published address ranges, when the user gives them (`--aws-ip-ranges`).
    public var awsAddressRanges: AWSAddressRanges?

    public init(
        inputs: [InputSummary] = [], vpcs: [VPC] = [], subnets: [Subnet] = [],
        securityGroups: [SecurityGroup] = [], networkACLs: [NetworkACL] = [],
        routeTables: [RouteTable] = [], vpcEndpoints: [VPCEndpoint] = [],
        prefixLists: [PrefixList] = [], gateways: [Gateway] = [],
        peeringConnections: [PeeringConnection] = [], workloads: [Workload] = [],
        iamRoles: [IAMRole] = [], iamPolicies: [IAMPolicy] = [],
        unresolvedReferences: [UnresolvedReference] = [], unknownValues: [UnknownValue] = [],
        unsupportedResources: [UnsupportedResource] = [], notes: [ImportNote] = []
    ) {
        self.inputs = inputs
        self.vpcs = vpcs
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.networkACLs = networkACLs
        self.routeTables = routeTables
        self.vpcEndpoints = vpcEndpoints
        self.prefixLists = prefixLists
        self.gateways = gateways
        self.peeringConnections = peeringConnections
        self.workloads = workloads
        self.iamRoles = iamRoles
        self.iamPolicies = iamPolicies
        self.unresolvedReferences = unresolvedReferences
        self.unknownValues = unknownValues
        self.unsupportedResources = unsupportedResources
        self.notes = notes
    }
}
