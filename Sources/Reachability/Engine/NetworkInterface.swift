import NetworkModel

/// A network interface taking part in a question: where it sits, which groups it carries,
/// which addresses it may have. A workload stands for one such interface per subnet.
public struct NetworkInterface: Sendable, Hashable {
    /// The workload, endpoint or subnet the interface belongs to.
    public var owner: ObjectID
    /// The subnet it sits in, when known.
    public var subnet: ObjectID?
    public var vpc: ObjectID?
    /// The groups it carries, as the model references them.
    public var securityGroups: [Reference]
    /// Its addresses: the exact ones the input knows, else the subnet's usable range.
    public var addresses: [AddressRange]
    /// Whether it has a public address (for the internet path).
    public var hasPublicAddress: Knowable<Bool>
    /// Why the addresses or placement are not known, when they are not.
    public var unknowns: [UnknownValue]

    public init(
        owner: ObjectID, subnet: ObjectID?, vpc: ObjectID?, securityGroups: [Reference],
        addresses: [AddressRange], hasPublicAddress: Knowable<Bool> = .known(false),
        unknowns: [UnknownValue] = []
    ) {
        self.owner = owner
        self.subnet = subnet
        self.vpc = vpc
        self.securityGroups = securityGroups
        self.addresses = addresses
        self.hasPublicAddress = hasPublicAddress
        self.unknowns = unknowns
    }

    /// Whether the interface carries `group`.
    public func carries(_ group: ObjectID) -> Bool {
        securityGroups.contains(.resolved(group))
    }
}
