import Checks
import Reports
import Testing

@Suite("check: GitHub workflow commands")
struct CheckGitHubTests {
    let lines = SampleResults.report(SampleResults.mixed).githubAnnotations()
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    @Test("one command per finding, by severity, then a line pointing at the full report")
    func shape() {
        #expect(lines.count == 5)
        #expect(
            lines[0].hasPrefix(
                "::error file=examples/plan.json,line=120,col=7,title=mwaa-metadata-db aws_security_group.mwaa::"
            ))
        #expect(lines[1].hasPrefix("::warning "))
        #expect(
            lines[2].hasPrefix(
                "::notice file=examples/plan.json,line=1,title=unknown-value aws_route.private_nat::"
            ))
        #expect(
            lines[3].hasPrefix(
                "vpcreach check: 1 error, 1 warning, 1 note (3 suppressed by the baseline)."))
        #expect(lines[3].contains("the full report follows"))
        #expect(lines[4] == "")
    }

    @Test("messages escape % CR LF; properties also : and ,")
    func escaping() {
        #expect(
            lines[1]
                == "::warning file=plan%2C v2.json,line=40,title=open-to-world module.exposure.aws_security_group.this[\"a%2Cb\"]::100%25 open: 0.0.0.0/0, ::/0%0D%0Asecond line%0Athird <&\"'> — café ✓%0Aadmits 0.0.0.0/0 <all>%0AFix: Narrow the source"
        )
        #expect(
            lines[0].hasSuffix(
                "::The environment cannot reach its metadata database on TCP 5432.%0Ablocked at security-group-ingress%0AFix: Allow TCP 5432 within the group"
            ))
    }

    @Test("files are relative to the repository root, the locator's line first")
    func locations() {
        let text = SampleResults.report(SampleResults.mixed).githubAnnotations(
            repository: RepositoryPaths(root: "/repo", workingDirectory: "/repo/infra"),
            locate: { $0.address == "aws_security_group.mwaa" ? ("main.tf", 329) : nil })
        #expect(text.hasPrefix("::error file=infra/main.tf,line=329,title="))
        #expect(text.contains("::notice file=infra/examples/plan.json,line=1,"))
    }
}
