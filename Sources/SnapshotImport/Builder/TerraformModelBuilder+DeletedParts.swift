import NetworkModel

extension TerraformModelBuilder {
    /// A gateway endpoint's state names its service's prefix list and the list's blocks:
    /// that is the AWS-managed list (`pl-6da54004` for S3 in eu-west-1) rules refer to.
    func registerGatewayPrefixList(_ instance: TerraformResourceInstance) {
        guard instance.type == "aws_vpc_endpoint", !instance.isData,
            let id = instance.values["prefix_list_id"]?.string, !id.isEmpty,
            gatewayPrefixLists[id] == nil
        else { return }
        let attributes = Attributes(instance)
        guard let blocks = try? attributes.cidrs("cidr_blocks"), !blocks.isEmpty,
            blocks.allSatisfy({ $0.value != nil })
        else { return }
        let listID = ObjectID("\(instance.address).prefix_list")
        gatewayPrefixLists[id] = listID
        snapshot.prefixLists.append(
            PrefixList(
                id: listID, awsID: .known(id),
                name: attributes.knownString("service_name"),
                addressFamily: blocks.first?.value?.family,
                entries: .known(blocks.compactMap(\.value)), isAWSManaged: true,
                provenance: attributes.provenance("prefix_list_id")))
    }

    /// In a plan, the group's inline list (and an ACL's, a table's) still mirrors the
    /// separately managed rules the plan deletes; after apply they are gone. Removes the
    /// mirrors that only inline blocks declare and that match a deleted resource.
    func removeDeletedMirrors() throws(InputError) {
        guard !deleted.isEmpty else { return }
        // Resolving the deleted resources' links must not report them as unresolved.
        let unresolvedCount = snapshot.unresolvedReferences.count
        let unknownCount = snapshot.unknownValues.count
        let noteCount = snapshot.notes.count
        defer {
            snapshot.unresolvedReferences.removeSubrange(unresolvedCount...)
            snapshot.unknownValues.removeSubrange(unknownCount...)
            snapshot.notes.removeSubrange(noteCount...)
        }
        let savedGroups = groups
        for instance in deleted {
            let attributes = Attributes(instance)
            switch instance.type {
            case "aws_security_group_rule":
                try addLegacyRule(attributes)
            case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
                try addVPCRule(attributes)
            case "aws_network_acl_rule":
                guard
                    let acl = reference(
                        attributes, "network_acl_id", to: TerraformTypes.networkACL)?.objectID,
                    let number = try attributes.int("rule_number")
                else { continue }
                let direction: TrafficDirection =
                    attributes.bool("egress") == true ? .egress : .ingress
                acls[acl]?.entries.removeAll {
                    $0.direction == direction && $0.ruleNumber.rawValue == number
                        && $0.declarations.allSatisfy { $0.attributePath != nil }
                }
            case "aws_route":
                let ipv4 = try attributes.cidr("destination_cidr_block")?.value
                let ipv6 = try attributes.cidr("destination_ipv6_cidr_block")?.value
                guard
                    let table = reference(
                        attributes, "route_table_id", to: TerraformTypes.routeTable)?.objectID,
                    let cidr = ipv4 ?? ipv6
                else { continue }
                tables[table]?.routes.removeAll {
                    $0.destination == .cidr(cidr)
                        && $0.declarations.allSatisfy { $0.attributePath != nil }
                }
            default:
                continue
            }
        }
        // The deleted rules were added as pending rules: take them out of the inline lists.
        let deletedRules = pendingRules
        pendingRules.removeAll()
        pendingUnknownRuleBlocks.removeAll()
        groups = savedGroups
        for (id, rules) in deletedRules {
            guard var group = groups[id] else { continue }
            for rule in rules {
                let isMirror: (SecurityGroupRule) -> Bool = {
                    $0.direction == rule.direction && $0.traffic == rule.traffic
                        && Self.samePeer($0.peer, rule.peer)
                        && $0.declarations.allSatisfy { $0.attributePath != nil }
                }
                group.ingress.removeAll(where: isMirror)
                group.egress.removeAll(where: isMirror)
            }
            groups[id] = group
        }
    }
}
