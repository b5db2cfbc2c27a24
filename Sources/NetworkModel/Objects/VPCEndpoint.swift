/// A VPC endpoint: interfaces in subnets (Interface) or prefix-list routes in route
/// tables (Gateway), and a policy deciding which requests pass.
public struct VPCEndpoint: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var vpc: Reference?
    public var type: VPCEndpointType
    /// `com.amazonaws.REGION.SERVICE` or a partner service name.
    public var serviceName: Knowable<String>
    public var subnets: [Reference]
    public var securityGroups: [Reference]
    public var routeTables: [Reference]
    public var privateDNSEnabled: Bool
    /// The policy document text; `nil` means AWS's default full-access policy.
    public var policy: Knowable<String>?
    /// Where the policy was set, if by a separate resource.
    public var policyProvenance: Provenance?
    /// The service's prefix list (gateway endpoints), when known.
    public var prefixListID: String?
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, vpc: Reference? = nil,
        type: VPCEndpointType, serviceName: Knowable<String>, subnets: [Reference] = [],
        securityGroups: [Reference] = [], routeTables: [Reference] = [],
        privateDNSEnabled: Bool = false, policy: Knowable<String>? = nil,
        policyProvenance: Provenance? = nil, prefixListID: String? = nil,
        provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.vpc = vpc
        self.type = type
        self.serviceName = serviceName
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.routeTables = routeTables
        self.privateDNSEnabled = privateDNSEnabled
        self.policy = policy
        self.policyProvenance = policyProvenance
        self.prefixListID = prefixListID
        self.provenance = provenance
    }

    /// The service part of the name: `sqs` for `com.amazonaws.eu-west-1.sqs`,
    /// `airflow.api` for `com.amazonaws.eu-west-1.airflow.api`.
    public var shortServiceName: String? {
        guard let name = serviceName.value else { return nil }
        let parts = name.split(separator: ".")
        guard parts.count >= 4, parts[0] == "com" || parts[0] == "cn" else { return name }
        return parts[3...].joined(separator: ".")
    }
}
