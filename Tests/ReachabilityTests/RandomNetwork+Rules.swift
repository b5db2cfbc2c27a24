import NetworkModel
import Reachability

/// Rules, ACL entries, routes and question traffic for a ``RandomNetwork``.
extension RandomNetwork.Draft {
    static let ephemeralRanges = [
        PortRange.awsEphemeral, PortRange(32768, 60999), PortRange(49152, 65535),
    ]

    static let rulePorts = [
        PortRange(22), PortRange(443), PortRange(5432), PortRange(5439), PortRange(5432, 5439),
        PortRange(0, 1023), .awsEphemeral, PortRange(32768, 65535), PortRange(32768, 60999),
        PortRange(49152, 65535), .all,
    ]

    /// The traffic of one question: TCP, UDP, ICMP echo (or ICMPv6 echo in dual-stack
    /// networks); a port or a small range (now and then every port); one of the usual
    /// client port ranges.
    mutating func questionTraffic() -> RandomNetwork.Traffic {
        var protocols = [IPProtocol.tcp, .tcp, .tcp, .udp, .udp, .icmp, .icmp]
        if isDualStack { protocols.append(.icmpv6) }
        let ipProtocol = random.pick(protocols)
        var ports: PortRange?
        if (ipProtocol == .tcp || ipProtocol == .udp) && random.chance(percent: 90) {
            ports = random.pick([
                PortRange(22), PortRange(443), PortRange(5432), PortRange(5439),
                PortRange(5430, 5440), PortRange(440, 445), PortRange(1020, 1030),
                PortRange(32760, 32770), PortRange(65530, 65535),
            ])
        }
        return RandomNetwork.Traffic(
            ipProtocol: ipProtocol, ports: ports,
            ephemeralPorts: random.pick(Self.ephemeralRanges))
    }

    mutating func addGroupRules() {
        for index in snapshot.securityGroups.indices {
            let id = snapshot.securityGroups[index].id
            let ingressCount = random.chance(percent: 5) ? 0 : random.within(1...3)
            snapshot.securityGroups[index].ingress = (0..<ingressCount).map { number in
                groupRule(.ingress, of: id, number: number)
            }
            if random.chance(percent: 65) {
                var blocks = [CIDR.anyIPv4]
                if isDualStack && random.chance(percent: 60) { blocks.append(.anyIPv6) }
                snapshot.securityGroups[index].egress = blocks.enumerated().map { number, block in
                    SecurityGroupRule(
                        direction: .egress, traffic: .known(.all), peer: .cidr(block),
                        declarations: [RandomNetwork.provenance("\(id).egress[\(number)]")])
                }
            } else {
                snapshot.securityGroups[index].egress = (0..<random.within(1...3)).map {
                    groupRule(.egress, of: id, number: $0)
                }
            }
        }
    }

    /// A rule whose peer is a broad block, any block, the group itself, a VPC's default
    /// group, the group nobody carries, or any group.
    private mutating func groupRule(
        _ direction: TrafficDirection, of group: ObjectID, number: Int
    ) -> SecurityGroupRule {
        let peer: SecurityGroupPeer
        switch random.below(20) {
        case 0..<8: peer = .cidr(broadBlock())
        case 8..<12: peer = .cidr(ruleBlock())
        case 12..<14: peer = .securityGroup(.resolved(group))
        case 14:
            let vpc = random.pick(vpcs).id
            peer = .securityGroup(.resolved(ObjectID("\(vpc)/default_security_group")))
        case 15: peer = .securityGroup(.resolved(Self.nobody))
        default: peer = .securityGroup(.resolved(random.pick(snapshot.securityGroups).id))
        }
        return SecurityGroupRule(
            direction: direction, traffic: .known(ruleTraffic(facingReplies: false)), peer: peer,
            declarations: [RandomNetwork.provenance("\(group).\(direction.rawValue)[\(number)]")])
    }

