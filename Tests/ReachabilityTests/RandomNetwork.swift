import NetworkModel
import Reachability

/// A random network drawn from a seed: one or two VPCs (10.0.0.0/16, sometimes with a
/// second block, and maybe 10.1.0.0/16, usually peered; sometimes dual-stack), two to four
/// /24 subnets, two to four security groups and one that no instance carries, one or two
/// custom network ACLs (sometimes a customized default ACL), route tables with peering,
/// blackhole and internet routes, and two or three instances with fixed private
/// addresses — plus questions between the instances.
///
/// The questions' traffic is drawn first and the rules lean toward it (the same protocol,
/// ports that contain or overlap the question's, ephemeral ranges that cover part of the
/// client's), so that answers are often reachable or partial rather than almost always
/// unreachable. Everything comes from the seed alone: `RandomNetwork(seed:)` replays a
/// failure. Nothing unknown is generated, so every answer must be exact.
struct RandomNetwork {
    let seed: UInt64
    /// The network with AWS's implied defaults added.
    let snapshot: NetworkSnapshot
    let questions: [ReachabilityQuestion]

    init(seed: UInt64, questionCount: Int = 1) {
        var draft = Draft(random: RandomNetworkGenerator(seed: seed))
        draft.build(questionCount: questionCount)
        self.seed = seed
        var snapshot = draft.snapshot
        snapshot.addImpliedDefaults()
        self.snapshot = snapshot
        questions = draft.questions()
    }

    static func provenance(_ address: String) -> Provenance {
        Provenance(file: "random", address: address)
    }
}

extension RandomNetwork {
    /// The traffic of a question to come: rules are drawn to match it often.
    struct Traffic {
        var ipProtocol: IPProtocol
        /// Server ports for TCP and UDP; `nil` asks about every port.
        var ports: PortRange?
        var ephemeralPorts: PortRange
    }

    /// A VPC of the draft: `vpc.a` (10.0.0.0/16, sometimes also 10.2.0.0/16) or `vpc.b`
    /// (10.1.0.0/16), each with an IPv6 /56 when the network is dual-stack.
    struct PlannedVPC {
        var id: ObjectID
        var letter: String
        var blocks: [CIDR]
        var ipv6: CIDR?
    }

    /// A subnet of the draft: a /24 of one of its VPC's blocks, maybe an IPv6 /64.
    struct PlannedSubnet {
        var id: ObjectID
        var vpc: ObjectID
        var cidr: CIDR
        var ipv6: CIDR?
    }

    /// The network under construction.
    struct Draft {
        var random: RandomNetworkGenerator
        var snapshot = NetworkSnapshot()
        var vpcs: [PlannedVPC] = []
        var isDualStack = false
        var peering: ObjectID?
        var subnets: [PlannedSubnet] = []
        var usedAddresses: Set<UInt128> = []
        var traffic: [Traffic] = []

        static let nobody = ObjectID("sg.nobody")

        mutating func build(questionCount: Int) {
            isDualStack = random.chance(percent: 20)
            traffic = (0..<questionCount).map { _ in questionTraffic() }
            addVPCs()
            addSubnets()
            addGroups()
            addInstances()
            addGroupRules()
            addNetworkACLs()
            addRouteTables()
        }

