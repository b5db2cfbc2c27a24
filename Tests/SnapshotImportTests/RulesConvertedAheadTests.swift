import BenchmarkSupport
import Foundation
import NetworkModel
import Testing

@_spi(Testing) @testable import SnapshotImport

/// Security group rules converted on every core before the builder's pass must give the
/// snapshot the pass gives on its own: the same rules, references, unknowns and notes, in
/// the same order, and the same first error.
@Suite("Security group rules converted ahead, on several threads")
struct RulesConvertedAheadTests {
    struct Input: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }
    }

    static var inputs: [Input] {
        var paths = ["plan-first-create.json", "raw-state.tfstate", "state-quirks.json"].map(
            Fixture.path)
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "examples")
        for example in (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [] {
            for file in ["plan.json", "state.json"] {
                let path = examples.appendingPathComponent(example).appendingPathComponent(file)
                if FileManager.default.fileExists(atPath: path.path) { paths.append(path.path) }
            }
        }
        paths += CorpusTests.terraformFiles
        var inputs = paths.sorted().compactMap { path in
            FileManager.default.contents(atPath: path).map {
                Input(
                    name: path.split(separator: "/").suffix(2).joined(separator: "/"),
                    bytes: Array($0))
            }
        }
        let generated = TerraformPlanGenerator(size: .small).generate()
        inputs.append(Input(name: "generated S state", bytes: generated.state))
        inputs.append(Input(name: "generated S plan", bytes: generated.plan))
        return inputs
    }

    /// The whole snapshot as text (every part is an array, so the text is in their order),
    /// or the error.
    static func imported(_ input: Input, view: SnapshotView, ahead: Bool) -> String {
        do {
            let snapshot = try TerraformImporter.load(
                bytes: input.bytes, file: input.name, view: view, usingSecondThread: ahead)
            return String(describing: snapshot)
        } catch {
            return "error: \(error)"
        }
    }

    @Test("every input imports the same either way", arguments: inputs)
    func sameSnapshot(input: Input) {
        for view in SnapshotView.allCases {
            let alone = Self.imported(input, view: view, ahead: false)
            let ahead = Self.imported(input, view: view, ahead: true)
            #expect(alone == ahead, "view \(view)")
            #expect(
                !alone.hasPrefix("error:") || input.name.contains("broken"), "\(alone.prefix(300))")
        }
    }

    static func state(_ resources: [String]) -> Input {
        let text = """
            {"format_version": "1.0", "values": {"root_module": {"resources": [
            \(resources.joined(separator: ",\n"))
            ]}}}
            """
        return Input(name: "state.json", bytes: Array(text.utf8))
    }

    static func group(_ name: String, id: String, ingress: String) -> String {
        """
        {"address": "aws_security_group.\(name)", "mode": "managed", "type": "aws_security_group",
         "name": "\(name)", "values": {"id": "\(id)", "name": "\(name)", "vpc_id": "vpc-404",
         "ingress": [\(ingress)], "egress": []}}
        """
    }

    static func rule(_ name: String, _ values: String) -> String {
        """
        {"address": "aws_security_group_rule.\(name)", "mode": "managed",
         "type": "aws_security_group_rule", "name": "\(name)", "values": {\(values)}}
        """
    }

    static let selfRule =
        #"{"protocol": "tcp", "from_port": 5432, "to_port": 5432, "self": true, "cidr_blocks": ["10.0.0.0/16"], "security_groups": ["sg-elsewhere"]}"#

    @Test("unresolved references, self peers and a group not in the input come out the same")
    func sameEffects() throws {
        let input = Self.state([
            Self.group("db", id: "sg-1", ingress: Self.selfRule),
            Self.rule(
                "orphan",
                #""type": "ingress", "security_group_id": "sg-missing", "protocol": "tcp", "from_port": 443, "to_port": 443, "self": true, "prefix_list_ids": ["pl-none"]"#
            ),
            Self.rule(
                "unknown_type",
                #""security_group_id": "sg-1", "protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]"#
            ),
        ])
        let alone = Self.imported(input, view: .planned, ahead: false)
        #expect(alone == Self.imported(input, view: .planned, ahead: true))
        let snapshot = try TerraformImporter.load(
            bytes: input.bytes, file: input.name, view: .planned, usingSecondThread: true)
        #expect(
            snapshot.unresolvedReferences.map(\.target) == [
                "vpc-404", "sg-elsewhere", "sg-missing", "pl-none",
            ])
        #expect(snapshot.group("aws_security_group.db")?.ingress.count == 3)
        #expect(snapshot.group("sg-missing")?.ingress.count == 2)
        #expect(snapshot.unknownValues.map(\.attribute) == ["type"])
    }

    @Test("separate rules of groups in the input and elsewhere come out the same, in order")
    func separateRulesOfManyGroups() throws {
        // Hundreds of separate rules, so that the second thread takes a share: where it
        // found the group in the input the pass uses that group; the others it finds again.
        var resources = (0..<20).map { Self.group("g\($0)", id: "sg-\($0)", ingress: "") }
        for index in 0..<400 {
            let group = index % 7 == 0 ? "sg-missing-\(index % 3)" : "sg-\(index % 20)"
            let port = 1_000 + index
            resources.append(
                Self.rule(
                    "r\(index)",
                    #""type": "ingress", "security_group_id": "\#(group)", "protocol": "tcp", "from_port": \#(port), "to_port": \#(port), "self": \#(index % 5 == 0), "cidr_blocks": ["10.\#(index % 250).0.0/16"]"#
                ))
            resources.append(
                """
                {"address": "aws_vpc_security_group_egress_rule.e\(index)", "mode": "managed",
                 "type": "aws_vpc_security_group_egress_rule", "name": "e\(index)",
                 "values": {"security_group_id": "\(group)", "ip_protocol": "tcp",
                 "from_port": \(port), "to_port": \(port), "referenced_security_group_id": "sg-\(index % 9)"}}
                """)
        }
        let input = Self.state(resources)
        let alone = Self.imported(input, view: .planned, ahead: false)
        #expect(!alone.hasPrefix("error:"), "\(alone.prefix(300))")
        for _ in 0..<5 {
            #expect(Self.imported(input, view: .planned, ahead: true) == alone)
        }
        let snapshot = try TerraformImporter.load(
            bytes: input.bytes, file: input.name, view: .planned, usingSecondThread: true)
        let ingress = snapshot.securityGroups.filter { !$0.isDefault }.map(\.ingress.count).reduce(
            0, +)
        let egress = snapshot.securityGroups.filter { !$0.isDefault }.map(\.egress.count).reduce(
            0, +)
        // One CIDR rule per separate rule, and a self rule for every fifth.
        #expect(ingress == 400 + 80)
        #expect(egress == 400)
        #expect(snapshot.group("sg-missing-0")?.isImplied == true)
    }

    @Test("the first invalid rule in input order is the error either way")
    func sameFirstError() {
        let input = Self.state([
            Self.group(
                "first", id: "sg-1",
                ingress:
                    #"{"protocol": "tcp", "from_port": 70000, "to_port": 70000, "cidr_blocks": ["10.0.0.0/8"]}"#
            ),
            Self.rule(
                "second",
                #""type": "ingress", "security_group_id": "sg-1", "protocol": "bogus", "from_port": 1, "to_port": 1, "cidr_blocks": ["10.0.0.0/8"]"#
            ),
        ])
        let alone = Self.imported(input, view: .planned, ahead: false)
        #expect(alone.hasPrefix("error:") && alone.contains("aws_security_group.first"))
        #expect(alone == Self.imported(input, view: .planned, ahead: true))
    }
}
