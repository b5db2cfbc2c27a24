/// A security group: stateful allow rules applied to the interfaces that carry it.
public struct SecurityGroup: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var name: String?
    public var vpc: Reference?
    public var ingress: [SecurityGroupRule]
    public var egress: [SecurityGroupRule]
    /// The VPC's default group (`aws_default_security_group` or an implied one).
    public var isDefault: Bool
    /// Set when the group is not in the input but implied by AWS (a VPC's default group
    /// with AWS's default rules).
    public var isImplied: Bool
    /// Rule blocks whose content is not known: the group's rules are not fully known.
    public var unknownRuleBlocks: [UnknownValue]
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, name: String? = nil, vpc: Reference? = nil,
        ingress: [SecurityGroupRule] = [], egress: [SecurityGroupRule] = [],
        isDefault: Bool = false, isImplied: Bool = false, unknownRuleBlocks: [UnknownValue] = [],
        provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.name = name
        self.vpc = vpc
        self.ingress = ingress
        self.egress = egress
        self.isDefault = isDefault
        self.isImplied = isImplied
        self.unknownRuleBlocks = unknownRuleBlocks
        self.provenance = provenance
    }

    /// The rules facing `direction`.
    public func rules(_ direction: TrafficDirection) -> [SecurityGroupRule] {
        direction == .ingress ? ingress : egress
    }
}
