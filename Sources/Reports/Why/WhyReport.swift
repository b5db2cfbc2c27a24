import NetworkModel
import Reachability

/// `vpcreach why`: the verdict, the path hop by hop both ways, what blocks which packets,
/// examples, and fixes (docs/why-json.md for the JSON form).
public struct WhyReport: Sendable {
    public let answer: ReachabilityAnswer

    public init(answer: ReachabilityAnswer) { self.answer = answer }

    /// 0 reachable; 1 partial, unreachable or unknown.
    public var exitCode: Int32 { answer.verdict == .reachable ? 0 : 1 }
}
