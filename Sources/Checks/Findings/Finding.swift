/// One thing `check` found: which rule, how serious, what a reviewer needs to know, the
/// resources involved, the evidence, and the fix.
public struct Finding: Sendable, Hashable {
    /// The stable rule id, e.g. `mwaa-metadata-db`.
    public var rule: String
    public var severity: Severity
    /// A sentence a reviewer understands without the docs.
    public var message: String
    /// The MWAA environment the finding belongs to, when it belongs to one (for grouping).
    public var environment: String?
    /// The resources involved; the first is the one to point at.
    public var resources: [FindingResource]
    public var evidence: Evidence
    /// The fixes, most direct first; empty when there is nothing to write.
    public var fixes: [FindingFix]

    public init(
        rule: String, severity: Severity, message: String, environment: String? = nil,
        resources: [FindingResource], evidence: Evidence, fixes: [FindingFix] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.environment = environment
        self.resources = resources
        self.evidence = evidence
        self.fixes = fixes
    }

    /// The key that identifies the finding across runs and plans: the rule id and the
    /// resource addresses (never line numbers, ids known only after apply, or wording).
    public var fingerprint: String {
        ([rule] + resources.map(\.address)).joined(separator: "|")
    }
}
