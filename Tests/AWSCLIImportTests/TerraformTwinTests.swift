import Foundation
import NetworkModel
import Reachability
import SnapshotImport
import Testing

/// `examples/mwaa-private-aws-cli/` is what the AWS CLI prints for the network of
/// `examples/mwaa-private/state.json`: both must describe the same network.
@Suite("The AWS CLI twin of mwaa-private agrees with its Terraform state")
struct TerraformTwinTests {
    static func load() throws -> (terraform: NetworkSnapshot, awsCLI: NetworkSnapshot) {
        (
            try SnapshotLoader.load([AWSCLIFixture.example("mwaa-private/state.json")]),
            try SnapshotLoader.load([AWSCLIFixture.example("mwaa-private-aws-cli")])
        )
    }

    /// An object's AWS id, for comparing references across the two snapshots.
    static func awsID(_ reference: Reference, in snapshot: NetworkSnapshot) -> String {
        guard let id = reference.objectID else { return reference.description }
        let ids: [(ObjectID, Knowable<String>?)] =
            snapshot.securityGroups.map { ($0.id, $0.awsID) }
            + snapshot.subnets.map { ($0.id, $0.awsID) }
            + snapshot.prefixLists.map { ($0.id, $0.awsID) }
            + snapshot.routeTables.map { ($0.id, $0.awsID) }
            + snapshot.vpcs.map { ($0.id, $0.awsID) }
        return ids.first { $0.0 == id }?.1?.value ?? id.rawValue
    }

    @Test("the same counts per kind, apart from the defaults AWS creates with the VPC")
    func counts() throws {
        let (terraform, awsCLI) = try Self.load()
        // The AWS CLI lists the VPC's default group, default ACL and main route table;
        // the Terraform state does not declare them (the model implies them).
        let defaultGroups = awsCLI.securityGroups.filter(\.isDefault)
        let defaultACLs = awsCLI.networkACLs.filter(\.isDefault)
        let mainTables = awsCLI.routeTables.filter(\.isMain)
        #expect(defaultGroups.count == 1 && defaultACLs.count == 1 && mainTables.count == 1)
        let adjustment: [String: Int] = [
            "security_groups": defaultGroups.count,
            "security_group_rules": defaultGroups.reduce(0) {
                $0 + $1.ingress.count + $1.egress.count
            },
            "network_acls": defaultACLs.count,
            "network_acl_entries": defaultACLs.reduce(0) { $0 + $1.entries.count },
            "route_tables": mainTables.count,
            "routes": mainTables.reduce(0) { $0 + $1.routes.count },
        ]
        for (kind, count) in terraform.counts {
            #expect(awsCLI.count(kind)! - adjustment[kind, default: 0] == count, "\(kind)")
        }
        #expect(awsCLI.count("iam_roles") == 1)
    }

    @Test("AWS's real defaults are the ones the model implies for the Terraform state")
    func defaults() throws {
        let (terraform, awsCLI) = try Self.load()
        let impliedACL = try #require(terraform.networkACLs.first { $0.isDefault })
        let realACL = try #require(awsCLI.networkACLs.first { $0.isDefault })
        #expect(impliedACL.isImplied && !realACL.isImplied)
        func entries(_ acl: NetworkACL) -> [String] {
            acl.entries.map {
                "\($0.direction) \($0.ruleNumber) \($0.action) \($0.traffic) \($0.cidr)"
            }
        }
        #expect(entries(impliedACL) == entries(realACL))
        let impliedGroup = try #require(terraform.securityGroups.first { $0.isDefault })
        let realGroup = try #require(awsCLI.securityGroups.first { $0.isDefault })
        #expect(impliedGroup.ingress.map(\.traffic) == realGroup.ingress.map(\.traffic))
        #expect(realGroup.ingress.map(\.peer) == [.securityGroup(.resolved(realGroup.id))])
        #expect(impliedGroup.egress.map(\.peer) == realGroup.egress.map(\.peer))
        #expect(awsCLI.routeTables.first { $0.isMain }?.routes.isEmpty == true)
    }

