import NetworkModel
import SnapshotImport
import Testing

@Suite("Cyclic module references in a plan's configuration end")
struct HostileConfigurationTests {
    /// A plan whose rule in `module.a` takes its group from `var.group`; the root passes
    /// `module.a`'s outputs as that variable and every output is `var.group` again, each
    /// expression naming `fanOut` references, so following them naively never ends.
    static func cyclicPlan(fanOut: Int) -> String {
        let outputs = (0..<fanOut).map { "module.a.out\($0)" }
        let references = outputs.map { "\"\($0)\"" }.joined(separator: ",")
        let outputBlocks = (0..<fanOut).map {
            #""out\#($0)":{"expression":{"references":["var.group","var.group"]}}"#
        }
        .joined(separator: ",")
        let rule =
            #"{"address":"module.a.aws_security_group_rule.r","mode":"managed","type":"aws_security_group_rule","name":"r","values":{"type":"ingress","protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["10.0.0.0/8"]}}"#
        return #"""
            {"format_version":"1.2","planned_values":{"root_module":{"child_modules":[{"address":"module.a","resources":[\#(rule)]}]}},
            "resource_changes":[{"address":"module.a.aws_security_group_rule.r","mode":"managed","type":"aws_security_group_rule","name":"r","change":{"actions":["create"],"before":null,"after":{},"after_unknown":{"security_group_id":true}}}],
            "configuration":{"root_module":{"module_calls":{"a":{"source":"./a","expressions":{"group":{"references":[\#(references)]}},
            "module":{"outputs":{\#(outputBlocks)},"resources":[{"address":"aws_security_group_rule.r","mode":"managed","type":"aws_security_group_rule","name":"r","expressions":{"security_group_id":{"references":["var.group"]}}}]}}}}}}
            """#
    }

    @Test(
        "a cycle through a module's variable and outputs leaves the group unknown",
        arguments: [1, 2, 8])
    func cycleThroughOutputs(fanOut: Int) throws {
        let snapshot = try TerraformImporter.load(
            bytes: Array(Self.cyclicPlan(fanOut: fanOut).utf8), file: "cyclic.json")
        let group = try #require(snapshot.securityGroups.first { $0.isImplied })
        #expect(group.ingress.count == 1)
        #expect(
            snapshot.unknownValues.contains {
                $0.address == "module.a.aws_security_group_rule.r"
                    && $0.attribute == "security_group_id"
            })
    }
}