    /// Up to four entries each way with distinct rule numbers, allows and denies
    /// interleaved, and most of the time a final allow-all entry (for IPv4, and for IPv6
    /// in dual-stack networks) as real ACLs often have.
    mutating func aclEntries(_ acl: ObjectID) -> [NetworkACLEntry] {
        var entries: [NetworkACLEntry] = []
        for direction in TrafficDirection.allCases {
            func entry(_ number: Int, _ action: RuleAction, _ traffic: TrafficMatch, _ cidr: CIDR)
                -> NetworkACLEntry
            {
                NetworkACLEntry(
                    direction: direction, ruleNumber: try! RuleNumber(number), action: action,
                    traffic: .known(traffic), cidr: .known(cidr),
                    declarations: [
                        RandomNetwork.provenance("\(acl).\(direction.rawValue)[\(number)]")
                    ])
            }
            let count = random.chance(percent: 5) ? 0 : random.within(1...4)
            var numbers = random.sample([1, 10, 50, 99, 100, 101, 110, 120, 200], count: count)
            while numbers.count < count {
                let number = random.within(1...32764)
                if !numbers.contains(number) { numbers.append(number) }
            }
            for number in numbers {
                let traffic = ruleTraffic(facingReplies: random.chance(percent: 50))
                let action: RuleAction = random.chance(percent: 60) ? .allow : .deny
                entries.append(entry(number, action, traffic, ruleBlock()))
            }
            if random.chance(percent: 75) {
                entries.append(entry(32766, .allow, .all, .anyIPv4))
            }
            if isDualStack && random.chance(percent: 65) {
                entries.append(entry(32765, .allow, .all, .anyIPv6))
            }
        }
        return entries
    }

    /// Routes toward the other VPC through the peering connection (some of them
    /// blackholes) and default routes to the internet gateway; never two routes for one
    /// block, never one more specific than the table's own VPC blocks.
    mutating func routes(_ table: ObjectID, from vpc: RandomNetwork.PlannedVPC) -> [Route] {
        var routes: [Route] = []
        func add(_ destination: CIDR, _ target: RouteTarget, blackhole: Bool = false) {
            guard !routes.contains(where: { $0.destination == .cidr(destination) }) else {
                return
            }
            routes.append(
                Route(
                    destination: .cidr(destination), target: target,
                    declarations: [RandomNetwork.provenance("\(table).route[\(routes.count)]")],
                    isBlackhole: blackhole))
        }
        if let peering, let other = vpcs.first(where: { $0.id != vpc.id }) {
            let toPeer = RouteTarget(kind: .peeringConnection, reference: .resolved(peering))
            let first = other.blocks[0]
            var destinations = [first, first, first, Self.cidr("10.0.0.0/8")]
            destinations.append(CIDR(family: .ipv4, network: first.network, prefixLength: 22))
            let theirs = subnets.filter { $0.vpc == other.id }
            destinations += theirs.map(\.cidr) + hosts(in: theirs.map(\.cidr))
            if random.chance(percent: 80) {
                add(random.pick(destinations), toPeer, blackhole: random.chance(percent: 12))
            }
            if random.chance(percent: 30) {
                add(random.pick(destinations), toPeer, blackhole: random.chance(percent: 30))
            }
            if other.blocks.count > 1 && random.chance(percent: 60) {
                add(other.blocks[1], toPeer)
            }
            if let block = other.ipv6, random.chance(percent: 75) {
                let blocks = theirs.compactMap(\.ipv6)
                add(random.pick([block, block] + blocks + hosts(in: blocks)), toPeer)
            }
        }
        let gateway = RouteTarget(
            kind: .internetGateway, reference: .resolved(ObjectID("igw.\(vpc.letter)")))
        if random.chance(percent: 25) { add(.anyIPv4, gateway) }
        if isDualStack && random.chance(percent: 25) { add(.anyIPv6, gateway) }
        return routes
    }

    /// Single-address blocks of the instances' addresses inside `blocks`.
    private func hosts(in blocks: [CIDR]) -> [CIDR] {
        snapshot.workloads.flatMap(\.privateIPs).filter { address in
            blocks.contains { $0.contains(address) }
        }.map { CIDR(family: $0.family, network: $0.value, prefixLength: $0.family.bitWidth) }
    }

