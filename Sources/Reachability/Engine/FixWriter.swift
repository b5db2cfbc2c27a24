import NetworkModel

/// Writes the Terraform resource that would let blocked packets through: a rule
/// referencing the other side's security group, a network ACL entry numbered below the
/// entry that denies, a route.
struct FixWriter {
    let snapshot: NetworkSnapshot
    let index: NetworkSnapshotIndex

    func fixes(for answer: ReachabilityAnswer) -> [Fix] {
        var result: [Fix] = []
        for reason in answer.blocking {
            guard
                let fix = fix(
                    for: reason, traffic: answer.traffic, ephemeral: answer.question.ephemeralPorts)
            else { continue }
            if !result.contains(fix) { result.append(fix) }
        }
        return result
    }

    private func fix(for reason: BlockingReason, traffic: TrafficMatch, ephemeral: PortRange)
        -> Fix?
    {
        let context = reason.context
        switch (reason.code, reason.step) {
        case ("ENI_SG_RULES_MISMATCH", _), ("SG_HAS_NO_RULES", _):
            let isIngress = reason.step == .securityGroupIngress
            guard let group = isIngress ? context.destinationGroup : context.sourceGroup else {
                return nil
            }
            let peerGroup = isIngress ? context.sourceGroup : context.destinationGroup
            let named = isIngress ? context.sourceBlocks : context.destinationBlocks
            let peerBlock =
                (named.isEmpty ? Self.blocks(of: reason.packets, sources: isIngress) : named).first
            let kind = isIngress ? "ingress" : "egress"
            var lines = [
                "resource \"aws_vpc_security_group_\(kind)_rule\" \"\(name(group))_\(isIngress ? "from" : "to")_\(peerGroup.map(name) ?? "peer")\" {"
            ]
            lines.append("  security_group_id            = \(expression(group))")
            if let peerGroup {
                lines.append("  referenced_security_group_id = \(expression(peerGroup))")
            } else if let peerBlock {
                lines.append("  cidr_ipv4                    = \"\(peerBlock)\"")
            }
            lines += protocolLines(traffic, style: .securityGroup)
            lines.append("}")
            let peer = peerGroup?.rawValue ?? peerBlock ?? "the other side"
            return Fix(
                summary:
                    "allow \(traffic) \(isIngress ? "from" : "to") \(peer) in \(group)'s \(kind) rules",
                terraform: lines.joined(separator: "\n"))
        case ("SUBNET_ACL_RESTRICTION", _):
            guard let acl = context.networkACL else { return nil }
            let outbound = reason.step == .networkACLOutbound
            let towardSource = (reason.direction == .forward) != outbound
            let named = towardSource ? context.sourceBlocks : context.destinationBlocks
            let blocks =
                (named.isEmpty ? Self.blocks(of: reason.packets, sources: towardSource) : named)
                .map { (block: $0, cidr: (try? CIDR($0)) ?? .anyIPv6) }
                .sorted { $0.cidr < $1.cidr }.map(\.block)
            guard !blocks.isEmpty else { return nil }
            let ruleTraffic: TrafficMatch =
                reason.direction == .forward ? traffic : replyTraffic(traffic, ephemeral: ephemeral)
            var inUse = context.ruleNumbersInUse
            var resources: [String] = []
            var numbers: [Int] = []
            for block in blocks {
                // An ACL that uses every number leaves no place for the fix.
                guard let number = freeRuleNumber(below: context.blockingRuleNumber, inUse: inUse)
                else { return nil }
                inUse.append(number)
                numbers.append(number)
                var lines = [
                    "resource \"aws_network_acl_rule\" \"\(name(acl))_\(outbound ? "out" : "in")_\(number)\" {"
                ]
                lines.append("  network_acl_id = \(expression(acl))")
                lines.append("  rule_number    = \(number)")
                lines.append("  egress         = \(outbound)")
                lines.append("  rule_action    = \"allow\"")
                lines.append("  cidr_block     = \"\(block)\"")
                lines += protocolLines(ruleTraffic, style: .networkACL)
                lines.append("}")
                resources.append(lines.joined(separator: "\n"))
            }
            let what = reason.direction == .forward ? "\(traffic)" : "the replies (\(ruleTraffic))"
            let before =
                context.blockingRuleNumber.flatMap {
                    $0 < RuleNumber.final.rawValue ? ", before the deny at rule \($0)" : nil
                } ?? ""
            let numberText = numbers.map(String.init).joined(separator: ", ")
            return Fix(
                summary:
                    "allow \(what) \(outbound ? "out to" : "in from") \(blocks.joined(separator: ", ")) in \(acl) at rule \(numberText)\(before)",
                terraform: resources.joined(separator: "\n\n"))
        case ("NO_ROUTE_TO_DESTINATION", _):
            let blocks =
                reason.direction == .forward ? context.destinationBlocks : context.sourceBlocks
            guard let block = blocks.first else { return nil }
            let table = reason.component
            let lines = [
                "resource \"aws_route\" \"\(name(ObjectID(table)))_to_\(String(block.map { $0.isNumber ? $0 : "_" }))\" {",
                "  route_table_id         = \(expression(ObjectID(table)))",
                "  destination_cidr_block = \"\(block)\"",
                "  # the target that leads there, e.g. a peering connection:",
                "  # vpc_peering_connection_id = aws_vpc_peering_connection.NAME.id",
                "}",
            ]
            return Fix(
                summary: "add a route for \(block) to \(table)",
                terraform: lines.joined(separator: "\n"))
        default:
            return nil
        }
    }

