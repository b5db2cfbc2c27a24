import Checks
import NetworkModel
import Reachability
import Testing

@Suite("Service access through the endpoint policy gate")
struct ServiceAccessTests {
    /// An MWAA environment in one subnet with an SQS interface endpoint whose policy is `policy`.
    static func snapshot(policy: Knowable<String>?) throws -> NetworkSnapshot {
        func provenance(_ address: String) -> Provenance {
            Provenance(file: "test", address: address)
        }
        var snapshot = NetworkSnapshot(
            vpcs: [
                VPC(
                    id: "vpc", awsID: .known("vpc-1"), ipv4CIDRs: [.known(try CIDR("10.0.0.0/16"))],
                    provenance: provenance("vpc"))
            ],
            subnets: [
                Subnet(
                    id: "subnet", vpc: .resolved("vpc"), ipv4CIDR: .known(try CIDR("10.0.1.0/24")),
                    provenance: provenance("subnet"))
            ],
            securityGroups: [
                SecurityGroup(
                    id: "sg", vpc: .resolved("vpc"),
                    ingress: [
                        SecurityGroupRule(
                            direction: .ingress, traffic: .known(.all),
                            peer: .securityGroup(.resolved("sg")),
                            declarations: [provenance("sg.in")])
                    ],
                    egress: [
                        SecurityGroupRule(
                            direction: .egress, traffic: .known(.all), peer: .cidr(.anyIPv4),
                            declarations: [provenance("sg.out")])
                    ],
                    provenance: provenance("sg"))
            ],
            vpcEndpoints: [
                VPCEndpoint(
                    id: "vpce.sqs", awsID: .known("vpce-1"), vpc: .resolved("vpc"),
                    type: .interface,
                    serviceName: .known("com.amazonaws.eu-west-1.sqs"),
                    subnets: [.resolved("subnet")],
                    securityGroups: [.resolved("sg")], privateDNSEnabled: true, policy: policy,
                    provenance: provenance("vpce.sqs"))
            ],
            workloads: [
                Workload(
                    id: "env", kind: .mwaaEnvironment, name: "env", subnets: [.resolved("subnet")],
                    securityGroups: [.resolved("sg")],
                    mwaa: MWAAEnvironmentSettings(
                        executionRoleARN: .known(
                            "arn:aws:iam::111122223333:role/service-role/exec"),
                        sourceBucketARN: .known("arn:aws:s3:::dags")),
                    provenance: provenance("env"))
            ])
        snapshot.addImpliedDefaults()
        return snapshot
    }

    static func ask(_ policy: Knowable<String>?) throws -> ServiceAccessAnswer {
        try ServiceAccessAnalyzer(snapshot: snapshot(policy: policy)).answer(
            ReachabilityQuestion(from: "env", to: "service:sqs"))
    }

    @Test("the default full-access policy lets MWAA's requests through")
    func defaultPolicy() throws {
        let answer = try Self.ask(nil)
        #expect(answer.verdict == .reachable)
        #expect(answer.gates.first?.policySource == "default full-access policy")
        #expect(answer.gates.first?.checks.count == 6)
    }

    @Test("a policy pinning the resource account denies the MWAA-owned queue")
    func resourceAccountPinned() throws {
        let policy =
            #"{"Version":"2012-10-17","Statement":[{"Sid":"Own","Effect":"Allow","Principal":"*","Action":"sqs:*","Resource":"*","Condition":{"StringEquals":{"aws:ResourceAccount":"111122223333"}}}]}"#
        let answer = try Self.ask(.known(policy))
        #expect(answer.network.verdict == .reachable)
        #expect(answer.verdict == .unreachable)
        #expect(answer.gates.first?.denied.count == 6)
    }

    @Test("a policy known only after apply makes the answer unknown; a malformed one is reported")
    func unknownAndMalformed() throws {
        let unknown = try Self.ask(.unknown(UnknownValue(address: "vpce.sqs", attribute: "policy")))
        #expect(unknown.verdict == .unknown)
        let malformed = try Self.ask(.known(#"{"Statement":[{"Effect":"allow"}]}"#))
        #expect(malformed.verdict == .unknown)
        #expect(malformed.gates.first?.problem?.contains("cannot be read") == true)
    }

    @Test(
        "asked again through the same endpoint, one analyzer gives the same gate, read or not",
        arguments: [
            #"{"Version":"2012-10-17","Statement":[{"Sid":"Own","Effect":"Allow","Principal":"*","Action":"sqs:*","Resource":"*","Condition":{"StringEquals":{"aws:ResourceAccount":"111122223333"}}}]}"#,
            #"{"Statement":[{"Effect":"allow"}]}"#,
        ])
    func askedTwice(policy: String) throws {
        let analyzer = ServiceAccessAnalyzer(snapshot: try Self.snapshot(policy: .known(policy)))
        let question = ReachabilityQuestion(from: "env", to: "service:sqs")
        let (first, second) = (try analyzer.answer(question), try analyzer.answer(question))
        #expect(first.verdict == second.verdict)
        #expect(first.gates.map(\.problem) == second.gates.map(\.problem))
        #expect(first.gates.map(\.denied.count) == second.gates.map(\.denied.count))
        #expect(first.gates.map(\.endpoint) == (try Self.ask(.known(policy))).gates.map(\.endpoint))
    }
}
