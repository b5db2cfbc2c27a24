/// The description of one rule `check` applies: what it checks, why, where the
/// requirement comes from, and how findings are fixed.
public struct CheckRule: Sendable, Hashable {
    public var id: String
    /// The severity of its findings (some rules raise it by option, see `unknown-value`).
    public var severity: Severity
    /// One line: what the rule requires.
    public var title: String
    /// What it checks and why it matters.
    public var description: String
    /// How to fix a finding.
    public var help: String
    /// Where the requirement comes from (AWS documentation pages).
    public var source: String
    /// A score from 0.1 to 10.0 as code scanning ranks alerts (9.0 and above critical,
    /// 7.0–8.9 high, 4.0–6.9 medium, below low).
    public var securitySeverity: Double
    public var tags: [String]

    public init(
        id: String, severity: Severity, title: String, description: String, help: String,
        source: String, securitySeverity: Double, tags: [String]
    ) {
        self.id = id
        self.severity = severity
        self.title = title
        self.description = description
        self.help = help
        self.source = source
        self.securitySeverity = securitySeverity
        self.tags = tags
    }
}
