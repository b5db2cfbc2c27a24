extension NetworkSnapshot {
    /// Adds the objects AWS creates with every VPC that the input does not declare: the
    /// default network ACL (allow all, both ways, per address family), the main route
    /// table (local routes only) and the default security group (members may reach each
    /// other; all outbound IPv4 allowed). Each is marked `isImplied` so reports can say
    /// it was assumed, not read.
    ///
    /// VPCs in `excluding` (e.g. ones only read through a data source, whose defaults may
    /// have been changed by whoever manages them) get none: their subnets' ACL and route
    /// table stay unknown.
    public mutating func addImpliedDefaults(excluding: Set<ObjectID> = []) {
        for vpc in vpcs where !excluding.contains(vpc.id) {
            let reference = Reference.resolved(vpc.id)
            let hasIPv6 = !vpc.ipv6CIDRs.isEmpty
            if !networkACLs.contains(where: { $0.isDefault && $0.vpc == reference }) {
                networkACLs.append(Self.impliedDefaultACL(for: vpc, hasIPv6: hasIPv6))
            }
            if !routeTables.contains(where: { $0.isMain && $0.vpc == reference }) {
                routeTables.append(
                    RouteTable(
                        id: ObjectID("\(vpc.id.rawValue)/main_route_table"), vpc: reference,
                        isMain: true, isImplied: true,
                        provenance: impliedProvenance(vpc, "main_route_table_id")))
            }
            if !securityGroups.contains(where: { $0.isDefault && $0.vpc == reference }) {
                securityGroups.append(Self.impliedDefaultGroup(for: vpc, hasIPv6: hasIPv6))
            }
        }
        networkACLs.sort { $0.id < $1.id }
        routeTables.sort { $0.id < $1.id }
        securityGroups.sort { $0.id < $1.id }
    }

    private static func impliedDefaultACL(for vpc: VPC, hasIPv6: Bool) -> NetworkACL {
        let provenance = impliedProvenance(vpc, "default_network_acl_id")
        var entries: [NetworkACLEntry] = []
        for direction in TrafficDirection.allCases {
            entries.append(
                NetworkACLEntry(
                    direction: direction, ruleNumber: try! RuleNumber(100), action: .allow,
                    traffic: .known(.all), cidr: .known(.anyIPv4), declarations: [provenance]))
            if hasIPv6 {
                entries.append(
                    NetworkACLEntry(
                        direction: direction, ruleNumber: try! RuleNumber(101), action: .allow,
                        traffic: .known(.all), cidr: .known(.anyIPv6), declarations: [provenance]))
            }
        }
        return NetworkACL(
            id: ObjectID("\(vpc.id.rawValue)/default_network_acl"), vpc: .resolved(vpc.id),
            entries: entries, isDefault: true, isImplied: true, provenance: provenance)
    }

    private static func impliedDefaultGroup(for vpc: VPC, hasIPv6: Bool) -> SecurityGroup {
        let id = ObjectID("\(vpc.id.rawValue)/default_security_group")
        let provenance = impliedProvenance(vpc, "default_security_group_id")
        var egress = [
            SecurityGroupRule(
                direction: .egress, traffic: .known(.all), peer: .cidr(.anyIPv4),
                declarations: [provenance])
        ]
        if hasIPv6 {
            egress.append(
                SecurityGroupRule(
                    direction: .egress, traffic: .known(.all), peer: .cidr(.anyIPv6),
                    declarations: [provenance]))
        }
        let ingress = [
            SecurityGroupRule(
                direction: .ingress, traffic: .known(.all), peer: .securityGroup(.resolved(id)),
                declarations: [provenance])
        ]
        return SecurityGroup(
            id: id, name: "default", vpc: .resolved(vpc.id), ingress: ingress, egress: egress,
            isDefault: true, isImplied: true, provenance: provenance)
    }
}

private func impliedProvenance(_ vpc: VPC, _ attribute: String) -> Provenance {
    var provenance = vpc.provenance
    provenance.attributePath = attribute
    return provenance
}
