import BenchmarkSupport
import Checks
import NetworkModel
import SnapshotImport
import Testing

/// Many resources that each add one part to the same object — routes to one table,
/// associations to one ACL, attachments to one role — import with each part once, in
/// input order. Each of these once cost n² steps (20,000 parts took from 4 s to over a
/// minute in a release build); `vpcreach-bench --repeated N` times them now.
@Suite("Many resources adding to one object import with each part once, in order")
struct HostileRepetitionTests {
    static let count = 5_000

    static func snapshot(_ part: RepeatedPart, count: Int = count) throws -> NetworkSnapshot {
        let generator = RepeatedPartsGenerator(part: part, count: count)
        return try TerraformImporter.load(bytes: generator.generate(), file: "hostile.json")
    }

    /// `TYPE.part[i]` for the first `count` parts.
    static func parts(_ type: String, count: Int = count) -> [String] {
        (0..<count).map { "\(type).part[\($0)]" }
    }

    static var halfCount: Int { (count + 1) / 2 }

    static func table(_ snapshot: NetworkSnapshot) throws -> RouteTable {
        try #require(snapshot.routeTables.first { $0.awsID?.value == "rtb-1" })
    }

    @Test("n separate routes to distinct destinations: n routes in input order")
    func distinctRoutes() throws {
        let table = try Self.table(try Self.snapshot(.distinctRoutes))
        #expect(
            table.routes.map(\.destination.description)
                == (0..<Self.count).map(RepeatedPartsGenerator.block))
    }

    @Test("n separate routes to one destination: one route citing each in input order")
    func sameRoute() throws {
        let table = try Self.table(try Self.snapshot(.sameRoute))
        #expect(table.routes.count == 1)
        #expect(table.routes.first?.declarations.map(\.address) == Self.parts("aws_route"))
    }

    @Test(
        "one rule declared by n separate resources and n inline blocks: one rule citing each once, separate resources first",
        arguments: [1, 4, 5, count])
    func sameRule(declarationsOfEachKind count: Int) throws {
        let snapshot = try Self.snapshot(.sameRule, count: count)
        let group = try #require(snapshot.securityGroups.first { $0.awsID?.value == "sg-1" })
        #expect(group.ingress.count == 1)
        let inline = (0..<count).map { "aws_security_group.main.ingress[\($0)]" }
        #expect(
            group.ingress.first?.declarations.map(\.qualifiedName)
                == Self.parts("aws_security_group_rule", count: count) + inline)
    }

    @Test("n separate ACL rules with one number and contents: one entry citing each in order")
    func sameEntry() throws {
        let snapshot = try Self.snapshot(.sameEntry)
        let acl = try #require(snapshot.networkACLs.first { $0.awsID?.value == "acl-1" })
        #expect(acl.entries.count == 1)
        #expect(
            acl.entries.first?.declarations.map(\.address) == Self.parts("aws_network_acl_rule"))
        #expect(snapshot.notes.isEmpty)
    }

    @Test("n subnets associated with one ACL and one route table: each listed once, in order")
    func subnetAssociations() throws {
        let snapshot = try Self.snapshot(.subnetAssociations)
        let acl = try #require(snapshot.networkACLs.first { $0.awsID?.value == "acl-1" })
        #expect(acl.subnets.compactMap(\.objectID?.rawValue) == Self.parts("aws_subnet"))
        let table = try Self.table(snapshot)
        #expect(table.subnets.compactMap(\.objectID?.rawValue) == Self.parts("aws_subnet"))
    }

    @Test("n endpoint associations, groups named twice: each subnet and group once, in order")
    func endpointAssociations() throws {
        let snapshot = try Self.snapshot(.endpointAssociations)
        let endpoint = try #require(snapshot.vpcEndpoints.first { $0.awsID?.value == "vpce-1" })
        #expect(endpoint.subnets.compactMap(\.objectID?.rawValue) == Self.parts("aws_subnet"))
        #expect(
            endpoint.securityGroups.compactMap(\.objectID?.rawValue)
                == Self.parts("aws_security_group", count: Self.halfCount))
    }

    @Test("n CIDR associations and prefix list entries, each block twice: each block once")
    func blocks() throws {
        let snapshot = try Self.snapshot(.blocks)
        let blocks = (0..<Self.halfCount).map(RepeatedPartsGenerator.block)
        let vpc = try #require(snapshot.vpcs.first { $0.awsID?.value == "vpc-1" })
        #expect(vpc.ipv4CIDRs.compactMap(\.value?.description) == ["10.0.0.0/16"] + blocks)
        let list = try #require(snapshot.prefixLists.first { $0.awsID?.value == "pl-1" })
        #expect(list.entries.value?.map(\.description) == blocks)
    }

    @Test("n policies of one role, 100 names repeating: the last of each name; attachments once")
    func rolePolicies() throws {
        let snapshot = try Self.snapshot(.rolePolicies)
        let role = try #require(snapshot.iamRoles.first { $0.name == "role-1" })
        // Each name's last policy, in the order those were written.
        #expect(role.policies.map(\.name) == (Self.count - 100..<Self.count).map { "p\($0 % 100)" })
        #expect(role.policies.last?.document.value?.contains("\"\(Self.count - 1)\"") == true)
        #expect(
            role.attachedPolicyARNs
                == (0..<Self.halfCount).map { "arn:aws:iam::aws:policy/P\($0)" })
    }

    @Test("n main-table associations in one VPC: the last one's table is its main table")
    func mainTables() throws {
        let snapshot = try Self.snapshot(.mainTables)
        #expect(
            snapshot.routeTables.filter(\.isMain).map(\.id.rawValue)
                == ["aws_route_table.part[\(Self.count - 1)]"])
    }

    @Test("n interface endpoints in the environment's subnets: each one's open policy found once")
    func interfaceEndpoints() throws {
        let findings = CheckRunner(snapshot: try Self.snapshot(.interfaceEndpoints)).run().findings
        let openPolicies = findings.filter { $0.rule == "permissive-endpoint-policy" }
        // The endpoints of the parts and `vpce-1` of the base network.
        #expect(
            Set(openPolicies.flatMap { $0.resources.map(\.address) }).isSuperset(
                of: Self.parts("aws_vpc_endpoint")))
        #expect(openPolicies.count == Self.count + 1)
        // The made-up services meet none of the environment's needs.
        #expect(findings.filter { $0.rule == "mwaa-vpc-endpoints" }.count == 10)
    }

    @Test("n instances beside the environment, in groups admitting it, change nothing in its check")
    func instances() throws {
        let alone = CheckRunner(snapshot: try Self.snapshot(.instances, count: 1)).run().findings
        let many = CheckRunner(snapshot: try Self.snapshot(.instances)).run().findings
        #expect(!many.isEmpty)
        #expect(many.map(\.message) == alone.map(\.message))
    }

    @Test(
        "main-table associations apply in order: the last one per VPC wins, a later one for another VPC does not unmake it"
    )
    func mainTableOrder() throws {
        func resource(_ type: String, _ name: String, _ values: String) -> String {
            HostileNetwork.resource(type, name, values: values)
        }
        let tables = (0..<3).map {
            resource("aws_route_table", "t\($0)", #""id":"rtb-\#($0)","vpc_id":"vpc-1","route":[]"#)
        }
        func association(_ index: Int, table: Int, vpc: String) -> String {
            resource(
                "aws_main_route_table_association", "a\(index)",
                #""route_table_id":"rtb-\#(table)","vpc_id":"\#(vpc)""#)
        }
        let text = state(
            resource("aws_vpc", "one", #""id":"vpc-1","cidr_block":"10.0.0.0/16""#),
            resource("aws_vpc", "two", #""id":"vpc-2","cidr_block":"10.1.0.0/16""#),
            tables[0], tables[1], tables[2],
            association(0, table: 0, vpc: "vpc-1"), association(1, table: 1, vpc: "vpc-1"),
            association(2, table: 2, vpc: "vpc-2"))
        let snapshot = try TerraformImporter.load(bytes: Array(text.utf8), file: "order.json")
        // vpc-2 also gets an implied main table, as every VPC without one does.
        let mainTables = snapshot.routeTables.filter { $0.isMain && !$0.isImplied }
        #expect(
            mainTables.map(\.id.rawValue).sorted() == ["aws_route_table.t1", "aws_route_table.t2"])
    }
}
