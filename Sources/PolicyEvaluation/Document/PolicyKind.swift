/// Whether a policy is attached to a resource (and names principals) or to an identity.
public enum PolicyKind: Sendable, Hashable {
    /// Endpoint policies, bucket policies, trust policies: every statement has exactly
    /// one of `Principal` / `NotPrincipal`.
    case resourceBased
    /// Policies attached to a role or user: no `Principal`; statements apply to the
    /// identity holding the policy.
    case identityBased
    /// A role's trust policy: like a resource-based policy, but `Resource` may be left
    /// out, standing for the role itself.
    case trust
}
