import NetworkModel

extension TerraformModelBuilder {
    /// Route target attributes, in the provider's order, with the kind each names.
    private static let targetKeys: [(key: String, kind: RouteTargetKind?, types: Set<String>)] = [
        ("gateway_id", nil, ["aws_internet_gateway", "aws_vpn_gateway", "aws_vpc_endpoint"]),
        ("nat_gateway_id", .natGateway, ["aws_nat_gateway"]),
        ("vpc_endpoint_id", .vpcEndpoint, ["aws_vpc_endpoint"]),
        ("vpc_peering_connection_id", .peeringConnection, ["aws_vpc_peering_connection"]),
        ("transit_gateway_id", .transitGateway, ["aws_ec2_transit_gateway"]),
        (
            "egress_only_gateway_id", .egressOnlyInternetGateway,
            ["aws_egress_only_internet_gateway"]
        ),
        ("network_interface_id", .networkInterface, ["aws_network_interface"]),
        ("instance_id", .instance, ["aws_instance"]),
        ("local_gateway_id", .localGateway, []),
        ("carrier_gateway_id", .carrierGateway, []),
        ("core_network_arn", .coreNetwork, []),
    ]

    func addRouteTable(_ attributes: Attributes) throws(InputError) {
        let id = ObjectID(attributes.address)
        let isDefault = attributes.instance.type == "aws_default_route_table"
        var vpc = reference(attributes, "vpc_id", to: TerraformTypes.vpc)
        if isDefault, vpc == nil {
            vpc = vpcNaming(
                "default_route_table_id",
                objectAWSID: attributes.knownString("default_route_table_id")
            ).map(Reference.resolved)
            if vpc == nil {
                vpc =
                    configurationTargets(
                        attributes, "default_route_table_id", types: TerraformTypes.vpc
                    ).first
            }
        }
        var table = RouteTable(
            id: id, awsID: awsID(attributes), name: displayName(attributes), vpc: vpc,
            isMain: isDefault, provenance: attributes.provenance())
        if attributes.isUnknown("route") && attributes.raw("route") == nil {
            if configurationHasAttribute(attributes.instance, "route") != false {
                table.unknownRouteBlocks.append(attributes.unknownValue("route"))
                noteUnknown(attributes.unknownValue("route"))
            }
        }
        for block in attributes.blocks("route") {
            if let route = try route(
                block,
                destinationKeys: ["cidr_block", "ipv6_cidr_block", "destination_prefix_list_id"])
            {
                merge(route, into: &table)
            }
        }
        tables[id] = table
    }

    func addSeparateRoute(_ attributes: Attributes) throws(InputError) {
        let table =
            reference(attributes, "route_table_id", to: TerraformTypes.routeTable)
            ?? .unknown(attributes.unknownValue("route_table_id"))
        if let route = try route(
            attributes,
            destinationKeys: [
                "destination_cidr_block", "destination_ipv6_cidr_block",
                "destination_prefix_list_id",
            ])
        {
            pendingRoutes.append((table, route))
        }
    }

    func addRouteTableAssociation(_ attributes: Attributes) {
        let table =
            reference(attributes, "route_table_id", to: TerraformTypes.routeTable)
            ?? .unknown(attributes.unknownValue("route_table_id"))
        if let subnet = reference(attributes, "subnet_id", to: TerraformTypes.subnet) {
            pendingTableAssociations.append((table, subnet))
        } else if attributes.string("gateway_id") != nil {
            note(
                attributes.address,
                "edge association of a route table with a gateway (ingress routing) is not modeled")
        }
    }

    func addMainRouteTableAssociation(_ attributes: Attributes) {
        guard let table = reference(attributes, "route_table_id", to: TerraformTypes.routeTable),
            let vpc = reference(attributes, "vpc_id", to: TerraformTypes.vpc)
        else { return }
        pendingMainTables.append((table, vpc))
    }

    private func route(_ block: Attributes, destinationKeys: [String]) throws(InputError) -> Route?
    {
        var destination: RouteDestination?
        for key in destinationKeys {
            if key.hasSuffix("prefix_list_id") {
                if let list = reference(block, key, to: TerraformTypes.prefixList) {
                    destination = .prefixList(list)
                }
            } else if let cidr = try block.cidr(key) {
                switch cidr {
                case .known(let block): destination = .cidr(block)
                case .unknown(let unknown):
                    noteUnknown(unknown)
                    destination = .unknown(unknown)
                }
            }
            if destination != nil { break }
        }
        guard let destination else {
            throw block.error(
                destinationKeys[0],
                "the route has no destination (\(destinationKeys.joined(separator: ", ")))")
        }
        return Route(
            destination: destination, target: routeTarget(block), declarations: [block.provenance()]
        )
    }

