import Checks

extension CheckReport {
    /// The findings as JUnit XML for CI test reports (GitLab, Jenkins).
    ///
    /// One `<testsuite>` per environment (named by its address; `other` for findings of
    /// no environment) and one `<testcase>` per finding: `classname` is the rule id,
    /// `name` the rule id and the resource addresses, comma-separated (made unique, since GitLab
    /// collapses equal names), `file` the first resource's source. Errors and warnings
    /// are `<failure type="error|warning">` with the finding's text as the body; notes
    /// pass and carry their text in `<system-out>`. An environment without findings has
    /// one passing test case, `all MWAA rules pass for ENV`, so CI shows it green.
    /// `errors` and `skipped` are always 0: JUnit's errors are crashes, and every rule
    /// runs.
    public func junit(
        repository: RepositoryPaths = RepositoryPaths(), locate: ResourceLocator = { _ in nil }
    ) -> String {
        var names: Set<String> = []
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        var sections = self.sections
        if sections.isEmpty { sections = [EnvironmentSection(environment: nil, findings: [])] }
        for section in sections {
            var cases: [String] = []
            var failures = 0
            for finding in section.findings {
                let name = Self.uniqueName(
                    ([finding.rule, finding.resources.map(\.address).joined(separator: ", ")])
                        .filter { !$0.isEmpty }.joined(separator: " "),
                    in: &names)
                var attributes =
                    "classname=\"\(finding.rule.xmlAttribute)\" name=\"\(name.xmlAttribute)\""
                if let place = primaryPlace(of: finding, locate: locate) {
                    let path = repository.relativePath(place.path) ?? place.path
                    attributes += " file=\"\(path.xmlAttribute)\""
                }
                let body = textLines(for: finding, color: false).joined(separator: "\n").xmlText
                if finding.severity == .note {
                    cases.append(
                        "    <testcase \(attributes)>\n      <system-out>\(body)</system-out>\n    </testcase>"
                    )
                } else {
                    failures += 1
                    let failure =
                        "<failure message=\"\(finding.message.xmlAttribute)\" type=\"\(finding.severity.rawValue)\">\(body)</failure>"
                    cases.append("    <testcase \(attributes)>\n      \(failure)\n    </testcase>")
                }
            }
            if section.findings.isEmpty {
                let name = Self.uniqueName(
                    section.environment.map { "all MWAA rules pass for \($0)" }
                        ?? "all MWAA rules pass",
                    in: &names)
                cases.append(
                    "    <testcase classname=\"\(Self.toolName)\" name=\"\(name.xmlAttribute)\"/>")
            }
            totalTests += cases.count
            totalFailures += failures
            suites.append(
                "  <testsuite name=\"\(section.name.xmlAttribute)\" \(Self.junitCounts(cases.count, failures))>\n"
                    + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="\(Self.toolName) check" \(Self.junitCounts(totalTests, totalFailures))>
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }

    private static func junitCounts(_ tests: Int, _ failures: Int) -> String {
        "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
    }

    /// `name`, or `name (2)`, `name (3)`, … when an earlier test case took it.
    private static func uniqueName(_ name: String, in names: inout Set<String>) -> String {
        var candidate = name
        var number = 1
        while !names.insert(candidate).inserted {
            number += 1
            candidate = "\(name) (\(number))"
        }
        return candidate
    }
}
