extension NetworkSnapshot {
    public func vpc(_ id: ObjectID) -> VPC? { vpcs.first { $0.id == id } }
    public func subnet(_ id: ObjectID) -> Subnet? { subnets.first { $0.id == id } }
    public func securityGroup(_ id: ObjectID) -> SecurityGroup? {
        securityGroups.first { $0.id == id }
    }

    /// The network ACL that governs `subnet`: its explicit association, else its VPC's
    /// default ACL.
    public func networkACL(forSubnet subnet: ObjectID) -> (acl: NetworkACL, isExplicit: Bool)? {
        if let explicit = networkACLs.first(where: {
            !$0.isDefault && $0.subnets.contains(.resolved(subnet))
        }) {
            return (explicit, true)
        }
        if let associatedDefault = networkACLs.first(where: {
            $0.isDefault && $0.subnets.contains(.resolved(subnet))
        }) {
            return (associatedDefault, true)
        }
        guard let vpc = self.subnet(subnet)?.vpc.objectID else { return nil }
        return networkACLs.first { $0.isDefault && $0.vpc == .resolved(vpc) }.map { ($0, false) }
    }

    /// The route table that governs `subnet`: its explicit association, else its VPC's
    /// main table.
    public func routeTable(forSubnet subnet: ObjectID) -> (table: RouteTable, isExplicit: Bool)? {
        if let explicit = routeTables.first(where: { $0.subnets.contains(.resolved(subnet)) }) {
            return (explicit, true)
        }
        guard let vpc = self.subnet(subnet)?.vpc.objectID else { return nil }
        return routeTables.first { $0.isMain && $0.vpc == .resolved(vpc) }.map { ($0, false) }
    }

    /// Counts of each kind of object, as `inventory` reports them.
    public var counts: [(kind: String, count: Int)] {
        [
            ("vpcs", vpcs.count),
            ("subnets", subnets.count),
            ("security_groups", securityGroups.filter { !$0.isImplied }.count),
            (
                "security_group_rules",
                securityGroups.filter { !$0.isImplied }.reduce(0) {
                    $0 + $1.ingress.count + $1.egress.count
                }
            ),
            ("network_acls", networkACLs.filter { !$0.isImplied }.count),
            (
                "network_acl_entries",
                networkACLs.filter { !$0.isImplied }.reduce(0) { $0 + $1.entries.count }
            ),
            ("route_tables", routeTables.filter { !$0.isImplied }.count),
            ("routes", routeTables.filter { !$0.isImplied }.reduce(0) { $0 + $1.routes.count }),
            ("vpc_endpoints", vpcEndpoints.count),
            ("prefix_lists", prefixLists.count),
            ("gateways", gateways.count),
            ("peering_connections", peeringConnections.count),
            ("workloads", workloads.count),
            ("iam_roles", iamRoles.count),
            ("iam_policies", iamPolicies.count),
        ]
    }
}