    /// A block that covers many addresses: everything, 10.0.0.0/8, a VPC block.
    private mutating func broadBlock() -> CIDR {
        if isDualStack && random.chance(percent: 25) {
            return random.pick(
                [CIDR.anyIPv6, Self.cidr("2001:db8::/32")] + vpcs.compactMap(\.ipv6))
        }
        return random.pick(
            [CIDR.anyIPv4, .anyIPv4, Self.cidr("10.0.0.0/8")] + vpcs.flatMap(\.blocks))
    }

    /// A block for a rule: broad blocks, subnets with their /23 and /25 neighbours,
    /// instance addresses, and blocks that match nothing here. Networks that are not
    /// dual-stack still get IPv6 blocks now and then, which must never match.
    private mutating func ruleBlock() -> CIDR {
        if isDualStack && random.chance(percent: 25) {
            let inSubnets = subnets.compactMap(\.ipv6)
            return random.pick(
                inSubnets + hosts(in: inSubnets) + [broadBlock(), Self.cidr("2001:db8:0:f00::/56")])
        }
        if !isDualStack && random.chance(percent: 6) {
            return random.pick([CIDR.anyIPv6, Self.cidr("2001:db8::/32")])
        }
        switch random.below(10) {
        case 0..<3: return broadBlock()
        case 3..<6:
            let subnet = random.pick(subnets).cidr
            switch random.below(4) {
            case 0: return CIDR(family: .ipv4, network: subnet.network, prefixLength: 23)
            case 1:
                let half: UInt128 = random.chance(percent: 50) ? 0 : 128
                return CIDR(family: .ipv4, network: subnet.network + half, prefixLength: 25)
            default: return subnet
            }
        case 9: return Self.cidr("192.168.0.0/16")
        default: return random.pick(hosts(in: subnets.map(\.cidr)))
        }
    }

    /// Traffic for a rule. Most lean toward a question: its protocol with ports that
    /// equal, contain or overlap its ports — or, for entries meant for replies, a client
    /// port range that covers all or part of its ephemeral range, or echo replies.
    private mutating func ruleTraffic(facingReplies: Bool) -> TrafficMatch {
        switch random.below(20) {
        case 0..<3:
            return .all
        case 3..<14:
            let question = random.pick(traffic)
            switch question.ipProtocol {
            case .icmp, .icmpv6:
                let isV6 = question.ipProtocol == .icmpv6
                let echo: UInt8 = facingReplies ? (isV6 ? 129 : 0) : (isV6 ? 128 : 8)
                let match = random.pick([
                    .any, ICMPMatch(type: echo, code: nil), ICMPMatch(type: echo, code: 0),
                ])
                return isV6 ? .icmpv6(match) : .icmp(match)
            default:
                let ports =
                    facingReplies
                    ? random.pick(Self.ephemeralRanges + [PortRange(32768, 65535), .all])
                    : nearby(question.ports)
                return question.ipProtocol == .udp ? .udp(ports) : .tcp(ports)
            }
        case 14..<15: return .tcp(random.pick(Self.rulePorts))
        case 15..<17: return .udp(random.pick(Self.rulePorts))
        case 17:
            return .icmp(
                random.pick([.any, ICMPMatch(type: 3, code: nil), ICMPMatch(type: 0, code: 0)]))
        case 18: return .icmpv6(.any)
        default: return .protocolNumber(50)
        }
    }

    /// Ports equal to, inside, around or overlapping `ports`.
    private mutating func nearby(_ ports: PortRange?) -> PortRange {
        guard let ports else { return random.pick(Self.rulePorts) }
        let low = Int(ports.lowerBound)
        let high = Int(ports.upperBound)
        switch random.below(6) {
        case 0: return PortRange(ports.lowerBound)
        case 1: return PortRange(ports.upperBound)
        case 2: return PortRange(UInt16(max(0, low - 3)), UInt16(min(65535, high + 3)))
        case 3: return PortRange(UInt16((low + high) / 2), UInt16(min(65535, high + 2)))
        case 4: return random.pick(Self.rulePorts)
        default: return ports
        }
    }
}