    @Test("each group, ACL, subnet and endpoint has the same rules and parts under its AWS id")
    func sameObjects() throws {
        let (terraform, awsCLI) = try Self.load()
        func rules(_ group: SecurityGroup, _ snapshot: NetworkSnapshot) -> Set<String> {
            Set(
                (group.ingress + group.egress).map { rule in
                    let peer: String =
                        switch rule.peer {
                        case .securityGroup(let reference), .prefixList(let reference):
                            Self.awsID(reference, in: snapshot)
                        default: rule.peer.description
                        }
                    return "\(rule.direction) \(rule.traffic) \(peer)"
                })
        }
        for group in terraform.securityGroups where !group.isImplied {
            let id = try #require(group.awsID?.value)
            let twin = try #require(awsCLI.securityGroup(ObjectID(id)))
            #expect(rules(group, terraform) == rules(twin, awsCLI), "\(id)")
            #expect(group.name == twin.name)
        }
        for acl in terraform.networkACLs where !acl.isImplied {
            let id = try #require(acl.awsID?.value)
            let twin = try #require(awsCLI.networkACLs.first { $0.id.rawValue == id })
            func entries(_ acl: NetworkACL) -> [String] {
                acl.entries.map {
                    "\($0.direction) \($0.ruleNumber) \($0.action) \($0.traffic) \($0.cidr)"
                }
            }
            #expect(entries(acl) == entries(twin), "\(id)")
            #expect(
                Set(acl.subnets.map { Self.awsID($0, in: terraform) })
                    == Set(twin.subnets.map { Self.awsID($0, in: awsCLI) }))
        }
        for subnet in terraform.subnets {
            let twin = try #require(awsCLI.subnet(ObjectID(subnet.awsID!.value!)))
            #expect(
                subnet.ipv4CIDR == twin.ipv4CIDR && subnet.availabilityZone == twin.availabilityZone
            )
            #expect(
                terraform.routeTable(forSubnet: subnet.id)?.table.awsID
                    == awsCLI.routeTable(forSubnet: twin.id)?.table.awsID)
        }
        for endpoint in terraform.vpcEndpoints {
            let id = try #require(endpoint.awsID?.value)
            let twin = try #require(awsCLI.vpcEndpoints.first { $0.id.rawValue == id })
            #expect(endpoint.type == twin.type && endpoint.serviceName == twin.serviceName)
            #expect(
                endpoint.policy == twin.policy
                    && endpoint.privateDNSEnabled == twin.privateDNSEnabled)
            #expect(endpoint.prefixListID == twin.prefixListID)
            for (left, right) in [
                (endpoint.subnets, twin.subnets), (endpoint.securityGroups, twin.securityGroups),
                (endpoint.routeTables, twin.routeTables),
            ] {
                #expect(
                    Set(left.map { Self.awsID($0, in: terraform) })
                        == Set(right.map { Self.awsID($0, in: awsCLI) }), "\(id)")
            }
        }
        let environment = try #require(terraform.workload("aws_mwaa_environment.analytics"))
        let twinEnvironment = try #require(awsCLI.workload("analytics"))
        #expect(environment.mwaa == twinEnvironment.mwaa)
        // The AWS CLI knows the environment's interfaces: its addresses are exact.
        #expect(twinEnvironment.privateIPs.count == 2 && environment.privateIPs.isEmpty)
        let cluster = try #require(terraform.workload("aws_redshift_cluster.main"))
        let twinCluster = try #require(awsCLI.workload("analytics-warehouse"))
        #expect(cluster.port == twinCluster.port)
        #expect(cluster.publiclyAccessible == twinCluster.publiclyAccessible)
    }

    @Test("the execution role has the same name, path, trust policy and inline policy")
    func sameRole() throws {
        let (terraform, awsCLI) = try Self.load()
        let role = try #require(terraform.iamRoles.first)
        let twin = try #require(awsCLI.iamRoles.first { $0.arn == role.arn })
        #expect(role.name == twin.name && role.path == twin.path)
        #expect(try Self.parsed(role.trustPolicy?.value) == Self.parsed(twin.trustPolicy?.value))
        #expect(role.policies.map(\.name) == twin.policies.map(\.name))
        for (policy, twinPolicy) in zip(role.policies, twin.policies) {
            #expect(
                try Self.parsed(policy.document.value) == Self.parsed(twinPolicy.document.value))
        }
        #expect(role.attachedPolicyARNs == twin.attachedPolicyARNs)
    }

    /// A policy document's JSON, parsed, so that key order and spacing do not matter.
    static func parsed(_ text: String?) throws -> NSDictionary {
        let data = try #require(text?.data(using: .utf8))
        return try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    struct Question: CustomTestStringConvertible, Sendable {
        let terraform: (from: String, to: String)
        let awsCLI: (from: String, to: String)
        var port: UInt16?
        var testDescription: String {
            "\(awsCLI.from) → \(awsCLI.to)\(port.map { " :\($0)" } ?? "")"
        }
    }

    static let environment = ("aws_mwaa_environment.analytics", "analytics")
    static let cluster = ("aws_redshift_cluster.main", "analytics-warehouse")

    /// The questions of `examples/mwaa-private/README.md`, in both snapshots' names.
    static let questions: [Question] =
        [
            Question(
                terraform: (environment.0, cluster.0), awsCLI: (environment.1, cluster.1)),
            Question(
                terraform: (environment.0, environment.0),
                awsCLI: (environment.1, environment.1), port: 5432),
            Question(
                terraform: (environment.0, #"aws_vpc_endpoint.interface["sqs"]"#),
                awsCLI: (environment.1, "vpce-082e39be8e0e403a9"), port: 443),
            Question(terraform: ("internet", cluster.0), awsCLI: ("internet", cluster.1)),
        ]
        + [
            "sqs", "s3", "airflow.api", "airflow.env", "airflow.ops", "logs", "monitoring",
            "ecr.api", "ecr.dkr", "kms",
        ].map {
            Question(
                terraform: (environment.0, "service:\($0)"),
                awsCLI: (environment.1, "service:\($0)"))
        }

    @Test("why gives the same verdict to the README's questions", arguments: questions)
    func sameVerdicts(question: Question) throws {
        let (terraform, awsCLI) = try Self.load()
        let port = question.port.map { PortRange($0) }
        let expected = try ReachabilityAnalyzer(snapshot: terraform).answer(
            ReachabilityQuestion(
                from: question.terraform.from, to: question.terraform.to, ports: port))
        let answer = try ReachabilityAnalyzer(snapshot: awsCLI).answer(
            ReachabilityQuestion(from: question.awsCLI.from, to: question.awsCLI.to, ports: port))
        #expect(answer.verdict == expected.verdict)
        #expect(answer.servicePaths.count == expected.servicePaths.count)
    }
}
