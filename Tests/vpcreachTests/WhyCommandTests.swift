import Foundation
import JSONSupport
import Testing

@testable import vpcreach

@Suite("vpcreach why")
struct WhyCommandTests {
    static let fixture = CommandLineTests.fixture

    @Test(
        "a partial answer exits 1 and shows passing and failing packets, the blocking rule and a fix"
    )
    func partialText() {
        let result = VPCReach.run([
            "why", Self.fixture, "--from", "aws_instance.bastion", "--to",
            "aws_redshift_cluster.dw",
        ])
        #expect(result.exitCode == 1)
        let output = result.standardOutput
        #expect(
            output.hasPrefix("PARTIAL: aws_instance.bastion → aws_redshift_cluster.dw, tcp 5439"))
        #expect(
            output.contains(
                "SUBNET_ACL_RESTRICTION at network-acl-outbound (forward): aws_network_acl.private")
        )
        #expect(output.contains("A packet that fails: tcp 10.0.1.10:1024 → 10.0.2.4:5439"))
        #expect(output.contains("resource \"aws_network_acl_rule\" \"private_out_110\""))
    }

    @Test("the JSON form has the documented keys")
    func json() throws {
        let result = VPCReach.run([
            "why", Self.fixture, "--from", "aws_instance.bastion", "--to",
            "aws_redshift_cluster.dw", "--format", "json",
        ])
        let root = try JSONParser.parse(Array(result.standardOutput.utf8)).root
        #expect(root["verdict"]?.string == "partial")
        #expect(root["protocol"]?.string == "tcp" && root["ports"]?.string == "5439")
        for key in ["from", "to", "hops", "blocking", "example", "fixes"] {
            #expect(root[key] != nil, "missing \(key)")
        }
        #expect(root["blocking"]?[0]?["code"]?.string == "SUBNET_ACL_RESTRICTION")
        #expect(root["blocking"]?[0]?["rule"]?["rule_number"]?.string == "*")
    }

    @Test(
        "a reachable flow exits 0; an address inside a subnet has unknown groups, so the answer is unknown"
    )
    func reachable() {
        let selfFlow = VPCReach.run([
            "why", Self.fixture, "--from", "aws_instance.bastion", "--to", "aws_instance.bastion",
            "--port", "443",
        ])
        #expect(selfFlow.exitCode == 0, "\(selfFlow.standardOutput)")
        #expect(selfFlow.standardOutput.hasPrefix("REACHABLE"))
        let toAddress = VPCReach.run([
            "why", Self.fixture, "--from", "aws_instance.bastion", "--to", "10.0.1.50", "--port",
            "443",
        ])
        #expect(toAddress.exitCode == 1)
        #expect(toAddress.standardOutput.hasPrefix("UNKNOWN"))
    }

    @Test(
        "usage and question errors exit 2",
        arguments: [
            ["why", fixture, "--from", "aws_instance.bastion"],
            ["why", fixture, "--from", "aws_instance.bastion", "--to", "aws_instance.nope"],
            [
                "why", fixture, "--from", "aws_instance.bastion", "--to", "aws_redshift_cluster.dw",
                "--port", "99999",
            ],
            [
                "why", fixture, "--from", "aws_instance.bastion", "--to", "aws_redshift_cluster.dw",
                "--protocol", "http",
            ],
            ["why", "--from", "a", "--to", "b"],
        ])
    func errors(arguments: [String]) {
        let result = VPCReach.run(arguments)
        #expect(result.exitCode == 2)
        #expect(!result.standardError.isEmpty)
    }
}

@Suite("vpcreach why --to service:NAME")
struct WhyServiceTests {
    static let root = CommandLineTests.packageRoot

    @Test(
        "with AWS's ranges the public path to SQS through NAT is decided; a bad ranges file exits 2"
    )
    func publicServiceWithRanges() throws {
        let example = Self.root.appendingPathComponent("examples/mwaa-public/state.json").path
        let ranges = Self.root.deletingLastPathComponent().appendingPathComponent(
            "shared/corpus/aws-ip-ranges/ip-ranges.json"
        ).path
        if FileManager.default.fileExists(atPath: ranges) {
            let result = VPCReach.run([
                "why", example, "--from", "aws_mwaa_environment.reporting", "--to", "service:sqs",
                "--aws-ip-ranges", ranges,
            ])
            #expect(result.exitCode == 0, "\(result.standardOutput)")
        }
        let bad = VPCReach.run([
            "why", example, "--from", "aws_mwaa_environment.reporting", "--to", "service:sqs",
            "--aws-ip-ranges", example,
        ])
        #expect(bad.exitCode == 2)
        #expect(bad.standardError.contains("ip-ranges.json"))
    }

