import JSONSupport
import NetworkModel

extension InventoryReport {
    /// The report as a JSON document with a stable layout (docs/inventory-json.md).
    public func json() -> JSONValue {
        .object(
            JSONObject([
                ("schema", "vpcreach.inventory/1"),
                ("inputs", .array(snapshot.inputs.map(ModelJSON.input))),
                ("counts", .object(JSONObject(counts.map { ($0.kind, .number($0.count)) }))),
                ("vpcs", .array(snapshot.vpcs.map(ModelJSON.vpc))),
                ("subnets", .array(snapshot.subnets.map(subnetJSON))),
                ("security_groups", .array(snapshot.securityGroups.map(ModelJSON.securityGroup))),
                ("network_acls", .array(snapshot.networkACLs.map(ModelJSON.networkACL))),
                ("route_tables", .array(snapshot.routeTables.map(ModelJSON.routeTable))),
                ("vpc_endpoints", .array(snapshot.vpcEndpoints.map(ModelJSON.endpoint))),
                ("prefix_lists", .array(snapshot.prefixLists.map(ModelJSON.prefixList))),
                ("gateways", .array(snapshot.gateways.map(ModelJSON.gateway))),
                ("peering_connections", .array(snapshot.peeringConnections.map(ModelJSON.peering))),
                ("workloads", .array(snapshot.workloads.map(ModelJSON.workload))),
                ("iam_roles", .array(snapshot.iamRoles.map(ModelJSON.role))),
                (
                    "unresolved_references",
                    .array(
                        snapshot.unresolvedReferences.map {
                            .object(
                                JSONObject([
                                    ("from", .string($0.from)),
                                    ("attribute", .string($0.attribute)),
                                    ("target", .string($0.target)),
                                ]))
                        })
                ),
                ("unknown_values", .array(snapshot.unknownValues.map(ModelJSON.unknown))),
                (
                    "unsupported_resources",
                    .array(
                        snapshot.unsupportedResources.map {
                            .object(
                                JSONObject([
                                    ("type", .string($0.type)),
                                    ("count", .number($0.addresses.count)),
                                    ("addresses", .array($0.addresses.map(JSONValue.string))),
                                ]))
                        })
                ),
                (
                    "notes",
                    .array(
                        snapshot.notes.map {
                            .object(
                                JSONObject([
                                    ("address", .string($0.address)),
                                    ("message", .string($0.message)),
                                ]))
                        })
                ),
            ]))
    }

    private func subnetJSON(_ subnet: Subnet) -> JSONValue {
        var members = ModelJSON.subnet(subnet)
        let table = index.routeTable(forSubnet: subnet.id)
        let acl = index.networkACL(forSubnet: subnet.id)
        members.append(("route_table", table.map { .string($0.table.id.rawValue) } ?? .null))
        members.append(("route_table_explicit", table.map { .bool($0.isExplicit) } ?? .null))
        members.append(("network_acl", acl.map { .string($0.acl.id.rawValue) } ?? .null))
        members.append(("network_acl_explicit", acl.map { .bool($0.isExplicit) } ?? .null))
        return .object(JSONObject(members))
    }
}
