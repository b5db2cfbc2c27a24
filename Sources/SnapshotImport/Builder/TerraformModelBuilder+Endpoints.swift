import JSONSupport
import NetworkModel

extension TerraformModelBuilder {
    func addEndpoint(_ attributes: Attributes) throws(InputError) {
        let typeText = attributes.knownString("vpc_endpoint_type") ?? "Gateway"
        guard
            let type = VPCEndpointType.allCases.first(where: {
                $0.rawValue.lowercased() == typeText.lowercased()
            })
        else {
            throw attributes.error(
                "vpc_endpoint_type",
                "unknown endpoint type `\(typeText.excerpt())` (Interface, Gateway or GatewayLoadBalancer)"
            )
        }
        let serviceName =
            attributes.string("service_name") ?? .unknown(attributes.unknownValue("service_name"))
        if let unknown = serviceName.unknown { noteUnknown(unknown) }
        let policy = attributes.string("policy")
        if let unknown = policy?.unknown { noteUnknown(unknown) }
        let id = ObjectID(attributes.address)
        endpoints[id] = VPCEndpoint(
            id: id, awsID: awsID(attributes),
            vpc: reference(attributes, "vpc_id", to: TerraformTypes.vpc), type: type,
            serviceName: serviceName,
            subnets: references(attributes, "subnet_ids", to: TerraformTypes.subnet),
            securityGroups: references(
                attributes, "security_group_ids", to: TerraformTypes.securityGroup),
            routeTables: references(attributes, "route_table_ids", to: TerraformTypes.routeTable),
            privateDNSEnabled: attributes.bool("private_dns_enabled") ?? false,
            policy: policy, prefixListID: attributes.knownString("prefix_list_id"),
            provenance: attributes.provenance())
    }

    func addEndpointPart(_ attributes: Attributes) { pendingEndpointParts.append(attributes) }

    func finishEndpoints() {
        var newTables = NewElementFilter<ObjectID, Reference>()
        var newSubnets = NewElementFilter<ObjectID, Reference>()
        var newGroups = NewElementFilter<ObjectID, Reference>()
        for part in pendingEndpointParts {
            guard
                let id = reference(part, "vpc_endpoint_id", to: TerraformTypes.endpoint)?.objectID,
                endpoints[id] != nil
            else {
                note(part.address, "its VPC endpoint is not in the input")
                continue
            }
            switch part.instance.type {
            case "aws_vpc_endpoint_policy":
                endpoints[id]!.policy = part.string("policy")
                endpoints[id]!.policyProvenance = part.provenance("policy")
            case "aws_vpc_endpoint_route_table_association":
                if let table = reference(part, "route_table_id", to: TerraformTypes.routeTable),
                    newTables.isNew(table, for: id, current: endpoints[id]!.routeTables)
                {
                    endpoints[id]!.routeTables.append(table)
                }
            case "aws_vpc_endpoint_subnet_association":
                if let subnet = reference(part, "subnet_id", to: TerraformTypes.subnet),
                    newSubnets.isNew(subnet, for: id, current: endpoints[id]!.subnets)
                {
                    endpoints[id]!.subnets.append(subnet)
                }
            default:
                if let group = reference(
                    part, "security_group_id", to: TerraformTypes.securityGroup),
                    newGroups.isNew(group, for: id, current: endpoints[id]!.securityGroups)
                {
                    endpoints[id]!.securityGroups.append(group)
                }
            }
        }
        pendingEndpointParts.removeAll()
    }

    func addPrefixList(_ attributes: Attributes) throws(InputError) {
        var entries: [CIDR] = []
        var unknown: UnknownValue?
        let isAWSManaged = attributes.instance.type == "aws_prefix_list"
        if isAWSManaged {
            for cidr in try attributes.cidrs("cidr_blocks") {
                switch cidr {
                case .known(let block): entries.append(block)
                case .unknown(let value): unknown = value
                }
            }
        } else {
            if attributes.isUnknown("entry") && attributes.raw("entry") == nil {
                unknown = attributes.unknownValue("entry")
            }
            for block in attributes.blocks("entry") {
                switch try block.cidr("cidr") {
                case .known(let cidr): entries.append(cidr)
                case .unknown(let value): unknown = value
                case nil: break
                }
            }
        }
        if let unknown { noteUnknown(unknown) }
        let family: AddressFamily? =
            switch attributes.knownString("address_family") {
            case "IPv4": .ipv4
            case "IPv6": .ipv6
            default: entries.first?.family
            }
        snapshot.prefixLists.append(
            PrefixList(
                id: ObjectID(attributes.address), awsID: awsID(attributes),
                name: attributes.knownString("name"), addressFamily: family,
                entries: unknown.map { .unknown($0) } ?? .known(entries),
                isAWSManaged: isAWSManaged,
                provenance: attributes.provenance()))
    }

