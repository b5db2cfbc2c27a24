import BenchmarkSupport
import NetworkModel
import SnapshotImport
import Testing

@testable import Checks

/// `diff` lists the changed resources by comparing each object's facts. It first compares
/// the security groups rule by rule and describes only those that differ: the list must
/// be exactly the one that describing every group gives.
@Suite("Comparing groups before describing them changes no resource change")
struct ResourceDifferTests {
    /// One edit of the mwaa-private example, and whether `diff` lists a change for it
    /// (`nil`: not asked here).
    struct Edit: CustomTestStringConvertible, Sendable {
        let name: String
        var changesFacts: Bool? = true
        let apply: @Sendable (inout NetworkSnapshot) -> Void
        var testDescription: String { name }
    }

    static let mwaa = "aws_security_group.mwaa"

    static func editMWAAGroup(_ edit: @escaping @Sendable (inout SecurityGroup) -> Void)
        -> @Sendable (inout NetworkSnapshot) -> Void
    {
        { snapshot in
            CheckFixture.change(&snapshot.securityGroups, where: { $0.id.rawValue == mwaa }, edit)
        }
    }

    static let edits: [Edit] = [
        Edit(name: "nothing", changesFacts: false, apply: { _ in }),
        Edit(
            name: "the rules in another order (the same facts)", changesFacts: false,
            apply: editMWAAGroup { $0.ingress.reverse() }),
        Edit(
            name: "a rule written elsewhere in the file (the same facts)", changesFacts: false,
            apply: editMWAAGroup { $0.ingress[0].declarations[0].line = 9_999 }),
        Edit(
            name: "a rule's description (not a fact)", changesFacts: false,
            apply: editMWAAGroup { $0.ingress[0].description = "changed" }),
        Edit(
            name: "a rule declared by another resource",
            apply: editMWAAGroup {
                $0.ingress[0].declarations[0].address = "aws_security_group_rule.moved"
            }),
        Edit(
            name: "a rule's place inside its resource",
            apply: editMWAAGroup { $0.ingress[0].declarations[0].attributePath = "ingress[7]" }),
        Edit(
            name: "a rule's ports",
            apply: editMWAAGroup {
                $0.ingress[0].traffic = .known(
                    try! TrafficMatch(protocol: .tcp, from: 8443, to: 8443))
            }),
        Edit(
            name: "a rule's peer",
            apply: editMWAAGroup { $0.ingress[0].peer = .cidr(try! CIDR("10.99.0.0/16")) }),
        Edit(
            name: "a rule's direction", apply: editMWAAGroup { $0.ingress[0].direction = .egress }),
        Edit(name: "a rule removed", apply: editMWAAGroup { $0.ingress.removeLast() }),
        Edit(
            name: "rules known only after apply",
            apply: editMWAAGroup {
                $0.unknownRuleBlocks.append(UnknownValue(address: mwaa, attribute: "ingress"))
            }),
        Edit(name: "the group taken for implied", apply: editMWAAGroup { $0.isImplied = true }),
        Edit(
            name: "a group removed",
            apply: { $0.securityGroups.removeAll { $0.id.rawValue == mwaa } }),
        Edit(
            name: "a subnet named like the group (one id, two objects)", changesFacts: nil,
            apply: { snapshot in
                var subnet = snapshot.subnets[0]
                subnet.id = ObjectID(mwaa)
                snapshot.subnets.append(subnet)
            }),
    ]

    static func expectSameChanges(_ before: NetworkSnapshot, _ after: NetworkSnapshot) {
        for citing in [true, false] {
            let compared = ResourceDiffer.changes(
                before: before, after: after, citingDeclarations: citing)
            let described = ResourceDiffer.changes(
                before: before, after: after, citingDeclarations: citing,
                comparingGroupsFirst: false)
            #expect(compared == described, "citing declarations: \(citing)")
        }
    }

    @Test("one edit of a group, both ways", arguments: edits)
    func edit(_ edit: Edit) throws {
        let before = try CheckFixture.example("mwaa-private")
        var after = before
        edit.apply(&after)
        Self.expectSameChanges(before, after)
        Self.expectSameChanges(after, before)
    }

    @Test(
        "an edit that changes a fact is listed, one that does not is not",
        arguments: edits.filter { $0.changesFacts != nil })
    func listed(_ edit: Edit) throws {
        let changesFacts = edit.changesFacts == true
        let before = try CheckFixture.example("mwaa-private")
        var after = before
        edit.apply(&after)
        let changes = ResourceDiffer.changes(before: before, after: after)
        #expect(changes.map(\.address) == (changesFacts ? [Self.mwaa] : []))
    }

    @Test(
        "every example plan and the generated S plan",
        arguments: [
            "broken-endpoint-policy", "broken-missing-endpoint", "broken-nacl-no-ephemeral",
            "broken-open-to-world", "broken-redshift-sg", "generated S plan",
        ])
    func plans(_ name: String) throws {
        let (before, after): (NetworkSnapshot, NetworkSnapshot)
        if name == "generated S plan" {
            let plan = TerraformPlanGenerator(size: .small).generate().plan
            before = try TerraformImporter.load(bytes: plan, file: name, view: .prior)
            after = try TerraformImporter.load(bytes: plan, file: name, view: .planned)
        } else {
            (before, after) = try DiffTests.plan(name)
        }
        Self.expectSameChanges(before, after)
        Self.expectSameChanges(after, before)
    }
}
