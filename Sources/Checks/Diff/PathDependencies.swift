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
    private let snapshots: [NetworkSnapshot]
    private let indexes: [NetworkSnapshotIndex]
    private var cache: [String: Set<String>] = [:]

    static let globalKinds: Set<String> = Set(
        ["VPC", "VPC peering", "prefix list"]
            + [
                RouteTargetKind.internetGateway, .egressOnlyInternetGateway, .natGateway,
                .transitGateway, .virtualPrivateGateway, .localGateway, .carrierGateway,
                .coreNetwork,
            ].map(\.rawValue))

    init(changes: [ResourceChange], snapshots: [NetworkSnapshot]) {
        changed = Set(changes.map(\.address))
        global = changes.contains { Self.globalKinds.contains($0.kind) }
        self.snapshots = snapshots
        indexes = snapshots.map(NetworkSnapshotIndex.init)
    }

    /// Whether some change can alter what gets from `from` to `to`.
    mutating func mayChange(_ from: String, _ to: String) -> Bool {
        if global { return true }
        if changed.isEmpty { return false }
        return !dependencies(of: from).isDisjoint(with: changed)
            || !dependencies(of: to).isDisjoint(with: changed)
    }

    private mutating func dependencies(of end: String) -> Set<String> {
        if let known = cache[end] { return known }
        var result: Set<String> = [end]
        for (snapshot, index) in zip(snapshots, indexes) {
            let id = ObjectID(end)
            var groups: [Reference] = []
            var subnets: [Reference] = []
            if let workload = snapshot.workloads.first(where: { $0.id == id }) {
                (groups, subnets) = (workload.securityGroups, workload.subnets)
            } else if let endpoint = snapshot.vpcEndpoints.first(where: { $0.id == id }) {
                (groups, subnets) = (endpoint.securityGroups, endpoint.subnets)
            }
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
        cache[end] = result
        return result
    }
}
