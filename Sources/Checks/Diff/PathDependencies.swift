import NetworkModel

/// Which changed objects can touch the flow between two ends, so `diff` asks the engine
/// only about pairs a change can affect.
///
/// A flow from S to D depends on S's and D's own objects: the workloads or endpoints
/// themselves, the groups they carry (their rules, and membership in rules naming those
/// groups), their subnets, and the network ACLs and route tables governing those subnets —
/// in either snapshot, so a moved association counts. A change to a VPC, a gateway, a
/// peering connection or a prefix list can reach any path, and makes every pair count.
struct PathDependencies {
    private let changed: Set<String>
    private let global: Bool
    private let indexes: [NetworkSnapshotIndex]
    /// Each snapshot's ends by id: the groups and subnets of its first workload with the
    /// id, else of its first VPC endpoint.
    private let ends: [[ObjectID: (groups: [Reference], subnets: [Reference])]]
    /// Whether a change touches each end, by its number, once worked out.
    private var touches: [Bool?] = []

    static let globalKinds: Set<String> = Set(
        ["VPC", "VPC peering", "prefix list"]
            + [
                RouteTargetKind.internetGateway, .egressOnlyInternetGateway, .natGateway,
                .transitGateway, .virtualPrivateGateway, .localGateway, .carrierGateway,
                .coreNetwork,
            ].map(\.rawValue))

    /// `indexes` are the snapshots' own, in the same order.
    init(
        changes: [ResourceChange], snapshots: [NetworkSnapshot], indexes: [NetworkSnapshotIndex]
    ) {
        changed = Set(changes.map(\.address))
        global = changes.contains { Self.globalKinds.contains($0.kind) }
        self.indexes = indexes
        ends = snapshots.map { snapshot in
            var ends: [ObjectID: (groups: [Reference], subnets: [Reference])] = [:]
            for workload in snapshot.workloads where ends[workload.id] == nil {
                ends[workload.id] = (workload.securityGroups, workload.subnets)
            }
            for endpoint in snapshot.vpcEndpoints where ends[endpoint.id] == nil {
                ends[endpoint.id] = (endpoint.securityGroups, endpoint.subnets)
            }
            return ends
        }
    }

    /// Whether some change can alter what gets from `from` to `to`.
    mutating func mayChange(_ from: ComparedEnds.End, _ to: ComparedEnds.End) -> Bool {
        if global { return true }
        if changed.isEmpty { return false }
        return touchesChange(from) || touchesChange(to)
    }

    /// Whether a change touches one of `end`'s own objects.
    private mutating func touchesChange(_ end: ComparedEnds.End) -> Bool {
        if touches.count <= end.number {
            touches += Array(repeating: nil, count: end.number + 1 - touches.count)
        }
        if let known = touches[end.number] { return known }
        let touchesChange = !dependencies(of: end.name).isDisjoint(with: changed)
        touches[end.number] = touchesChange
        return touchesChange
    }

    private func dependencies(of end: String) -> Set<String> {
        var result: Set<String> = [end]
        for (ends, index) in zip(ends, indexes) {
            let (groups, subnets) = ends[ObjectID(end)] ?? ([], [])
            result.formUnion(groups.compactMap(\.objectID).map(\.rawValue))
            for subnet in subnets.compactMap(\.objectID) {
                result.insert(subnet.rawValue)
                if let acl = index.networkACL(forSubnet: subnet)?.acl {
                    result.insert(acl.id.rawValue)
                }
                if let table = index.routeTable(forSubnet: subnet)?.table {
                    result.insert(table.id.rawValue)
                }
            }
        }
        return result
    }
}
