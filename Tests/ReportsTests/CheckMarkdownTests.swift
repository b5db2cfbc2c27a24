import Checks
import Foundation
import Reports
import Testing

@Suite("check: Markdown comment")
struct CheckMarkdownTests {
    let markdown = SampleResults.report(SampleResults.mixed).markdown()

    @Test("the first line is the verdict with counts and environments")
    func verdict() {
        #expect(
            markdown.hasPrefix(
                "**vpcreach check: ❌ 1 error, 1 warning, 1 note** in 2 environments\n\n3 findings suppressed by the baseline.\n"
            ))
        #expect(
            SampleResults.report(SampleResults.clean).markdown()
                == "**vpcreach check: ✅ no findings** in 2 environments\n")
        var warningsOnly = SampleResults.mixed
        warningsOnly.findings.removeFirst()
        #expect(
            SampleResults.report(warningsOnly).markdown().hasPrefix(
                "**vpcreach check: ⚠️ 1 warning, 1 note** in 2 environments"))
        #expect(
            SampleResults.report(warningsOnly).markdown(failingAt: .warning).hasPrefix(
                "**vpcreach check: ❌ 1 warning, 1 note**"))
    }

    @Test("a table row per finding, with | and line breaks escaped in cells")
    func table() {
        #expect(
            markdown.contains("\n| Severity | Rule | Resource | Message |\n|---|---|---|---|\n"))
        #expect(
            markdown.contains(
                "\n| ❌ error | `mwaa-metadata-db` | `aws_security_group.mwaa` | The environment cannot reach its metadata database on TCP 5432. |\n"
            ))
        #expect(
            markdown.contains(
                "\n| ⚠️ warning | `open-to-world` | `module.exposure.aws_security_group.this[\"a,b\"]` | 100% open: 0.0.0.0/0, ::/0<br>second line<br>third &lt;&amp;\"'&gt; — café ✓ |\n"
            ))
        var piped = SampleResults.unlocatedFinding
        piped.message = "a | b"
        piped.resources = [FindingResource(address: "x|y")]
        let result = CheckResult(findings: [piped], environments: [], inputs: [], rules: [])
        #expect(
            SampleResults.report(result).markdown().contains(
                "| ℹ️ note | `unknown-value` | `x\\|y` | a \\| b |\n"))
    }

    @Test("each finding has a details block with evidence and the fix in an hcl block")
    func details() {
        #expect(markdown.components(separatedBy: "<details>").count == 4)
        #expect(
            markdown.contains(
                "<details><summary>❌ error: mwaa-metadata-db — aws_security_group.mwaa</summary>\n")
        )
        #expect(markdown.contains("**Evidence:** blocked at security-group-ingress\n"))
        #expect(
            markdown.contains(
                "\n```hcl\nresource \"aws_vpc_security_group_ingress_rule\" \"mwaa_self_postgres\" {\n"
            ))
        #expect(markdown.hasSuffix("</details>\n"))
    }

    @Test("a fence is longer than any backtick run in the code")
    func fence() {
        var fenced = SampleResults.unlocatedFinding
        fenced.fixes = [FindingFix(summary: "s", terraform: "a = \"```\"")]
        let result = CheckResult(findings: [fenced], environments: [], inputs: [], rules: [])
        #expect(SampleResults.report(result).markdown().contains("\n````hcl\na = \"```\"\n````\n"))
    }

    @Test("a long report stays under GitHub's comment limit")
    func limit() {
        let result = CheckResult(
            findings: Array(repeating: SampleResults.metadataFinding, count: 2_000),
            environments: [SampleResults.analytics], inputs: [], rules: [])
        let markdown = SampleResults.report(result).markdown()
        #expect(markdown.count < 65_536)
        #expect(markdown.contains("more findings (see the full report)"))
        #expect(markdown.contains("left out to fit the comment"))
    }
}
