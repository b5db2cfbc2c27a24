import Checks
import Foundation
import Reports
import Testing

@Suite("check: text")
struct CheckTextTests {
    let text = SampleResults.report(SampleResults.mixed).text(color: false)

    @Test("a finding starts with path:line:col: severity: [rule] message")
    func editorShape() {
        #expect(
            text.contains(
                "\nexamples/plan.json:120:7: error: [mwaa-metadata-db] The environment cannot reach its metadata database on TCP 5432.\n"
            ))
        #expect(text.contains("\nplan, v2.json:40: warning: [open-to-world] 100% open: "))
    }

    @Test("a finding without a location starts with its severity")
    func noLocation() {
        #expect(
            text.contains("\nnote: [unknown-value] The route's target is known only after apply.\n")
        )
    }

    @Test("findings are grouped by environment, unassigned ones last")
    func grouping() throws {
        let analytics = try #require(text.range(of: "Environment aws_mwaa_environment.analytics"))
        let reporting = try #require(
            text.range(of: "Environment module.reporting.aws_mwaa_environment.this"))
        let other = try #require(text.range(of: "Other resources: 1 finding"))
        #expect(analytics.upperBound < reporting.lowerBound)
        #expect(reporting.upperBound < other.lowerBound)
        #expect(text[analytics.upperBound..<reporting.lowerBound].contains("[mwaa-metadata-db]"))
        #expect(text[reporting.upperBound..<other.lowerBound].contains("[open-to-world]"))
        #expect(text[other.upperBound...].contains("[unknown-value]"))
    }

    @Test("resources, evidence, details and fixes follow the finding, indented")
    func details() {
        #expect(
            text.contains(
                "    resource: aws_security_group.mwaa (sg-0123456789abcdef0) at examples/plan.json:120:7\n"
            ))
        #expect(
            text.contains("    resource: aws_mwaa_environment.analytics at examples/plan.json\n"))
        #expect(text.contains("    evidence: blocked at security-group-ingress\n"))
        #expect(text.contains("      - tcp 10.0.1.0/24:1024-65535 → 10.0.1.0/24:5432\n"))
        #expect(text.contains("    fix: Allow TCP 5432 within the group\n"))
        #expect(
            text.contains(
                "        resource \"aws_vpc_security_group_ingress_rule\" \"mwaa_self_postgres\" {\n          security_group_id"
            ))
        #expect(text.contains("    fix: Or remove the deny rule\n"))
    }

    @Test("a message's later lines are indented under it")
    func multilineMessage() {
        #expect(text.contains("::/0\n    second line\n    third <&\"'> — café ✓\n"))
        #expect(!text.contains("\r"))
    }

    @Test("the last line counts findings per severity and those the baseline suppressed")
    func countsLine() {
        #expect(text.hasSuffix("\n1 error, 1 warning, 1 note (3 suppressed by the baseline)\n"))
        #expect(
            SampleResults.report(SampleResults.clean).countsLine == "0 errors, 0 warnings, 0 notes")
    }

    @Test("environments without findings say so")
    func clean() {
        let text = SampleResults.report(SampleResults.clean).text(color: false)
        #expect(
            text == """
                Environment aws_mwaa_environment.analytics: no findings

                Environment module.reporting.aws_mwaa_environment.this: no findings

                0 errors, 0 warnings, 0 notes

                """)
    }

    @Test("a result with no environments and no findings says so")
    func empty() {
        let empty = CheckResult(findings: [], environments: [], inputs: [], rules: [])
        #expect(
            SampleResults.report(empty).text(color: true)
                == "No environments checked and no findings.\n\n0 errors, 0 warnings, 0 notes\n")
    }

    @Test("color wraps the severity words and nothing else")
    func color() {
        let colored = SampleResults.report(SampleResults.mixed).text(color: true)
        #expect(!text.contains("\u{1B}"))
        #expect(
            colored.contains(
                "examples/plan.json:120:7: \u{1B}[1;31merror\u{1B}[0m: [mwaa-metadata-db]"))
        #expect(colored.contains("40: \u{1B}[1;33mwarning\u{1B}[0m: [open-to-world]"))
        #expect(colored.contains("\n\u{1B}[1;36mnote\u{1B}[0m: [unknown-value]"))
        let escapes = colored.components(separatedBy: "\u{1B}[0m").count - 1
        #expect(escapes == 3)
        let stripped = colored.replacingOccurrences(of: "\u{1B}[1;31m", with: "")
            .replacingOccurrences(of: "\u{1B}[1;33m", with: "")
            .replacingOccurrences(of: "\u{1B}[1;36m", with: "")
            .replacingOccurrences(of: "\u{1B}[0m", with: "")
        #expect(stripped == text)
    }
}
