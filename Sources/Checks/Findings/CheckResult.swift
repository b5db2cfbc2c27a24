/// Everything one `check` run found, with what it looked at.
public struct CheckResult: Sendable {
    /// The findings to report, ordered by environment, severity (errors first), rule and
    /// resource.
    public var findings: [Finding]
    /// Findings left out because the baseline already has them.
    public var suppressedCount: Int
    /// The MWAA environments checked (Terraform addresses).
    public var environments: [String]
    /// The input files, as the user named them.
    public var inputs: [String]
    /// The rules applied, for formats that describe them (SARIF).
    public var rules: [CheckRule]

    public init(
        findings: [Finding], suppressedCount: Int = 0, environments: [String],
        inputs: [String], rules: [CheckRule]
    ) {
        self.findings = findings
        self.suppressedCount = suppressedCount
        self.environments = environments
        self.inputs = inputs
        self.rules = rules
    }

    /// How many findings of each severity.
    public func count(_ severity: Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// Whether any finding is at or above `threshold`.
    public func fails(at threshold: Severity) -> Bool {
        findings.contains { $0.severity >= threshold }
    }
}
