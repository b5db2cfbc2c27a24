import NetworkModel
import Reachability
import Testing

/// Hand-made cases, one per rule of docs/semantics.md.
@Suite("Reachability semantics")
struct EngineSemanticsTests {
    /// Two subnets, an app instance and a database instance; the database admits the
    /// app's group on 5432.
    static func network() -> TestNetwork {
        var network = TestNetwork()
        network.subnet("subnet.app", "10.0.1.0/24")
        network.subnet("subnet.db", "10.0.2.0/24")
        network.group("sg.app")
        network.group(
            "sg.db", ingress: [(.tcp(PortRange(5432)), .securityGroup(.resolved("sg.app")))])
        network.instance("app", subnet: "subnet.app", groups: ["sg.app"], ip: "10.0.1.10")
        network.instance("db", subnet: "subnet.db", groups: ["sg.db"], ip: "10.0.2.20")
        return network
    }

    static func ask(
        _ network: TestNetwork, from: String = "app", to: String = "db",
        _ ipProtocol: IPProtocol = .tcp, port: UInt16? = 5432, ephemeral: PortRange = .awsEphemeral
    ) throws -> ReachabilityAnswer {
        try ReachabilityAnalyzer(snapshot: network.completed).answer(
            ReachabilityQuestion(
                from: from, to: to, ipProtocol: ipProtocol, ports: port.map { PortRange($0) },
                ephemeralPorts: ephemeral))
    }

    /// The network peered with a second VPC whose instance `peerdb` admits `peerIngress`
    /// from the first VPC; only the app subnet routes to the peer (no route back).
    static func oneSidedPeering(peerIngress: TrafficMatch) throws -> TestNetwork {
        var network = Self.network()
        network.addVPC("vpc.peer", cidr: "10.1.0.0/16")
        network.subnet("subnet.peer", "10.1.1.0/24", vpc: "vpc.peer")
        network.snapshot.peeringConnections.append(
            PeeringConnection(
                id: "pcx", requesterVPC: .resolved("vpc.main"), accepterVPC: .resolved("vpc.peer"),
                provenance: TestNetwork.provenance("pcx")))
        network.group(
            "sg.peer", vpc: "vpc.peer", ingress: [(peerIngress, .cidr(try CIDR("10.0.0.0/16")))])
        network.instance("peerdb", subnet: "subnet.peer", groups: ["sg.peer"], ip: "10.1.1.30")
        let toPeer = Route(
            destination: .cidr(try CIDR("10.1.0.0/16")),
            target: RouteTarget(kind: .peeringConnection, reference: .resolved("pcx")),
            declarations: [TestNetwork.provenance("rtb.app.route[0]")])
        network.table("rtb.app", subnets: ["subnet.app"], routes: [toPeer])
        return network
    }

    @Test("with default ACLs and a main table, a group reference opens the flow")
    func reachable() throws {
        let answer = try Self.ask(Self.network())
        #expect(answer.verdict == .reachable)
        #expect(answer.blocking.isEmpty)
    }

    @Test("security groups are stateful: the database needs no egress rule for replies")
    func statefulGroups() throws {
        var network = Self.network()
        network.snapshot.securityGroups[1].egress = []
        #expect(try Self.ask(network).verdict == .reachable)
    }

    @Test("a group without the source's group blocks, naming ENI_SG_RULES_MISMATCH and the fix")
    func groupMismatch() throws {
        var network = Self.network()
        network.snapshot.securityGroups[1].ingress = [
            SecurityGroupRule(
                direction: .ingress, traffic: .known(.tcp(PortRange(5432))),
                peer: .cidr(try CIDR("10.99.0.0/16")),
                declarations: [TestNetwork.provenance("sg.db.ingress[0]")])
        ]
        let answer = try Self.ask(network)
        #expect(answer.verdict == .unreachable)
        #expect(answer.blocking.map(\.code) == ["ENI_SG_RULES_MISMATCH"])
        let fix = try #require(answer.fixes.first)
        #expect(fix.terraform.contains("aws_vpc_security_group_ingress_rule"))
        #expect(fix.terraform.contains("referenced_security_group_id = sg.app.id"))
    }

    @Test("a group with no rules at all is SG_HAS_NO_RULES")
    func groupWithoutRules() throws {
        var network = Self.network()
        network.snapshot.securityGroups[1].ingress = []
        #expect(try Self.ask(network).blocking.map(\.code) == ["SG_HAS_NO_RULES"])
    }

