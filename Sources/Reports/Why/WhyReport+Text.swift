import NetworkModel
import Reachability

extension WhyReport {
    /// The answer for people.
    public func text() -> String {
        var lines: [String] = []
        lines.append(
            "\(verdict.rawValue.uppercased()): \(answer.from) → \(answer.to), \(answer.traffic)"
        )
        lines.append("")
        switch answer.verdict {
        case .reachable where verdict == .unreachable:
            lines.append(
                "Every packet gets there and its reply gets back, but the endpoint's policy denies requests the caller makes (below)."
            )
        case .reachable where verdict == .unknown:
            lines.append(
                "Every packet gets there and its reply gets back; the endpoint's policy cannot be evaluated (below)."
            )
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
        if !gates.isEmpty {
            lines.append("")
            lines.append("Endpoint policy")
            for gate in gates {
                let outcome = gate.isAllowed.map { $0 ? "✔ allows" : "✘ denies" } ?? "? cannot tell"
                lines.append("  \(outcome): \(gate.endpoint) — \(gate.policySource)")
                if let problem = gate.problem { lines.append("    \(problem)") }
                if let note = gate.note { lines.append("    \(note)") }
                let shown = gate.denied.isEmpty ? Array(gate.checks.prefix(3)) : gate.denied
                for check in shown {
                    let request = check.request
                    lines.append(
                        "    \(request.action) on \(request.resource) as \(request.principal): \(check.decision)"
                    )
                }
                if gate.denied.isEmpty && gate.checks.count > 3 {
                    lines.append("    … and \(gate.checks.count - 3) more requests, all allowed")
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
