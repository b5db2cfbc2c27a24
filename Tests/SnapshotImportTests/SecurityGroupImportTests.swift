import NetworkModel
import SnapshotImport
import Testing

@Suite("Security groups from Terraform state")
struct SecurityGroupImportTests {
    let snapshot: NetworkSnapshot

    init() throws { snapshot = try Fixture.load("state-quirks.json") }

    @Test("a rule block with several peers becomes one atomic rule per peer")
    func atomicRules() throws {
        let app = try #require(snapshot.group("aws_security_group.app"))
        let https = app.ingress.filter { $0.traffic == .known(.tcp(PortRange(443))) }
        #expect(
            https.map(\.peer.description).sorted() == [
                "10.0.0.0/16", "10.1.0.0/16", "2001:db8::/32",
            ])
    }

    @Test("inline rules mirrored by a separate rule resource are counted once, citing the resource")
    func inlineAndSeparateRulesDeduplicate() throws {
        let app = try #require(snapshot.group("aws_security_group.app"))
        let fromVPC = try #require(app.ingress.first { $0.peer == .cidr(try CIDR("10.0.0.0/16")) })
        #expect(
            fromVPC.declarations.map(\.qualifiedName) == [
                "aws_security_group_rule.app_https", "aws_security_group.app.ingress[1]",
            ])
        #expect(app.ingress.count == 5)
    }

    @Test("every form of self-reference names the group itself")
    func selfReferences() throws {
        let app = try #require(snapshot.group("aws_security_group.app"))
        #expect(
            app.ingress.contains {
                $0.peer == .securityGroup(.resolved("aws_security_group.app"))
                    && $0.traffic == .known(.all)
            })
        let db = try #require(snapshot.group("aws_security_group.db"))
        // `self = false` with the source set to the group, and `self = true` with the
        // source repeated, are the same rule.
        let selfRules = db.ingress.filter {
            $0.peer == .securityGroup(.resolved("aws_security_group.db"))
        }
        #expect(selfRules.count == 1)
        #expect(
            selfRules.first?.declarations.map(\.address) == [
                "aws_security_group_rule.db_self", "aws_security_group_rule.db_self_flag",
            ])
    }

    @Test("all-traffic rules carry no ports whatever the input said (0/0, 0/65535, null)")
    func allTrafficPorts() throws {
        let db = try #require(snapshot.group("aws_security_group.db"))
        #expect(
            db.ingress.first { $0.peer == .securityGroup(.resolved("aws_security_group.db")) }?
                .traffic == .known(.all))
        #expect(db.egress.first?.traffic == .known(.all))
    }

    @Test(
        "the new rule resources: group reference, ICMP type and code, protocol -1 with null ports")
    func vpcRuleResources() throws {
        let db = try #require(snapshot.group("aws_security_group.db"))
        #expect(
            db.ingress.contains {
                $0.traffic == .known(.tcp(PortRange(5439)))
                    && $0.peer == .securityGroup(.resolved("aws_security_group.app"))
            })
        #expect(db.ingress.contains { $0.traffic == .known(.icmp(ICMPMatch(type: 8, code: nil))) })
        #expect(db.egress.contains { $0.traffic == .known(.all) && $0.peer == .cidr(.anyIPv4) })
    }

    @Test("a group in another account is kept as an unresolved reference")
    func crossAccountGroup() throws {
        let db = try #require(snapshot.group("aws_security_group.db"))
        let external = try #require(db.egress.first { $0.traffic == .known(.tcp(PortRange(443))) })
        guard case .securityGroup(.unresolved(let reference)) = external.peer else {
            Issue.record("expected an unresolved group peer, got \(external.peer)")
            return
        }
        #expect(reference.target == "222233334444/sg-0ffaccount")
        #expect(snapshot.unresolvedReferences.contains(reference))
    }

    @Test("rule provenance points at the line and column of the rule in the input")
    func provenance() throws {
        let app = try #require(snapshot.group("aws_security_group.app"))
        let rule = try #require(app.egress.first)
        #expect(rule.provenance.file.hasSuffix("state-quirks.json"))
        #expect(rule.provenance.line != nil && rule.provenance.column != nil)
    }
}
