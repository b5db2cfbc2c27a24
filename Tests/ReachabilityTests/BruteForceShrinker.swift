import NetworkModel
import Reachability

/// Makes a failing case small enough to read: removes instances, rules, entries, routes,
/// tables, ACLs, groups, subnets and VPCs one at a time, keeping each removal after which
/// the engine and the brute force still disagree, until no removal does.
struct BruteForceShrinker {
    var snapshot: NetworkSnapshot
    var question: ReachabilityQuestion
    /// Whether a candidate still shows the disagreement.
    let stillFails: (NetworkSnapshot, ReachabilityQuestion) -> Bool

    /// Shrinks a disagreement about one packet: the question is first narrowed to that
    /// packet's ports.
    static func shrinking(
        _ snapshot: NetworkSnapshot, _ question: ReachabilityQuestion, packet: Packet
    ) -> BruteForceShrinker {
        var narrowed = question
        if question.ipProtocol == .tcp || question.ipProtocol == .udp {
            narrowed.ports = PortRange(packet.destinationPort)
            narrowed.ephemeralPorts = PortRange(packet.sourcePort)
        }
        let stillFails = { (snapshot: NetworkSnapshot, question: ReachabilityQuestion) in
            let check = BruteForceCheck(
                snapshot: snapshot, question: question, samplingSeed: 0, packets: [packet])
            // An unknown answer has only a lower bound of passing packets: not the same bug.
            return check.verdict != nil && check.verdict != .unknown
                && check.problems.contains { $0.packet == packet }
        }
        var shrinker = BruteForceShrinker(
            snapshot: snapshot, question: question, stillFails: stillFails)
        if stillFails(snapshot, narrowed) { shrinker.question = narrowed }
        shrinker.shrink()
        return shrinker
    }

    /// Shrinks any other disagreement (a verdict, the asked set).
    static func shrinking(_ snapshot: NetworkSnapshot, _ question: ReachabilityQuestion)
        -> BruteForceShrinker
    {
        var shrinker = BruteForceShrinker(snapshot: snapshot, question: question) {
            snapshot, question in
            !BruteForceCheck(snapshot: snapshot, question: question, samplingSeed: 0).problems
                .isEmpty
        }
        shrinker.shrink()
        return shrinker
    }

    private mutating func shrink() {
        var changed = true
        while changed {
            changed = false
            for candidate in candidates() where stillFails(candidate, question) {
                snapshot = candidate
                changed = true
                break
            }
        }
    }

    /// Every snapshot one removal away from the current one. Implied objects, main tables
    /// and default ACLs stay (without them answers become unknown), as do the question's
    /// instances.
    private func candidates() -> [NetworkSnapshot] {
        var result: [NetworkSnapshot] = []
        func removing(_ edit: (inout NetworkSnapshot) -> Void) {
            var copy = snapshot
            edit(&copy)
            result.append(copy)
        }
        let ends: Set<String> = [question.from, question.to]
        let s = snapshot
        for (index, workload) in s.workloads.enumerated() {
            if !ends.contains(workload.id.rawValue) {
                removing { $0.workloads.remove(at: index) }
            }
            for address in workload.privateIPs.indices where workload.privateIPs.count > 1 {
                removing { $0.workloads[index].privateIPs.remove(at: address) }
            }
            for subnet in workload.subnets.indices where workload.subnets.count > 1 {
                removing { $0.workloads[index].subnets.remove(at: subnet) }
            }
            for group in workload.securityGroups.indices {
                removing { $0.workloads[index].securityGroups.remove(at: group) }
            }
        }
        for (index, group) in s.securityGroups.enumerated() {
            for rule in group.ingress.indices {
                removing { $0.securityGroups[index].ingress.remove(at: rule) }
            }
            for rule in group.egress.indices {
                removing { $0.securityGroups[index].egress.remove(at: rule) }
            }
            let carried = s.workloads.contains { $0.securityGroups.contains(.resolved(group.id)) }
            if !carried && !group.isImplied {
                removing { $0.securityGroups.remove(at: index) }
            }
        }
        for (index, acl) in s.networkACLs.enumerated() {
            for entry in acl.entries.indices {
                removing { $0.networkACLs[index].entries.remove(at: entry) }
            }
            for subnet in acl.subnets.indices {
                removing { $0.networkACLs[index].subnets.remove(at: subnet) }
            }
            if !acl.isDefault { removing { $0.networkACLs.remove(at: index) } }
        }
        for (index, table) in s.routeTables.enumerated() {
            for route in table.routes.indices {
                removing { $0.routeTables[index].routes.remove(at: route) }
            }
            for subnet in table.subnets.indices {
                removing { $0.routeTables[index].subnets.remove(at: subnet) }
            }
            if !table.isMain { removing { $0.routeTables.remove(at: index) } }
        }
        let routeTargets = Set(s.routeTables.flatMap(\.routes).compactMap(\.target.reference))
        for (index, connection) in s.peeringConnections.enumerated()
        where !routeTargets.contains(.resolved(connection.id)) {
            removing { $0.peeringConnections.remove(at: index) }
        }
        for (index, gateway) in s.gateways.enumerated()
        where !routeTargets.contains(.resolved(gateway.id)) {
            removing { $0.gateways.remove(at: index) }
        }
        let usedSubnets = Set(s.workloads.flatMap(\.subnets))
        for (index, subnet) in s.subnets.enumerated()
        where !usedSubnets.contains(.resolved(subnet.id)) {
            removing { $0.subnets.remove(at: index) }
        }
        for vpc in s.vpcs where !s.subnets.contains(where: { $0.vpc == .resolved(vpc.id) }) {
            removing { snapshot in
                let reference = Reference.resolved(vpc.id)
                snapshot.vpcs.removeAll { $0.id == vpc.id }
                snapshot.securityGroups.removeAll { $0.vpc == reference }
                snapshot.networkACLs.removeAll { $0.vpc == reference }
                snapshot.routeTables.removeAll { $0.vpc == reference }
                snapshot.gateways.removeAll { $0.vpc == reference }
                snapshot.peeringConnections.removeAll {
                    $0.requesterVPC == reference || $0.accepterVPC == reference
                }
            }
        }
        return result
    }
}
