import NetworkModel

extension AWSCLIModelBuilder {
    /// AWS-managed service lists (`describe-prefix-lists`, with their blocks) and managed
    /// prefix lists (`describe-managed-prefix-lists`, whose blocks come from
    /// `get-managed-prefix-list-entries`).
    func addPrefixLists() throws(InputError) {
        var order: [String] = []
        var parts: [String: [AWSCLIRecord]] = [:]
        for (id, record) in records(.prefixLists) {
            if parts[id] == nil { order.append(id) }
            parts[id, default: []].append(record)
        }
        for id in order {
            let records = parts[id]!
            let listed = records.first { $0.child("Cidrs") != nil }
            let managed = records.first { $0.child("Cidrs") == nil }
            let first = listed ?? records[0]
            var family: AddressFamily? =
                switch try managed?.string("AddressFamily") {
                case "IPv4": .ipv4
                case "IPv6": .ipv6
                default: nil
                }
            let entries: Knowable<[CIDR]>
            if let listed {
                var blocks: [CIDR] = []
                for element in try listed.array("Cidrs") {
                    guard let text = element.value.string else {
                        throw element.error(
                            "expected a CIDR block, found \(element.value.kindDescription)")
                    }
                    do {
                        blocks.append(try CIDR(text))
                    } catch {
                        throw element.error("invalid CIDR block '\(text)': \(error.reason)")
                    }
                }
                family = family ?? blocks.first?.family
                entries = .known(blocks)
            } else {
                entries = try managedEntries(id)
            }
            let owner = try managed?.string("OwnerId")
            snapshot.prefixLists.append(
                PrefixList(
                    id: ObjectID(id), awsID: .known(id), name: try first.string("PrefixListName"),
                    addressFamily: family ?? entries.value?.first?.family, entries: entries,
                    isAWSManaged: listed != nil || owner == "AWS",
                    provenance: first.provenance(address: id)))
        }
        for id in prefixListEntries.keys.sorted()
        where !snapshot.prefixLists.contains(where: { $0.id.rawValue == id }) {
            note(
                id,
                "entries are in the input but the list itself (describe-managed-prefix-lists) is not"
            )
        }
    }

    private func managedEntries(_ id: String) throws(InputError) -> Knowable<[CIDR]> {
        guard let entries = prefixListEntries[id] else {
            let unknown = UnknownValue(
                address: id, attribute: "Entries",
                reason:
                    "`aws ec2 get-managed-prefix-list-entries --prefix-list-id \(id)` is not in the input"
            )
            snapshot.unknownValues.append(unknown)
            return .unknown(unknown)
        }
        var blocks: [CIDR] = []
        for entry in try entries.elementObjects("a prefix list entry") {
            guard let cidr = try entry.cidr("Cidr") else {
                throw entry.error("a prefix list entry has no `Cidr`")
            }
            if !blocks.contains(cidr) { blocks.append(cidr) }
        }
        return .known(blocks)
    }

    func addEndpoints() throws(InputError) {
        for (id, record) in records(.vpcEndpoints) {
            if let state = try record.string("State")?.lowercased(),
                ["deleted", "deleting", "rejected", "failed", "expired"].contains(state)
            {
                note(id, "is \(state): not modeled")
                continue
            }
            let typeText = try record.string("VpcEndpointType") ?? "Gateway"
            guard
                let type = VPCEndpointType.allCases.first(where: {
                    $0.rawValue.lowercased() == typeText.lowercased()
                })
            else {
                throw record.error(
                    "unknown endpoint type `\(typeText)` (Interface, Gateway or GatewayLoadBalancer)",
                    at: "VpcEndpointType")
            }
            let serviceName = try record.requiredString("ServiceName", "a VPC endpoint")
            var groups: [Reference] = []
            for (index, group) in try record.objects("Groups", "a group").enumerated() {
                groups.append(
                    reference(
                        try group.requiredString("GroupId", "an endpoint's group"),
                        to: [.securityGroups], from: id, attribute: "Groups[\(index)].GroupId"))
            }
            let subnets = try record.strings("SubnetIds").map {
                reference($0, to: [.subnets], from: id, attribute: "SubnetIds")
            }
            let tables = try record.strings("RouteTableIds").map {
                reference($0, to: [.routeTables], from: id, attribute: "RouteTableIds")
            }
            for interface in try record.strings("NetworkInterfaceIds") {
                absorbedInterfaces.insert(interface)
            }
            snapshot.vpcEndpoints.append(
                VPCEndpoint(
                    id: ObjectID(id), awsID: .known(id),
                    vpc: try record.string("VpcId").map {
                        reference($0, to: [.vpcs], from: id, attribute: "VpcId")
                    }, type: type, serviceName: .known(serviceName), subnets: subnets,
                    securityGroups: groups, routeTables: tables,
                    privateDNSEnabled: try record.bool("PrivateDnsEnabled") ?? false,
                    policy: try record.string("PolicyDocument").map { .known($0) },
                    prefixListID: type == .gateway
                        ? try servicePrefixList(endpoint: id, service: serviceName) : nil,
                    provenance: record.provenance(address: id)))
        }
    }

    /// A gateway endpoint's service prefix list: the AWS-managed list named after the
    /// service, else the list its routes send to the endpoint.
    private func servicePrefixList(endpoint: String, service: String) throws(InputError)
        -> String?
    {
        if let list = snapshot.prefixLists.first(where: { $0.isAWSManaged && $0.name == service }) {
            return list.awsID?.value
        }
        for (_, table) in records(.routeTables) {
            for route in try table.objects("Routes", "a route")
            where try route.string("GatewayId") == endpoint {
                if let list = try route.string("DestinationPrefixListId") { return list }
            }
        }
        return nil
    }
}
