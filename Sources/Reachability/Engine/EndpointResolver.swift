import NetworkModel

/// Turns what a user writes for `--from`/`--to` into the interfaces or addresses it
/// means: a Terraform address, an AWS id, an IP address or CIDR block, or `internet`.
public struct EndpointResolver: Sendable {
    public let snapshot: NetworkSnapshot
    let index: NetworkSnapshotIndex
    /// Positions of the first workload, endpoint, group and subnet a name picks out (by
    /// Terraform address or AWS id), so a resolution costs the same in any snapshot.
    private let workloadPositions: [String: Int]
    private let endpointPositions: [String: Int]
    private let groupPositions: [String: Int]
    private let subnetPositions: [String: Int]
    /// The first workload with each address (not AWS id), for a destination's own port.
    private let workloadAddressPositions: [String: Int]
    /// Each VPC's first default group, for workloads that name none.
    private let defaultGroups: [ObjectID: ObjectID]

    public init(snapshot: NetworkSnapshot) {
        self.init(snapshot: snapshot, index: NetworkSnapshotIndex(snapshot))
    }

    init(snapshot: NetworkSnapshot, index: NetworkSnapshotIndex) {
        self.snapshot = snapshot
        self.index = index
        workloadPositions = Self.firstPositions(snapshot.workloads) {
            [$0.id.rawValue, $0.awsID?.value]
        }
        endpointPositions = Self.firstPositions(snapshot.vpcEndpoints) {
            [$0.id.rawValue, $0.awsID?.value]
        }
        groupPositions = Self.firstPositions(snapshot.securityGroups) {
            [$0.id.rawValue, $0.awsID?.value]
        }
        subnetPositions = Self.firstPositions(snapshot.subnets) {
            [$0.id.rawValue, $0.awsID?.value]
        }
        workloadAddressPositions = Self.firstPositions(snapshot.workloads) { [$0.id.rawValue] }
        var defaults: [ObjectID: ObjectID] = [:]
        for group in snapshot.securityGroups where group.isDefault {
            if let vpc = group.vpc?.objectID, defaults[vpc] == nil { defaults[vpc] = group.id }
        }
        defaultGroups = defaults
    }

    /// For each name, the position of the first object that `names` gives it.
    private static func firstPositions<T>(_ objects: [T], names: (T) -> [String?]) -> [String: Int]
    {
        var positions: [String: Int] = [:]
        for (position, object) in objects.enumerated() {
            for name in names(object).compactMap({ $0 }) where positions[name] == nil {
                positions[name] = position
            }
        }
        return positions
    }

    /// The first workload whose Terraform address (or, live, AWS id) is `name`.
    func workload(named name: String) -> Workload? {
        workloadAddressPositions[name].map { snapshot.workloads[$0] }
    }

    /// Resolves `text`; the error says what was not found and what would be accepted.
    public func resolve(_ text: String) throws(QuestionError) -> QuestionEndpoint {
        if text.hasPrefix("service:") {
            let name = String(text.dropFirst("service:".count))
            guard !name.isEmpty else {
                throw QuestionError(
                    "name the service after `service:`, e.g. service:sqs or service:s3")
            }
            return .service(name: name)
        }
        if text == "internet" {
            return .external(name: "internet", [AddressRange(.anyIPv4), AddressRange(.anyIPv6)])
        }
        if let cidr = try? CIDR(text) {
            return addressEndpoint(text, cidr)
        }
        if let position = workloadPositions[text] {
            let workload = snapshot.workloads[position]
            return .interfaces(name: workload.id.rawValue, interfaces(of: workload))
        }
        if let position = endpointPositions[text] {
            let endpoint = snapshot.vpcEndpoints[position]
            return .interfaces(name: endpoint.id.rawValue, interfaces(of: endpoint))
        }
        if let position = groupPositions[text] {
            let group = snapshot.securityGroups[position]
            let members = allInterfaces().filter { $0.carries(group.id) }
            guard !members.isEmpty else {
                throw QuestionError(
                    "no interface in the input carries \(group.id); name a workload instead")
            }
            return .interfaces(name: group.id.rawValue, members)
        }
        if let position = subnetPositions[text] {
            let subnet = snapshot.subnets[position]
            return .interfaces(name: subnet.id.rawValue, [anonymousInterface(in: subnet)])
        }
        throw QuestionError(
            "'\(text)' is not a workload, VPC endpoint, security group or subnet in the input, nor an IP address, CIDR block or `internet`; `vpcreach inventory` lists what is there"
        )
    }

