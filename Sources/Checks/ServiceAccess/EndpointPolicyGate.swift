import NetworkModel
import PolicyEvaluation

/// The third gate of a VPC endpoint: its policy, evaluated for the requests the workload
/// makes through it.
public struct EndpointPolicyGate: Sendable {
    /// One request and what the policy decided.
    public struct Check: Sendable {
        public var request: PolicyRequest
        public var decision: PolicyDecision
    }

    public var endpoint: ObjectID
    /// `default full-access policy`, or where the policy is set.
    public var policySource: String
    public var checks: [Check]
    /// Why the policy could not be evaluated (unknown until apply, malformed).
    public var problem: String?
    /// Why no request was checked (no request given, none made through this endpoint).
    public var note: String?

    /// The requests the policy denies.
    public var denied: [Check] { checks.filter { !$0.decision.isAllowed } }

    public var isAllowed: Bool? { problem == nil ? denied.isEmpty : nil }
}
