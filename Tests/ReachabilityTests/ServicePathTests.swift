import NetworkModel
import Reachability
import Testing

/// `service:NAME` questions: which path applies and what it needs.
@Suite("Paths to AWS services")
struct ServicePathTests {
    static let s3Blocks = ["52.218.0.0/17", "3.5.64.0/21"]

    /// A private subnet with an app instance, an endpoint group admitting the app on 443,
    /// an SQS interface endpoint and an S3 gateway endpoint on the subnet's table.
    static func network(privateDNS: Bool = true, s3OnTable: Bool = true) -> TestNetwork {
        var network = TestNetwork()
        network.subnet("subnet.app", "10.0.1.0/24")
        network.subnet("subnet.endpoints", "10.0.9.0/24")
        network.group("sg.app", egress: [(.tcp(PortRange(443)), .cidr(.anyIPv4))])
        network.group(
            "sg.endpoints", ingress: [(.tcp(PortRange(443)), .securityGroup(.resolved("sg.app")))])
        network.instance("app", subnet: "subnet.app", groups: ["sg.app"], ip: "10.0.1.10")
        network.table("rtb.app", subnets: ["subnet.app"])
        network.snapshot.vpcEndpoints.append(
            VPCEndpoint(
                id: "vpce.sqs", vpc: .resolved("vpc.main"), type: .interface,
                serviceName: .known("com.amazonaws.eu-west-1.sqs"),
                subnets: [.resolved("subnet.endpoints")],
                securityGroups: [.resolved("sg.endpoints")], privateDNSEnabled: privateDNS,
                provenance: TestNetwork.provenance("vpce.sqs")))
        network.snapshot.vpcEndpoints.append(
            VPCEndpoint(
                id: "vpce.s3", vpc: .resolved("vpc.main"), type: .gateway,
                serviceName: .known("com.amazonaws.eu-west-1.s3"),
                routeTables: s3OnTable ? [.resolved("rtb.app")] : [], prefixListID: "pl-s3",
                provenance: TestNetwork.provenance("vpce.s3")))
        network.snapshot.prefixLists.append(
            PrefixList(
                id: "vpce.s3.prefix_list", awsID: .known("pl-s3"),
                entries: .known(s3Blocks.map { try! CIDR($0) }), isAWSManaged: true,
                provenance: TestNetwork.provenance("vpce.s3")))
        return network
    }

    static func ask(_ network: TestNetwork, _ service: String) throws -> ReachabilityAnswer {
        try ReachabilityAnalyzer(snapshot: network.completed).answer(
            ReachabilityQuestion(from: "app", to: "service:\(service)"))
    }

    @Test(
        "an interface endpoint with private DNS: TCP 443 to its interfaces, admitted by its group")
    func interfaceEndpoint() throws {
        let answer = try Self.ask(Self.network(), "sqs")
        #expect(answer.verdict == .reachable)
        #expect(answer.servicePaths == [.interfaceEndpoint("vpce.sqs")])
        #expect(answer.traffic == .tcp(PortRange(443)))
    }

    @Test("the endpoint's group must admit the workload")
    func endpointGroupMustAdmit() throws {
        var network = Self.network()
        network.snapshot.securityGroups[1].ingress = []
        let answer = try Self.ask(network, "sqs")
        #expect(answer.verdict == .unreachable)
        #expect(answer.blocking.first?.step == .securityGroupIngress)
    }

    @Test(
        "private DNS off: the name resolves to the public service, which this subnet cannot reach")
    func privateDNSOff() throws {
        let answer = try Self.ask(Self.network(privateDNS: false), "sqs")
        guard case .publicService(let reason) = answer.servicePaths.first else {
            Issue.record("expected the public path, got \(answer.servicePaths)")
            return
        }
        #expect(reason.contains("private DNS off"))
        #expect(answer.verdict == .unreachable)
        #expect(answer.fixes.first?.terraform.contains("aws_vpc_endpoint") == true)
    }

    @Test("a gateway endpoint: the prefix-list route, egress to its blocks, the ACL both ways")
    func gatewayEndpoint() throws {
        let answer = try Self.ask(Self.network(), "s3")
        #expect(answer.verdict == .reachable)
        #expect(answer.servicePaths == [.gatewayEndpoint("vpce.s3")])
    }

    @Test("a gateway endpoint not on the subnet's route table leaves no route to S3")
    func missingS3Route() throws {
        let answer = try Self.ask(Self.network(s3OnTable: false), "s3")
        #expect(answer.verdict == .unreachable)
        #expect(answer.blocking.contains { $0.code == "NO_ROUTE_TO_DESTINATION" })
    }

    @Test("an ACL that admits replies from one S3 block only is partial, naming the blocked block")
    func aclBlocksS3Ranges() throws {
        var network = Self.network()
        network.acl(
            "acl.app", subnets: ["subnet.app"],
            entries: [
                (.egress, 100, .allow, .tcp(PortRange(443)), "0.0.0.0/0"),
                (.ingress, 100, .allow, .tcp(.awsEphemeral), "52.218.0.0/17"),
            ])
        let answer = try Self.ask(network, "s3")
        #expect(answer.verdict == .partial)
        #expect(answer.failing.render() == ["tcp 10.0.1.10/32:1024-65535 → 3.5.64.0/21:443"])
        #expect(answer.fixes.first?.terraform.contains("cidr_block     = \"3.5.64.0/21\"") == true)
    }

    @Test("no endpoint and no way out: unreachable; with a NAT route, the public service")
    func publicService() throws {
        var network = Self.network()
        network.snapshot.vpcEndpoints.removeAll()
        #expect(try Self.ask(network, "logs").verdict == .unreachable)
        network.snapshot.gateways.append(
            Gateway(id: "nat", kind: .natGateway, provenance: TestNetwork.provenance("nat")))
        network.snapshot.routeTables[0].routes = [
            Route(
                destination: .cidr(.anyIPv4),
                target: RouteTarget(kind: .natGateway, reference: .resolved("nat")),
                declarations: [TestNetwork.provenance("rtb.app.route[0]")])
        ]
        let answer = try Self.ask(network, "logs")
        #expect(answer.verdict == .reachable)
        // With an ACL that admits only some public blocks, which ones the service uses
        // decides: unknown without AWS's ranges, never a guess.
        network.acl(
            "acl.app", subnets: ["subnet.app"],
            entries: [
                (.egress, 100, .allow, .tcp(PortRange(443)), "52.0.0.0/8"),
                (.ingress, 100, .allow, .tcp(.awsEphemeral), "0.0.0.0/0"),
            ])
        let partial = try Self.ask(network, "logs")
        #expect(partial.verdict == .unknown)
        #expect(partial.unknowns.contains { $0.attribute == "addresses" })
    }
}
