import NetworkModel

/// Routing: a subnet uses its explicitly associated table, else its VPC's main table;
/// every table holds a local route for each VPC CIDR; the longest matching prefix wins.
struct RouteEvaluator {
    let snapshot: NetworkSnapshot
    let index: NetworkSnapshotIndex
    private let cache = RouteDecisionCache()

    /// The destinations of `family` a table sends to one outcome, and the route that does.
    struct Decision {
        var outcome: RouteOutcome
        /// Packets (any source) whose destination takes this route.
        var packets: PacketSet
        var citation: RuleCitation
    }

    /// Partitions every destination by where the subnet's table sends it.
    func decisions(forSubnet subnetID: ObjectID) -> [Decision] {
        cache.decisions(forSubnet: subnetID) { makeDecisions(forSubnet: subnetID) }
    }

    private func makeDecisions(forSubnet subnetID: ObjectID) -> [Decision] {
        guard let subnet = index.subnet(subnetID), let vpcID = subnet.vpc.objectID,
            let vpc = index.vpc(vpcID)
        else {
            let unknown = UnknownValue(
                address: subnetID.rawValue, attribute: "vpc_id",
                reason: "its VPC is not in the input")
            return [
                Decision(
                    outcome: .unknown(unknown), packets: .everything,
                    citation: RuleCitation(
                        address: subnetID.rawValue, summary: "VPC not in the input"))
            ]
        }
        guard let (table, isExplicit) = index.routeTable(forSubnet: subnetID) else {
            let unknown = UnknownValue(
                address: subnetID.rawValue, attribute: "route_table",
                reason: "no route table for the subnet is known")
            return [
                Decision(
                    outcome: .unknown(unknown), packets: .everything,
                    citation: RuleCitation(
                        address: subnetID.rawValue, summary: "route table unknown"))
            ]
        }
        let tableName = "\(table.id)\(isExplicit ? "" : " (main table)")"
        var candidates:
            [(prefix: Int, range: AddressRange, outcome: RouteOutcome, citation: RuleCitation)] = []
        for block in vpc.ipv4CIDRs + vpc.ipv6CIDRs {
            guard case .known(let cidr) = block else { continue }
            candidates.append(
                (
                    cidr.prefixLength, AddressRange(cidr), .local(vpc: vpcID),
                    RuleCitation(
                        address: table.id.rawValue, summary: "\(tableName): \(cidr) → local")
                ))
        }
        // Gateway endpoints add a route for their service's prefix list to their tables.
        for endpoint in index.gatewayEndpoints(onRouteTable: table.id) {
            let list = snapshot.prefixLists.first {
                $0.id == ObjectID("\(endpoint.id.rawValue).prefix_list")
                    || (endpoint.prefixListID != nil && $0.awsID?.value == endpoint.prefixListID)
            }
            for cidr in list?.entries.value ?? [] {
                candidates.append(
                    (
                        cidr.prefixLength, AddressRange(cidr), .vpcEndpoint(endpoint.id),
                        RuleCitation(
                            address: endpoint.id.rawValue, location: endpoint.provenance.location,
                            summary:
                                "\(tableName): \(list?.awsID?.value ?? "prefix list") → \(endpoint.id)"
                        )
                    ))
            }
        }
        var unknownAll: UnknownValue? =
            table.unknownRouteBlocks.first
            ?? (vpc.ipv4CIDRs + vpc.ipv6CIDRs).compactMap(\.unknown).first
        for route in table.routes {
            let citation = RuleCitation(
                address: route.provenance.qualifiedName, location: route.provenance.location,
                summary: "\(tableName): \(route.destination) → \(route.target)")
            let outcome = outcome(of: route, from: vpcID)
            switch route.destination {
            case .cidr(let cidr):
                candidates.append((cidr.prefixLength, AddressRange(cidr), outcome, citation))
            case .prefixList(let reference):
                if let id = reference.objectID,
                    let list = index.prefixList(id),
                    case .known(let entries) = list.entries
                {
                    for cidr in entries {
                        candidates.append(
                            (cidr.prefixLength, AddressRange(cidr), outcome, citation))
                    }
                }
            // A prefix list not in the input holds an AWS service's public ranges
            // (gateway endpoints); it does not affect destinations inside VPCs.
            case .unknown(let unknown):
                unknownAll = unknownAll ?? unknown
            }
        }
        if let unknownAll {
            return [
                Decision(
                    outcome: .unknown(unknownAll), packets: .everything,
                    citation: RuleCitation(
                        address: table.id.rawValue,
                        summary: "\(tableName): a route is known only after apply"))
            ]
        }
        var claimed = PacketSet.empty
        var result: [Decision] = []
        for candidate in candidates.sorted(by: { $0.prefix > $1.prefix }) {
            let packets = PacketSet.matching(
                .all, family: candidate.range.family, destination: candidate.range.bounds
            )
            .subtracting(claimed)
            guard !packets.isEmpty else { continue }
            claimed = claimed.union(packets)
            result.append(
                Decision(outcome: candidate.outcome, packets: packets, citation: candidate.citation)
            )
        }
        result.append(
            Decision(
                outcome: .noRoute, packets: PacketSet.everything.subtracting(claimed),
                citation: RuleCitation(
                    address: table.id.rawValue, summary: "\(tableName): no route matches")))
        return result
    }

    private func outcome(of route: Route, from vpc: ObjectID) -> RouteOutcome {
        if route.isBlackhole { return .blackhole }
        let target = route.target
        guard let reference = target.reference else {
            return target.kind == .local ? .local(vpc: vpc) : .leavesModel(target.kind.rawValue)
        }
        guard let id = reference.objectID else {
            if case .unknown(let unknown) = reference { return .unknown(unknown) }
            return .leavesModel("\(target.kind.rawValue) \(reference) (not in the input)")
        }
        switch target.kind {
        case .internetGateway, .egressOnlyInternetGateway: return .internetGateway(id)
        case .natGateway: return .natGateway(id)
        case .vpcEndpoint: return .vpcEndpoint(id)
        case .peeringConnection:
            guard let connection = index.peeringConnection(id) else {
                return .leavesModel("peering connection \(id)")
            }
            let other =
                connection.requesterVPC == .resolved(vpc)
                ? connection.accepterVPC : connection.requesterVPC
            return .peering(connection: id, peerVPC: other)
        default:
            return .leavesModel("\(target.kind.rawValue) \(id)")
        }
    }
}
