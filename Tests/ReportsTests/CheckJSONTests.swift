import Checks
import Foundation
import JSONSupport
import Reports
import Testing

@Suite("check: JSON")
struct CheckJSONTests {
    let report = SampleResults.report(SampleResults.mixed)

    func parsed() throws -> JSONValue {
        try JSONParser.parse(report.json().serialized()).root
    }

    @Test("the top level has the documented keys in order")
    func topLevel() throws {
        let root = try parsed()
        #expect(
            root.object?.keys == [
                "version", "tool", "inputs", "environments", "summary", "findings",
            ])
        #expect(root["version"]?.int == 1)
        #expect(root["tool"] == ["name": "vpcreach", "version": "0.1.0"])
        #expect(root["inputs"] == ["examples/plan.json", "network.json"])
        #expect(
            root["environments"] == [
                "aws_mwaa_environment.analytics", "module.reporting.aws_mwaa_environment.this",
            ])
        #expect(
            root["summary"] == [
                "errors": 1, "warnings": 1, "notes": 1, "suppressed": 3, "total": 3,
            ])
    }

    @Test("a finding carries everything the model has, in a fixed layout")
    func finding() throws {
        let finding = try #require(try parsed()["findings"]?[0])
        #expect(
            finding.object?.keys == [
                "rule", "severity", "message", "environment", "resources", "evidence", "fixes",
                "fingerprint",
            ])
        #expect(finding["rule"] == "mwaa-metadata-db")
        #expect(finding["severity"] == "error")
        #expect(finding["environment"] == "aws_mwaa_environment.analytics")
        #expect(
            finding["resources"]?[0] == [
                "address": "aws_security_group.mwaa", "aws_id": "sg-0123456789abcdef0",
                "file": "examples/plan.json", "line": 120, "column": 7,
            ])
        #expect(finding["evidence"]?["details"]?.array?.count == 2)
        #expect(finding["fixes"]?[1] == ["summary": "Or remove the deny rule", "terraform": nil])
        #expect(
            finding["fingerprint"]
                == "mwaa-metadata-db|aws_security_group.mwaa|aws_mwaa_environment.analytics")
    }

    @Test("unknown values are null and every key is present")
    func nulls() throws {
        let findings = try #require(try parsed()["findings"]?.array)
        let unlocated = findings[2]
        #expect(unlocated["environment"]?.isNull == true)
        #expect(
            unlocated["resources"]?[0] == [
                "address": "aws_route.private_nat", "aws_id": nil, "file": nil, "line": nil,
                "column": nil,
            ])
        #expect(unlocated["fixes"] == [])
        #expect(unlocated["evidence"]?["details"] == [])
    }

    @Test("text survives a round trip unchanged")
    func escaping() throws {
        let findings = try #require(try parsed()["findings"]?.array)
        #expect(findings[1]["message"]?.string == SampleResults.trickyMessage)
    }

    @Test("the same result prints the same bytes")
    func deterministic() {
        #expect(
            report.json().serialized()
                == SampleResults.report(SampleResults.mixed).json().serialized())
    }
}

@Suite("check: the JSON documentation")
struct CheckJSONDocumentationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("docs/check-json.md shows what the renderer prints")
    func example() throws {
        let markdown = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("docs/check-json.md"),
            encoding: .utf8)
        let start = try #require(markdown.range(of: "```json\n"))
        let end = try #require(
            markdown.range(of: "\n```", range: start.upperBound..<markdown.endIndex))
        let documented = String(markdown[start.upperBound..<end.lowerBound])

        var metadata = SampleResults.metadataFinding
        metadata.resources = [metadata.resources[0]]
        metadata.fixes = [metadata.fixes[0]]
        let result = CheckResult(
            findings: [metadata, SampleResults.unlocatedFinding],
            environments: [SampleResults.analytics], inputs: ["examples/plan.json"],
            rules: [SampleResults.metadataRule, SampleResults.unknownRule])
        #expect(SampleResults.report(result).json().serialized() == documented)
    }
}

@Suite("check: every format")
struct CheckFormatTests {
    @Test(
        "each format renders the same bytes twice and ends with a newline",
        arguments: CheckFormat.allCases)
    func deterministic(format: CheckFormat) {
        let first = SampleResults.report(SampleResults.mixed).rendered(as: format)
        let second = SampleResults.report(SampleResults.mixed).rendered(as: format)
        #expect(first == second)
        #expect(first.hasSuffix("\n") && !first.hasSuffix("\n\n\n"))
    }

    @Test("the GitHub output is the annotations, then the text report")
    func github() {
        let report = SampleResults.report(SampleResults.mixed)
        #expect(
            report.rendered(as: .github, color: true)
                == report.githubAnnotations() + "\n" + report.text(color: true))
    }
}
