/// The documents a generator run produces, as `terraform show -json` prints them
/// (compact, one line), and the question the benchmark asks of them.
public struct GeneratedPlan: Sendable {
    /// `terraform show -json` of the current state.
    public let state: [UInt8]
    /// `terraform show -json` of a saved plan that changes about 1% of the rules; its
    /// prior state is ``state``.
    public let plan: [UInt8]
    /// Resource instances in each document.
    public let resourceCount: Int
    /// Security group rules the generator wrote (before the importer merges duplicates).
    public let ruleCount: Int
    /// Separate rule resources the plan changes.
    public let changedRules: Int
    /// A `why` question with a known answer: an MWAA environment and its Redshift
    /// cluster, reachable on 5439.
    public let whyFrom: String
    public let whyTo: String
}