    func addPrefixListEntry(_ attributes: Attributes) throws(InputError) {
        guard
            case .resolved(let id) = reference(
                attributes, "prefix_list_id", to: TerraformTypes.prefixList),
            let index = prefixListPosition(id),
            case .known(let cidr) = try attributes.cidr("cidr"),
            case .known(var entries) = snapshot.prefixLists[index].entries
        else {
            note(attributes.address, "prefix list entry whose list or block is not known")
            return
        }
        guard newPrefixListEntries.isNew(cidr, for: id, current: entries) else { return }
        // Dropping the list's own reference first lets the append happen in place.
        snapshot.prefixLists[index].entries = .known([])
        entries.append(cidr)
        snapshot.prefixLists[index].entries = .known(entries)
    }

    /// The position of the first prefix list with `id` in the snapshot, for the second pass.
    private func prefixListPosition(_ id: ObjectID) -> Int? {
        if prefixListPositions == nil {
            prefixListPositions = Self.firstPositions(of: snapshot.prefixLists.map(\.id))
        }
        return prefixListPositions![id]
    }

    func addGateway(_ attributes: Attributes) throws(InputError) {
        let kind: RouteTargetKind =
            switch attributes.instance.type {
            case "aws_internet_gateway": .internetGateway
            case "aws_egress_only_internet_gateway": .egressOnlyInternetGateway
            case "aws_nat_gateway": .natGateway
            case "aws_vpn_gateway": .virtualPrivateGateway
            default: .transitGateway
            }
        func address(_ key: String) throws(InputError) -> Knowable<IPAddress>? {
            switch attributes.string(key) {
            case nil: return nil
            case .unknown(let unknown): return .unknown(unknown)
            case .known(let text):
                do {
                    return .known(try IPAddress(text))
                } catch {
                    throw attributes.error(key, "invalid IP address: \(error.reason)")
                }
            }
        }
        snapshot.gateways.append(
            Gateway(
                id: ObjectID(attributes.address), awsID: awsID(attributes),
                name: displayName(attributes), kind: kind,
                vpc: reference(attributes, "vpc_id", to: TerraformTypes.vpc),
                subnet: reference(attributes, "subnet_id", to: TerraformTypes.subnet),
                isPublic: attributes.knownString("connectivity_type") != "private",
                privateIP: try address("private_ip"), publicIP: try address("public_ip"),
                provenance: attributes.provenance()))
    }

    func addGatewayAttachment(_ attributes: Attributes) {
        let key =
            attributes.instance.type == "aws_vpn_gateway_attachment"
            ? "vpn_gateway_id" : "internet_gateway_id"
        guard
            let gateway = reference(
                attributes, key, to: ["aws_internet_gateway", "aws_vpn_gateway"])?.objectID,
            let index = snapshot.gateways.firstIndex(where: { $0.id == gateway })
        else {
            note(attributes.address, "attaches a gateway that is not in the input")
            return
        }
        snapshot.gateways[index].vpc = reference(attributes, "vpc_id", to: TerraformTypes.vpc)
    }

    func addPeering(_ attributes: Attributes) {
        snapshot.peeringConnections.append(
            PeeringConnection(
                id: ObjectID(attributes.address), awsID: awsID(attributes),
                requesterVPC: reference(attributes, "vpc_id", to: TerraformTypes.vpc)
                    ?? .unknown(attributes.unknownValue("vpc_id")),
                accepterVPC: reference(attributes, "peer_vpc_id", to: TerraformTypes.vpc)
                    ?? .unknown(attributes.unknownValue("peer_vpc_id")),
                accepterAccount: attributes.knownString("peer_owner_id"),
                accepterRegion: attributes.knownString("peer_region"),
                provenance: attributes.provenance()))
    }
}