    /// Every interface the snapshot knows: workloads' and interface endpoints'.
    public func allInterfaces() -> [NetworkInterface] {
        snapshot.workloads.flatMap(interfaces) + snapshot.vpcEndpoints.flatMap(interfaces)
    }

    /// A workload's interfaces: one per subnet, carrying the workload's groups.
    public func interfaces(of workload: Workload) -> [NetworkInterface] {
        let groups =
            workload.securityGroups.isEmpty
            ? defaultGroup(workload.subnets) : workload.securityGroups
        return workload.subnets.map { subnetReference in
            var interface = interface(owner: workload.id, subnet: subnetReference, groups: groups)
            let exact = workload.privateIPs.filter { address in
                interface.addresses.contains { $0.contains(address) }
            }
            if !exact.isEmpty { interface.addresses = exact.map(AddressRange.init) }
            interface.hasPublicAddress =
                workload.hasPublicIP ?? .known(workload.publiclyAccessible ?? false)
            return interface
        }
    }

    /// An interface endpoint's interfaces, one per subnet, carrying its groups.
    public func interfaces(of endpoint: VPCEndpoint) -> [NetworkInterface] {
        guard endpoint.type != .gateway else { return [] }
        return endpoint.subnets.map {
            interface(owner: endpoint.id, subnet: $0, groups: endpoint.securityGroups)
        }
    }

    private func interface(owner: ObjectID, subnet reference: Reference, groups: [Reference])
        -> NetworkInterface
    {
        guard let subnetID = reference.objectID, let subnet = index.subnet(subnetID) else {
            let unknown = UnknownValue(
                address: owner.rawValue, attribute: "subnet",
                reason: "its subnet \(reference) is not in the input")
            return NetworkInterface(
                owner: owner, subnet: nil, vpc: nil, securityGroups: groups, addresses: [],
                unknowns: [unknown])
        }
        var interface = anonymousInterface(in: subnet)
        interface.owner = owner
        interface.securityGroups = groups
        return interface
    }

    /// An interface somewhere in a subnet, whose groups are not known.
    private func anonymousInterface(in subnet: Subnet) -> NetworkInterface {
        var addresses: [AddressRange] = []
        var unknowns: [UnknownValue] = []
        for block in [subnet.ipv4CIDR, subnet.ipv6CIDR].compactMap({ $0 }) {
            switch block {
            case .known(let cidr):
                if let usable = AddressRange.usable(in: cidr) { addresses.append(usable) }
            case .unknown(let unknown): unknowns.append(unknown)
            }
        }
        let unknownGroups = UnknownValue(
            address: subnet.id.rawValue, attribute: "security_groups",
            reason:
                "the groups of an interface in \(subnet.id) are not known; name the workload instead"
        )
        return NetworkInterface(
            owner: subnet.id, subnet: subnet.id, vpc: subnet.vpc.objectID,
            securityGroups: [.unknown(unknownGroups)], addresses: addresses, unknowns: unknowns)
    }

    private func defaultGroup(_ subnets: [Reference]) -> [Reference] {
        guard
            let vpc = subnets.compactMap({ $0.objectID }).compactMap({
                index.subnet($0)?.vpc.objectID
            }).first,
            let group = defaultGroups[vpc]
        else { return [] }
        return [.resolved(group)]
    }

    private func addressEndpoint(_ text: String, _ cidr: CIDR) -> QuestionEndpoint {
        let inside = snapshot.subnets.filter { subnet in
            [subnet.ipv4CIDR?.value, subnet.ipv6CIDR?.value].compactMap { $0 }.contains {
                $0.contains(cidr)
            }
        }
        guard let subnet = inside.first else { return .external(name: text, [AddressRange(cidr)]) }
        var interface = anonymousInterface(in: subnet)
        interface.owner = ObjectID(text)
        interface.addresses = [AddressRange(cidr)]

        return .interfaces(name: text, [interface])
    }
}