    @Test("a group referencing a group nobody carries admits nothing")
    func groupWithNoMembers() throws {
        var network = Self.network()
        network.group("sg.nobody")
        network.snapshot.securityGroups[1].ingress[0].peer = .securityGroup(.resolved("sg.nobody"))
        #expect(try Self.ask(network).verdict == .unreachable)
    }

    @Test("traffic inside one subnet never meets the subnet's ACL")
    func sameSubnetSkipsACL() throws {
        var network = Self.network()
        network.snapshot.workloads[1].subnets = [.resolved("subnet.app")]
        network.snapshot.workloads[1].privateIPs = [try IPAddress("10.0.1.20")]
        network.acl("acl.closed", subnets: ["subnet.app"], entries: [])
        #expect(try Self.ask(network).verdict == .reachable)
    }

    @Test(
        "an allow shadowed by a lower-numbered deny does not allow; the deny is cited with a fix below it"
    )
    func shadowedAllow() throws {
        var network = Self.network()
        network.acl(
            "acl.db", subnets: ["subnet.db"],
            entries: [
                (.ingress, 100, .deny, .tcp(PortRange(5000, 6000)), "10.0.0.0/16"),
                (.ingress, 200, .allow, .tcp(PortRange(5432)), "10.0.1.0/24"),
                (.egress, 100, .allow, .all, "0.0.0.0/0"),
            ])
        let answer = try Self.ask(network)
        #expect(answer.verdict == .unreachable)
        let block = try #require(answer.blocking.first)
        #expect(block.code == "SUBNET_ACL_RESTRICTION" && block.rule?.ruleNumber == "100")
        let fix = try #require(answer.fixes.first)
        #expect(fix.terraform.contains("rule_number    = 99"))
        #expect(fix.terraform.contains("cidr_block     = \"10.0.1.0/24\""))
    }

    @Test("first match decides: a deny after the allow changes nothing")
    func firstMatchDecides() throws {
        var network = Self.network()
        network.acl(
            "acl.db", subnets: ["subnet.db"],
            entries: [
                (.ingress, 100, .allow, .tcp(PortRange(5432)), "10.0.1.0/24"),
                (.ingress, 200, .deny, .all, "0.0.0.0/0"),
                (.egress, 100, .allow, .all, "0.0.0.0/0"),
            ])
        #expect(try Self.ask(network).verdict == .reachable)
    }

    @Test("an IPv6 entry never matches IPv4 traffic")
    func familiesDoNotMix() throws {
        var network = Self.network()
        network.acl(
            "acl.db", subnets: ["subnet.db"],
            entries: [
                (.ingress, 100, .allow, .all, "::/0"),
                (.egress, 100, .allow, .all, "0.0.0.0/0"),
            ])
        let answer = try Self.ask(network)
        #expect(answer.verdict == .unreachable)
        #expect(answer.blocking.first?.rule?.ruleNumber == "*")
    }

    @Test(
        "a return path allowing only 32768–65535 is partial: the answer says which client ports work"
    )
    func partialReturnPath() throws {
        var network = Self.network()
        network.acl(
            "acl.app", subnets: ["subnet.app"],
            entries: [
                (.egress, 100, .allow, .all, "0.0.0.0/0"),
                (.ingress, 100, .allow, .tcp(PortRange(32768, 65535)), "10.0.2.0/24"),
            ])
        let answer = try Self.ask(network)
        #expect(answer.verdict == .partial)
        #expect(answer.passing.render() == ["tcp 10.0.1.10/32:32768-65535 → 10.0.2.20/32:5432"])
        #expect(answer.failing.render() == ["tcp 10.0.1.10/32:1024-32767 → 10.0.2.20/32:5432"])
        let block = try #require(answer.blocking.first)
        #expect(block.direction == .reply && block.step == .networkACLInbound)
        #expect(answer.fixes.first?.terraform.contains("from_port      = 1024") == true)
        // With Linux's ephemeral ports the same ACL is enough.
        #expect(try Self.ask(network, ephemeral: PortRange(32768, 60999)).verdict == .reachable)
    }

