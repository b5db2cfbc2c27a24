import NetworkModel
import SnapshotImport
import Testing

@Suite("Network ACLs, routes, endpoints and workloads from Terraform state")
struct NetworkImportTests {
    let snapshot: NetworkSnapshot

    init() throws { snapshot = try Fixture.load("state-quirks.json") }

    @Test("NACL entries come out in evaluation order, whatever the input order")
    func aclOrder() throws {
        let acl = try #require(snapshot.acl("aws_network_acl.private"))
        #expect(acl.entries(.ingress).map(\.ruleNumber.rawValue) == [100, 150, 200, 300])
        #expect(acl.entries(.ingress).first?.action == .deny)
    }

    @Test("an aws_network_acl_rule mirrored inline is one entry, citing the rule resource")
    func aclRuleMerge() throws {
        let acl = try #require(snapshot.acl("aws_network_acl.private"))
        let ephemeral = try #require(acl.entries(.ingress).last)
        #expect(ephemeral.traffic == .known(.tcp(.awsEphemeral)))
        #expect(ephemeral.declarations.first?.address == "aws_network_acl_rule.private_ephemeral")
        #expect(snapshot.count("network_acl_entries") == 5)
    }

    @Test(
        "empty and null CIDR fields: the entry uses the one that is set; ICMP uses icmp_type/code")
    func aclFields() throws {
        let acl = try #require(snapshot.acl("aws_network_acl.private"))
        #expect(acl.entries(.egress).first?.cidr == .known(.anyIPv6))
        #expect(acl.entries(.ingress)[1].traffic == .known(.icmp(ICMPMatch(type: 3, code: 4))))
    }

    @Test("a subnet without an explicit ACL is governed by the VPC's default ACL")
    func defaultACL() throws {
        let a = try #require(snapshot.networkACL(forSubnet: "aws_subnet.a"))
        #expect(a.acl.id == "aws_network_acl.private" && a.isExplicit)
        let b = try #require(snapshot.networkACL(forSubnet: "aws_subnet.b"))
        #expect(b.acl.isDefault && !b.isExplicit && b.acl.isImplied)
    }

    @Test("route targets: empty strings are unset; prefix-list routes through a gateway endpoint")
    func routes() throws {
        let table = try #require(snapshot.table("aws_route_table.private"))
        #expect(table.routes.count == 2)
        #expect(
            table.routes[0].target
                == RouteTarget(kind: .natGateway, reference: .resolved("aws_nat_gateway.nat")))
        #expect(
            table.routes[1].destination
                == .prefixList(
                    .unresolved(
                        UnresolvedReference(
                            from: "aws_route_table.private",
                            attribute: "route[1].destination_prefix_list_id", target: "pl-s3"))))
        #expect(
            table.routes[1].target
                == RouteTarget(kind: .vpcEndpoint, reference: .resolved("aws_vpc_endpoint.s3")))
    }

    @Test("a subnet without an explicit association uses the VPC's main route table")
    func mainTable() throws {
        #expect(
            snapshot.routeTable(forSubnet: "aws_subnet.a")?.table.id == "aws_route_table.private")
        let b = try #require(snapshot.routeTable(forSubnet: "aws_subnet.b"))
        #expect(b.table.isMain && !b.isExplicit)
    }

    @Test("an endpoint with an empty policy has the default full-access policy")
    func endpointPolicy() throws {
        let endpoint = try #require(snapshot.vpcEndpoints.first)
        #expect(endpoint.type == .gateway && endpoint.policy == nil)
        #expect(endpoint.shortServiceName == "s3")
        #expect(endpoint.routeTables == [.resolved("aws_route_table.private")])
    }

    @Test("a Redshift cluster's subnets come from its subnet group, found by name")
    func redshift() throws {
        let cluster = try #require(snapshot.workload("aws_redshift_cluster.dw"))
        #expect(cluster.kind == .redshiftCluster && cluster.port == 5439)
        #expect(cluster.subnets == [.resolved("aws_subnet.a"), .resolved("aws_subnet.b")])
        #expect(cluster.securityGroups == [.resolved("aws_security_group.db")])
    }

    @Test("an instance: its address, no public IP, and a group not in the input kept as unresolved")
    func instance() throws {
        let bastion = try #require(snapshot.workload("aws_instance.bastion"))
        #expect(bastion.privateIPs.map(\.description) == ["10.0.1.10"])
        #expect(bastion.hasPublicIP == .known(false))
        #expect(bastion.securityGroups.count == 2)
        #expect(bastion.securityGroups.last?.objectID == nil)
    }

    @Test("an elastic IP gives its instance a public address")
    func elasticIP() throws {
        #expect(snapshot.workload("aws_instance.web")?.hasPublicIP == .known(true))
    }

    @Test("data sources are modeled; their VPC's defaults are not assumed")
    func dataSources() throws {
        #expect(snapshot.vpcs.contains { $0.id == "data.aws_vpc.shared" })
        #expect(!snapshot.networkACLs.contains { $0.vpc == .resolved("data.aws_vpc.shared") })
    }

    @Test("resource types the model does not use are counted and listed")
    func unsupported() {
        #expect(snapshot.unsupportedResources.map(\.type) == ["aws_s3_bucket"])
        #expect(snapshot.unsupportedResources.first?.addresses == ["aws_s3_bucket.logs"])
    }
}
