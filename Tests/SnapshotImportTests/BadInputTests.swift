import Foundation
import NetworkModel
import SnapshotImport
import Testing

@Suite("Bad input is rejected with the file, the place and what to do")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let message: String
        var line: Int? = nil
        var path: String? = nil
        var testDescription: String { name }
    }

    static func state(_ resource: String) -> String {
        #"{"format_version":"1.0","values":{"root_module":{"resources":[\#(resource)]}}}"#
    }

    static func sgRule(from: String, to: String, cidr: String = "10.0.0.0/16") -> String {
        state(
            #"{"address":"aws_security_group_rule.r","mode":"managed","type":"aws_security_group_rule","name":"r","values":{"type":"ingress","security_group_id":"sg-1","protocol":"tcp","from_port":\#(from),"to_port":\#(to),"cidr_blocks":["\#(cidr)"]}}"#
        )
    }

    static let cases: [Case] = [
        Case(name: "empty file", bytes: [], message: "invalid JSON"),
        Case(
            name: "truncated JSON", bytes: Array("{\n  \"values\": {\n".utf8),
            message: "invalid JSON", line: 3),
        Case(name: "a bare array", bytes: Array("[1, 2]".utf8), message: "not an object"),
        Case(
            name: "JSON that is not Terraform", bytes: Array(#"{"name": "x"}"#.utf8),
            message: "not Terraform output"),
        Case(
            name: "the streaming log of terraform plan -json",
            bytes: Array(#"{"@level":"info","@message":"Terraform 1.9.8","type":"version"}"#.utf8)
                + [10]
                + Array(
                    #"{"@level":"info","@message":"Plan: 1 to add","type":"change_summary"}"#.utf8),
            message: "streaming log"),
        Case(
            name: "a binary plan file", bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0],
            message: "binary Terraform plan"),
        Case(
            name: "format_version 2", bytes: Array(#"{"format_version":"2.0","values":{}}"#.utf8),
            message: "format_version 2.0 is not supported"),
        Case(
            name: "tfstate version 3",
            bytes: Array(#"{"version":3,"resources":[],"lineage":"x"}"#.utf8),
            message: "version 3 is not supported"),
        Case(
            name: "an octet above 255",
            bytes: Array(sgRule(from: "443", to: "443", cidr: "10.0.0.300/24").utf8),
            message: "invalid CIDR block", path: "aws_security_group_rule.r.cidr_blocks"),
        Case(
            name: "a prefix longer than 32",
            bytes: Array(sgRule(from: "443", to: "443", cidr: "10.0.0.0/33").utf8),
            message: "invalid CIDR block", path: "aws_security_group_rule.r.cidr_blocks"),
        Case(
            name: "a port above 65535", bytes: Array(sgRule(from: "70000", to: "70000").utf8),
            message: "ports must be from 0 to 65535", path: "aws_security_group_rule.r.from_port"),
        Case(
            name: "a reversed port range", bytes: Array(sgRule(from: "443", to: "80").utf8),
            message: "reversed", path: "aws_security_group_rule.r.from_port"),
        Case(
            name: "a port of 1e400", bytes: Array(sgRule(from: "1e400", to: "443").utf8),
            message: "not a whole number", path: "aws_security_group_rule.r.from_port"),
        Case(
            name: "an unknown protocol",
            bytes: Array(
                state(
                    #"{"address":"aws_network_acl_rule.r","mode":"managed","type":"aws_network_acl_rule","name":"r","values":{"network_acl_id":"acl-1","rule_number":100,"egress":false,"rule_action":"allow","protocol":"http","cidr_block":"0.0.0.0/0"}}"#
                ).utf8),
            message: "unknown protocol", path: "aws_network_acl_rule.r.protocol"),
        Case(
            name: "a NACL rule number of 40000",
            bytes: Array(
                state(
                    #"{"address":"aws_network_acl_rule.r","mode":"managed","type":"aws_network_acl_rule","name":"r","values":{"network_acl_id":"acl-1","rule_number":40000,"egress":false,"rule_action":"allow","protocol":"-1","cidr_block":"0.0.0.0/0"}}"#
                ).utf8),
            message: "outside 1–32766", path: "aws_network_acl_rule.r.rule_number"),
        Case(
            name: "an action that is neither allow nor deny",
            bytes: Array(
                state(
                    #"{"address":"aws_network_acl_rule.r","mode":"managed","type":"aws_network_acl_rule","name":"r","values":{"network_acl_id":"acl-1","rule_number":100,"egress":false,"rule_action":"permit","protocol":"-1","cidr_block":"0.0.0.0/0"}}"#
                ).utf8),
            message: "allow or deny", path: "aws_network_acl_rule.r.rule_action"),
        Case(
            name: "one address written twice",
            bytes: Array(
                state(
                    #"{"address":"aws_subnet.a","mode":"managed","type":"aws_subnet","name":"a","values":{"vpc_id":"vpc-1","cidr_block":"10.0.0.0/24"}},"#
                        + "\n"
                        + #"{"address":"aws_subnet.a","mode":"managed","type":"aws_subnet","name":"a","values":{"vpc_id":"vpc-1","cidr_block":"10.0.1.0/24"}}"#
                ).utf8),
            message: "`aws_subnet.a` is written twice (first at line 1)", line: 2,
            path: "aws_subnet.a"),
    ]

    @Test("rejected with a clear message", arguments: cases)
    func rejected(_ testCase: Case) throws {
        let error = try #require(throws: InputError.self) {
            try TerraformImporter.load(bytes: testCase.bytes, file: "bad.json")
        }
        #expect(error.file == "bad.json")
        #expect(error.description.contains(testCase.message), "\(error)")
        if let line = testCase.line { #expect(error.line == line, "\(error)") }
        if let path = testCase.path { #expect(error.path?.hasPrefix(path) == true, "\(error)") }
        #expect(error.description.hasPrefix("bad.json"))
    }

    @Test("an error inside the document names its line and column")
    func lineAndColumn() throws {
        let text =
            "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[\n"
            + #"{"address":"aws_subnet.a","mode":"managed","type":"aws_subnet","name":"a","values":{"vpc_id":"vpc-1","cidr_block":"10.0.0.0/33"}}"#
            + "\n]}}}"
        let error = try #require(throws: InputError.self) { try Fixture.importing(text) }
        #expect(error.line == 2)
        #expect(error.column == 115)
        #expect(
            error.description.hasPrefix("input.json:2:115: error: invalid CIDR block '10.0.0.0/33'")
        )
    }

    @Test("a file that does not exist, and a folder, are input errors")
    func missingFiles() {
        #expect(throws: InputError.self) { try TerraformImporter.load(["/nonexistent/plan.json"]) }
        #expect(throws: InputError.self) { try TerraformImporter.load([NSTemporaryDirectory()]) }
    }

    @Test("UTF-16 with a byte-order mark (PowerShell's `>`) is accepted")
    func utf16() throws {
        let text = Self.state(
            #"{"address":"aws_vpc.v","mode":"managed","type":"aws_vpc","name":"v","values":{"id":"vpc-1","cidr_block":"10.0.0.0/16"}}"#
        )
        let bytes: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let snapshot = try TerraformImporter.load(bytes: bytes, file: "plan.json")
        #expect(snapshot.vpcs.count == 1)
    }

    @Test("references to groups and subnets not in the input are kept, listed as unresolved")
    func unresolvedReferences() throws {
        let text = Self.state(
            #"{"address":"aws_instance.i","mode":"managed","type":"aws_instance","name":"i","values":{"subnet_id":"subnet-gone","vpc_security_group_ids":["sg-gone"]}}"#
        )
        let snapshot = try Fixture.importing(text)
        #expect(snapshot.unresolvedReferences.map(\.target).sorted() == ["sg-gone", "subnet-gone"])
        #expect(snapshot.workloads.first?.subnets.first?.objectID == nil)
    }

    @Test("an empty state is a valid, empty snapshot")
    func emptyState() throws {
        let snapshot = try Fixture.importing(
            #"{"format_version":"1.0","terraform_version":"1.9.8"}"#)
        #expect(snapshot.vpcs.isEmpty && snapshot.inputs.count == 1)
    }
}

@Suite("AWS's published address ranges")
struct AWSIPRangesTests {
    @Test("blocks per service and region, IPv4 and IPv6")
    func parses() throws {
        let text =
            #"{"createDate":"2024-11-01-00-00-00","prefixes":[{"ip_prefix":"52.218.0.0/17","region":"eu-west-1","service":"S3","network_border_group":"eu-west-1"},{"ip_prefix":"3.5.0.0/19","region":"us-east-1","service":"S3","network_border_group":"us-east-1"}],"ipv6_prefixes":[{"ipv6_prefix":"2a05:d07a:a000::/40","region":"eu-west-1","service":"S3","network_border_group":"eu-west-1"}]}"#
        let ranges = try AWSIPRangesImporter.parse(Array(text.utf8), file: "ip-ranges.json")
        #expect(
            ranges.blocks(service: "S3", region: "eu-west-1").map(\.description) == [
                "52.218.0.0/17", "2a05:d07a:a000::/40",
            ])
        #expect(ranges.createDate == "2024-11-01-00-00-00")
    }

    @Test("a file that is not ip-ranges.json, or a bad block, is an input error")
    func rejects() {
        #expect(throws: InputError.self) {
            try AWSIPRangesImporter.parse(Array(#"{"a":1}"#.utf8), file: "x.json")
        }
        #expect(throws: InputError.self) {
            try AWSIPRangesImporter.parse(
                Array(
                    #"{"prefixes":[{"ip_prefix":"52.218.0.0/33","region":"r","service":"S3"}]}"#
                        .utf8), file: "x.json")
        }
    }

    @Test("the shared corpus copy loads")
    func corpus() throws {
        guard let corpus = Fixture.corpus else { return }
        let ranges = try AWSIPRangesImporter.load(
            corpus.appendingPathComponent("aws-ip-ranges/ip-ranges.json").path)
        #expect(!ranges.blocks(service: "S3", region: "eu-west-1").isEmpty)
    }
}
