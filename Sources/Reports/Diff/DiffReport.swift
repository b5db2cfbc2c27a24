import Checks

/// `vpcreach diff`: what a change does to reachability, for people (text, Markdown),
/// machines (JSON) and CI (SARIF and GitHub annotations of the findings it introduces).
public struct DiffReport: Sendable {
    public let diff: ReachabilityDiff
    public let toolVersion: String
    /// How many lines of a packet set each flow shows.
    static let packetLines = 4

    public init(diff: ReachabilityDiff, toolVersion: String) {
        self.diff = diff
        self.toolVersion = toolVersion
    }

    var opened: [FlowChange] { diff.flows.filter { $0.kind == .opened || $0.kind == .changed } }
    var closed: [FlowChange] { diff.flows.filter { $0.kind == .closed || $0.kind == .changed } }
    var undecided: [FlowChange] { diff.flows.filter { $0.kind == .unknown } }

    /// `2 flows closed, 1 opened, 0 unknown; 1 finding introduced, 0 resolved`.
    public var summaryLine: String {
        "\(Self.counted(closed.count, "flow")) closed, \(opened.count) opened, \(undecided.count) unknown; "
            + "\(Self.counted(diff.introduced.count, "finding")) introduced, \(diff.resolved.count) resolved"
    }

    /// The findings the change introduces, as a `check` result (for SARIF and GitHub).
    public var introducedResult: CheckResult {
        CheckResult(
            findings: diff.introduced, environments: [], inputs: diff.afterInputs,
            rules: CheckRule.catalog)
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The first lines of a packet set, then how many more.
    static func lines(_ packets: PacketSetLines) -> [String] {
        let all = packets.lines
        return Array(all.prefix(packetLines))
            + (all.count > packetLines ? ["… and \(all.count - packetLines) more"] : [])
    }
}
