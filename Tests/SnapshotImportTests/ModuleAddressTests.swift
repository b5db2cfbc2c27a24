import JSONSupport
import NetworkModel
import Testing

@testable import SnapshotImport

/// Terraform 0.12 wrote a plan's prior state with module resources' addresses relative to
/// their module and without their instance key; the importer gives them the addresses
/// Terraform uses everywhere else, so that two modules' resources stay apart.
@Suite("Addresses of module resources in a Terraform 0.12 prior state")
struct ModuleAddressTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let written: String
        let module: String
        let index: JSONValue?
        let full: String
        var testDescription: String { "\(written) in `\(module)` → \(full)" }
    }

    static let cases = [
        Case(written: "aws_vpc.main", module: "", index: nil, full: "aws_vpc.main"),
        Case(
            written: "module.net.aws_vpc.main", module: "module.net", index: nil,
            full: "module.net.aws_vpc.main"),
        Case(
            written: "aws_vpc.main", module: "module.net", index: nil,
            full: "module.net.aws_vpc.main"),
        Case(
            written: "aws_subnet.private", module: "module.net", index: 2,
            full: "module.net.aws_subnet.private[2]"),
        Case(
            written: "data.aws_vpc.default", module: "module.a[\"x\"]", index: "blue",
            full: "module.a[\"x\"].data.aws_vpc.default[\"blue\"]"),
        Case(
            written: "module.net.aws_subnet.private[2]", module: "module.net", index: 2,
            full: "module.net.aws_subnet.private[2]"),
        // `module.network` is not inside `module.net`.
        Case(
            written: "module.network.aws_vpc.main", module: "module.net", index: nil,
            full: "module.net.module.network.aws_vpc.main"),
    ]

    @Test("the module's address and the instance key are added where missing", arguments: cases)
    func fullAddress(_ testCase: Case) {
        #expect(
            TerraformResourceInstance.fullAddress(
                testCase.written, module: testCase.module, index: testCase.index)
                == testCase.full)
    }

    static func group(_ address: String, id: String, port: Int) -> String {
        """
        {"address": "\(address)", "mode": "managed", "type": "aws_security_group", "name": "app",
         "values": {"id": "\(id)", "name": "app", "ingress": [{"protocol": "tcp",
         "from_port": \(port), "to_port": \(port), "cidr_blocks": ["10.0.0.0/16"]}],
         "egress": []}}
        """
    }

    static func module(_ address: String, _ resources: [String]) -> String {
        #"{"address": "\#(address)", "resources": [\#(resources.joined(separator: ","))]}"#
    }

    static func rootModule(children: [String]) -> String {
        #"{"resources": [], "child_modules": [\#(children.joined(separator: ","))]}"#
    }

    @Test("two modules' groups written with one relative address stay two groups")
    func priorStateOfTwoModules() throws {
        let prior = Self.rootModule(children: [
            Self.module(
                "module.web", [Self.group("aws_security_group.app", id: "sg-1", port: 443)]),
            Self.module(
                "module.db", [Self.group("aws_security_group.app", id: "sg-2", port: 5432)]),
        ])
        let planned = Self.rootModule(children: [
            Self.module(
                "module.web",
                [Self.group("module.web.aws_security_group.app", id: "sg-1", port: 443)]),
            Self.module(
                "module.db",
                [Self.group("module.db.aws_security_group.app", id: "sg-2", port: 5432)]),
        ])
        let text = """
            {"format_version": "0.1", "terraform_version": "0.12.24",
             "planned_values": {"root_module": \(planned)},
             "prior_state": {"format_version": "0.1", "values": {"root_module": \(prior)}}}
            """
        let before = try TerraformImporter.load(
            bytes: Array(text.utf8), file: "plan.json", view: .prior)
        let after = try TerraformImporter.load(
            bytes: Array(text.utf8), file: "plan.json", view: .planned)
        for snapshot in [before, after] {
            #expect(
                snapshot.securityGroups.map { $0.id.rawValue }.sorted() == [
                    "module.db.aws_security_group.app", "module.web.aws_security_group.app",
                ])
            #expect(
                snapshot.group("module.db.aws_security_group.app")?.ingress.first?.traffic
                    == .known(.tcp(PortRange(5432))))
        }
    }
}
