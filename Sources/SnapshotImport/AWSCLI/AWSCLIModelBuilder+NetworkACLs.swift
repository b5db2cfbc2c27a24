import NetworkModel

extension AWSCLIModelBuilder {
    func addNetworkACLs() throws(InputError) {
        for (id, record) in records(.networkACLs) {
            var acl = NetworkACL(
                id: ObjectID(id), awsID: .known(id), name: record.nameTag,
                vpc: try record.string("VpcId").map {
                    reference($0, to: [.vpcs], from: id, attribute: "VpcId")
                },
                isDefault: try record.bool("IsDefault") ?? false,
                provenance: record.provenance(address: id))
            var subnets: Set<Reference> = []
            for (index, association) in try record.objects("Associations", "an association")
                .enumerated()
            {
                guard let subnet = try association.string("SubnetId") else { continue }
                let target = reference(
                    subnet, to: [.subnets], from: id,
                    attribute: "Associations[\(index)].SubnetId")
                if subnets.insert(target).inserted { acl.subnets.append(target) }
            }
            // Rule numbers seen, per direction and address family (`nil`: unknown block).
            var numbers: [TrafficDirection: [AddressFamily?: Set<RuleNumber>]] = [:]
            for (index, entry) in try record.objects("Entries", "an entry").enumerated() {
                if let entry = try networkACLEntry(entry, acl: id, index: index) {
                    if !numbers[entry.direction, default: [:]][
                        entry.cidr.value?.family, default: []
                    ]
                    .insert(entry.ruleNumber).inserted {
                        note(
                            id,
                            "\(entry.direction.rawValue) rule \(entry.ruleNumber) appears twice; using the first"
                        )
                        continue
                    }
                    acl.entries.append(entry)
                }
            }
            acl.entries.sort {
                ($0.direction == .ingress ? 0 : 1, $0.ruleNumber) < (
                    $1.direction == .ingress ? 0 : 1, $1.ruleNumber
                )
            }
            snapshot.networkACLs.append(acl)
        }
    }

    /// One entry; AWS's final `*` deny (rule 32767) is `nil`, since the model implies it.
    private func networkACLEntry(_ entry: AWSCLIRecord, acl id: String, index: Int)
        throws(InputError) -> NetworkACLEntry?
    {
        guard let number = try entry.int("RuleNumber") else {
            throw entry.error("a network ACL entry has no `RuleNumber`")
        }
        let ruleNumber: RuleNumber
        do {
            ruleNumber = try RuleNumber(number)
        } catch {
            throw entry.error("rule number \(number) is outside 1–32767", at: "RuleNumber")
        }
        let actionText = try entry.requiredString("RuleAction", "a network ACL entry")
        guard let action = RuleAction(rawValue: actionText.lowercased()) else {
            throw entry.error("`RuleAction` must be allow or deny", at: "RuleAction")
        }
        if ruleNumber == .final && action == .deny { return nil }
        let direction: TrafficDirection = try entry.bool("Egress") == true ? .egress : .ingress
        let protocolText = try entry.requiredString("Protocol", "a network ACL entry")
        let ipProtocol: IPProtocol
        do {
            ipProtocol = try IPProtocol(awsName: protocolText)
        } catch {
            throw entry.error("invalid protocol: \(error.reason)", at: "Protocol")
        }
        var from: Int?
        var to: Int?
        switch ipProtocol {
        case .icmp, .icmpv6:
            let code = entry.child("IcmpTypeCode")
            from = try code?.int("Type") ?? -1
            to = try code?.int("Code") ?? -1
        case .tcp, .udp:
            // Without a port range the entry covers every port, as the console shows.
            let range = entry.child("PortRange")
            from = try range?.int("From") ?? 0
            to = try range?.int("To") ?? 65535
        default:
            break
        }
        let traffic: TrafficMatch
        do {
            traffic = try TrafficMatch(protocol: ipProtocol, from: from, to: to)
        } catch {
            throw entry.error("invalid ports or ICMP type and code: \(error.reason)")
        }
        var block = try entry.cidr("CidrBlock")
        if block == nil { block = try entry.cidr("Ipv6CidrBlock") }
        guard let cidr = block else {
            throw entry.error("a network ACL entry needs `CidrBlock` or `Ipv6CidrBlock`")
        }
        if ruleNumber == .final {
            note(id, "rule * (32767) allows traffic, which AWS does not do; kept as written")
        }
        return NetworkACLEntry(
            direction: direction, ruleNumber: ruleNumber, action: action, traffic: .known(traffic),
            cidr: .known(cidr),
            declarations: [entry.provenance(address: id, attribute: "Entries[\(index)]")])
    }
}
