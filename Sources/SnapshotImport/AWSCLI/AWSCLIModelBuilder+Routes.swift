import NetworkModel

extension AWSCLIModelBuilder {
    /// Route target members, in the order the AWS CLI prints them, with the kind and the
    /// keys of the objects each names.
    private static let targetKeys:
        [(key: String, kind: RouteTargetKind?, keys: Set<AWSCLIOutputKey>)] = [
            ("GatewayId", nil, [.internetGateways, .vpnGateways, .vpcEndpoints]),
            ("NatGatewayId", .natGateway, [.natGateways]),
            ("VpcPeeringConnectionId", .peeringConnection, [.peeringConnections]),
            ("TransitGatewayId", .transitGateway, [.transitGateways]),
            (
                "EgressOnlyInternetGatewayId", .egressOnlyInternetGateway,
                [.egressOnlyInternetGateways]
            ),
            ("InstanceId", .instance, [.reservations]),
            ("NetworkInterfaceId", .networkInterface, [.networkInterfaces]),
            ("LocalGatewayId", .localGateway, []),
            ("CarrierGatewayId", .carrierGateway, []),
            ("CoreNetworkArn", .coreNetwork, []),
        ]

    func addRouteTables() throws(InputError) {
        for (id, record) in records(.routeTables) {
            let vpcID = try record.string("VpcId")
            var table = RouteTable(
                id: ObjectID(id), awsID: .known(id), name: record.nameTag,
                vpc: vpcID.map { reference($0, to: [.vpcs], from: id, attribute: "VpcId") },
                provenance: record.provenance(address: id))
            var subnets: Set<Reference> = []
            for (index, association) in try record.objects("Associations", "an association")
                .enumerated()
            {
                if let state = try association.child("AssociationState")?.string("State"),
                    state != "associated"
                {
                    continue
                }
                if try association.bool("Main") == true { table.isMain = true }
                if let subnet = try association.string("SubnetId") {
                    let target = reference(
                        subnet, to: [.subnets], from: id,
                        attribute: "Associations[\(index)].SubnetId")
                    if subnets.insert(target).inserted { table.subnets.append(target) }
                } else if let gateway = try association.string("GatewayId") {
                    note(
                        id,
                        "edge association with gateway \(gateway) (ingress routing) is not modeled")
                }
            }
            let vpcBlocks = Set(
                snapshot.vpcs.first { $0.id.rawValue == vpcID }.map {
                    ($0.ipv4CIDRs + $0.ipv6CIDRs).compactMap(\.value)
                } ?? [])
            var positions: [RouteDestination: Int] = [:]
            for (index, element) in try record.objects("Routes", "a route").enumerated() {
                if let route = try modelRoute(
                    element, table: id, index: index, vpcBlocks: vpcBlocks)
                {
                    if let existing = positions[route.destination] {
                        note(
                            id,
                            "two routes to \(route.destination); using the first (\(table.routes[existing].provenance.location))"
                        )
                        continue
                    }
                    positions[route.destination] = table.routes.count
                    table.routes.append(route)
                }
            }
            snapshot.routeTables.append(table)
        }
    }

    /// One route; `nil` for routes the model implies: the local route of each VPC block
    /// and the prefix-list route a gateway endpoint in the input adds to its tables.
    private func modelRoute(
        _ route: AWSCLIRecord, table: String, index: Int, vpcBlocks: Set<CIDR>
    ) throws(InputError) -> Route? {
        let destination: RouteDestination
        var block = try route.cidr("DestinationCidrBlock")
        if block == nil { block = try route.cidr("DestinationIpv6CidrBlock") }
        if let cidr = block {
            destination = .cidr(cidr)
        } else if let list = try route.string("DestinationPrefixListId") {
            destination = .prefixList(
                reference(
                    list, to: [.prefixLists, .managedPrefixLists], from: table,
                    attribute: "Routes[\(index)].DestinationPrefixListId"))
        } else {
            throw route.error(
                "a route needs DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId"
            )
        }
        let gateway = try route.string("GatewayId")
        if gateway == "local", case .cidr(let cidr) = destination, vpcBlocks.contains(cidr) {
            return nil
        }
        if let gateway, gateway.hasPrefix("vpce-"),
            snapshot.vpcEndpoints.contains(where: {
                $0.id.rawValue == gateway && $0.routeTables.contains(.resolved(ObjectID(table)))
            })
        {
            return nil
        }
        let provenance = route.provenance(address: table, attribute: "Routes[\(index)]")
        return Route(
            destination: destination, target: try routeTarget(route, table: table, index: index),
            declarations: [provenance], isBlackhole: try route.string("State") == "blackhole")
    }

    private func routeTarget(_ route: AWSCLIRecord, table: String, index: Int) throws(InputError)
        -> RouteTarget
    {
        for (key, kind, keys) in Self.targetKeys {
            guard let id = try route.string(key) else { continue }
            if id == "local" { return RouteTarget(kind: .local, reference: nil) }
            let attribute = "Routes[\(index)].\(key)"
            let target = reference(id, to: keys, from: table, attribute: attribute)
            return RouteTarget(kind: kind ?? Self.gatewayKind(id), reference: target)
        }
        throw route.error("a route names no target (GatewayId, NatGatewayId, …)")
    }

    /// `GatewayId` holds internet gateways, virtual private gateways and gateway
    /// endpoints: the id prefix tells which.
    private static func gatewayKind(_ id: String) -> RouteTargetKind {
        if id.hasPrefix("vgw-") { return .virtualPrivateGateway }
        if id.hasPrefix("vpce-") { return .vpcEndpoint }
        return .internetGateway
    }
}
