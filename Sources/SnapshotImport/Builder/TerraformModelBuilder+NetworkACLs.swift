import NetworkModel

extension TerraformModelBuilder {
    func addNetworkACL(_ attributes: Attributes) throws(InputError) {
        let id = ObjectID(attributes.address)
        let isDefault = attributes.instance.type == "aws_default_network_acl"
        var vpc = reference(attributes, "vpc_id", to: TerraformTypes.vpc)
        if isDefault, vpc == nil {
            vpc = vpcNaming(
                "default_network_acl_id",
                objectAWSID: attributes.knownString("default_network_acl_id")
            )
            .map(Reference.resolved)
            if vpc == nil {
                vpc =
                    configurationTargets(
                        attributes, "default_network_acl_id", types: TerraformTypes.vpc
                    ).first
            }
        }
        var acl = NetworkACL(
            id: id, awsID: awsID(attributes), name: displayName(attributes), vpc: vpc,
            subnets: references(attributes, "subnet_ids", to: TerraformTypes.subnet),
            isDefault: isDefault, provenance: attributes.provenance())
        for direction in TrafficDirection.allCases {
            let key = direction.rawValue
            if attributes.isUnknown(key) && attributes.raw(key) == nil {
                if configurationHasAttribute(attributes.instance, key) != false {
                    acl.unknownEntryBlocks.append(attributes.unknownValue(key))
                    noteUnknown(attributes.unknownValue(key))
                }
                continue
            }
            for block in attributes.blocks(key) {
                let entry = try networkACLEntry(
                    block, direction: direction, numberKey: "rule_no", actionKey: "action",
                    cidrKey: "cidr_block")
                merge(entry, into: &acl)
            }
        }
        acls[id] = acl
    }

    func addNetworkACLRule(_ attributes: Attributes) throws(InputError) {
        let direction: TrafficDirection = attributes.bool("egress") == true ? .egress : .ingress
        let entry = try networkACLEntry(
            attributes, direction: direction, numberKey: "rule_number", actionKey: "rule_action",
            cidrKey: "cidr_block")
        let acl =
            reference(attributes, "network_acl_id", to: TerraformTypes.networkACL)
            ?? .unknown(attributes.unknownValue("network_acl_id"))
        pendingACLEntries.append((acl, entry))
    }

    func addNetworkACLAssociation(_ attributes: Attributes) {
        guard let acl = reference(attributes, "network_acl_id", to: TerraformTypes.networkACL),
            let subnet = reference(attributes, "subnet_id", to: TerraformTypes.subnet)
        else { return }
        pendingACLAssociations.append((acl, subnet, attributes.address))
    }

    private func networkACLEntry(
        _ block: Attributes, direction: TrafficDirection, numberKey: String, actionKey: String,
        cidrKey: String
    ) throws(InputError) -> NetworkACLEntry {
        guard let number = try block.int(numberKey) else {
            throw block.error(numberKey, "a network ACL entry needs a rule number")
        }
        let ruleNumber: RuleNumber
        do {
            ruleNumber = try RuleNumber(number)
        } catch {
            throw block.error(numberKey, "rule number \(number) is outside 1–32766")
        }
        guard let actionText = block.knownString(actionKey)?.lowercased(),
            let action = RuleAction(rawValue: actionText)
        else {
            throw block.error(actionKey, "a network ACL entry's action must be allow or deny")
        }
        let traffic: Knowable<TrafficMatch>
        let protocolText = block.knownString("protocol")?.lowercased()
        if protocolText == "icmp" || protocolText == "1" || protocolText == "icmpv6"
            || protocolText == "58"
        {
            let match: ICMPMatch
            do {
                match = try ICMPMatch(
                    awsType: try block.int("icmp_type") ?? -1,
                    awsCode: try block.int("icmp_code") ?? -1)
            } catch let error as InputError {
                throw error
            } catch {
                throw block.error("icmp_type", "ICMP type and code are -1 (any) or 0 to 255")
            }
            let isV6 = protocolText == "icmpv6" || protocolText == "58"
            traffic = .known(isV6 ? .icmpv6(match) : .icmp(match))
        } else {
            traffic = try trafficMatch(
                block, protocolKey: "protocol", fromKey: "from_port", toKey: "to_port")
        }
        let cidr: Knowable<CIDR>
        if let ipv4 = try block.cidr(cidrKey) {
            cidr = ipv4
        } else if let ipv6 = try block.cidr("ipv6_cidr_block") {
            cidr = ipv6
        } else {
            throw block.error(cidrKey, "a network ACL entry needs cidr_block or ipv6_cidr_block")
        }
        if let unknown = cidr.unknown { noteUnknown(unknown) }
        return NetworkACLEntry(
            direction: direction, ruleNumber: ruleNumber, action: action, traffic: traffic,
            cidr: cidr, declarations: [block.provenance()])
    }

