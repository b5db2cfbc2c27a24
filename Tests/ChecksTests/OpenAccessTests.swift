import Checks
import NetworkModel
import Testing

/// "Nothing extra is open": exposure, open groups, excess ingress, permissive ACLs and
/// endpoint policies, public data stores, and the baseline.
@Suite("Nothing extra is open")
struct OpenAccessTests {
    let good: NetworkSnapshot

    init() throws { good = try CheckFixture.example("mwaa-private") }

    /// mwaa-private with an internet gateway route on the data subnets and a public,
    /// world-open Redshift cluster.
    func publicWarehouse(publiclyAccessible: Bool) throws -> NetworkSnapshot {
        var snapshot = good
        snapshot.gateways.append(
            Gateway(
                id: "aws_internet_gateway.main", kind: .internetGateway,
                vpc: .resolved("aws_vpc.main"), provenance: Provenance(file: "t", address: "igw")))
        CheckFixture.change(&snapshot.routeTables, where: { $0.id == "aws_route_table.data" }) {
            $0.routes.append(
                Route(
                    destination: .cidr(.anyIPv4),
                    target: RouteTarget(
                        kind: .internetGateway, reference: .resolved("aws_internet_gateway.main")),
                    declarations: [Provenance(file: "t", address: "aws_route.data_igw")]))
        }
        let hundred = try RuleNumber(100)
        CheckFixture.change(&snapshot.networkACLs, where: { $0.id == "aws_network_acl.data" }) {
            $0.entries = [
                NetworkACLEntry(
                    direction: .ingress, ruleNumber: hundred, action: .allow,
                    traffic: .known(.all), cidr: .known(.anyIPv4),
                    declarations: [Provenance(file: "t", address: "acl.in")]),
                NetworkACLEntry(
                    direction: .egress, ruleNumber: hundred, action: .allow,
                    traffic: .known(.all), cidr: .known(.anyIPv4),
                    declarations: [Provenance(file: "t", address: "acl.out")]),
            ]
        }
        CheckFixture.change(
            &snapshot.securityGroups, where: { $0.id == "aws_security_group.redshift" }
        ) {
            $0.ingress.append(
                SecurityGroupRule(
                    direction: .ingress, traffic: .known(.tcp(PortRange(5439))),
                    peer: .cidr(.anyIPv4),
                    declarations: [Provenance(file: "t", address: "aws_security_group_rule.world")])
            )
            $0.egress.append(
                SecurityGroupRule(
                    direction: .egress, traffic: .known(.all), peer: .cidr(.anyIPv4),
                    declarations: [Provenance(file: "t", address: "aws_security_group_rule.out")]))
        }
        CheckFixture.change(&snapshot.workloads, where: { $0.kind == .redshiftCluster }) {
            $0.publiclyAccessible = publiclyAccessible
            $0.hasPublicIP = .known(publiclyAccessible)
        }
        return snapshot
    }

    @Test(
        "a public cluster on a world-open group and an internet route is a public-data-store error")
    func publicDataStore() throws {
        let findings = CheckFixture.run(try publicWarehouse(publiclyAccessible: true))
        let publicStores = findings.filter { $0.rule == "public-data-store" }
        #expect(publicStores.count == 2)  // the flag, and the path on 5439
        #expect(
            publicStores.contains {
                $0.evidence.details.contains {
                    $0.hasPrefix(
                        "open: tcp [0.0.0.0-10.19.255.255, 10.21.0.0-255.255.255.255]:1024-65535 → 10.20.11.4"
                    )
                }
            })
        #expect(findings.contains { $0.rule == "open-to-world" && $0.severity == .warning })
        #expect(findings.contains { $0.rule == "excess-ingress" })
        #expect(findings.contains { $0.rule == "permissive-nacl" && $0.severity == .note })
    }

    @Test("without a public address the same group is open to the world but not exposed")
    func latentExposure() throws {
        let findings = CheckFixture.run(try publicWarehouse(publiclyAccessible: false))
        #expect(!findings.contains { $0.rule == "public-data-store" })
        #expect(!findings.contains { $0.rule == "internet-exposure" })
        #expect(findings.contains { $0.rule == "open-to-world" })
    }

    @Test(
        "ingress the profile does not need is excess; declaring it in the intents makes it needed")
    func excessIngress() throws {
        var snapshot = good
        CheckFixture.change(
            &snapshot.securityGroups, where: { $0.id == "aws_security_group.redshift" }
        ) {
            $0.ingress.append(
                SecurityGroupRule(
                    direction: .ingress, traffic: .known(.tcp(PortRange(5439))),
                    peer: .cidr(try! CIDR("10.20.11.0/24")),
                    declarations: [Provenance(file: "t", address: "aws_security_group_rule.data")]))
        }
        let excess = CheckFixture.findings("excess-ingress", snapshot)
        #expect(excess.count == 1)
        #expect(
            excess.first?.evidence.details.first == "excess: tcp 10.20.11.0/24 → 0.0.0.0/0:5439")
        let intents = Intents(require: [
            IntentFlow(from: "10.20.11.0/24", to: "aws_redshift_cluster.main")
        ])
        #expect(
            CheckFixture.findings("excess-ingress", snapshot, CheckOptions(intents: intents))
                .isEmpty)
    }

    @Test("the default full-access endpoint policy is a permissive-endpoint-policy note")
    func permissivePolicy() {
        let notes = CheckFixture.findings("permissive-endpoint-policy", good)
        #expect(notes.count == 10)
        #expect(notes.allSatisfy { $0.severity == .note })
        #expect(notes.first?.message.contains("full access") == true)
    }

    @Test("a baseline suppresses the findings it records and counts them")
    func baseline() throws {
        let snapshot = try CheckFixture.example("broken-redshift-sg", file: "plan.json")
        let first = CheckRunner(snapshot: snapshot).run()
        let baseline = try Baseline(
            bytes: Array(Baseline(findings: first.findings).json().serialized().utf8),
            file: "b.json")
        let second = CheckRunner(snapshot: snapshot).run(baseline: baseline)
        #expect(second.findings.isEmpty)
        #expect(second.suppressedCount == first.findings.count)
        // A finding not in the baseline is reported.
        var partial = baseline
        partial.fingerprints.remove(first.findings[0].fingerprint)
        #expect(
            CheckRunner(snapshot: snapshot).run(baseline: partial).findings.map(\.rule) == [
                first.findings[0].rule
            ])
    }

    @Test("fingerprints stay the same across the plan's before and after")
    func stableFingerprints() throws {
        let after = try CheckFixture.example("broken-redshift-sg", file: "plan.json")
        let dataStore = CheckRunner(snapshot: after).run().findings.first {
            $0.rule == "mwaa-data-store"
        }
        #expect(
            dataStore?.fingerprint
                == "mwaa-data-store|aws_mwaa_environment.analytics|aws_redshift_cluster.main")
    }

    @Test("a file that is not a baseline is rejected with its place")
    func notABaseline() {
        #expect {
            try Baseline(bytes: Array("{\"version\": 1}".utf8), file: "b.json")
        } throws: { error in
            "\(error)".hasPrefix("b.json:1:1: error: at findings not a vpcreach baseline")
        }
    }
}
