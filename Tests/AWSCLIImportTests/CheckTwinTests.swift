import Checks
import Foundation
import NetworkModel
import SnapshotImport
import Testing

/// `vpcreach check` gives the same findings for a Terraform example and its AWS CLI twin.
/// Terraform names resources by address with the AWS id beside; the twin names them by
/// AWS id (the environment by name, which is its AWS id in both).
@Suite("check gives the same findings for a Terraform example and its AWS CLI twin")
struct CheckTwinTests {
    static let sqsEndpoint = "vpce-082e39be8e0e403a9"

    /// A finding as both inputs name it: severity, rule and each resource by AWS id (by
    /// address when it has none, as `service:sqs`).
    static func comparable(_ finding: Finding) -> String {
        let resources = finding.resources.map { $0.awsID ?? $0.address }
        return "\(finding.severity) \(finding.rule) \(resources.joined(separator: " "))"
    }

    static func expectSameFindings(terraform: NetworkSnapshot, awsCLI: NetworkSnapshot) {
        let expected = CheckRunner(snapshot: terraform).run().findings
        let found = CheckRunner(snapshot: awsCLI).run().findings
        #expect(found.count == expected.count)
        #expect(
            found.map { "\($0.severity) \($0.rule)" }.sorted()
                == expected.map { "\($0.severity) \($0.rule)" }.sorted())
        #expect(found.map(comparable).sorted() == expected.map(comparable).sorted())
    }

    @Test("mwaa-private and mwaa-private-aws-cli: the same findings, none above a note")
    func mwaaPrivate() throws {
        let terraform = try TerraformImporter.load([
            AWSCLIFixture.example("mwaa-private/state.json")
        ])
        let awsCLI = try SnapshotLoader.load([AWSCLIFixture.example("mwaa-private-aws-cli")])
        Self.expectSameFindings(terraform: terraform, awsCLI: awsCLI)
        let findings = CheckRunner(snapshot: awsCLI).run().findings
        #expect(!findings.isEmpty && findings.allSatisfy { $0.severity == .note })
    }

    @Test("broken-missing-endpoint and the twin without its sqs endpoint: the same findings")
    func missingEndpoint() throws {
        let folder = try Self.twinCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.removeEndpoint(Self.sqsEndpoint, in: folder.appendingPathComponent(Self.region))
        let terraform = try TerraformImporter.load([
            AWSCLIFixture.example("broken-missing-endpoint/plan.json")
        ])
        let awsCLI = try SnapshotLoader.load([folder.path])
        #expect(awsCLI.vpcEndpoints.count == 9)
        Self.expectSameFindings(terraform: terraform, awsCLI: awsCLI)
        let errors = CheckRunner(snapshot: awsCLI).run().findings.filter { $0.severity == .error }
        #expect(errors.map(\.rule).sorted() == ["mwaa-service-path", "mwaa-vpc-endpoints"])
        #expect(errors.allSatisfy { $0.resources.map(\.address) == ["analytics", "service:sqs"] })
    }

    static let region = "111122223333/eu-west-1"

    /// A copy of `examples/mwaa-private-aws-cli` in a temporary folder.
    static func twinCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twin-\(UUID().uuidString)")
        try FileManager.default.copyItem(
            atPath: AWSCLIFixture.example("mwaa-private-aws-cli"), toPath: folder.path)
        return folder
    }

    /// Deletes an interface endpoint as AWS does: the endpoint and its interfaces go.
    static func removeEndpoint(_ id: String, in region: URL) throws {
        var interfaces: [String] = []
        try edit(region.appendingPathComponent("VpcEndpoints.json"), key: "VpcEndpoints") {
            endpoints in
            let removed = endpoints.filter { ($0["VpcEndpointId"] as? String) == id }
            interfaces = removed.flatMap { $0["NetworkInterfaceIds"] as? [String] ?? [] }
            return endpoints.filter { ($0["VpcEndpointId"] as? String) != id }
        }
        #expect(interfaces.count == 2)
        try edit(region.appendingPathComponent("NetworkInterfaces.json"), key: "NetworkInterfaces")
        {
            $0.filter { !interfaces.contains($0["NetworkInterfaceId"] as? String ?? "") }
        }
    }

    /// Rewrites the array under `key` of a file.
    static func edit(
        _ file: URL, key: String,
        _ change: ([[String: Any]]) throws -> [[String: Any]]
    ) throws {
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let elements = try #require(root[key] as? [[String: Any]])
        let data = try JSONSerialization.data(
            withJSONObject: [key: try change(elements)], options: [.prettyPrinted, .sortedKeys])
        try data.write(to: file)
    }
}
