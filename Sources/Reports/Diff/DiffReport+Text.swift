import Checks

extension DiffReport {
    /// The change for people: the flows closed, opened and undecided with their
    /// packets, verdicts and causes; the findings introduced and resolved; the changed
    /// resources, and those that change nothing reachable.
    public func text() -> String {
        var lines = ["vpcreach diff: \(summaryLine) (\(diff.comparedPairs) pairs compared)"]
        func section(
            _ title: String, _ flows: [FlowChange], _ packets: (FlowChange) -> PacketSetLines
        ) {
            guard !flows.isEmpty else { return }
            lines += ["", title]
            for flow in flows {
                lines.append("  \(flow.from) → \(flow.to): \(flow.verdictChange)")
                lines += Self.lines(packets(flow)).map { "    \($0)" }
                for unknown in flow.unknowns { lines.append("    unknown: \(unknown)") }
                for cause in flow.causes { lines.append("    caused by \(cause)") }
            }
        }
        section("Closed (packets that got through no longer do)", closed) {
            PacketSetLines($0.closed)
        }
        section("Opened (packets that did not get through now do)", opened) {
            PacketSetLines($0.opened)
        }
        section("Unknown (depends on values known only after apply)", undecided) {
            PacketSetLines($0.undecided)
        }
        if !diff.introduced.isEmpty {
            lines += ["", "Findings introduced"]
            lines += diff.introduced.map { "  \($0.severity.rawValue) [\($0.rule)] \($0.message)" }
        }
        if !diff.resolved.isEmpty {
            lines += ["", "Findings resolved"]
            lines += diff.resolved.map { "  \($0.severity.rawValue) [\($0.rule)] \($0.message)" }
        }
        if !diff.resources.isEmpty {
            lines += ["", "Changed network resources"]
            for resource in diff.resources {
                lines.append("  \(resource.summary)")
                lines += resource.details.prefix(12).map { "    \($0)" }
                if resource.details.count > 12 {
                    lines.append("    … and \(resource.details.count - 12) more")
                }
            }
            let inert = diff.inertResources
            lines.append("")
            lines.append(
                inert.isEmpty
                    ? "Every changed resource changes what can reach what."
                    : "These changes change nothing reachable: \(inert.map(\.address).joined(separator: ", "))."
            )
        } else {
            lines += ["", "No network resource changes."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
