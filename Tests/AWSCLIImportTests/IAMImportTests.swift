import Foundation
import NetworkModel
import SnapshotImport
import Testing

@Suite("IAM roles from aws iam get-role, get-role-policy and the role's policy lists")
struct IAMImportTests {
    static let roleARN = "arn:aws:iam::123456789012:role/service-role/etl-exec"

    /// A document's statements, parsed, for comparing documents whatever their layout.
    static func statements(_ text: String?) throws -> NSArray {
        let data = try #require(text?.data(using: .utf8))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
        return try #require(document["Statement"] as? NSArray)
    }

    @Test("a role with its trust policy, its inline policy and its attached policy")
    func role() throws {
        let folder = AWSCLIFixture.path("iam-role")
        let snapshot = try AWSCLIImporter.load([folder])
        let role = try #require(snapshot.iamRoles.first)
        #expect(snapshot.iamRoles.count == 1)
        #expect(role.id == "etl-exec" && role.name == "etl-exec")
        #expect(role.arn == .known(Self.roleARN) && role.path == "/service-role/")
        let trust = try Self.statements(role.trustPolicy?.value)
        #expect((trust.firstObject as? NSDictionary)?["Action"] as? String == "sts:AssumeRole")
        #expect(role.provenance.file == "\(folder)/etl-exec/Role.json")
        #expect(role.provenance.address == "etl-exec" && role.provenance.line == 2)

        #expect(role.policies.map(\.name) == ["etl-exec-logs"])
        let policy = try #require(role.policies.first)
        let allowed = try Self.statements(policy.document.value)
        #expect((allowed.firstObject as? NSDictionary)?["Action"] as? String == "logs:PutLogEvents")
        #expect(policy.provenance.file == "\(folder)/etl-exec/etl-exec-logs.json")
        #expect(policy.provenance.address == "etl-exec")
        #expect(policy.provenance.attributePath == "PolicyDocument")
        #expect(policy.provenance.line == 4 && policy.provenance.column == 23)

        #expect(role.attachedPolicyARNs == ["arn:aws:iam::aws:policy/AmazonSQSFullAccess"])
        #expect(snapshot.unknownValues.isEmpty && snapshot.notes.isEmpty)
        #expect(snapshot.unsupportedResources.isEmpty)
    }

    static let trustPolicy =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"airflow.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

    static func roleOutput(trustPolicy: String) -> String {
        #"{"Role": {"RoleName": "r", "Path": "/", "Arn": "arn:aws:iam::123456789012:role/r", "AssumeRolePolicyDocument": \#(trustPolicy)}}"#
    }

    @Test(
        "a trust policy given as a string, URL-encoded or not, is the same document",
        arguments: [
            trustPolicy,
            "\"\(trustPolicy.replacingOccurrences(of: "\"", with: "\\\""))\"",
            "\"\(trustPolicy.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)\"",
        ])
    func trustPolicyForms(form: String) throws {
        let snapshot = try AWSCLIFixture.importing(Self.roleOutput(trustPolicy: form))
        let role = try #require(snapshot.iamRoles.first)
        #expect(
            try Self.statements(role.trustPolicy?.value)
                == Self.statements(Self.trustPolicy))
    }

    @Test("a role without its policy lists has unknown policies, not none")
    func roleAlone() throws {
        let snapshot = try AWSCLIFixture.importing(Self.roleOutput(trustPolicy: Self.trustPolicy))
        let role = try #require(snapshot.iamRoles.first)
        #expect(role.policies.map(\.name) == ["inline policies", "attached policies"])
        #expect(role.policies.allSatisfy { $0.document.unknown != nil })
        #expect(
            snapshot.unknownValues.map(\.reason) == [
                "`aws iam list-role-policies --role-name r` is not in the input",
                "`aws iam list-attached-role-policies --role-name r` is not in the input",
            ])
    }

    /// Imports files written to a temporary folder, by name.
    static func importing(files: [String: String]) throws -> NetworkSnapshot {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "iam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try AWSCLIImporter.load([folder.path])
    }

    @Test("an inline policy the role's list names but the input lacks is unknown")
    func listedPolicyMissing() throws {
        let snapshot = try Self.importing(files: [
            "Role.json": Self.roleOutput(trustPolicy: Self.trustPolicy),
            "PolicyNames.json": #"{"RoleName": "r", "PolicyNames": ["a", "b"]}"#,
            "a.json": #"{"RoleName": "r", "PolicyName": "a", "PolicyDocument": {"Statement": []}}"#,
            "AttachedPolicies.json": #"{"RoleName": "r", "AttachedPolicies": []}"#,
        ])
        let role = try #require(snapshot.iamRoles.first)
        #expect(role.policies.map(\.name) == ["a", "b"])
        #expect(role.policies[0].document.value != nil)
        #expect(
            role.policies[1].document.unknown?.reason
                == "`aws iam get-role-policy --role-name r --policy-name b` is not in the input")
    }

    @Test("a customer-managed policy's version gives the attached policy its document")
    func managedPolicyVersion() throws {
        let customer = "arn:aws:iam::123456789012:policy/etl-queue"
        let awsManaged = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
        let snapshot = try Self.importing(files: [
            "Role.json": Self.roleOutput(trustPolicy: Self.trustPolicy),
            "PolicyNames.json": #"{"RoleName": "r", "PolicyNames": []}"#,
            "AttachedPolicies.json": """
            {"RoleName": "r", "AttachedPolicies": [
                {"PolicyName": "etl-queue", "PolicyArn": "\(customer)"},
                {"PolicyName": "AmazonS3ReadOnlyAccess", "PolicyArn": "\(awsManaged)"}]}
            """,
            "etl-queue.json": """
            {"PolicyArn": "\(customer)", "PolicyVersion": {"VersionId": "v2", "IsDefaultVersion": true,
                "Document": {"Version": "2012-10-17", "Statement": [
                    {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"}]}}}
            """,
        ])
        let role = try #require(snapshot.iamRoles.first)
        #expect(role.policies.map(\.name) == ["etl-queue"])
        #expect(role.policies.first?.provenance.address == customer)
        #expect(try Self.statements(role.policies.first?.document.value).count == 1)
        #expect(role.attachedPolicyARNs == [awsManaged])
        #expect(snapshot.iamPolicies.map(\.arn) == [.known(customer)])
        #expect(snapshot.unknownValues.isEmpty && snapshot.notes.isEmpty)
    }

    @Test("policies of a role not in the input, and lists that name no role, are noted")
    func unattributable() throws {
        let inline = try AWSCLIFixture.importing(
            #"{"RoleName": "gone", "PolicyName": "p", "PolicyDocument": {"Statement": []}}"#)
        #expect(inline.iamRoles.isEmpty)
        #expect(inline.notes.map(\.address) == ["gone"])
        #expect(
            inline.notes.first?.message.contains("not in the input (`aws iam get-role`)") == true)
        let attached = try AWSCLIFixture.importing(
            #"{"AttachedPolicies": [{"PolicyName": "p", "PolicyArn": "arn:aws:iam::aws:policy/p"}]}"#,
            file: "attached.json")
        #expect(attached.notes.map(\.address) == ["attached.json"])
        #expect(attached.notes.first?.message.contains("not attributable") == true)
        #expect(attached.unsupportedResources.isEmpty)
        let version = try AWSCLIFixture.importing(
            #"{"PolicyVersion": {"VersionId": "v1", "Document": {"Statement": []}}}"#,
            file: "version.json")
        #expect(version.notes.map(\.address) == ["version.json"])
        #expect(version.iamPolicies.isEmpty)
    }
}
