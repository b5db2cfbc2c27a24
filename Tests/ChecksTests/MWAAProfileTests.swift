import Checks
import NetworkModel
import Testing

/// The MWAA profile's rules, each pinned by changing one thing in the mwaa-private example.
@Suite("The MWAA profile's rules")
struct MWAAProfileTests {
    let good: NetworkSnapshot

    init() throws { good = try CheckFixture.example("mwaa-private") }

    @Test("two subnets in one availability zone are an mwaa-subnets error")
    func oneZone() {
        var snapshot = good
        CheckFixture.change(&snapshot.subnets, where: { $0.id == "aws_subnet.mwaa_b" }) {
            $0.availabilityZone = .known("eu-west-1a")
        }
        let findings = CheckFixture.findings("mwaa-subnets", snapshot)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.contains("eu-west-1a") == true)
    }

    @Test("one subnet is an mwaa-subnets error")
    func oneSubnet() {
        var snapshot = good
        CheckFixture.change(&snapshot.workloads, where: { $0.kind == .mwaaEnvironment }) {
            $0.subnets.removeLast()
        }
        let findings = CheckFixture.findings("mwaa-subnets", snapshot)
        #expect(findings.map(\.message).contains { $0.contains("has 1 subnet;") })
    }

    @Test("a zone known only after apply is an unknown-value warning, an error with --unknown fail")
    func unknownZone() {
        var snapshot = good
        CheckFixture.change(&snapshot.subnets, where: { $0.id == "aws_subnet.mwaa_b" }) {
            $0.availabilityZone = .unknown(
                UnknownValue(address: "aws_subnet.mwaa_b", attribute: "availability_zone"))
        }
        let warning = CheckFixture.findings("unknown-value", snapshot)
        #expect(warning.map(\.severity) == [.warning])
        #expect(warning.first?.evidence.details.first?.contains("availability_zone") == true)
        let error = CheckFixture.findings(
            "unknown-value", snapshot, CheckOptions(unknownIsError: true))
        #expect(error.map(\.severity) == [.error])
    }

    @Test("a subnet routing to an internet gateway is an mwaa-private-subnets error")
    func publicSubnet() throws {
        var snapshot = good
        CheckFixture.change(&snapshot.routeTables, where: { $0.id == "aws_route_table.private" }) {
            $0.routes.append(
                Route(
                    destination: .cidr(.anyIPv4),
                    target: RouteTarget(kind: .internetGateway, reference: .resolved("igw")),
                    declarations: [Provenance(file: "test", address: "aws_route.to_igw")]))
        }
        let findings = CheckFixture.findings("mwaa-private-subnets", snapshot)
        #expect(findings.count == 2)
        #expect(
            Set(findings.map { $0.resources[1].address }) == [
                "aws_subnet.mwaa_a", "aws_subnet.mwaa_b",
            ])
    }

    @Test("private DNS off on the logs endpoint is an mwaa-vpc-endpoints error")
    func privateDNSOff() {
        var snapshot = good
        CheckFixture.change(
            &snapshot.vpcEndpoints, where: { $0.id == "aws_vpc_endpoint.interface[\"logs\"]" }
        ) { $0.privateDNSEnabled = false }
        let findings = CheckFixture.findings("mwaa-vpc-endpoints", snapshot)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("private DNS off") == true)
        // The service path then goes to the public service, which private routing cannot reach.
        #expect(
            CheckFixture.findings("mwaa-service-path", snapshot).map { $0.resources.last?.address }
                == ["service:logs"])
    }

    @Test("an endpoint missing one subnet's zone is an mwaa-vpc-endpoints error naming the zone")
    func endpointZone() {
        var snapshot = good
        CheckFixture.change(
            &snapshot.vpcEndpoints, where: { $0.id == "aws_vpc_endpoint.interface[\"kms\"]" }
        ) { $0.subnets = [.resolved("aws_subnet.mwaa_a")] }
        let findings = CheckFixture.findings("mwaa-vpc-endpoints", snapshot)
        #expect(findings.map(\.message).contains { $0.contains("eu-west-1b") })
    }

    @Test("without a customer key a missing kms endpoint is only a note")
    func kmsNote() {
        var snapshot = good
        snapshot.vpcEndpoints.removeAll { $0.id == "aws_vpc_endpoint.interface[\"kms\"]" }
        CheckFixture.change(&snapshot.workloads, where: { $0.kind == .mwaaEnvironment }) {
            $0.mwaa?.kmsKey = nil
        }
        let findings = CheckFixture.findings("mwaa-vpc-endpoints", snapshot)
        #expect(findings.map(\.severity) == [.note])
    }

    @Test("the S3 gateway endpoint off the subnets' route table is an mwaa-vpc-endpoints error")
    func gatewayNotAssociated() {
        var snapshot = good
        CheckFixture.change(&snapshot.vpcEndpoints, where: { $0.id == "aws_vpc_endpoint.s3" }) {
            $0.routeTables = []
        }
        let findings = CheckFixture.findings("mwaa-vpc-endpoints", snapshot)
        #expect(findings.count == 1)
        #expect(
            findings.first?.fixes.first?.terraform?.contains(
                "aws_vpc_endpoint_route_table_association") == true)
    }

    @Test(
        "a group not admitting itself on 5432 is an mwaa-self-reference error with the rule to add")
    func selfReference() {
        var snapshot = good
        CheckFixture.change(&snapshot.securityGroups, where: { $0.id == "aws_security_group.mwaa" })
        {
            $0.ingress.removeAll { $0.traffic == .known(.tcp(PortRange(5432))) }
        }
        let findings = CheckFixture.findings("mwaa-self-reference", snapshot)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("TCP 5432") == true)
        let fix = findings.first?.fixes.first?.terraform ?? ""
        #expect(fix.contains("referenced_security_group_id = aws_security_group.mwaa.id"))
        // The metadata database is then unreachable: the flow check says so too.
        #expect(CheckFixture.findings("mwaa-metadata-db", snapshot).count == 1)
    }

    @Test("a web-server client network without a path is an mwaa-webserver error")
    func webServerClients() throws {
        let options = CheckOptions(webserverClients: [try CIDR("192.168.0.0/16")])
        let findings = CheckFixture.findings("mwaa-webserver", good, options)
        #expect(findings.count == 1)
        #expect(findings.first?.resources.last?.address == "192.168.0.0/16")
    }

    @Test("an execution policy granting every action is an mwaa-execution-role warning")
    func executionRoleStar() {
        var snapshot = good
        CheckFixture.change(&snapshot.iamRoles, where: { _ in true }) {
            $0.policies[0].document = .known(
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
            )
        }
        let findings = CheckFixture.findings("mwaa-execution-role", snapshot)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.contains("every action") == true)
    }

    @Test("an execution policy without the SQS actions is an mwaa-execution-role warning")
    func executionRoleMissing() {
        var snapshot = good
        CheckFixture.change(&snapshot.iamRoles, where: { _ in true }) {
            $0.policies[0].document = .known(
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cloudwatch:PutMetricData","Resource":"*"}]}"#
            )
        }
        let findings = CheckFixture.findings("mwaa-execution-role", snapshot)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("sqs:SendMessage") == true)
    }

    @Test("a trust policy without source conditions is an mwaa-trust-policy warning")
    func trustWithoutConditions() {
        var snapshot = good
        CheckFixture.change(&snapshot.iamRoles, where: { _ in true }) {
            $0.trustPolicy = .known(
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["airflow.amazonaws.com","airflow-env.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#
            )
        }
        let findings = CheckFixture.findings("mwaa-trust-policy", snapshot)
        #expect(findings.count == 1)
        #expect(
            findings.first?.evidence.details.contains { $0.contains("another account") } == true)
    }

    @Test("a trust policy for one service principal only is an mwaa-trust-policy warning")
    func trustOneService() {
        var snapshot = good
        CheckFixture.change(&snapshot.iamRoles, where: { _ in true }) {
            $0.trustPolicy = .known(
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"airflow.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}]}"#
            )
        }
        let findings = CheckFixture.findings("mwaa-trust-policy", snapshot)
        #expect(
            findings.first?.evidence.details.contains {
                $0.hasPrefix("airflow-env.amazonaws.com cannot")
            } == true)
    }
}