        private mutating func addVPCs() {
            vpcs.append(
                PlannedVPC(
                    id: "vpc.a", letter: "a",
                    blocks: [Self.cidr("10.0.0.0/16")]
                        + (random.chance(percent: 20) ? [Self.cidr("10.2.0.0/16")] : []),
                    ipv6: isDualStack ? Self.cidr("2001:db8:0:a00::/56") : nil))
            if random.chance(percent: 55) {
                vpcs.append(
                    PlannedVPC(
                        id: "vpc.b", letter: "b", blocks: [Self.cidr("10.1.0.0/16")],
                        ipv6: isDualStack ? Self.cidr("2001:db8:0:b00::/56") : nil))
            }
            for vpc in vpcs {
                snapshot.vpcs.append(
                    VPC(
                        id: vpc.id, ipv4CIDRs: vpc.blocks.map { .known($0) },
                        ipv6CIDRs: vpc.ipv6.map { [.known($0)] } ?? [],
                        provenance: RandomNetwork.provenance(vpc.id.rawValue)))
                let gateway = ObjectID("igw.\(vpc.letter)")
                snapshot.gateways.append(
                    Gateway(
                        id: gateway, kind: .internetGateway, vpc: .resolved(vpc.id),
                        provenance: RandomNetwork.provenance(gateway.rawValue)))
            }
            guard vpcs.count == 2, random.chance(percent: 85) else { return }
            let id = ObjectID("pcx.ab")
            peering = id
            let (requester, accepter) =
                random.chance(percent: 50) ? (vpcs[0].id, vpcs[1].id) : (vpcs[1].id, vpcs[0].id)
            snapshot.peeringConnections.append(
                PeeringConnection(
                    id: id, requesterVPC: .resolved(requester), accepterVPC: .resolved(accepter),
                    provenance: RandomNetwork.provenance(id.rawValue)))
        }

        /// Two to four /24s at the start of their blocks, so that /23 and /22 rules cover
        /// some but not all of them.
        private mutating func addSubnets() {
            var freeThirdOctets: [CIDR: [Int]] = [:]
            for block in vpcs.flatMap(\.blocks) {
                freeThirdOctets[block] = random.sample(Array(0...5), count: 4)
            }
            var ipv6Count: [ObjectID: Int] = [:]
            for index in 0..<random.within(2...4) {
                // With two VPCs, each gets at least one subnet.
                let vpc = index < vpcs.count ? vpcs[index] : random.pick(vpcs)
                let block = random.chance(percent: 70) ? vpc.blocks[0] : random.pick(vpc.blocks)
                guard let third = freeThirdOctets[block]?.popLast() else { continue }
                let second = Int(block.network >> 16 & 0xFF)
                let id = ObjectID("subnet.\(second).\(third)")
                let cidr = CIDR(
                    family: .ipv4, network: block.network + UInt128(third) << 8, prefixLength: 24)
                var ipv6: CIDR?
                if let vpcBlock = vpc.ipv6, random.chance(percent: 85) {
                    let number = ipv6Count[vpc.id, default: 0]
                    ipv6Count[vpc.id] = number + 1
                    ipv6 = CIDR(
                        family: .ipv6, network: vpcBlock.network + UInt128(number) << 64,
                        prefixLength: 64)
                }
                subnets.append(PlannedSubnet(id: id, vpc: vpc.id, cidr: cidr, ipv6: ipv6))
                snapshot.subnets.append(
                    Subnet(
                        id: id, vpc: .resolved(vpc.id), ipv4CIDR: .known(cidr),
                        ipv6CIDR: ipv6.map { .known($0) },
                        provenance: RandomNetwork.provenance(id.rawValue)))
            }
        }

        /// Two to four groups, and `sg.nobody`, which no instance carries.
        private mutating func addGroups() {
            let ids = (1...random.within(2...4)).map { ObjectID("sg.\($0)") } + [Self.nobody]
            for id in ids {
                snapshot.securityGroups.append(
                    SecurityGroup(
                        id: id, vpc: .resolved(random.pick(vpcs).id),
                        provenance: RandomNetwork.provenance(id.rawValue)))
            }
        }

        /// Two or three instances; some have an interface in a second subnet, a second
        /// IPv4 address, or IPv6 addresses; some carry no group (so their VPC's default
        /// group).
        private mutating func addInstances() {
            for index in 1...random.within(2...3) {
                let id = ObjectID("aws_instance.i\(index)")
                let primary = random.pick(subnets)
                var placed = [primary]
                let others = subnets.filter { $0.vpc == primary.vpc && $0.id != primary.id }
                if !others.isEmpty && random.chance(percent: 10) {
                    placed.append(random.pick(others))
                }
                var addresses = placed.map { freeAddress(in: $0.cidr) }
                if random.chance(percent: 15) { addresses.append(freeAddress(in: primary.cidr)) }
                for subnet in placed {
                    if let block = subnet.ipv6, random.chance(percent: 75) {
                        addresses.append(freeAddress(in: block))
                    }
                }
                let candidates = snapshot.securityGroups.filter {
                    $0.vpc == .resolved(primary.vpc) && $0.id != Self.nobody
                }
                let groups =
                    random.chance(percent: 12)
                    ? [] : random.sample(candidates.map(\.id), count: random.within(1...2))
                snapshot.workloads.append(
                    Workload(
                        id: id, kind: .ec2Instance, subnets: placed.map { .resolved($0.id) },
                        securityGroups: groups.map { .resolved($0) }, privateIPs: addresses,
                        hasPublicIP: .known(false),
                        provenance: RandomNetwork.provenance(id.rawValue)))
            }
        }