    private enum Style { case securityGroup, networkACL }

    /// The CIDR blocks covering the source (or destination) addresses of some packets.
    static func blocks(of packets: PacketSet, sources: Bool) -> [String] {
        var result: [String] = []
        for box in packets.boxes {
            let range = sources ? box.source : box.destination
            for cidr in CIDRCover.cover(box.family, range) where !result.contains(cidr.description)
            {
                result.append(cidr.description)
            }
        }
        return result
    }

    private func protocolLines(_ traffic: TrafficMatch, style: Style) -> [String] {
        let protocolKey =
            style == .securityGroup ? "  ip_protocol                  =" : "  protocol       ="
        let fromKey =
            style == .securityGroup ? "  from_port                    =" : "  from_port      ="
        let toKey =
            style == .securityGroup ? "  to_port                      =" : "  to_port        ="
        switch traffic {
        case .all:
            return ["\(protocolKey) \"-1\""]
        case .tcp(let ports), .udp(let ports):
            let name = traffic.ipProtocol == .tcp ? "tcp" : "udp"
            return [
                "\(protocolKey) \"\(name)\"", "\(fromKey) \(ports.lowerBound)",
                "\(toKey) \(ports.upperBound)",
            ]
        case .icmp(let match), .icmpv6(let match):
            let name = traffic.ipProtocol == .icmp ? "icmp" : "icmpv6"
            if style == .networkACL {
                return [
                    "\(protocolKey) \"\(name)\"",
                    "  icmp_type      = \(match.type.map(Int.init) ?? -1)",
                    "  icmp_code      = \(match.code.map(Int.init) ?? -1)",
                ]
            }
            return [
                "\(protocolKey) \"\(name)\"", "\(fromKey) \(match.type.map(Int.init) ?? -1)",
                "\(toKey) \(match.code.map(Int.init) ?? -1)",
            ]
        case .protocolNumber(let number):
            return ["\(protocolKey) \"\(number)\""]
        }
    }

    /// The replies' traffic: the same protocol to the client's ephemeral ports.
    private func replyTraffic(_ traffic: TrafficMatch, ephemeral: PortRange) -> TrafficMatch {
        switch traffic {
        case .tcp: .tcp(ephemeral)
        case .udp: .udp(ephemeral)
        case .icmp: .icmp(ICMPMatch(type: 0, code: nil))
        case .icmpv6: .icmpv6(ICMPMatch(type: 129, code: nil))
        default: traffic
        }
    }

