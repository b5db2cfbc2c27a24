import NetworkModel

extension AWSCLIModelBuilder {
    func addSecurityGroups() throws(InputError) {
        for (id, record) in records(.securityGroups) {
            let name = try record.string("GroupName")
            var group = SecurityGroup(
                id: ObjectID(id), awsID: .known(id), name: name,
                vpc: try record.string("VpcId").map {
                    reference($0, to: [.vpcs], from: id, attribute: "VpcId")
                },
                isDefault: name == "default", provenance: record.provenance(address: id))
            group.ingress = try rules(record, "IpPermissions", .ingress, group: id)
            group.egress = try rules(record, "IpPermissionsEgress", .egress, group: id)
            snapshot.securityGroups.append(group)
        }
    }

    /// One atomic rule per peer of each permission; identical atomic rules are kept once,
    /// with every declaration.
    private func rules(
        _ group: AWSCLIRecord, _ key: String, _ direction: TrafficDirection, group id: String
    ) throws(InputError) -> [SecurityGroupRule] {
        var result: [SecurityGroupRule] = []
        // Where each distinct rule is in `result`: by traffic, then by peer.
        var positions: [Knowable<TrafficMatch>: [SecurityGroupPeer: Int]] = [:]
        for (index, permission) in try group.objects(key, "a permission").enumerated() {
            let traffic = try trafficMatch(permission, group: id)
            let place = "\(key)[\(index)]"
            var peers: [(SecurityGroupPeer, String?, AWSCLIRecord, String)] = []
            for (offset, range) in try permission.objects("IpRanges", "an IP range").enumerated() {
                guard let cidr = try range.cidr("CidrIp") else {
                    throw range.error("an IP range has no `CidrIp`")
                }
                peers.append(
                    (.cidr(cidr), try range.string("Description"), range, "IpRanges[\(offset)]"))
            }
            for (offset, range) in try permission.objects("Ipv6Ranges", "an IPv6 range")
                .enumerated()
            {
                guard let cidr = try range.cidr("CidrIpv6") else {
                    throw range.error("an IPv6 range has no `CidrIpv6`")
                }
                peers.append(
                    (.cidr(cidr), try range.string("Description"), range, "Ipv6Ranges[\(offset)]"))
            }
            for (offset, list) in try permission.objects("PrefixListIds", "a prefix list")
                .enumerated()
            {
                let listID = try list.requiredString("PrefixListId", "a prefix list peer")
                let attribute = "\(place).PrefixListIds[\(offset)]"
                peers.append(
                    (
                        .prefixList(
                            reference(
                                listID, to: [.prefixLists, .managedPrefixLists], from: id,
                                attribute: attribute)),
                        try list.string("Description"), list, "PrefixListIds[\(offset)]"
                    ))
            }
            for (offset, pair) in try permission.objects("UserIdGroupPairs", "a group pair")
                .enumerated()
            {
                let groupID = try pair.requiredString("GroupId", "a group pair")
                let owner = try pair.string("UserId")
                let attribute = "\(place).UserIdGroupPairs[\(offset)]"
                peers.append(
                    (
                        .securityGroup(
                            reference(
                                groupID, to: [.securityGroups], from: id, attribute: attribute,
                                target: owner.map { "\($0)/\(groupID)" })),
                        try pair.string("Description"), pair, "UserIdGroupPairs[\(offset)]"
                    ))
            }
            if peers.isEmpty {
                note(
                    id,
                    "\(place) names no peer (no ranges, prefix lists or groups): it matches nothing"
                )
            }
            for (peer, description, peerRecord, peerPath) in peers {
                let rule = SecurityGroupRule(
                    direction: direction, traffic: traffic, peer: peer, description: description,
                    declarations: [
                        peerRecord.provenance(address: id, attribute: "\(place).\(peerPath)")
                    ])
                if let existing = positions[rule.traffic]?[rule.peer] {
                    result[existing].declarations += rule.declarations
                } else {
                    positions[rule.traffic, default: [:]][rule.peer] = result.count
                    result.append(rule)
                }
            }
        }
        return result
    }

    /// The protocol and ports of a permission. Ports AWS would not accept (a reversed or
    /// negative range) make the rule's traffic unknown, with a note, rather than guessed.
    private func trafficMatch(_ permission: AWSCLIRecord, group id: String) throws(InputError)
        -> Knowable<TrafficMatch>
    {
        let protocolText = try permission.requiredString("IpProtocol", "a permission")
        let ipProtocol: IPProtocol
        do {
            ipProtocol = try IPProtocol(awsName: protocolText)
        } catch {
            throw permission.error("invalid protocol: \(error.reason)", at: "IpProtocol")
        }
        let from = try permission.int("FromPort")
        let to = try permission.int("ToPort")
        do {
            return .known(try TrafficMatch(protocol: ipProtocol, from: from, to: to))
        } catch {
            let unknown = UnknownValue(
                address: id, attribute: "\(permission.path).FromPort",
                reason:
                    "ports \(from.map(String.init) ?? "none") to \(to.map(String.init) ?? "none") cannot be read: \(error.reason)"
            )
            snapshot.unknownValues.append(unknown)
            return .unknown(unknown)
        }
    }
}