    private func routeTarget(_ block: Attributes) -> RouteTarget {
        for (key, kind, types) in Self.targetKeys {
            guard let value = block.string(key) else { continue }
            if case .known(let id) = value, id == "local" {
                return RouteTarget(kind: .local, reference: nil)
            }
            let target =
                types.isEmpty
                ? unresolvedTarget(block, key, value) : reference(block, key, to: types)
            return RouteTarget(kind: kind ?? gatewayKind(value, target), reference: target)
        }
        noteUnknown(block.unknownValue("gateway_id"))
        return RouteTarget(kind: .unknown, reference: .unknown(block.unknownValue("gateway_id")))
    }

    private func unresolvedTarget(_ block: Attributes, _ key: String, _ value: Knowable<String>)
        -> Reference
    {
        switch value {
        case .known(let id): return resolve(id: id, types: ["(none)"], from: block, key: key)
        case .unknown(let unknown):
            noteUnknown(unknown)
            return .unknown(unknown)
        }
    }

    /// `gateway_id` holds internet gateways, virtual private gateways and gateway
    /// endpoints: the id prefix or the resolved resource type tells which.
    private func gatewayKind(_ value: Knowable<String>, _ target: Reference?) -> RouteTargetKind {
        if let id = target?.objectID, let type = instance(at: id.rawValue)?.type {
            switch type {
            case "aws_vpn_gateway": return .virtualPrivateGateway
            case "aws_vpc_endpoint": return .vpcEndpoint
            default: return .internetGateway
            }
        }
        switch value.value.map({ String($0.prefix(4)) }) {
        case "vgw-": return .virtualPrivateGateway
        case "vpce": return .vpcEndpoint
        case "igw-": return .internetGateway
        default: return value.value == nil ? .unknown : .internetGateway
        }
    }

    private func merge(_ route: Route, into table: inout RouteTable) {
        let index = DeclaredPartIndex.index(of: table.id, in: &routeIndex)
        let position = index.position(of: route.destination, recordingNewAt: table.routes.count)
        guard position < table.routes.count else {
            table.routes.append(route)
            return
        }
        index.cite(
            route.declarations, onPartWith: route.destination,
            declaredBy: &table.routes[position].declarations)
        if route.provenance.attributePath == nil, table.routes[position].target != route.target {
            note(
                table.id.rawValue,
                "route to \(route.destination) is declared twice with different targets; using \(route.provenance.address)"
            )
            table.routes[position].target = route.target
        }
    }

    /// An explicit main-table association replaces the VPC's main table: in input order,
    /// each one makes every table of its VPC not main, then its own table main. Computed
    /// from the last association per VPC and per table, in one pass over the tables.
    private func applyMainTableAssociations() {
        var lastForVPC: [Reference: Int] = [:]
        var lastForTable: [ObjectID: Int] = [:]
        for (order, (reference, vpc)) in pendingMainTables.enumerated() {
            guard let id = reference.objectID, tables[id] != nil else { continue }
            lastForVPC[vpc] = order
            lastForTable[id] = order
        }
        for id in Array(tables.keys) {
            let unmadeAt = tables[id]!.vpc.flatMap { lastForVPC[$0] }
            if let madeAt = lastForTable[id], madeAt >= unmadeAt ?? madeAt {
                tables[id]!.isMain = true
            } else if unmadeAt != nil {
                tables[id]!.isMain = false
            }
        }
    }

    func finishRouteTables() {
        for (reference, route) in pendingRoutes {
            // Taken out while the route is added, so that its routes are not copied.
            guard let id = reference.objectID, var table = tables.removeValue(forKey: id) else {
                note(route.provenance.address, "its route table \(reference) is not in the input")
                continue
            }
            merge(route, into: &table)
            tables[id] = table
        }
        for (id, index) in routeIndex {
            index.writeDeclarations { position, _, declarations in
                tables[id]?.routes[position].declarations = declarations
            }
        }
        routeIndex.removeAll()
        var newSubnets = NewElementFilter<ObjectID, Reference>()
        for (reference, subnet) in pendingTableAssociations {
            guard let id = reference.objectID, tables[id] != nil else {
                note(
                    subnet.description,
                    "associated with route table \(reference), which is not in the input")
                continue
            }
            if newSubnets.isNew(subnet, for: id, current: tables[id]!.subnets) {
                tables[id]!.subnets.append(subnet)
            }
        }
        var tablesByAWSID: [String: [ObjectID]]?
        for vpcInstance in instances(ofType: TerraformTypes.vpc) {
            guard let mainID = vpcInstance.values["main_route_table_id"]?.string else { continue }
            if tablesByAWSID == nil {
                tablesByAWSID = [:]
                for (id, table) in tables {
                    if let awsID = table.awsID?.value {
                        tablesByAWSID![awsID, default: []].append(id)
                    }
                }
            }
            for id in tablesByAWSID![mainID] ?? [] {
                tables[id]!.isMain = true
                if tables[id]!.vpc == nil {
                    tables[id]!.vpc = .resolved(ObjectID(vpcInstance.address))
                }
            }
        }
        if !pendingMainTables.isEmpty { applyMainTableAssociations() }
        pendingRoutes.removeAll()
        pendingTableAssociations.removeAll()
        pendingMainTables.removeAll()
    }
}
