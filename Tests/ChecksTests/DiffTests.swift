import Checks
import NetworkModel
import Reachability
import SnapshotImport
import Testing

/// `vpcreach diff`'s analysis: each kind of change, with the flows it opens or closes,
/// the resources responsible, and the findings it brings or fixes.
@Suite("What a change does to reachability")
struct DiffTests {
    let good: NetworkSnapshot

    init() throws { good = try CheckFixture.example("mwaa-private") }

    static func plan(_ name: String) throws -> (before: NetworkSnapshot, after: NetworkSnapshot) {
        let path = CheckFixture.examples.appendingPathComponent("\(name)/plan.json").path
        return (
            try TerraformImporter.load([path], view: .prior),
            try TerraformImporter.load([path], view: .planned)
        )
    }

    static func flow(_ diff: ReachabilityDiff, _ from: String, _ to: String) -> FlowChange? {
        diff.flows.first { $0.from == from && $0.to == to }
    }

    @Test("a change that closes a flow: the Redshift group loses its rule for the MWAA group")
    func closes() throws {
        let (before, after) = try Self.plan("broken-redshift-sg")
        let diff = DiffAnalyzer(before: before, after: after).run()
        #expect(diff.flows.count == 1)
        let flow = try #require(
            Self.flow(diff, "aws_mwaa_environment.analytics", "aws_redshift_cluster.main"))
        #expect(flow.kind == .closed)
        #expect(flow.opened.isEmpty)
        #expect(flow.closed.render().allSatisfy { $0.hasPrefix("tcp ") && $0.hasSuffix(":5439") })
        #expect(flow.causes == ["aws_security_group.redshift (security group, modified)"])
        #expect(diff.introduced.map(\.rule).sorted() == ["excess-ingress", "mwaa-data-store"])
        #expect(diff.meets(.newBlock) && diff.meets(.newFinding) && !diff.meets(.newExposure))
    }

    @Test(
        "the findings introduced and resolved are what `check` finds on each side, whatever the number of environments on each",
        arguments: [
            (["mwaa-private/state.json"], ["mwaa-private/state.json", "mwaa-public/state.json"]),
            (
                ["broken-open-to-world/plan.json", "mwaa-public/state.json"],
                ["mwaa-private/state.json"]
            ),
        ])
    func findingsOfBothSides(before: [String], after: [String]) throws {
        func load(_ names: [String]) throws -> NetworkSnapshot {
            try TerraformImporter.load(
                names.map {
                    CheckFixture.examples.appendingPathComponent($0).path
                })
        }
        let (old, new) = (try load(before), try load(after))
        let diff = DiffAnalyzer(before: old, after: new).run()
        let found = (CheckRunner(snapshot: old).run(), CheckRunner(snapshot: new).run())
        #expect(found.0.environments.count != found.1.environments.count)
        let (oldKeys, newKeys) = (
            Set(found.0.findings.map(\.fingerprint)), Set(found.1.findings.map(\.fingerprint))
        )
        let introduced = found.1.findings.filter { !oldKeys.contains($0.fingerprint) }
        let resolved = found.0.findings.filter { !newKeys.contains($0.fingerprint) }
        #expect(!introduced.isEmpty || !resolved.isEmpty)
        #expect(diff.introduced.map(\.fingerprint) == introduced.map(\.fingerprint))
        #expect(diff.resolved.map(\.fingerprint) == resolved.map(\.fingerprint))
        #expect(diff.introduced.map(\.message) == introduced.map(\.message))
    }

    @Test("a change that opens a flow: the same two snapshots the other way round")
    func opens() throws {
        let (before, after) = try Self.plan("broken-redshift-sg")
        let diff = DiffAnalyzer(before: after, after: before).run()
        let flow = try #require(
            Self.flow(diff, "aws_mwaa_environment.analytics", "aws_redshift_cluster.main"))
        #expect(flow.kind == .opened)
        #expect(flow.verdictChange == "unreachable → partial")
        #expect(diff.resolved.map(\.rule).sorted() == ["excess-ingress", "mwaa-data-store"])
        #expect(!diff.meets(.newBlock) && !diff.meets(.newFinding))
    }

    @Test("renumbering NACL entries so a deny shadows an allow closes the flow the allow let in")
    func renumberedDeny() throws {
        func withEntries(_ allow: Int, _ deny: Int) throws -> NetworkSnapshot {
            var snapshot = good
            let allowNumber = try RuleNumber(allow)
            let denyNumber = try RuleNumber(deny)
            let source = try CIDR("10.20.1.0/24")
            CheckFixture.change(&snapshot.networkACLs, where: { $0.id == "aws_network_acl.data" }) {
                $0.entries.removeAll { $0.direction == .ingress }
                $0.entries += [
                    NetworkACLEntry(
                        direction: .ingress, ruleNumber: allowNumber, action: .allow,
                        traffic: .known(.tcp(PortRange(5439))), cidr: .known(source),
                        declarations: [Provenance(file: "t", address: "aws_network_acl_rule.allow")]
                    ),
                    NetworkACLEntry(
                        direction: .ingress, ruleNumber: denyNumber, action: .deny,
                        traffic: .known(.all), cidr: .known(.anyIPv4),
                        declarations: [Provenance(file: "t", address: "aws_network_acl_rule.deny")]),
                ]
            }
            return snapshot
        }
        let diff = DiffAnalyzer(before: try withEntries(100, 110), after: try withEntries(120, 110))
            .run()
        let flow = try #require(
            Self.flow(diff, "aws_mwaa_environment.analytics", "aws_redshift_cluster.main"))
        #expect(flow.kind == .closed)
        #expect(flow.verdictChange == "partial → unreachable")
        #expect(
            flow.closed.render() == [
                "tcp 10.20.1.4-10.20.1.254:1024-65535 → 10.20.11.4-10.20.11.254:5439",
                "tcp 10.20.1.4-10.20.1.254:1024-65535 → 10.20.12.4-10.20.12.254:5439",
            ])
        #expect(flow.causes == ["aws_network_acl.data (network ACL, modified)"])
        let acl = try #require(diff.resources.first { $0.address == "aws_network_acl.data" })
        #expect(
            acl.details == [
                "- ingress 100 allow tcp 5439 10.20.1.0/24",
                "+ ingress 120 allow tcp 5439 10.20.1.0/24",
            ])
    }

    @Test("a group replaced with links Terraform can still follow changes nothing reachable")
    func replacedGroup() throws {
        var after = good
        CheckFixture.change(
            &after.securityGroups, where: { $0.id == "aws_security_group.redshift" }
        ) {
            $0.awsID = .unknown(
                UnknownValue(address: "aws_security_group.redshift", attribute: "id"))
        }
        let diff = DiffAnalyzer(before: good, after: after).run()
        #expect(diff.flows.isEmpty)
        #expect(diff.introduced.isEmpty && diff.resolved.isEmpty)
    }

    @Test("a replaced group whose rule's group is known only after apply makes the flow unknown")
    func replacedGroupUnknownRule() throws {
        var after = good
        CheckFixture.change(
            &after.securityGroups, where: { $0.id == "aws_security_group.redshift" }
        ) {
            $0.awsID = .unknown(
                UnknownValue(address: "aws_security_group.redshift", attribute: "id"))
            $0.ingress[0].peer = .unknown(
                UnknownValue(
                    address: "aws_vpc_security_group_ingress_rule.redshift_from_mwaa",
                    attribute: "referenced_security_group_id"))
        }
        let diff = DiffAnalyzer(before: good, after: after).run()
        let flow = try #require(
            Self.flow(diff, "aws_mwaa_environment.analytics", "aws_redshift_cluster.main"))
        #expect(flow.kind == .unknown)
        #expect(flow.opened.isEmpty && flow.closed.isEmpty)
        #expect(flow.unknowns.contains { $0.contains("referenced_security_group_id") })
        #expect(diff.meets(.anyChange))
    }

    @Test("a change of endpoint policies changes nothing reachable, and says so")
    func inert() throws {
        let (before, after) = try Self.plan("broken-endpoint-policy")
        let diff = DiffAnalyzer(before: before, after: after).run()
        #expect(diff.flows.isEmpty)
        #expect(
            diff.inertResources.map(\.address) == [
                "aws_vpc_endpoint.interface[\"sqs\"]", "aws_vpc_endpoint.s3",
            ])
        #expect(diff.introduced.map(\.rule) == ["mwaa-endpoint-policy", "mwaa-endpoint-policy"])
    }

    @Test(
        "a world-open group with no internet path: no workload gains a flow, but the subnets' address spaces do"
    )
    func latentExposure() throws {
        let (before, after) = try Self.plan("broken-open-to-world")
        let diff = DiffAnalyzer(before: before, after: after).run()
        #expect(diff.flows.allSatisfy { $0.fromAddressSpace && $0.kind == .opened })
        #expect(
            diff.flows.map(\.from) == [
                "address-space:aws_subnet.data_a", "address-space:aws_subnet.data_b",
                "address-space:aws_subnet.mwaa_a", "address-space:aws_subnet.mwaa_b",
            ])
        #expect(diff.flows.allSatisfy { $0.to == "aws_redshift_cluster.main" })
        #expect(
            diff.flows[0].opened.render() == [
                "tcp 10.20.11.4-10.20.11.254:1024-65535 → 10.20.11.4-10.20.11.254:5439"
            ])
        #expect(diff.meets(.newExposure))
        #expect(
            diff.resources.map(\.summary) == [
                "aws_redshift_cluster.main (redshift-cluster, modified)",
                "module.exposure.aws_security_group.this (security group, added)",
            ])
    }

    @Test("a removed endpoint closes every flow to it")
    func removedEndpoint() throws {
        let (before, after) = try Self.plan("broken-missing-endpoint")
        let diff = DiffAnalyzer(before: before, after: after).run()
        let flow = try #require(
            Self.flow(diff, "aws_mwaa_environment.analytics", "aws_vpc_endpoint.interface[\"sqs\"]")
        )
        #expect(flow.after == nil)
        #expect(flow.kind == .closed)
        #expect(flow.causes == ["aws_vpc_endpoint.interface[\"sqs\"] (VPC endpoint, removed)"])
    }

    @Test("no change, no difference")
    func identical() {
        let diff = DiffAnalyzer(before: good, after: good).run()
        #expect(diff.flows.isEmpty && diff.resources.isEmpty && diff.introduced.isEmpty)
        // 11 destinations, each from the internet, 2 workloads and 4 subnets' address spaces.
        #expect(diff.comparedPairs == 77)
        #expect(!DiffGate.allCases.contains(where: diff.meets))
    }

    @Test(
        "Terraform's view against the live account's twin: objects matched by AWS id, nothing reachable changes"
    )
    func acrossFormats() throws {
        let live = try SnapshotLoader.load([
            CheckFixture.examples.appendingPathComponent("mwaa-private-aws-cli").path
        ])
        let diff = DiffAnalyzer(before: good, after: live).run()
        #expect(diff.flows.isEmpty)
        #expect(diff.introduced.isEmpty && diff.resolved.isEmpty)
        // The live account lists the VPC's defaults and the interfaces' exact addresses.
        #expect(diff.inertResources.count == diff.resources.count)
        #expect(diff.resources.contains { $0.address == "analytics" && $0.action == .modified })
    }

    @Test("drift in the live account shows as a flow named by AWS ids, with its cause")
    func drift() throws {
        var live = try SnapshotLoader.load([
            CheckFixture.examples.appendingPathComponent("mwaa-private-aws-cli").path
        ])
        CheckFixture.change(&live.securityGroups, where: { $0.id == "sg-0686af5d3ce6718f5" }) {
            $0.ingress = []
        }
        let diff = DiffAnalyzer(before: good, after: live).run()
        let flow = try #require(Self.flow(diff, "analytics", "analytics-warehouse"))
        #expect(flow.kind == .closed)
        #expect(flow.causes.contains("sg-0686af5d3ce6718f5 (security group, modified)"))
    }
}
