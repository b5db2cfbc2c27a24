import Checks

extension CheckReport {
    /// The findings grouped by environment: the checked environments in the result's
    /// order (with or without findings), then environments only findings name, then the
    /// findings that belong to no environment. Findings keep the result's order.
    var sections: [EnvironmentSection] {
        var order = result.environments
        for finding in result.findings {
            if let environment = finding.environment, !order.contains(environment) {
                order.append(environment)
            }
        }
        var sections = order.map { environment in
            EnvironmentSection(
                environment: environment,
                findings: result.findings.filter { $0.environment == environment })
        }
        let unassigned = result.findings.filter { $0.environment == nil }
        if !unassigned.isEmpty {
            sections.append(EnvironmentSection(environment: nil, findings: unassigned))
        }
        return sections
    }

    /// The counts as one line: `2 errors, 1 warning, 0 notes`, then
    /// `(3 suppressed by the baseline)` when the baseline hid any.
    public var countsLine: String {
        let counts = [Severity.error, .warning, .note].map { severity in
            Self.counted(result.count(severity), severity.rawValue)
        }
        var line = counts.joined(separator: ", ")
        if result.suppressedCount > 0 {
            line += " (\(result.suppressedCount) suppressed by the baseline)"
        }
        return line
    }

    /// `1 error`, `2 errors`, `0 notes`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
