import JSONSupport
import NetworkModel

/// JSON renderings of model values, shared by the machine-readable reports. Unknown
/// values are `{"unknown": "reason"}`, never `null`, so consumers cannot mistake them for
/// unset ones.
enum ModelJSON {
    static func known<T>(_ value: Knowable<T>?, _ render: (T) -> JSONValue) -> JSONValue {
        switch value {
        case nil: .null
        case .known(let value): render(value)
        case .unknown(let unknown): .object(JSONObject([("unknown", .string(unknown.reason))]))
        }
    }

    static func string(_ value: Knowable<String>?) -> JSONValue { known(value) { .string($0) } }
    static func cidr(_ value: Knowable<CIDR>?) -> JSONValue {
        known(value) { .string($0.description) }
    }
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    static func reference(_ reference: Reference?) -> JSONValue {
        switch reference {
        case nil: .null
        case .resolved(let id): .string(id.rawValue)
        case .unresolved(let unresolved):
            .object(JSONObject([("unresolved", .string(unresolved.target))]))
        case .unknown(let unknown): .object(JSONObject([("unknown", .string(unknown.reason))]))
        }
    }

    static func references(_ references: [Reference]) -> JSONValue {
        .array(references.map { reference($0) })
    }

    static func provenance(_ provenance: Provenance) -> JSONValue {
        .object(
            JSONObject([
                ("file", .string(provenance.file)), ("address", .string(provenance.qualifiedName)),
                ("line", provenance.line.map(JSONValue.number) ?? .null),
                ("column", provenance.column.map(JSONValue.number) ?? .null),
            ]))
    }

    static func traffic(_ traffic: Knowable<TrafficMatch>) -> [(String, JSONValue)] {
        guard case .known(let match) = traffic else {
            return [("protocol", known(traffic) { _ in .null })]
        }
        var result: [(String, JSONValue)] = [("protocol", .string(match.ipProtocol.description))]
        switch match {
        case .tcp(let ports), .udp(let ports):
            result.append(("from_port", .number(Int(ports.lowerBound))))
            result.append(("to_port", .number(Int(ports.upperBound))))
        case .icmp(let icmp), .icmpv6(let icmp):
            result.append(("icmp_type", icmp.type.map { .number(Int($0)) } ?? .null))
            result.append(("icmp_code", icmp.code.map { .number(Int($0)) } ?? .null))
        case .all, .protocolNumber:
            break
        }
        return result
    }

    static func unknown(_ unknown: UnknownValue) -> JSONValue {
        .object(
            JSONObject([
                ("address", .string(unknown.address)), ("attribute", .string(unknown.attribute)),
                ("reason", .string(unknown.reason)),
            ]))
    }

    static func input(_ input: InputSummary) -> JSONValue {
        .object(
            JSONObject([
                ("file", .string(input.file)), ("kind", .string(input.kind)),
                ("view", .string(input.view)),
                ("format_version", optional(input.formatVersion)),
                ("terraform_version", optional(input.producerVersion)),
            ]))
    }

