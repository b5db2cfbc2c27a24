/// What a change does to reachability: flows opened and closed, findings introduced and
/// resolved, and which changed resources change nothing reachable.
public struct ReachabilityDiff: Sendable {
    /// Every pair whose reachable packets change, or may change.
    public var flows: [FlowChange]
    /// `check` findings after the change that were not there before, and those fixed.
    public var introduced: [Finding]
    public var resolved: [Finding]
    /// Every network resource the change touches.
    public var resources: [ResourceChange]
    /// The resources that are a cause of some flow change.
    public var effectiveAddresses: Set<String>
    /// How many source–destination pairs were compared.
    public var comparedPairs: Int
    public var beforeInputs: [String]
    public var afterInputs: [String]

    public init(
        flows: [FlowChange], introduced: [Finding], resolved: [Finding],
        resources: [ResourceChange], effectiveAddresses: Set<String>, comparedPairs: Int,
        beforeInputs: [String], afterInputs: [String]
    ) {
        self.flows = flows
        self.introduced = introduced
        self.resolved = resolved
        self.resources = resources
        self.effectiveAddresses = effectiveAddresses
        self.comparedPairs = comparedPairs
        self.beforeInputs = beforeInputs
        self.afterInputs = afterInputs
    }

    /// The changed resources that change nothing reachable (reviewers can relax).
    public var inertResources: [ResourceChange] {
        resources.filter { !effectiveAddresses.contains($0.address) }
    }

    /// Whether the change meets `condition`.
    public func meets(_ condition: DiffGate) -> Bool {
        switch condition {
        case .newExposure:
            return flows.contains {
                $0.isFromInternet && (!$0.opened.isEmpty || !$0.undecided.isEmpty)
            }
                || introduced.contains { DiffGate.exposureRules.contains($0.rule) }
        case .newBlock:
            return flows.contains { !$0.closed.isEmpty }
        case .newFinding:
            return introduced.contains { $0.severity >= .warning }
        case .anyChange:
            return !flows.isEmpty || !introduced.isEmpty || !resolved.isEmpty
        }
    }
}
