import Foundation
import SnapshotImport
import Testing

@Suite("Terraform source: where resources are declared")
struct TerraformSourceIndexTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")
        .path

    // Lines checked with `grep -n 'resource "' examples/*/main.tf examples/*/modules/*/main.tf`.
    static let openToWorldCases: [(address: String, file: String, line: Int)] = [
        ("aws_security_group.mwaa", "main.tf", 329),
        ("aws_vpc_endpoint.interface[\"sqs\"]", "main.tf", 453),
        ("aws_mwaa_environment.analytics", "main.tf", 705),
        ("module.exposure.aws_security_group.this", "modules/exposure/main.tf", 40),
        (
            "module.exposure.aws_vpc_security_group_ingress_rule.ipv4[0]",
            "modules/exposure/main.tf", 50
        ),
        (
            "module.exposure.aws_vpc_security_group_ingress_rule.ipv6[\"a.b\"]",
            "modules/exposure/main.tf", 61
        ),
    ]

    @Test(
        "broken-open-to-world: root resources, for_each keys and the module's resources",
        arguments: openToWorldCases)
    func openToWorld(address: String, file: String, line: Int) throws {
        let directory = Self.examples + "/broken-open-to-world"
        let index = try TerraformSourceIndex(directory: directory)
        let found = try #require(index.location(ofAddress: address))
        #expect(found.path == directory + "/" + file)
        #expect(found.line == line)
    }

    @Test("mwaa-private: one main.tf")
    func mwaaPrivate() throws {
        let directory = Self.examples + "/mwaa-private"
        let index = try TerraformSourceIndex(directory: directory)
        #expect(index.location(ofAddress: "aws_mwaa_environment.analytics")?.line == 694)
        #expect(index.location(ofAddress: "aws_vpc_endpoint.s3")?.line == 468)
        #expect(index.location(ofAddress: "aws_vpc_endpoint.s3")?.path == directory + "/main.tf")
        #expect(index.declarations.filter { $0.kind == .resource }.count == 38)
    }

    @Test("absent resources, ids and non-addresses have no location")
    func absent() throws {
        let index = try TerraformSourceIndex(directory: Self.examples + "/broken-open-to-world")
        #expect(index.location(ofAddress: "aws_security_group.nope") == nil)
        #expect(index.location(ofAddress: "sg-0123456789abcdef0") == nil)
        #expect(index.location(ofAddress: "data.aws_security_group.mwaa") == nil)
    }

    @Test("a folder that is not there is an input error")
    func missingFolder() {
        #expect(throws: InputError.self) {
            try TerraformSourceIndex(directory: Self.examples + "/no-such-folder")
        }
    }

    static func declaration(_ type: String, _ name: String, _ path: String, _ line: Int)
        -> TerraformBlockDeclaration
    {
        TerraformBlockDeclaration(kind: .resource, type: type, name: name, path: path, line: line)
    }

    @Test("several matches: the root folder, the module's folder, or nothing")
    func ambiguity() {
        let index = TerraformSourceIndex(
            directory: "infra",
            declarations: [
                Self.declaration("aws_security_group", "this", "infra/modules/a/main.tf", 3),
                Self.declaration("aws_security_group", "this", "infra/modules/b/main.tf", 5),
                Self.declaration("aws_security_group", "this", "infra/legacy/b/main.tf", 7),
                Self.declaration("aws_vpc", "main", "infra/main.tf", 1),
                Self.declaration("aws_vpc", "main", "infra/old/main.tf", 9),
                Self.declaration("aws_subnet", "a", "infra/x/main.tf", 2),
                Self.declaration("aws_subnet", "a", "infra/y/main.tf", 4),
            ])
        #expect(index.location(ofAddress: "module.a.aws_security_group.this")?.line == 3)
        #expect(index.location(ofAddress: "module.b.aws_security_group.this") == nil)
        #expect(index.location(ofAddress: "module.c.aws_security_group.this") == nil)
        #expect(index.location(ofAddress: "aws_vpc.main")?.path == "infra/main.tf")
        #expect(index.location(ofAddress: "aws_subnet.a") == nil)
    }

    @Test("module sources decide even when folders are not named like modules")
    func moduleSources() {
        let index = TerraformSourceIndex(
            directory: ".",
            declarations: [
                TerraformBlockDeclaration(
                    kind: .module, type: "./net", name: "vpc", path: "./main.tf", line: 1),
                TerraformBlockDeclaration(
                    kind: .module, type: "../shared/sg", name: "groups", path: "./net/main.tf",
                    line: 8),
                Self.declaration("aws_security_group", "this", "./net/main.tf", 20),
                Self.declaration("aws_security_group", "this", "./shared/sg/main.tf", 30),
                Self.declaration("aws_security_group", "this", "./groups/main.tf", 40),
            ])
        #expect(index.location(ofAddress: "module.vpc.aws_security_group.this")?.line == 20)
        #expect(
            index.location(ofAddress: "module.vpc.module.groups.aws_security_group.this[0]")?.line
                == 30)
    }

    @Test("headers are found with quoted or bare labels; comments and heredocs are skipped")
    func scanning() {
        let text = """
            # resource "aws_vpc" "commented" {
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            /*
            resource "aws_vpc" "in_block_comment" {}
            */
            resource aws_subnet bare {
              description = <<-EOT
                resource "aws_vpc" "in_heredoc" {
                EOT
            }
            data "aws_iam_policy_document" "assume" {
            }
            module "exposure" {
              source = "./modules/exposure"
            }
            module "registry" {
              source  = "terraform-aws-modules/vpc/aws"
            }
              resource "aws_route" "indented" {
            }
            """
        let found = TerraformSourceIndex.declarations(in: text, path: "main.tf")
        #expect(
            found == [
                TerraformBlockDeclaration(
                    kind: .resource, type: "aws_vpc", name: "main", path: "main.tf", line: 2),
                TerraformBlockDeclaration(
                    kind: .resource, type: "aws_subnet", name: "bare", path: "main.tf", line: 8),
                TerraformBlockDeclaration(
                    kind: .data, type: "aws_iam_policy_document", name: "assume", path: "main.tf",
                    line: 13),
                TerraformBlockDeclaration(
                    kind: .module, type: "./modules/exposure", name: "exposure", path: "main.tf",
                    line: 15),
                TerraformBlockDeclaration(
                    kind: .module, type: "", name: "registry", path: "main.tf", line: 18),
                TerraformBlockDeclaration(
                    kind: .resource, type: "aws_route", name: "indented", path: "main.tf", line: 21),
            ])
    }

    @Test(".terraform folders are not searched")
    func skipsDotTerraform() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tf-index-\(UUID().uuidString)")
        let downloaded = folder.appendingPathComponent(".terraform/modules/x")
        try FileManager.default.createDirectory(at: downloaded, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "resource \"aws_vpc\" \"main\" {\n}\n".write(
            to: folder.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        try "resource \"aws_vpc\" \"main\" {\n}\n".write(
            to: downloaded.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let index = try TerraformSourceIndex(directory: folder.path)
        #expect(index.declarations.count == 1)
        #expect(index.location(ofAddress: "aws_vpc.main")?.path == folder.path + "/main.tf")
    }
}
