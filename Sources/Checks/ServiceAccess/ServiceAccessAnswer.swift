import NetworkModel
import Reachability

/// A service question answered through all three gates: route and ACLs, the endpoint's
/// security group, and the endpoint's policy.
public struct ServiceAccessAnswer: Sendable {
    public var network: ReachabilityAnswer
    public var gates: [EndpointPolicyGate]
    /// The network verdict, lowered when a policy denies or cannot be evaluated.
    public var verdict: Verdict
}