    @Test("the service path is named in the output")
    func servicePath() {
        let example = Self.root.appendingPathComponent("examples/mwaa-private/state.json").path
        let result = VPCReach.run([
            "why", example, "--from", "aws_mwaa_environment.analytics", "--to", "service:s3",
        ])
        #expect(
            result.standardOutput.contains("Service path: gateway endpoint aws_vpc_endpoint.s3"))
    }
}

@Suite("Endpoint policies in why and policy")
struct EndpointPolicyCommandTests {
    static let example = CommandLineTests.packageRoot.appendingPathComponent(
        "examples/broken-endpoint-policy/plan.json"
    ).path
    static let role = "arn:aws:iam::111122223333:role/service-role/mwaa-analytics-exec"

    @Test("why --to service:s3 shows the gate and the statement that denies")
    func whyShowsTheDenyingStatement() throws {
        let result = VPCReach.run([
            "why", Self.example, "--from", "aws_mwaa_environment.analytics", "--to", "service:s3",
            "--format", "json",
        ])
        let root = try JSONParser.parse(Array(result.standardOutput.utf8)).root
        #expect(
            root["verdict"]?.string == "unreachable"
                && root["network_verdict"]?.string == "reachable")
        let gate = try #require(root["policy_gates"]?[0])
        #expect(gate["allowed"]?.bool == false)
        let denied =
            gate["requests"]?.array?.filter { $0["decision"]?.string == "explicitDeny" } ?? []
        #expect(denied.first?["statements"]?[0]?.string == "Statement[2] (Sid \"OnlyOurBuckets\")")
    }

    @Test("--as/--action/--resource replace MWAA's requests")
    func explicitRequest() {
        let result = VPCReach.run([
            "why", Self.example, "--from", "aws_mwaa_environment.analytics", "--to", "service:s3",
            "--as", Self.role, "--action", "s3:GetObject", "--resource",
            "arn:aws:s3:::airflow-analytics-111122223333-euw1/dags/a.py",
        ])
        #expect(result.exitCode == 0, "\(result.standardOutput)")
        let partial = VPCReach.run([
            "why", Self.example, "--from", "aws_mwaa_environment.analytics", "--to", "service:s3",
            "--as", Self.role,
        ])
        #expect(partial.exitCode == 2)
    }

    @Test("policy: allow exits 0, deny 1, a malformed document 2 with its place")
    func policyCommand() throws {
        let deny = VPCReach.run([
            "policy", "aws_vpc_endpoint.s3", "--input", Self.example, "--principal", Self.role,
            "--action", "s3:GetObject", "--resource",
            "arn:aws:s3:::prod-eu-west-1-starport-layer-bucket/layer",
        ])
        #expect(deny.exitCode == 1)
        #expect(deny.standardOutput.hasPrefix("DENY (explicit)"))
        #expect(deny.standardOutput.contains("OnlyOurBuckets"))
        let allow = VPCReach.run([
            "policy", "aws_vpc_endpoint.s3", "--input", Self.example, "--principal", Self.role,
            "--action", "s3:GetObject", "--resource",
            "arn:aws:s3:::airflow-analytics-111122223333-euw1/dags/a.py",
            "--format", "json",
        ])
        #expect(allow.exitCode == 0)
        #expect(
            try JSONParser.parse(Array(allow.standardOutput.utf8)).root["decision"]?.string
                == "allow")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vpcreach-policy-\(UUID()).json")
        try Data(
            #"{"Statement":[{"Effect":"allow","Action":"*","Resource":"*","Principal":"*"}]}"#.utf8
        ).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let malformed = VPCReach.run([
            "policy", file.path, "--principal", Self.role, "--action", "s3:GetObject", "--resource",
            "arn:aws:s3:::b/k",
        ])
        #expect(malformed.exitCode == 2)
        #expect(malformed.standardError.contains("Statement[0].Effect"))
    }
}

@Suite("Every service MWAA needs, on the private example")
struct MWAAServicesTests {
    static let services = [
        "airflow.api", "airflow.env", "airflow.ops", "sqs", "logs", "monitoring", "ecr.api",
        "ecr.dkr", "kms", "s3",
    ]

    @Test("reachable, with the endpoint policy gate evaluated and allowing", arguments: services)
    func reachableWithGate(service: String) throws {
        let example = CommandLineTests.packageRoot.appendingPathComponent(
            "examples/mwaa-private/state.json"
        ).path
        let result = VPCReach.run([
            "why", example, "--from", "aws_mwaa_environment.analytics", "--to",
            "service:\(service)", "--format", "json",
        ])
        let root = try JSONParser.parse(Array(result.standardOutput.utf8)).root
        #expect(root["verdict"]?.string == "reachable")
        #expect(root["policy_gates"]?.array?.count == 1)
        #expect(root["policy_gates"]?[0]?["allowed"]?.bool == true)
    }
}
