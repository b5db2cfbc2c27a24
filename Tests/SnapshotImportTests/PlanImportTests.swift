import NetworkModel
import SnapshotImport
import Testing

@Suite("Plans: planned and prior views, unknown values, links recovered from configuration")
struct PlanImportTests {
    @Test(
        "on a first-create plan, a rule finds its group through configuration references inside a for_each module"
    )
    func rulesFindTheirGroup() throws {
        let snapshot = try Fixture.load("plan-first-create.json")
        let group = try #require(snapshot.group("module.app[\"blue\"].aws_security_group.this"))
        #expect(group.ingress.count == 2)
        #expect(group.awsID == .unknown(UnknownValue(address: group.id.rawValue, attribute: "id")))
    }

    @Test("var.* is followed through the module call to the resource in the parent")
    func variablesThroughModuleCalls() throws {
        let snapshot = try Fixture.load("plan-first-create.json")
        let group = try #require(snapshot.group("module.app[\"blue\"].aws_security_group.this"))
        #expect(group.vpc == .resolved("aws_vpc.main"))
        #expect(snapshot.subnets.allSatisfy { $0.vpc == .resolved("aws_vpc.main") })
    }

    @Test("a value known only after apply stays unknown and is listed")
    func unknownStaysUnknown() throws {
        let snapshot = try Fixture.load("plan-first-create.json")
        let group = try #require(snapshot.group("module.app[\"blue\"].aws_security_group.this"))
        let unknownPeer = try #require(
            group.ingress.first { $0.traffic == .known(.tcp(PortRange(5432))) })
        let expected = UnknownValue(
            address: "module.app[\"blue\"].aws_vpc_security_group_ingress_rule.from_peer",
            attribute: "cidr_ipv4")
        #expect(unknownPeer.peer == .unknown(expected))
        #expect(snapshot.unknownValues.contains(expected))
    }

    @Test("computed attributes the configuration does not set are not reported as unknown")
    func computedOnlyAttributes() throws {
        let snapshot = try Fixture.load("plan-first-create.json")
        #expect(snapshot.vpcs.first?.ipv6CIDRs.isEmpty == true)
        #expect(
            !snapshot.unknownValues.contains {
                $0.attribute == "ingress" || $0.attribute == "ipv6_cidr_block"
            })
    }

    @Test("count = 0 resources exist only in configuration and are not in the model")
    func countZero() throws {
        let snapshot = try Fixture.load("plan-first-create.json")
        #expect(snapshot.group("aws_security_group.unused") == nil)
    }

    @Test("instance addresses keep count and for_each indexes")
    func indexes() throws {
        let snapshot = try Fixture.load("plan-first-create.json")
        #expect(
            snapshot.subnets.map(\.id.rawValue) == [
                "aws_subnet.private[0]", "aws_subnet.private[1]",
            ])
    }

    @Test("the prior view is the state before the change")
    func priorView() throws {
        let prior = try Fixture.load("plan-first-create.json", view: .prior)
        #expect(
            prior.securityGroups.filter { !$0.isImplied }.map(\.id) == ["aws_security_group.legacy"]
        )
        #expect(prior.vpcs.isEmpty)
        #expect(prior.inputs.first?.view == "prior")
    }

    @Test(
        "a raw terraform.tfstate: module and index_key make the address; default ACL linked by id")
    func rawState() throws {
        let snapshot = try Fixture.load("raw-state.tfstate")
        #expect(
            snapshot.subnets.map(\.id.rawValue) == [
                "module.net.aws_subnet.private[\"b\"]", "module.net.aws_subnet.private[0]",
            ])
        let acl = try #require(snapshot.acl("aws_default_network_acl.default"))
        #expect(acl.isDefault && acl.vpc == .resolved("aws_vpc.main"))
        #expect(
            snapshot.networkACL(forSubnet: "module.net.aws_subnet.private[0]")?.acl.id == acl.id)
        #expect(snapshot.inputs.first?.kind == "terraform.tfstate (version 4)")
    }
}
