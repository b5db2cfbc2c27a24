import NetworkModel
import Reachability

extension WhyReport {
    /// The answer for people.
    public func text() -> String {
        var lines: [String] = []
        lines.append(
            "\(answer.verdict.rawValue.uppercased()): \(answer.from) → \(answer.to), \(answer.traffic)"
        )
        lines.append("")
        switch answer.verdict {
        case .reachable:
            lines.append("Every packet gets there and its reply gets back.")
        case .partial:
            lines.append("Some packets get through, others do not.")
            lines.append("  passing:")
            lines += answer.passing.render().map { "    " + $0 }
            lines.append("  failing:")
            lines += answer.failing.render().map { "    " + $0 }
        case .unreachable:
            lines.append("No packet of the question gets through.")
        case .unknown:
            lines.append("The answer depends on values the input does not know:")
            lines += answer.unknowns.map { "  - \($0)" }
        }
        for path in answer.servicePaths {
            lines.append("")
            lines.append("Service path: \(path)")
        }
        lines.append("")
        lines.append("Path")
        for direction in [Hop.Direction.forward, .reply] {
            let hops = answer.hops.filter { $0.direction == direction }
            guard !hops.isEmpty else { continue }
            lines.append("  \(direction.rawValue)")
            for hop in hops {
                lines.append(
                    "    \(mark(hop.outcome)) \(hop.step.rawValue): \(hop.component) — \(hop.outcome.rawValue)"
                )
                for rule in hop.rules.prefix(3) {
                    lines.append("        \(rule.summary) [\(rule.location ?? rule.address)]")
                }
            }
        }
        if !answer.blocking.isEmpty {
            lines.append("")
            lines.append("Blocked")
            for reason in answer.blocking {
                lines.append(
                    "  \(reason.code) at \(reason.step.rawValue) (\(reason.direction.rawValue)): \(reason.component)"
                )
                if let rule = reason.rule {
                    lines.append("    rule: \(rule.summary) [\(rule.location ?? rule.address)]")
                }
                lines += reason.packets.render().prefix(4).map { "    stops: " + $0 }
            }
        }
        if let failing = answer.exampleFailing {
            lines.append("")
            lines.append("A packet that fails: \(failing)")
        }
        if answer.verdict == .partial, let passing = answer.examplePassing {
            lines.append("A packet that passes: \(passing)")
        }
        if !answer.fixes.isEmpty {
            lines.append("")
            lines.append("Fix (smallest change first)")
            for (index, fix) in answer.fixes.enumerated() {
                lines.append("  \(index + 1). \(fix.summary):")
                lines += fix.terraform.split(separator: "\n", omittingEmptySubsequences: false).map
                { "     " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func mark(_ outcome: Hop.Outcome) -> String {
        switch outcome {
        case .allowed: "✔"
        case .denied: "✘"
        case .partial: "◐"
        case .unknown: "?"
        }
    }
}
