import NetworkModel
import Testing

@Suite("Objects AWS creates with every VPC")
struct ImpliedDefaultsTests {
    let provenance = Provenance(file: "state.json", address: "aws_vpc.main")

    @Test("a VPC without declared defaults gets an allow-all ACL and a main table")
    func impliedDefaults() throws {
        let vpc = VPC(
            id: "aws_vpc.main", ipv4CIDRs: [.known(try CIDR("10.0.0.0/16"))], provenance: provenance
        )
        let subnet = Subnet(
            id: "aws_subnet.a", vpc: .resolved(vpc.id), ipv4CIDR: .known(try CIDR("10.0.1.0/24")),
            provenance: Provenance(file: "state.json", address: "aws_subnet.a"))
        var snapshot = NetworkSnapshot(vpcs: [vpc], subnets: [subnet])
        snapshot.addImpliedDefaults()

        let acl = try #require(snapshot.networkACL(forSubnet: subnet.id))
        #expect(acl.isExplicit == false)
        #expect(acl.acl.isImplied)
        #expect(acl.acl.entries(.ingress).map(\.action) == [.allow])
        let table = try #require(snapshot.routeTable(forSubnet: subnet.id))
        #expect(table.table.isMain && table.table.routes.isEmpty)
        #expect(snapshot.counts.first { $0.kind == "network_acls" }?.count == 0)
    }

    @Test("an explicit association wins over the default ACL")
    func explicitAssociation() throws {
        let vpc = VPC(id: "aws_vpc.main", provenance: provenance)
        let subnet = Subnet(id: "aws_subnet.a", vpc: .resolved(vpc.id), provenance: provenance)
        let custom = NetworkACL(
            id: "aws_network_acl.private", vpc: .resolved(vpc.id), subnets: [.resolved(subnet.id)],
            provenance: provenance)
        var snapshot = NetworkSnapshot(vpcs: [vpc], subnets: [subnet], networkACLs: [custom])
        snapshot.addImpliedDefaults()
        #expect(snapshot.networkACL(forSubnet: subnet.id)?.acl.id == custom.id)
    }
}
