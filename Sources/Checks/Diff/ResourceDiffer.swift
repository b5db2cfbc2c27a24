import NetworkModel

/// Compares the network objects of two snapshots by id: each object is described as a
/// set of facts (`ingress tcp 443 from 10.0.0.0/16 (aws_…rule.x)`, `subnet aws_subnet.a`),
/// and a change is the facts added and removed.
enum ResourceDiffer {
    /// The changes from `before` to `after`; `citingDeclarations` adds where each rule
    /// is declared to its fact (off when the two come from different formats, which
    /// declare rules differently). Without `comparingGroupsFirst` every group is
    /// described, even one found alike rule for rule: slower, and the same changes —
    /// tests compare the two.
    static func changes(
        before: NetworkSnapshot, after: NetworkSnapshot, citingDeclarations: Bool = true,
        comparingGroupsFirst: Bool = true
    ) -> [ResourceChange] {
        // A plan changes a few groups of thousands: not describing the others saves most
        // of the work (describing an XL plan's 200,000 rules took most of a second).
        let unchanged = comparingGroupsFirst ? unchangedIDs(before: before, after: after) : []
        let old = facts(of: before, citingDeclarations: citingDeclarations, skipping: unchanged)
        let new = facts(of: after, citingDeclarations: citingDeclarations, skipping: unchanged)
        var changes: [ResourceChange] = []
        for id in Set(old.keys).union(new.keys).sorted() {
            switch (old[id], new[id]) {
            case (nil, let added?):
                changes.append(
                    ResourceChange(
                        address: id, kind: added.kind, action: .added,
                        details: added.facts.map { "+ \($0)" }))
            case (let removed?, nil):
                changes.append(
                    ResourceChange(
                        address: id, kind: removed.kind, action: .removed,
                        details: removed.facts.map { "- \($0)" }))
            case (let was?, let now?) where was.facts != now.facts:
                // An ACL or table with thousands of subnets has thousands of facts.
                let (wasFacts, nowFacts) = (Set(was.facts), Set(now.facts))
                let gone = was.facts.filter { !nowFacts.contains($0) }.map { "- \($0)" }
                let came = now.facts.filter { !wasFacts.contains($0) }.map { "+ \($0)" }
                changes.append(
                    ResourceChange(
                        address: id, kind: now.kind, action: .modified, details: gone + came))
            default:
                break
            }
        }
        return changes
    }

    private typealias Facts = (kind: String, facts: [String])

    /// The ids of security groups whose facts are the same in both snapshots, found
    /// without describing them; only ids naming one object in each snapshot, as facts
    /// are kept by id. (Other objects are few, and their places in the file differ
    /// between a plan's two states, so comparing them whole would find none equal.)
    private static func unchangedIDs(before: NetworkSnapshot, after: NetworkSnapshot)
        -> Set<String>
    {
        var oldGroups: [String: SecurityGroup] = [:]
        oldGroups.reserveCapacity(before.securityGroups.count)
        for group in before.securityGroups { oldGroups[group.id.rawValue] = group }
        var unchanged: Set<String> = []
        for group in after.securityGroups {
            if let old = oldGroups[group.id.rawValue], sameFacts(old, group) {
                unchanged.insert(group.id.rawValue)
            }
        }
        return unchanged.subtracting(repeatedIDs(in: before)).subtracting(repeatedIDs(in: after))
    }

    /// Whether `facts(of:)` describes the two groups alike: rule for rule the same
    /// direction, traffic, peer and declaration cited (wherever the file writes it).
    private static func sameFacts(_ old: SecurityGroup, _ new: SecurityGroup) -> Bool {
        func sameRules(_ old: [SecurityGroupRule], _ new: [SecurityGroupRule]) -> Bool {
            // By index and field: copying whole rules was most of the cost.
            guard old.count == new.count else { return false }
            for index in old.indices {
                guard old[index].direction == new[index].direction,
                    old[index].peer == new[index].peer,
                    old[index].traffic == new[index].traffic,
                    old[index].declarations.first?.address
                        == new[index].declarations.first?.address,
                    old[index].declarations.first?.attributePath
                        == new[index].declarations.first?.attributePath
                else { return false }
            }
            return true
        }
        return old.isImplied == new.isImplied && old.unknownRuleBlocks == new.unknownRuleBlocks
            && sameRules(old.ingress, new.ingress) && sameRules(old.egress, new.egress)
    }

    /// Ids that name more than one of the snapshot's objects described here.
    private static func repeatedIDs(in snapshot: NetworkSnapshot) -> Set<String> {
        var seen: Set<String> = []
        var repeated: Set<String> = []
        func note(_ ids: some Sequence<ObjectID>) {
            for id in ids where !seen.insert(id.rawValue).inserted { repeated.insert(id.rawValue) }
        }
        note(snapshot.vpcs.lazy.map(\.id))
        note(snapshot.subnets.lazy.map(\.id))
        note(snapshot.securityGroups.lazy.map(\.id))
        note(snapshot.networkACLs.lazy.map(\.id))
        note(snapshot.routeTables.lazy.map(\.id))
        note(snapshot.vpcEndpoints.lazy.map(\.id))
        note(snapshot.workloads.lazy.map(\.id))
        note(snapshot.prefixLists.lazy.map(\.id))
        note(snapshot.gateways.lazy.map(\.id))
        note(snapshot.peeringConnections.lazy.map(\.id))
        return repeated
    }

