import Checks

/// `vpcreach check`: the findings of one run, rendered for people (text, Markdown) and for
/// machines and CI systems (JSON, SARIF, JUnit XML, GitHub workflow commands).
///
/// Every rendering is a pure function of the result and the tool's version, so the same
/// result always prints the same bytes.
public struct CheckReport: Sendable {
    /// The name every format reports the tool under.
    public static let toolName = "vpcreach"
    /// The tool's home page, for SARIF's `informationUri`.
    public static let informationURI = "https://github.com/vpcreach/vpcreach"

    public let result: CheckResult
    /// The version of `vpcreach` that produced the result (`0.1.0`).
    public let toolVersion: String

    public init(result: CheckResult, toolVersion: String) {
        self.result = result
        self.toolVersion = toolVersion
    }
}