    /// Adds an entry unless the ACL has one with the same direction and number (AWS allows
    /// only one). A separate `aws_network_acl_rule` is cited first; if two declarations
    /// disagree, the separate resource wins and a note says so.
    private func merge(_ entry: NetworkACLEntry, into acl: inout NetworkACL) {
        let key = NetworkACLEntryKey(entry)
        let index = DeclaredPartIndex.index(of: acl.id, in: &entryIndex)
        let position = index.position(of: key, recordingNewAt: acl.entries.count)
        guard position < acl.entries.count else {
            acl.entries.append(entry)
            return
        }
        let existing = acl.entries[position]
        let existingFirst = index.firstDeclaration(ofPartWith: key) ?? existing.provenance
        let isSeparate = entry.provenance.attributePath == nil
        if existing.action != entry.action || existing.traffic != entry.traffic
            || existing.cidr != entry.cidr
        {
            note(
                acl.id.rawValue,
                "\(entry.direction.rawValue) rule \(entry.ruleNumber) is declared twice with different contents (\(existingFirst.qualifiedName) and \(entry.provenance.qualifiedName)); using \(isSeparate ? entry.provenance.qualifiedName : existingFirst.qualifiedName)"
            )
            if isSeparate {
                acl.entries[position] = NetworkACLEntry(
                    direction: entry.direction, ruleNumber: entry.ruleNumber, action: entry.action,
                    traffic: entry.traffic, cidr: entry.cidr, declarations: existing.declarations)
            }
        }
        index.cite(
            entry.declarations, onPartWith: key, declaredBy: &acl.entries[position].declarations)
    }

    /// Applies `aws_network_acl_association`s in input order. A subnet has exactly one
    /// ACL: an association moves it from every other ACL that lists it.
    private func associateSubnets() {
        var subnetLists = acls.mapValues { MovableElements($0.subnets) }
        // The ACLs whose list holds each subnet, so that a move touches only those.
        var listing: [Reference: Set<ObjectID>] = [:]
        for (id, acl) in acls {
            for subnet in acl.subnets { listing[subnet, default: []].insert(id) }
        }
        for (reference, subnet, address) in pendingACLAssociations {
            guard let id = reference.objectID, subnetLists[id] != nil else {
                note(address, "its network ACL \(reference) is not in the input")
                continue
            }
            for other in listing[subnet] ?? [] where other != id {
                subnetLists[other]!.remove(subnet)
            }
            listing[subnet] = [id]
            subnetLists[id]!.appendIfAbsent(subnet)
        }
        for (id, list) in subnetLists { acls[id]!.subnets = list.elements }
    }

    func finishNetworkACLs() {
        for (reference, entry) in pendingACLEntries {
            // Taken out while the entry is added, so that its entries are not copied.
            guard let id = reference.objectID, var acl = acls.removeValue(forKey: id) else {
                note(
                    entry.provenance.address,
                    "its network ACL \(reference) is not in the input; the entry is not applied to any subnet"
                )
                continue
            }
            merge(entry, into: &acl)
            acls[id] = acl
        }
        for (id, index) in entryIndex {
            index.writeDeclarations { position, _, declarations in
                acls[id]?.entries[position].declarations = declarations
            }
        }
        entryIndex.removeAll()
        if !pendingACLAssociations.isEmpty { associateSubnets() }
        for id in acls.keys {
            acls[id]!.entries.sort {
                ($0.direction == .ingress ? 0 : 1, $0.ruleNumber) < (
                    $1.direction == .ingress ? 0 : 1, $1.ruleNumber
                )
            }
        }
        // A VPC names its default ACL by id.
        for vpcInstance in instances(ofType: TerraformTypes.vpc) {
            guard let defaultID = vpcInstance.values["default_network_acl_id"]?.string else {
                continue
            }
            for (id, acl) in acls where acl.awsID?.value == defaultID {
                acls[id]!.isDefault = true
                if acl.vpc == nil { acls[id]!.vpc = .resolved(ObjectID(vpcInstance.address)) }
            }
        }
        pendingACLEntries.removeAll()
        pendingACLAssociations.removeAll()
    }
}