    /// The largest free rule number below the blocking entry, or a free number after the
    /// existing ones when the implied final entry blocks; `nil` when every number is used.
    private func freeRuleNumber(below blocking: Int?, inUse: [Int]) -> Int? {
        let used = Set(inUse)
        if let blocking, blocking < RuleNumber.final.rawValue {
            for candidate in stride(from: blocking - 1, through: 1, by: -1)
            where !used.contains(candidate) {
                return candidate
            }
        }
        // The next multiple of ten above the highest in use, else the first free number.
        let highest = RuleNumber.final.rawValue - 1
        let start = ((inUse.max() ?? 0) / 10 + 1) * 10
        if start <= highest, let free = (start...highest).first(where: { !used.contains($0) }) {
            return free
        }
        return (1...highest).first { !used.contains($0) }
    }

    /// How Terraform code in the root module refers to an object's id.
    private func expression(_ id: ObjectID) -> String {
        let address = id.rawValue
        var awsID: String? {
            snapshot.securityGroups.first { $0.id == id }?.awsID?.value
                ?? snapshot.networkACLs.first { $0.id == id }?.awsID?.value
                ?? snapshot.routeTables.first { $0.id == id }?.awsID?.value
                ?? snapshot.subnets.first { $0.id == id }?.awsID?.value
                ?? snapshot.vpcs.first { $0.id == id }?.awsID?.value
        }
        if !address.contains("/") && !address.hasPrefix("data.") && !address.contains(":")
            && address.split(separator: ".").count >= 2
        {
            if address.hasPrefix("module.") {
                return awsID.map { "\"\($0)\" # \(address)" }
                    ?? "\(address).id # expose it as a module output"
            }
            return "\(address).id"
        }
        return awsID.map { "\"\($0)\"" } ?? "\"\(address)\""
    }

    /// A resource name made from an object's last address segment.
    private func name(_ id: ObjectID) -> String {
        let last = id.rawValue.split(separator: ".").last.map(String.init) ?? id.rawValue
        return String(last.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// The endpoint to create when a source has none for a service: a gateway endpoint
    /// for S3 and DynamoDB, an interface endpoint with private DNS otherwise, in the
    /// sources' VPC and subnets, with the groups the VPC's other interface endpoints use.
    func endpointFix(service: String, sources: [ReachabilityAnalyzer.Side]) -> Fix? {
        let interfaces = sources.compactMap(\.interface)
        guard let vpc = interfaces.compactMap(\.vpc).first else { return nil }
        let region =
            snapshot.vpcEndpoints.compactMap { $0.serviceName.value?.split(separator: ".") }
            .first { $0.count >= 4 }.map { String($0[2]) } ?? "REGION"
        let resourceName = String(service.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        var lines = ["resource \"aws_vpc_endpoint\" \"\(resourceName)\" {"]
        lines.append("  vpc_id              = \(expression(vpc))")
        lines.append("  service_name        = \"com.amazonaws.\(region).\(service)\"")
        if service == "s3" || service == "dynamodb" {
            let tables = Set(
                interfaces.compactMap { $0.subnet }.compactMap {
                    index.routeTable(forSubnet: $0)?.table.id
                })
            lines.append("  vpc_endpoint_type   = \"Gateway\"")
            lines.append(
                "  route_table_ids     = [\(tables.sorted().map(expression).joined(separator: ", "))]"
            )
        } else {
            let subnets = Set(interfaces.compactMap(\.subnet)).sorted()
            let groups =
                snapshot.vpcEndpoints.first { $0.type == .interface && $0.vpc == .resolved(vpc) }?
                .securityGroups.compactMap(\.objectID) ?? []
            lines.append("  vpc_endpoint_type   = \"Interface\"")
            lines.append("  private_dns_enabled = true")
            lines.append(
                "  subnet_ids          = [\(subnets.map(expression).joined(separator: ", "))]")
            lines.append(
                "  security_group_ids  = [\(groups.map(expression).joined(separator: ", "))]")
        }
        lines.append("}")
        return Fix(
            summary: "create a VPC endpoint for \(service) in \(vpc)",
            terraform: lines.joined(separator: "\n"))
    }
}
