import NetworkModel
import Reachability
import SnapshotImport
import Testing

@Suite("Batfish's snapshots answer as the scenario each was built for")
struct ScenarioReachabilityTests {
    struct Flow: CustomTestStringConvertible, Sendable {
        let snapshot: String
        let from: String
        let to: String
        var ipProtocol: IPProtocol = .tcp
        var port: UInt16?
        let verdict: Verdict
        /// Why the flow must be so, read from the snapshot's files.
        let because: String
        var testDescription: String {
            "\(snapshot): \(from) → \(to)\(port.map { " :\($0)" } ?? "") is \(verdict)"
        }
    }

    /// An address on the internet (TEST-NET-2).
    static let outside = "198.51.100.7"

    static let flows: [Flow] = [
        // test-public-subnet: one instance with a public IP in a subnet routed to an IGW.
        Flow(
            snapshot: "test-public-subnet", from: outside, to: "i-06669a407b2ef3ae5", port: 22,
            verdict: .reachable,
            because:
                "launch-wizard-1 admits 22 from 0.0.0.0/0; public IP; 0.0.0.0/0 → igw; default ACL"),
        Flow(
            snapshot: "test-public-subnet", from: outside, to: "i-06669a407b2ef3ae5", port: 80,
            verdict: .unreachable, because: "launch-wizard-1 admits only tcp 22"),
        Flow(
            snapshot: "test-public-subnet", from: "i-06669a407b2ef3ae5", to: outside, port: 443,
            verdict: .reachable, because: "egress all; public IP; route to the igw"),
        // test-public-private-subnet: a public and a private instance.
        Flow(
            snapshot: "test-public-private-subnet", from: outside, to: "i-094a9e5b545a4fde4",
            port: 22, verdict: .reachable,
            because:
                "public subnet (rtb-0d20… 0.0.0.0/0 → igw), public IP 13.58.55.60, group admits 22"),
        Flow(
            snapshot: "test-public-private-subnet", from: outside, to: "i-094a9e5b545a4fde4",
            port: 3389, verdict: .unreachable, because: "launch-wizard-2 admits only tcp 22"),
        Flow(
            snapshot: "test-public-private-subnet", from: outside, to: "i-099cf38911942421c",
            port: 22, verdict: .unreachable,
            because: "the private instance has no public IP and its subnet no route to the igw"),
        Flow(
            snapshot: "test-public-private-subnet", from: "i-094a9e5b545a4fde4",
            to: "i-099cf38911942421c", port: 22, verdict: .reachable,
            because: "local route; launch-wizard-3 admits 22 from anywhere; default ACL"),
        Flow(
            snapshot: "test-public-private-subnet", from: "i-099cf38911942421c", to: outside,
            port: 443, verdict: .unknown,
            because: "the main table sends 0.0.0.0/0 to a VPN gateway: beyond it is not modeled"),
        // test-subnet: two instances in one subnet, no gateway.
        Flow(
            snapshot: "test-subnet", from: "i-08ef86e76fceabd8d", to: "i-07519d6ba3f9497e4",
            port: 22, verdict: .reachable, because: "same subnet; launch-wizard-1 admits 22"),
        Flow(
            snapshot: "test-subnet", from: "i-08ef86e76fceabd8d", to: "i-07519d6ba3f9497e4",
            port: 80, verdict: .unreachable, because: "launch-wizard-1 admits only tcp 22"),
        Flow(
            snapshot: "test-subnet", from: outside, to: "i-07519d6ba3f9497e4", port: 22,
            verdict: .unreachable, because: "no internet gateway, no public IP"),
        // test-nat-gateway: a jump host in the public subnet, test1 behind the NAT gateway,
        // test20 on the main table (local routes only).
        Flow(
            snapshot: "test-nat-gateway", from: "i-0a128d26e59be60f3", to: outside, port: 443,
            verdict: .reachable,
            because:
                "rtb-02fe… 0.0.0.0/0 → nat-07ab…, which sits in the public subnet routed to the igw"
        ),
        Flow(
            snapshot: "test-nat-gateway", from: "i-0a73a1a6021c03ddb", to: outside, port: 443,
            verdict: .unreachable, because: "test20's subnet uses the main table: local routes only"
        ),
        Flow(
            snapshot: "test-nat-gateway", from: outside, to: "i-0a128d26e59be60f3", port: 22,
            verdict: .unreachable, because: "a NAT gateway does not admit connections from outside"),
        Flow(
            snapshot: "test-nat-gateway", from: outside, to: "i-0b31b509174d7f5de", port: 22,
            verdict: .reachable,
            because: "the jump host has a public IP; its ACL's rule 200 admits all; group admits 22"
        ),
        Flow(
            snapshot: "test-nat-gateway", from: "i-0b31b509174d7f5de", to: "i-0a73a1a6021c03ddb",
            port: 22, verdict: .reachable, because: "local route; the group admits 22 from anywhere"
        ),
        // test-vpc-peering: VPC A peers with B and with C, which share 192.168.0.0/16.
        Flow(
            snapshot: "test-vpc-peering", from: "i-06ba034d88c84ef07", to: "i-0b14080af811fda3d",
            port: 22, verdict: .reachable,
            because:
                "A routes 192.168.1.0/24 and B routes 10.10.0.0/16 over pcx-0b89…; B's group admits 22"
        ),
        Flow(
            snapshot: "test-vpc-peering", from: "i-06ba034d88c84ef07", to: "i-04a292ff83b3aa833",
            port: 22, verdict: .reachable,
            because: "A routes 192.168.2.0/24 and C routes 10.10.0.0/16 over pcx-0d5b…"),
        Flow(
            snapshot: "test-vpc-peering", from: "i-0b14080af811fda3d", to: "i-06ba034d88c84ef07",
            port: 22, verdict: .reachable, because: "the peering works both ways"),
        Flow(
            snapshot: "test-vpc-peering", from: "i-06ba034d88c84ef07", to: "i-0b14080af811fda3d",
            port: 80, verdict: .unreachable, because: "B's group admits only tcp 22"),
        Flow(
            snapshot: "test-vpc-peering", from: "i-0b14080af811fda3d", to: "i-04a292ff83b3aa833",
            port: 22, verdict: .unreachable,
            because: "peering is not transitive; C's address is inside B's own block (local)"),
        // test-vpc-peering-multi-account: one VPC per account, peered.
        Flow(
            snapshot: "test-vpc-peering-multi-account", from: "i-07ae69cc808e8804e",
            to: "i-066ce0b1efbb5602c", port: 22, verdict: .reachable,
            because: "10.2.0.0/16 and 10.1.0.0/16 routed over pcx-0040…; fish_sg admits 22"),
        Flow(
            snapshot: "test-vpc-peering-multi-account", from: "i-066ce0b1efbb5602c",
            to: "i-07ae69cc808e8804e", ipProtocol: .udp, port: 33434, verdict: .reachable,
            because: "bat_sg admits udp 33434-33534 (traceroute)"),
        Flow(
            snapshot: "test-vpc-peering-multi-account", from: "i-07ae69cc808e8804e",
            to: "i-066ce0b1efbb5602c", port: 80, verdict: .unreachable,
            because: "fish_sg admits tcp 22 only"),
        // test-vpc-endpoint-gateway: an S3 gateway endpoint on both subnets' tables.
        Flow(
            snapshot: "test-vpc-endpoint-gateway", from: "i-01c6c0647fdccc89e", to: "service:s3",
            verdict: .reachable,
            because:
                "the private subnet's table has the pl-63a5400a route to vpce-0b73…; ACL 1000 allows all"
        ),
        Flow(
            snapshot: "test-vpc-endpoint-gateway", from: "i-01c6c0647fdccc89e", to: outside,
            port: 443, verdict: .unreachable, because: "the private subnet has no route to the igw"),
        Flow(
            snapshot: "test-vpc-endpoint-gateway", from: "i-01c6c0647fdccc89e",
            to: "service:dynamodb", verdict: .unreachable,
            because: "no DynamoDB endpoint and no internet route from the private subnet"),
        // test-vpc-endpoint-interface: a CloudTrail interface endpoint, private DNS on.
        Flow(
            snapshot: "test-vpc-endpoint-interface", from: "i-0a0fbd0cfa774970f",
            to: "service:cloudtrail", verdict: .reachable,
            because: "the endpoint's interface is in the same subnet; testing_sg admits 443"),
        Flow(
            snapshot: "test-vpc-endpoint-interface", from: "i-0eb6eb395a0d09117",
            to: "service:cloudtrail", verdict: .reachable,
            because: "private DNS sends the public subnet's instance to the endpoint too"),
        Flow(
            snapshot: "test-vpc-endpoint-interface", from: "i-0a0fbd0cfa774970f",
            to: "vpce-083c683a6be29b889", port: 80, verdict: .unreachable,
            because: "testing_sg admits 22, 443, ICMP echo and traceroute, not 80"),
        Flow(
            snapshot: "test-vpc-endpoint-interface", from: "i-0a0fbd0cfa774970f", to: outside,
            port: 443, verdict: .unreachable, because: "the private subnet has no route to the igw"),
    ]

    @Test("flows that must pass pass, flows that must not do not", arguments: flows)
    func flow(flow: Flow) throws {
        guard let folder = AWSCLIFixture.corpus("batfish/\(flow.snapshot)") else { return }
        let snapshot = try AWSCLIImporter.load([folder])
        let answer = try ReachabilityAnalyzer(snapshot: snapshot).answer(
            ReachabilityQuestion(
                from: flow.from, to: flow.to, ipProtocol: flow.ipProtocol,
                ports: flow.port.map { PortRange($0) }))
        #expect(answer.verdict == flow.verdict, "\(flow.because)")
    }
}
