import NetworkModel

/// Builds small networks for engine tests: one VPC 10.0.0.0/16 (plus an optional peer),
/// subnets, groups, ACLs, tables and instances with fixed addresses.
struct TestNetwork {
    var snapshot = NetworkSnapshot()

    static func provenance(_ address: String) -> Provenance {
        Provenance(file: "test", address: address)
    }

    init(vpcCIDR: String = "10.0.0.0/16", ipv6: String? = nil) {
        addVPC("vpc.main", cidr: vpcCIDR, ipv6: ipv6)
    }

    mutating func addVPC(_ id: String, cidr: String, ipv6: String? = nil) {
        snapshot.vpcs.append(
            VPC(
                id: ObjectID(id), ipv4CIDRs: [.known(try! CIDR(cidr))],
                ipv6CIDRs: ipv6.map { [.known(try! CIDR($0))] } ?? [],
                provenance: Self.provenance(id)))
    }

    mutating func subnet(
        _ id: String, _ cidr: String, ipv6: String? = nil, vpc: String = "vpc.main"
    ) {
        snapshot.subnets.append(
            Subnet(
                id: ObjectID(id), vpc: .resolved(ObjectID(vpc)), ipv4CIDR: .known(try! CIDR(cidr)),
                ipv6CIDR: ipv6.map { .known(try! CIDR($0)) }, provenance: Self.provenance(id)))
    }

    mutating func group(
        _ id: String, vpc: String = "vpc.main", ingress: [(TrafficMatch, SecurityGroupPeer)] = [],
        egress: [(TrafficMatch, SecurityGroupPeer)] = [(.all, .cidr(.anyIPv4))]
    ) {
        func rules(_ list: [(TrafficMatch, SecurityGroupPeer)], _ direction: TrafficDirection)
            -> [SecurityGroupRule]
        {
            list.enumerated().map { index, rule in
                SecurityGroupRule(
                    direction: direction, traffic: .known(rule.0), peer: rule.1,
                    declarations: [Self.provenance("\(id).\(direction.rawValue)[\(index)]")])
            }
        }
        snapshot.securityGroups.append(
            SecurityGroup(
                id: ObjectID(id), vpc: .resolved(ObjectID(vpc)), ingress: rules(ingress, .ingress),
                egress: rules(egress, .egress), provenance: Self.provenance(id)))
    }

    /// Entries as (direction, number, action, traffic, cidr).
    mutating func acl(
        _ id: String, subnets: [String], vpc: String = "vpc.main",
        entries: [(TrafficDirection, Int, RuleAction, TrafficMatch, String)]
    ) {
        snapshot.networkACLs.append(
            NetworkACL(
                id: ObjectID(id), vpc: .resolved(ObjectID(vpc)),
                entries: entries.map { direction, number, action, traffic, cidr in
                    NetworkACLEntry(
                        direction: direction, ruleNumber: try! RuleNumber(number), action: action,
                        traffic: .known(traffic), cidr: .known(try! CIDR(cidr)),
                        declarations: [Self.provenance("\(id).\(direction.rawValue)[\(number)]")])
                },
                subnets: subnets.map { .resolved(ObjectID($0)) }, provenance: Self.provenance(id)))
    }

    mutating func table(
        _ id: String, subnets: [String], vpc: String = "vpc.main", isMain: Bool = false,
        routes: [Route] = []
    ) {
        snapshot.routeTables.append(
            RouteTable(
                id: ObjectID(id), vpc: .resolved(ObjectID(vpc)), routes: routes,
                subnets: subnets.map { .resolved(ObjectID($0)) }, isMain: isMain,
                provenance: Self.provenance(id)))
    }

    mutating func instance(_ id: String, subnet: String, groups: [String], ip: String) {
        snapshot.workloads.append(
            Workload(
                id: ObjectID(id), kind: .ec2Instance, subnets: [.resolved(ObjectID(subnet))],
                securityGroups: groups.map { .resolved(ObjectID($0)) },
                privateIPs: [try! IPAddress(ip)],
                hasPublicIP: .known(false), provenance: Self.provenance(id)))
    }

    /// The snapshot with AWS's implied defaults added.
    var completed: NetworkSnapshot {
        var result = snapshot
        result.addImpliedDefaults()
        return result
    }
}
