import NetworkModel
import SnapshotImport
import Testing

@Suite("Single-call AWS CLI files from the corpus")
struct FixtureImportTests {
    /// What one corpus file holds, counted independently of the importer (by reading the
    /// JSON: one security group rule per peer of each permission; network ACL entries
    /// without AWS's `*` deny, which the model implies).
    struct Expected: CustomTestStringConvertible, Sendable {
        let file: String
        var counts: [String: Int]
        var testDescription: String { file }
    }

    static let table: [Expected] = [
        Expected(
            file: "batfish__networks-hybrid-cloud-aws-us-west-2__NetworkAcls.json",
            counts: ["network_acls": 4, "network_acl_entries": 8]),
        Expected(
            file: "batfish__networks-hybrid-cloud-aws-us-west-2__SecurityGroups.json",
            counts: ["security_groups": 11, "security_group_rules": 43]),
        Expected(
            file: "batfish__repr-aws__NetworkAclIcmpTest.json",
            counts: ["network_acls": 1, "network_acl_entries": 2]),
        Expected(
            file: "batfish__repr-aws__NetworkAclTest.json",
            counts: ["network_acls": 1, "network_acl_entries": 2]),
        Expected(
            file: "batfish__repr-aws__NetworkAclV6Test.json",
            counts: ["network_acls": 1, "network_acl_entries": 1]),
        Expected(file: "batfish__repr-aws__PrefixListTest.json", counts: ["prefix_lists": 1]),
        // The one route is the local route of a VPC that is not in the file: kept.
        Expected(
            file: "batfish__repr-aws__RouteTableTest.json",
            counts: ["route_tables": 1, "routes": 1]),
        // 12 groups in the file, but three share the id sg-0de0ddfa8a5a12348: the first
        // is used and the others are noted.
        Expected(
            file: "batfish__repr-aws__SecurityGroupTest.json",
            counts: ["security_groups": 10, "security_group_rules": 20]),
        // vpce-0d4dd62ef8577fa8e appears twice (available, then pending): noted.
        Expected(file: "batfish__repr-aws__VpcEndpointTest.json", counts: ["vpc_endpoints": 2]),
        Expected(
            file: "cloudmapper__account-data-demo-us-east-1__ec2-describe-security-groups.json",
            counts: ["security_groups": 8, "security_group_rules": 19]),
        Expected(
            file: "cloudmapper__account-data-demo-us-east-1__ec2-describe-subnets.json",
            counts: ["subnets": 4]),
        Expected(
            file: "cloudmapper__account-data-demo-us-east-1__ec2-describe-vpc-endpoints.json",
            counts: ["vpc_endpoints": 2]),
    ]

    @Test("each file imports with the objects and rules it holds", arguments: table)
    func counts(expected: Expected) throws {
        guard let path = AWSCLIFixture.corpus("fixtures/\(expected.file)") else { return }
        let snapshot = try AWSCLIImporter.load([path])
        for (kind, count) in expected.counts {
            #expect(snapshot.count(kind) == count, "\(kind)")
        }
        let others = snapshot.counts.filter { expected.counts[$0.kind] == nil && $0.count > 0 }
        #expect(others.isEmpty, "unexpected objects: \(others)")
        #expect(snapshot.unsupportedResources.isEmpty)
    }

    @Test("duplicate ids are noted, not silently merged")
    func duplicates() throws {
        guard let path = AWSCLIFixture.corpus("fixtures/batfish__repr-aws__SecurityGroupTest.json")
        else { return }
        let snapshot = try AWSCLIImporter.load([path])
        let notes = snapshot.notes.filter { $0.address == "sg-0de0ddfa8a5a12348" }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.message.contains("different contents") })
    }

    @Test("ports AWS would reject make a rule's traffic unknown, not a guess")
    func invalidPortRanges() throws {
        guard let path = AWSCLIFixture.corpus("fixtures/batfish__repr-aws__SecurityGroupTest.json")
        else { return }
        let snapshot = try AWSCLIImporter.load([path])
        for id in ["sg-0de0ddfa8a5a12345", "sg-0de0ddfa8a5a12346"] {
            let group = try #require(snapshot.securityGroups.first { $0.id.rawValue == id })
            #expect(group.ingress.count == 1)
            #expect(group.ingress.first?.traffic.unknown != nil)
        }
        let halfOpen = try #require(
            snapshot.securityGroups.first { $0.id.rawValue == "sg-0089111f50bb7d828" })
        #expect(halfOpen.ingress.first?.traffic == .known(.tcp(PortRange(0, 22))))
    }

    @Test("ICMP entries keep their type and code; AWS's * entries are not doubled")
    func icmpEntries() throws {
        guard let path = AWSCLIFixture.corpus("fixtures/batfish__repr-aws__NetworkAclIcmpTest.json")
        else { return }
        let acl = try #require(try AWSCLIImporter.load([path]).networkACLs.first { !$0.isImplied })
        #expect(
            acl.entries.map(\.traffic) == [
                .known(.icmp(.any)), .known(.icmp(ICMPMatch(type: 0, code: 1))),
            ])
        #expect(!acl.entries.contains { $0.ruleNumber == .final })
    }

    @Test("a gateway endpoint and an interface endpoint keep their parts and policy")
    func endpoints() throws {
        guard
            let path = AWSCLIFixture.corpus(
                "fixtures/cloudmapper__account-data-demo-us-east-1__ec2-describe-vpc-endpoints.json"
            )
        else { return }
        let snapshot = try AWSCLIImporter.load([path])
        let gateway = try #require(
            snapshot.vpcEndpoints.first { $0.id.rawValue == "vpce-00000000000000001" })
        #expect(gateway.type == .gateway && gateway.shortServiceName == "s3")
        #expect(gateway.routeTables.count == 1)
        #expect(gateway.policy?.value?.contains("\"Effect\":\"Allow\"") == true)
        let interface = try #require(
            snapshot.vpcEndpoints.first { $0.id.rawValue == "vpce-00000000000000002" })
        #expect(interface.type == .interface && interface.privateDNSEnabled)
        #expect(interface.subnets.count == 1 && interface.securityGroups.count == 1)
    }
}
