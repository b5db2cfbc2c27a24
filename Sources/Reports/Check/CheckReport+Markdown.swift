import Checks

extension CheckReport {
    /// Markdown comments stop at this many characters (GitHub refuses comments over
    /// 65,536); the findings that do not fit are counted instead.
    public static let maximumMarkdownLength = 60_000

    /// The findings as a pull-request comment (or `$GITHUB_STEP_SUMMARY`): a one-line
    /// verdict, a table of findings (severity, rule, resource, message), then a
    /// collapsed `<details>` per finding with the evidence and the fix in an `hcl`
    /// block. The verdict is ❌ when a finding is at or above `threshold`, ⚠️ when there
    /// are findings below it, ✅ when there are none.
    public func markdown(failingAt threshold: Severity = .error) -> String {
        var lines = [verdictLine(failingAt: threshold)]
        if result.suppressedCount > 0 {
            lines.append("")
            lines.append(
                "\(Self.counted(result.suppressedCount, "finding")) suppressed by the baseline.")
        }
        guard !result.findings.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += ["", "| Severity | Rule | Resource | Message |", "|---|---|---|---|"]
        var length = lines.reduce(0) { $0 + $1.count + 1 }
        var shownRows = 0
        for finding in result.findings {
            let row =
                "| \(Self.icon(finding.severity)) \(finding.severity.rawValue) | \(finding.rule.markdownCode) | \(finding.resources.first?.address.markdownCode ?? "—") | \(finding.message.markdownInline) |"
            guard length + row.count < Self.maximumMarkdownLength / 2 else { break }
            lines.append(row)
            length += row.count + 1
            shownRows += 1
        }
        if shownRows < result.findings.count {
            lines.append("")
            lines.append(
                "… and \(Self.counted(result.findings.count - shownRows, "more finding")) (see the full report)."
            )
        }
        var shownDetails = 0
        for finding in result.findings {
            let block = details(of: finding)
            guard length + block.count < Self.maximumMarkdownLength else { break }
            lines.append("")
            lines.append(block)
            length += block.count + 2
            shownDetails += 1
        }
        if shownDetails < result.findings.count {
            lines.append("")
            lines.append(
                "Details of \(Self.counted(result.findings.count - shownDetails, "finding")) left out to fit the comment; see the full report."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func verdictLine(failingAt threshold: Severity) -> String {
        let environments = Self.counted(result.environments.count, "environment")
        guard !result.findings.isEmpty else {
            return "**vpcreach check: ✅ no findings** in \(environments)"
        }
        let counts = [Severity.error, .warning, .note].compactMap { severity in
            let count = result.count(severity)
            return count == 0 ? nil : Self.counted(count, severity.rawValue)
        }
        let icon = result.fails(at: threshold) ? "❌" : "⚠️"
        return "**vpcreach check: \(icon) \(counts.joined(separator: ", "))** in \(environments)"
    }

    private func details(of finding: Finding) -> String {
        var summary = "\(Self.icon(finding.severity)) \(finding.severity.rawValue): \(finding.rule)"
        if let resource = finding.resources.first { summary += " — \(resource.address)" }
        var lines = ["<details><summary>\(summary.htmlText)</summary>", ""]
        lines.append(finding.message.markdownInline)
        if let environment = finding.environment {
            lines += ["", "Environment: \(environment.markdownCode)"]
        }
        if !finding.resources.isEmpty {
            lines.append("")
            for resource in finding.resources {
                var line = "- \(resource.address.markdownCode)"
                if let awsID = resource.awsID, awsID != resource.address {
                    line += " (\(awsID.markdownCode))"
                }
                if let place = Self.place(of: resource) { line += " at \(place.markdownCode)" }
                lines.append(line)
            }
        }
        lines += ["", "**Evidence:** \(finding.evidence.summary.markdownInline)"]
        if !finding.evidence.details.isEmpty {
            lines.append("")
            lines += finding.evidence.details.map { "- \($0.markdownInline)" }
        }
        for fix in finding.fixes {
            lines += ["", "**Fix:** \(fix.summary.markdownInline)"]
            if let terraform = fix.terraform {
                let fence = terraform.markdownFence
                lines += ["", fence + "hcl", terraform, fence]
            }
        }
        lines += ["", "</details>"]
        return lines.joined(separator: "\n")
    }

    private static func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: "❌"
        case .warning: "⚠️"
        case .note: "ℹ️"
        }
    }
}
