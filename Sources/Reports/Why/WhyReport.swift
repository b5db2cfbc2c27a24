import Checks
import NetworkModel
import Reachability

/// `vpcreach why`: the verdict, the path hop by hop both ways, what blocks which packets,
/// examples, and fixes (docs/why-json.md for the JSON form).
public struct WhyReport: Sendable {
    public let answer: ReachabilityAnswer
    /// Endpoint policy gates of a service question.
    public let gates: [EndpointPolicyGate]
    /// The verdict through every gate.
    public let verdict: Verdict

    public init(answer: ReachabilityAnswer) {
        self.answer = answer
        gates = []
        verdict = answer.verdict
    }

    public init(access: ServiceAccessAnswer) {
        answer = access.network
        gates = access.gates
        verdict = access.verdict
    }

    /// 0 reachable; 1 partial, unreachable or unknown.
    public var exitCode: Int32 { verdict == .reachable ? 0 : 1 }
}