    static func vpc(_ vpc: VPC) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(vpc.id.rawValue)), ("aws_id", string(vpc.awsID)),
                ("name", optional(vpc.name)),
                ("ipv4_cidrs", .array(vpc.ipv4CIDRs.map { cidr($0) })),
                ("ipv6_cidrs", .array(vpc.ipv6CIDRs.map { cidr($0) })),
                ("source", provenance(vpc.provenance)),
            ]))
    }

    static func subnet(_ subnet: Subnet) -> [(String, JSONValue)] {
        [
            ("id", .string(subnet.id.rawValue)), ("aws_id", string(subnet.awsID)),
            ("name", optional(subnet.name)),
            ("vpc", reference(subnet.vpc)), ("ipv4_cidr", cidr(subnet.ipv4CIDR)),
            ("ipv6_cidr", cidr(subnet.ipv6CIDR)),
            ("availability_zone", string(subnet.availabilityZone)),
            ("map_public_ip_on_launch", .bool(subnet.mapsPublicIPOnLaunch)),
            ("source", provenance(subnet.provenance)),
        ]
    }

    static func peer(_ peer: SecurityGroupPeer) -> JSONValue {
        switch peer {
        case .cidr(let block): .object(JSONObject([("cidr", .string(block.description))]))
        case .prefixList(let list): .object(JSONObject([("prefix_list", reference(list))]))
        case .securityGroup(let group): .object(JSONObject([("security_group", reference(group))]))
        case .unknown(let unknown): .object(JSONObject([("unknown", .string(unknown.reason))]))
        }
    }

    static func securityGroup(_ group: SecurityGroup) -> JSONValue {
        // An XL network has 200,000 rules: each object's members go into one array.
        func rule(_ rule: SecurityGroupRule) -> JSONValue {
            var members: [(key: String, value: JSONValue)] = []
            members.reserveCapacity(7)
            members.append(("direction", .string(rule.direction.rawValue)))
            members += traffic(rule.traffic)
            members.append(("peer", peer(rule.peer)))
            members.append(("description", optional(rule.description)))
            members.append(("declared_at", .array(rule.declarations.map(provenance))))
            return .object(JSONObject(members))
        }
        var rules: [JSONValue] = []
        rules.reserveCapacity(group.ingress.count + group.egress.count)
        for ingress in group.ingress { rules.append(rule(ingress)) }
        for egress in group.egress { rules.append(rule(egress)) }
        return .object(
            JSONObject([
                ("id", .string(group.id.rawValue)), ("aws_id", string(group.awsID)),
                ("name", optional(group.name)),
                ("vpc", reference(group.vpc)), ("is_default", .bool(group.isDefault)),
                ("implied", .bool(group.isImplied)),
                ("rules", .array(rules)),
                ("unknown_rule_blocks", .array(group.unknownRuleBlocks.map(unknown))),
                ("source", provenance(group.provenance)),
            ]))
    }

    static func networkACL(_ acl: NetworkACL) -> JSONValue {
        func entry(_ entry: NetworkACLEntry) -> JSONValue {
            .object(
                JSONObject(
                    [
                        ("direction", .string(entry.direction.rawValue)),
                        ("rule_number", .number(entry.ruleNumber.rawValue)),
                        ("action", .string(entry.action.rawValue)),
                    ] + traffic(entry.traffic) + [
                        ("cidr", cidr(entry.cidr)),
                        ("declared_at", .array(entry.declarations.map(provenance))),
                    ]))
        }
        let ordered = acl.entries(.ingress) + acl.entries(.egress)
        return .object(
            JSONObject([
                ("id", .string(acl.id.rawValue)), ("aws_id", string(acl.awsID)),
                ("vpc", reference(acl.vpc)),
                ("is_default", .bool(acl.isDefault)), ("implied", .bool(acl.isImplied)),
                ("subnets", references(acl.subnets)), ("entries", .array(ordered.map(entry))),
                ("unknown_entry_blocks", .array(acl.unknownEntryBlocks.map(unknown))),
                ("source", provenance(acl.provenance)),
            ]))
    }

    static func routeTable(_ table: RouteTable) -> JSONValue {
        func route(_ route: Route) -> JSONValue {
            let destination: JSONValue =
                switch route.destination {
                case .cidr(let block): .object(JSONObject([("cidr", .string(block.description))]))
                case .prefixList(let list): .object(JSONObject([("prefix_list", reference(list))]))
                case .unknown(let unknown):
                    .object(JSONObject([("unknown", .string(unknown.reason))]))
                }
            return .object(
                JSONObject([
                    ("destination", destination),
                    ("target_kind", .string(route.target.kind.rawValue)),
                    ("target", reference(route.target.reference)),
                    ("declared_at", .array(route.declarations.map(provenance))),
                ]))
        }
        return .object(
            JSONObject([
                ("id", .string(table.id.rawValue)), ("aws_id", string(table.awsID)),
                ("vpc", reference(table.vpc)),
                ("is_main", .bool(table.isMain)), ("implied", .bool(table.isImplied)),
                ("subnets", references(table.subnets)),
                ("routes", .array(table.routes.map(route))),
                ("unknown_route_blocks", .array(table.unknownRouteBlocks.map(unknown))),
                ("source", provenance(table.provenance)),
            ]))
    }

    static func endpoint(_ endpoint: VPCEndpoint) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(endpoint.id.rawValue)), ("aws_id", string(endpoint.awsID)),
                ("vpc", reference(endpoint.vpc)),
                ("type", .string(endpoint.type.rawValue)),
                ("service_name", string(endpoint.serviceName)),
                ("subnets", references(endpoint.subnets)),
                ("security_groups", references(endpoint.securityGroups)),
                ("route_tables", references(endpoint.routeTables)),
                ("private_dns_enabled", .bool(endpoint.privateDNSEnabled)),
                ("policy", endpoint.policy == nil ? .string("default") : string(endpoint.policy)),
                ("source", provenance(endpoint.provenance)),
            ]))
    }

    static func prefixList(_ list: PrefixList) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(list.id.rawValue)), ("aws_id", string(list.awsID)),
                ("name", optional(list.name)),
                ("entries", known(list.entries) { .array($0.map { .string($0.description) }) }),
                ("source", provenance(list.provenance)),
            ]))
    }

    static func gateway(_ gateway: Gateway) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(gateway.id.rawValue)), ("aws_id", string(gateway.awsID)),
                ("kind", .string(gateway.kind.rawValue)),
                ("vpc", reference(gateway.vpc)), ("subnet", reference(gateway.subnet)),
                ("source", provenance(gateway.provenance)),
            ]))
    }

    static func peering(_ peering: PeeringConnection) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(peering.id.rawValue)), ("aws_id", string(peering.awsID)),
                ("requester_vpc", reference(peering.requesterVPC)),
                ("accepter_vpc", reference(peering.accepterVPC)),
                ("accepter_account", optional(peering.accepterAccount)),
                ("source", provenance(peering.provenance)),
            ]))
    }

    static func workload(_ workload: Workload) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(workload.id.rawValue)), ("aws_id", string(workload.awsID)),
            ("kind", .string(workload.kind.rawValue)),
            ("name", optional(workload.name)), ("subnets", references(workload.subnets)),
            ("security_groups", references(workload.securityGroups)),
            ("private_ips", .array(workload.privateIPs.map { .string($0.description) })),
            ("port", workload.port.map(JSONValue.number) ?? .null),
            ("publicly_accessible", workload.publiclyAccessible.map(JSONValue.bool) ?? .null),
        ]
        if let mwaa = workload.mwaa {
            members.append(
                (
                    "mwaa",
                    .object(
                        JSONObject([
                            ("webserver_access_mode", .string(mwaa.webserverAccessMode)),
                            ("endpoint_management", .string(mwaa.endpointManagement)),
                            ("execution_role_arn", string(mwaa.executionRoleARN)),
                            ("source_bucket_arn", string(mwaa.sourceBucketARN)),
                            ("kms_key", string(mwaa.kmsKey)),
                        ]))
                ))
        }
        members.append(("source", provenance(workload.provenance)))
        return .object(JSONObject(members))
    }

    static func role(_ role: IAMRole) -> JSONValue {
        .object(
            JSONObject([
                ("id", .string(role.id.rawValue)), ("arn", string(role.arn)),
                ("path", .string(role.path)),
                ("policies", .array(role.policies.map { .string($0.name) })),
                ("attached_policy_arns", .array(role.attachedPolicyARNs.map(JSONValue.string))),
            ]))
    }
}
