import Checks
import JSONSupport

extension CheckReport {
    /// The findings for machines, with a stable layout (docs/check-json.md). Every key is
    /// always present, in a fixed order; a value that is not known is `null`.
    public func json() -> JSONValue {
        .object(
            JSONObject([
                ("version", .number(1)),
                (
                    "tool",
                    .object(
                        JSONObject([
                            ("name", .string(Self.toolName)), ("version", .string(toolVersion)),
                        ]))
                ),
                ("inputs", .array(result.inputs.map(JSONValue.string))),
                ("environments", .array(result.environments.map(JSONValue.string))),
                ("summary", summaryJSON),
                ("findings", .array(result.findings.map(Self.json))),
            ]))
    }

    private var summaryJSON: JSONValue {
        .object(
            JSONObject([
                ("errors", .number(result.count(.error))),
                ("warnings", .number(result.count(.warning))),
                ("notes", .number(result.count(.note))),
                ("suppressed", .number(result.suppressedCount)),
                ("total", .number(result.findings.count)),
            ]))
    }

    private static func json(_ finding: Finding) -> JSONValue {
        .object(
            JSONObject([
                ("rule", .string(finding.rule)),
                ("severity", .string(finding.severity.rawValue)),
                ("message", .string(finding.message)),
                ("environment", optional(finding.environment)),
                ("resources", .array(finding.resources.map(json))),
                (
                    "evidence",
                    .object(
                        JSONObject([
                            ("summary", .string(finding.evidence.summary)),
                            ("details", .array(finding.evidence.details.map(JSONValue.string))),
                        ]))
                ),
                (
                    "fixes",
                    .array(
                        finding.fixes.map { fix in
                            .object(
                                JSONObject([
                                    ("summary", .string(fix.summary)),
                                    ("terraform", optional(fix.terraform)),
                                ]))
                        })
                ),
                ("fingerprint", .string(finding.fingerprint)),
            ]))
    }

    private static func json(_ resource: FindingResource) -> JSONValue {
        .object(
            JSONObject([
                ("address", .string(resource.address)),
                ("aws_id", optional(resource.awsID)),
                ("file", optional(resource.file)),
                ("line", resource.line.map { .number($0) } ?? .null),
                ("column", resource.column.map { .number($0) } ?? .null),
            ]))
    }

    private static func optional(_ string: String?) -> JSONValue {
        string.map(JSONValue.string) ?? .null
    }
}
