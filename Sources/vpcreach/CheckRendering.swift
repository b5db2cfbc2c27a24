import Checks
import Reports

/// Renders a `check` result in one format (wired to the Reports renderers).
enum CheckRendering {
    typealias Locator = @Sendable (FindingResource) -> (path: String, line: Int)?

    static func locator(tfDirectory: String?) -> Locator? { nil }

    static func render(_ result: CheckResult, format: CheckFormat, color: Bool, locator: Locator?)
        -> String
    {
        result.findings.map { "\($0.severity) [\($0.rule)] \($0.message)" }.joined(separator: "\n")
            + "\n"
    }
}
