import Checks

extension DiffReport {
    /// The change as a pull-request comment: a one-line verdict, tables of the flows
    /// opened and closed and of the findings introduced and fixed, then the details
    /// collapsed.
    public func markdown(failing: Bool) -> String {
        var lines = [
            "**vpcreach diff: \(failing ? "❌" : diff.flows.isEmpty && diff.introduced.isEmpty ? "✅" : "⚠️") \(summaryLine.markdownInline)**"
        ]
        func flowTable(
            _ title: String, _ flows: [FlowChange], _ packets: (FlowChange) -> PacketSetLines
        ) {
            guard !flows.isEmpty else { return }
            lines += [
                "", "#### \(title)", "", "| From | To | Verdict | Packets |", "|---|---|---|---|",
            ]
            for flow in flows {
                let shown = Self.lines(packets(flow)).map(\.markdownInline).joined(
                    separator: "<br>")
                lines.append(
                    "| \(flow.from.markdownCode) | \(flow.to.markdownCode) | \(flow.verdictChange.markdownInline) | \(shown) |"
                )
            }
        }
        flowTable("Flows opened", opened) { PacketSetLines($0.opened) }
        flowTable("Flows closed", closed) { PacketSetLines($0.closed) }
        flowTable("Flows that may change (unknown until apply)", undecided) {
            PacketSetLines($0.undecided)
        }
        func findingTable(_ title: String, _ findings: [Finding]) {
            guard !findings.isEmpty else { return }
            lines += [
                "", "#### \(title)", "", "| Severity | Rule | Resource | Message |",
                "|---|---|---|---|",
            ]
            for finding in findings {
                lines.append(
                    "| \(finding.severity.rawValue) | \(finding.rule.markdownCode) | \(finding.resources.first?.address.markdownCode ?? "—") | \(finding.message.markdownInline) |"
                )
            }
        }
        findingTable("New findings", diff.introduced)
        findingTable("Fixed findings", diff.resolved)
        if !diff.resources.isEmpty {
            lines += [
                "",
                "<details><summary>Changed network resources (\(diff.resources.count))</summary>",
                "",
            ]
            for resource in diff.resources {
                let effect =
                    diff.effectiveAddresses.contains(resource.address)
                    ? "" : " — changes nothing reachable"
                lines.append("- \(resource.summary.markdownCode)\(effect)")
            }
            lines +=
                ["", "```diff"] + diff.resources.flatMap { [$0.address] + $0.details } + [
                    "```", "", "</details>",
                ]
        }
        if !diff.flows.isEmpty {
            lines += ["", "<details><summary>Causes</summary>", ""]
            for flow in diff.flows {
                lines.append(
                    "- \(flow.from.markdownCode) → \(flow.to.markdownCode): \(flow.causes.isEmpty ? "—" : flow.causes.map(\.markdownCode).joined(separator: ", "))"
                )
            }
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