        /// An unused address AWS lets an interface have in `cidr` (not the first four or
        /// the last).
        private mutating func freeAddress(in cidr: CIDR) -> IPAddress {
            while true {
                let value = cidr.network + UInt128(random.within(4...254))
                if usedAddresses.insert(value).inserted {
                    return IPAddress(family: cidr.family, value: value)
                }
            }
        }

        private mutating func addNetworkACLs() {
            for index in 1...random.within(1...2) {
                let id = ObjectID("acl.\(index)")
                let vpc = random.pick(vpcs).id
                snapshot.networkACLs.append(
                    NetworkACL(
                        id: id, vpc: .resolved(vpc), entries: aclEntries(id),
                        provenance: RandomNetwork.provenance(id.rawValue)))
            }
            for vpc in vpcs where random.chance(percent: 25) {
                let id = ObjectID("\(vpc.id).default_acl")
                snapshot.networkACLs.append(
                    NetworkACL(
                        id: id, vpc: .resolved(vpc.id), entries: aclEntries(id), isDefault: true,
                        provenance: RandomNetwork.provenance(id.rawValue)))
            }
            // Each subnet has at most one explicit association, as in AWS.
            for subnet in subnets where random.chance(percent: 65) {
                let choices = snapshot.networkACLs.indices.filter {
                    snapshot.networkACLs[$0].vpc == .resolved(subnet.vpc)
                }
                guard !choices.isEmpty else { continue }
                snapshot.networkACLs[random.pick(choices)].subnets.append(.resolved(subnet.id))
            }
        }

        private mutating func addRouteTables() {
            for vpc in vpcs {
                if random.chance(percent: 40) {
                    let id = ObjectID("rt.\(vpc.letter)main")
                    snapshot.routeTables.append(
                        RouteTable(
                            id: id, vpc: .resolved(vpc.id), routes: routes(id, from: vpc),
                            isMain: true, provenance: RandomNetwork.provenance(id.rawValue)))
                }
                for index in 0..<random.within(0...2) {
                    let id = ObjectID("rt.\(vpc.letter)\(index)")
                    snapshot.routeTables.append(
                        RouteTable(
                            id: id, vpc: .resolved(vpc.id), routes: routes(id, from: vpc),
                            provenance: RandomNetwork.provenance(id.rawValue)))
                }
            }
            for subnet in subnets where random.chance(percent: 60) {
                let choices = snapshot.routeTables.indices.filter {
                    snapshot.routeTables[$0].vpc == .resolved(subnet.vpc)
                }
                guard !choices.isEmpty else { continue }
                snapshot.routeTables[random.pick(choices)].subnets.append(.resolved(subnet.id))
            }
        }

        /// One question per drawn traffic, between two distinct instances.
        mutating func questions() -> [ReachabilityQuestion] {
            let instances = snapshot.workloads.map(\.id.rawValue)
            return traffic.map { traffic in
                let pair = random.sample(instances, count: 2)
                // An echo request: ICMP type 8, ICMPv6 type 128.
                let echo = ICMPMatch(type: traffic.ipProtocol == .icmpv6 ? 128 : 8, code: 0)
                return ReachabilityQuestion(
                    from: pair[0], to: pair[1], ipProtocol: traffic.ipProtocol,
                    ports: traffic.ports, icmp: echo, ephemeralPorts: traffic.ephemeralPorts)
            }
        }

        static func cidr(_ text: String) -> CIDR { try! CIDR(text) }
    }
}