    private static func facts(
        of snapshot: NetworkSnapshot, citingDeclarations: Bool, skipping unchanged: Set<String>
    ) -> [String: Facts] {
        var result: [String: Facts] = [:]
        func add(_ id: ObjectID, _ kind: String, _ facts: @autoclosure () -> [String]) {
            guard !unchanged.contains(id.rawValue) else { return }
            result[id.rawValue] = (kind, Array(Set(facts())).sorted())
        }
        for vpc in snapshot.vpcs {
            add(vpc.id, "VPC", (vpc.ipv4CIDRs + vpc.ipv6CIDRs).map { "cidr \(text($0))" })
        }
        for subnet in snapshot.subnets {
            add(
                subnet.id, "subnet",
                [
                    "vpc \(subnet.vpc)", "cidr \(text(subnet.ipv4CIDR))",
                    "ipv6 cidr \(text(subnet.ipv6CIDR))", "zone \(text(subnet.availabilityZone))",
                ])
        }
        for group in snapshot.securityGroups where !group.isImplied {
            add(
                group.id, "security group",
                (group.ingress + group.egress).map { rule in
                    "\(rule.direction == .ingress ? "ingress" : "egress") \(text(rule.traffic)) \(rule.direction == .ingress ? "from" : "to") \(rule.peer)\(citingDeclarations ? " (\(rule.provenance.qualifiedName))" : "")"
                } + group.unknownRuleBlocks.map { "rules \($0.attribute): \($0.reason)" })
        }
        for acl in snapshot.networkACLs where !acl.isImplied {
            add(
                acl.id, "network ACL",
                acl.entries.map { entry in
                    "\(entry.direction == .ingress ? "ingress" : "egress") \(entry.ruleNumber) \(entry.action.rawValue) \(text(entry.traffic)) \(text(entry.cidr))"
                } + acl.subnets.map { "subnet \($0)" } + (acl.isDefault ? ["default"] : []))
        }
        for table in snapshot.routeTables where !table.isImplied {
            add(
                table.id, "route table",
                table.routes.map { route in
                    "route \(route.destination) → \(route.target)\(route.isBlackhole ? " (blackhole)" : "")"
                } + table.subnets.map { "subnet \($0)" } + (table.isMain ? ["main"] : []))
        }
        for endpoint in snapshot.vpcEndpoints {
            var facts = [
                "\(endpoint.type) \(text(endpoint.serviceName))",
                "private DNS \(endpoint.privateDNSEnabled ? "on" : "off")",
                "policy \(endpoint.policy.map(policyDigest) ?? "default")",
            ]
            facts += endpoint.subnets.map { "subnet \($0)" }
            facts += endpoint.securityGroups.map { "group \($0)" }
            facts += endpoint.routeTables.map { "route table \($0)" }
            add(endpoint.id, "VPC endpoint", facts)
        }
        for workload in snapshot.workloads {
            var facts = workload.subnets.map { "subnet \($0)" }
            facts += workload.securityGroups.map { "group \($0)" }
            facts += workload.privateIPs.map { "address \($0)" }
            if let port = workload.port { facts.append("port \(port)") }
            if let flag = workload.publiclyAccessible {
                facts.append("publicly accessible \(flag)")
            }
            if let flag = workload.hasPublicIP { facts.append("public address \(text(flag))") }
            add(workload.id, workload.kind.rawValue, facts)
        }
        for list in snapshot.prefixLists {
            add(
                list.id, "prefix list",
                (list.entries.value ?? []).map { "entry \($0)" } + [
                    list.entries.value == nil ? "entries (known after apply)" : "known entries"
                ])
        }
        for gateway in snapshot.gateways {
            add(
                gateway.id, gateway.kind.rawValue,
                [
                    "vpc \(gateway.vpc.map(String.init(describing:)) ?? "-")",
                    "subnet \(gateway.subnet.map(String.init(describing:)) ?? "-")",
                ])
        }
        for peering in snapshot.peeringConnections {
            add(
                peering.id, "VPC peering",
                ["requester \(peering.requesterVPC)", "accepter \(peering.accepterVPC)"])
        }
        return result
    }

    private static func text<T>(_ value: Knowable<T>?) -> String {
        switch value {
        case nil: "-"
        case .known(let known)?: "\(known)"
        case .unknown?: "(known after apply)"
        }
    }

    private static func text<T>(_ value: Knowable<T>) -> String { text(Optional(value)) }

    /// A policy's size and a stable digest of its text, so any edit shows.
    private static func policyDigest(_ policy: Knowable<String>) -> String {
        guard case .known(let text) = policy else { return "(known after apply)" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "\(text.utf8.count) bytes, digest \(String(hash, radix: 16))"
    }
}