    @Test("ICMP: echo needs the echo reply allowed back; a rule for another type does not match")
    func icmp() throws {
        var network = Self.network()
        network.snapshot.securityGroups[1].ingress = [
            SecurityGroupRule(
                direction: .ingress, traffic: .known(.icmp(ICMPMatch(type: 8, code: nil))),
                peer: .cidr(try CIDR("10.0.0.0/16")),
                declarations: [TestNetwork.provenance("sg.db.icmp")])
        ]
        #expect(try Self.ask(network, .icmp, port: nil).verdict == .reachable)
        network.acl(
            "acl.app", subnets: ["subnet.app"],
            entries: [
                (.egress, 100, .allow, .all, "0.0.0.0/0"),
                (.ingress, 100, .allow, .icmp(ICMPMatch(type: 3, code: nil)), "0.0.0.0/0"),
            ])
        let answer = try Self.ask(network, .icmp, port: nil)
        #expect(answer.verdict == .unreachable)
        #expect(answer.blocking.first?.direction == .reply)
    }

    @Test("a subnet without an association uses the main table; a more specific route wins")
    func mainTableFallbackAndLongestPrefix() throws {
        var network = Self.network()
        let blackhole = Route(
            destination: .cidr(try CIDR("10.0.2.0/24")),
            target: RouteTarget(kind: .natGateway, reference: .resolved("nat")),
            declarations: [TestNetwork.provenance("rtb.main.route[0]")], isBlackhole: true)
        network.table("rtb.main", subnets: [], isMain: true, routes: [blackhole])
        let answer = try Self.ask(network)
        #expect(answer.verdict == .unreachable)
        #expect(answer.blocking.first?.code == "BAD_STATE_ROUTE")
    }

    @Test("peering: both sides need a route; with one missing the reply has no way back")
    func peering() throws {
        var network = try Self.oneSidedPeering(peerIngress: .tcp(PortRange(5432)))
        let oneSided = try Self.ask(network, to: "peerdb")
        #expect(oneSided.verdict == .unreachable)
        #expect(oneSided.blocking.map(\.code) == ["NO_ROUTE_TO_DESTINATION"])
        #expect(oneSided.blocking.first?.direction == .reply)

        let back = Route(
            destination: .cidr(try CIDR("10.0.0.0/16")),
            target: RouteTarget(kind: .peeringConnection, reference: .resolved("pcx")),
            declarations: [TestNetwork.provenance("rtb.peer.route[0]")])
        network.table("rtb.peer", subnets: ["subnet.peer"], vpc: "vpc.peer", routes: [back])
        #expect(try Self.ask(network, to: "peerdb").verdict == .reachable)
    }

    @Test("ICMP messages other than echo get no reply: a missing return route does not stop them")
    func icmpWithoutReply() throws {
        let network = try Self.oneSidedPeering(peerIngress: .icmp(ICMPMatch(type: 3, code: nil)))
        let question = ReachabilityQuestion(
            from: "app", to: "peerdb", ipProtocol: .icmp, icmp: ICMPMatch(type: 3, code: 0))
        let answer = try ReachabilityAnalyzer(snapshot: network.completed).answer(question)
        #expect(answer.verdict == .reachable)
    }

    @Test("a rule whose peer is known only after apply makes the answer unknown, and says why")
    func unknownValue() throws {
        var network = Self.network()
        let unknown = UnknownValue(address: "sg.db.rule", attribute: "cidr_ipv4")
        network.snapshot.securityGroups[1].ingress = [
            SecurityGroupRule(
                direction: .ingress, traffic: .known(.tcp(PortRange(5432))),
                peer: .unknown(unknown), declarations: [TestNetwork.provenance("sg.db.rule")])
        ]
        let answer = try Self.ask(network)
        #expect(answer.verdict == .unknown)
        #expect(answer.unknowns.contains(unknown))
        // An unknown rule cannot open what another hop certainly closes.
        network.acl("acl.db", subnets: ["subnet.db"], entries: [])
        #expect(try Self.ask(network).verdict == .unreachable)
    }

    @Test(
        "a workload stands for an interface in each of its subnets, anywhere in their usable range")
    func workloadInterfaces() throws {
        var network = Self.network()
        network.snapshot.workloads[1].privateIPs = []
        network.snapshot.workloads[1].subnets.append(.resolved("subnet.app"))
        network.acl(
            "acl.db", subnets: ["subnet.db"], entries: [(.egress, 100, .allow, .all, "0.0.0.0/0")])
        let answer = try Self.ask(network)
        #expect(answer.verdict == .partial)
        #expect(
            answer.passing.render() == ["tcp 10.0.1.10/32:1024-65535 → 10.0.1.4-10.0.1.254:5432"])
    }

    @Test("an endpoint that is not in the snapshot is a question error")
    func unknownEndpoint() {
        #expect(throws: QuestionError.self) {
            try Self.ask(Self.network(), to: "aws_instance.nope")
        }
    }
}
