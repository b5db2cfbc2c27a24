import NetworkModel

/// Compares the network objects of two snapshots by id: each object is described as a
/// set of facts (`ingress tcp 443 from 10.0.0.0/16 (aws_…rule.x)`, `subnet aws_subnet.a`),
/// and a change is the facts added and removed.
enum ResourceDiffer {
    /// The changes from `before` to `after`; `citingDeclarations` adds where each rule
    /// is declared to its fact (off when the two come from different formats, which
    /// declare rules differently).
    static func changes(
        before: NetworkSnapshot, after: NetworkSnapshot, citingDeclarations: Bool = true
    ) -> [ResourceChange] {
        let old = facts(of: before, citingDeclarations: citingDeclarations)
        let new = facts(of: after, citingDeclarations: citingDeclarations)
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

    private static func facts(of snapshot: NetworkSnapshot, citingDeclarations: Bool)
        -> [String: Facts]
    {
        var result: [String: Facts] = [:]
        func add(_ id: ObjectID, _ kind: String, _ facts: [String]) {
            result[id.rawValue] = (kind, Array(Set(facts)).sorted())
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
