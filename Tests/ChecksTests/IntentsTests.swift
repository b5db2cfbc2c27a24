import Checks
import Foundation
import NetworkModel
import Testing

/// `--intents`: the file's form, its mistakes, and the flows it requires and forbids.
@Suite("Intents")
struct IntentsTests {
    static func read(_ name: String) throws(CheckInputError) -> Intents {
        let url = CheckFixture.fixture(name)
        let bytes = [UInt8]((try? Data(contentsOf: url)) ?? Data())
        return try Intents(bytes: bytes, file: name)
    }

    @Test("a file is read with its flows, protocols, ports and places")
    func reading() throws {
        let intents = try Self.read("intents-private.json")
        #expect(intents.require.count == 2)
        #expect(intents.require[0].ports == PortRange(443))
        #expect(intents.require[1].ports == PortRange(8080))
        #expect(intents.forbid[0].ipProtocol == .all)
        #expect(intents.forbid[1].ports == nil)
        #expect(intents.excludedDataStores == ["analytics-warehouse"])
        #expect(intents.require[0].location == "intents-private.json:3:5")
    }

    @Test(
        "mistakes name the file, line:column and path",
        arguments: [
            ("intents-bad-ports.json", "intents-bad-ports.json:3:93: error: at require[0].ports"),
            (
                "intents-unknown-key.json",
                "intents-unknown-key.json:1:15: error: at requires unknown key"
            ),
        ])
    func mistakes(file: String, start: String) {
        #expect {
            try Self.read(file)
        } throws: { error in
            "\(error)".hasPrefix(start)
        }
    }

    @Test("not JSON is a syntax error with its place")
    func notJSON() {
        #expect {
            try Intents(bytes: Array("{\"require\": [}".utf8), file: "i.json")
        } throws: { error in
            "\(error)".hasPrefix("i.json:1:14: error:")
        }
    }

    @Test("required flows that hold pass; a blocked one is an intent-required error")
    func required() throws {
        let snapshot = try CheckFixture.example("mwaa-private")
        let findings = CheckFixture.run(
            snapshot, CheckOptions(intents: try Self.read("intents-private.json")))
        let required = findings.filter { $0.rule == "intent-required" }
        // Redshift's group has no egress to the environment: the second flow is blocked.
        #expect(required.count == 1)
        #expect(required.first?.message.contains("tcp 8080") == true)
        #expect(required.first?.evidence.details.first == "declared at intents-private.json:4:5")
    }

    @Test("a forbidden flow that gets through is an intent-forbidden error; a closed one is not")
    func forbidden() throws {
        let snapshot = try CheckFixture.example("mwaa-private")
        let findings = CheckFixture.run(
            snapshot, CheckOptions(intents: try Self.read("intents-private.json")))
        let forbidden = findings.filter { $0.rule == "intent-forbidden" }
        #expect(forbidden.count == 1)
        #expect(
            forbidden.first?.resources.map(\.address) == [
                "aws_mwaa_environment.analytics", "aws_redshift_cluster.main",
            ])
        #expect(forbidden.first?.evidence.details.contains { $0.hasPrefix("open: tcp") } == true)
    }

    @Test("an excluded data store is not a dependency: no mwaa-data-store check, no scope")
    func excluded() throws {
        let snapshot = try CheckFixture.example("broken-redshift-sg", file: "plan.json")
        #expect(!CheckFixture.findings("mwaa-data-store", snapshot).isEmpty)
        let options = CheckOptions(
            intents: Intents(excludedDataStores: ["aws_redshift_cluster.main"]))
        #expect(CheckFixture.findings("mwaa-data-store", snapshot, options).isEmpty)
        #expect(CheckFixture.findings("excess-ingress", snapshot, options).isEmpty)
    }

    @Test("a required flow to a store makes it a dependency: RDS checked on its port")
    func rdsDependency() throws {
        let snapshot = try CheckFixture.example("mwaa-public")
        let intents = try Intents(
            bytes: [UInt8](
                try Data(
                    contentsOf: CheckFixture.examples.appendingPathComponent(
                        "mwaa-public/intents.json"))),
            file: "intents.json")
        let findings = CheckFixture.run(snapshot, CheckOptions(intents: intents))
        #expect(findings.allSatisfy { $0.severity == .note })
        var broken = snapshot
        CheckFixture.change(
            &broken.securityGroups, where: { $0.id == "aws_security_group.postgres" }
        ) {
            $0.ingress = []
        }
        let blocked = CheckFixture.findings(
            "mwaa-data-store", broken, CheckOptions(intents: intents))
        #expect(blocked.map { $0.resources.last?.address } == ["aws_db_instance.reporting"])
    }
}
