import Reachability

extension Evidence {
    /// How many lines of a packet set evidence shows before saying how many more.
    static let packetLineLimit = 6

    /// The engine's answer as evidence: the verdict, where which packets are blocked and
    /// by which rule, the failing (and passing) packets, and an example.
    init(answer: ReachabilityAnswer) {
        var details: [String] = []
        for reason in answer.blocking {
            var line =
                "blocked at \(reason.step.rawValue) of \(reason.component) (\(reason.direction.rawValue)), \(reason.code)"
            if let rule = reason.rule {
                line += ": \(rule)"
                if let location = rule.location { line += " at \(location)" }
            }
            details.append(line)
        }
        if answer.verdict == .partial {
            details += Evidence.packetLines("passing", answer.passing)
        }
        if !answer.failing.isEmpty, answer.verdict != .unknown {
            details += Evidence.packetLines("failing", answer.failing)
        }
        if let packet = answer.exampleFailing, answer.verdict != .unknown {
            details.append("example packet that fails: \(packet)")
        }
        for unknown in answer.unknowns { details.append("unknown: \(unknown)") }
        self.init(
            summary:
                "\(answer.verdict.rawValue.uppercased()): \(answer.from) → \(answer.to), \(answer.traffic)",
            details: details)
    }

    /// `label: line` for the first lines of `packets`, then how many were left out.
    static func packetLines(_ label: String, _ packets: PacketSet) -> [String] {
        let lines = packets.render()
        var result = lines.prefix(packetLineLimit).map { "\(label): \($0)" }
        if lines.count > packetLineLimit {
            result.append("\(label): … and \(lines.count - packetLineLimit) more lines")
        }
        return result
    }
}
