/// Why a statement counts as overly permissive.
public enum PermissivenessReason: String, Sendable, Hashable, CaseIterable, CustomStringConvertible
{
    /// It allows `Action: "*"` on `Resource: "*"` to a principal of `"*"` (or through
    /// `NotPrincipal`), or, in an identity-based policy, to its holder.
    case fullAccess
    /// It allows a principal of `"*"` (or through `NotPrincipal`) with no condition
    /// fixing who the caller is.
    case unrestrictedCaller

    public var description: String {
        switch self {
        case .fullAccess:
            "allows every action on every resource"
        case .unrestrictedCaller:
            "allows any caller: Principal is \"*\" and no condition fixes aws:PrincipalArn, "
                + "aws:PrincipalAccount, aws:PrincipalOrgID, aws:SourceVpc, aws:SourceVpce, "
                + "aws:SourceArn, aws:SourceAccount or aws:userid"
        }
    }
}
