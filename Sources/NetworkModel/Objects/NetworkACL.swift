/// A network ACL: stateless, ordered entries applied where traffic crosses the boundary
/// of the subnets associated with it.
public struct NetworkACL: Sendable, Hashable {
    public var id: ObjectID
    public var awsID: Knowable<String>?
    public var name: String?
    public var vpc: Reference?
    /// Declared entries, sorted by direction then rule number. AWS's final deny-all entry
    /// per address family is implied, not listed.
    public var entries: [NetworkACLEntry]
    /// Explicitly associated subnets.
    public var subnets: [Reference]
    /// The VPC's default ACL, standing for every subnet without an explicit association.
    public var isDefault: Bool
    /// Set when the ACL is not in the input but implied by AWS (a VPC's default ACL, which
    /// allows all traffic both ways unless changed outside Terraform).
    public var isImplied: Bool
    /// Entry blocks whose content is not known: the ACL's entries are not fully known.
    public var unknownEntryBlocks: [UnknownValue]
    public var provenance: Provenance

    public init(
        id: ObjectID, awsID: Knowable<String>? = nil, name: String? = nil, vpc: Reference? = nil,
        entries: [NetworkACLEntry] = [], subnets: [Reference] = [], isDefault: Bool = false,
        isImplied: Bool = false, unknownEntryBlocks: [UnknownValue] = [], provenance: Provenance
    ) {
        self.id = id
        self.awsID = awsID
        self.name = name
        self.vpc = vpc
        self.entries = entries
        self.subnets = subnets
        self.isDefault = isDefault
        self.isImplied = isImplied
        self.unknownEntryBlocks = unknownEntryBlocks
        self.provenance = provenance
    }

    /// The entries facing `direction`, in evaluation order.
    public func entries(_ direction: TrafficDirection) -> [NetworkACLEntry] {
        let facing = entries.filter { $0.direction == direction }
        // The importers keep `entries` in rule-number order: then there is nothing to sort
        // (the engine asks for them at every hop).
        let isOrdered = facing.indices.dropFirst().allSatisfy {
            facing[$0 - 1].ruleNumber <= facing[$0].ruleNumber
        }
        return isOrdered ? facing : facing.sorted { $0.ruleNumber < $1.ruleNumber }
    }
}
