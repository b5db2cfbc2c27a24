import Checks
import JSONSupport

extension CheckReport {
    /// The rules SARIF describes: the result's rules (the first of each id), then a
    /// minimal description of any rule a finding names that the result does not describe,
    /// so that every result's `ruleIndex` points at its rule.
    var sarifRules: [CheckRule] {
        var rules: [CheckRule] = []
        var seen: Set<String> = []
        for rule in result.rules where seen.insert(rule.id).inserted {
            rules.append(rule)
        }
        for finding in result.findings where seen.insert(finding.rule).inserted {
            rules.append(
                CheckRule(
                    id: finding.rule, severity: finding.severity, title: finding.rule,
                    description: finding.rule, help: "", source: "", securitySeverity: 0,
                    tags: []))
        }
        return rules
    }

    /// A `reportingDescriptor`.
    static func sarifDescriptor(_ rule: CheckRule) -> JSONValue {
        let title = nonEmpty(rule.title, or: rule.id)
        let description = nonEmpty(rule.description, or: title)
        let help = [rule.help, rule.source.isEmpty ? "" : "Source: \(rule.source)"]
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
        var seenTags: Set<String> = []
        let tags = rule.tags.filter { !$0.isEmpty && seenTags.insert($0).inserted }
        var properties = JSONObject([
            ("tags", .array(tags.map(JSONValue.string))),
            ("precision", "very-high"),
        ])
        if rule.securitySeverity > 0 {
            properties["security-severity"] = .string(securitySeverity(rule.securitySeverity))
        }
        return .object(
            JSONObject([
                ("id", .string(rule.id)),
                ("name", .string(sarifName(of: rule.id))),
                ("shortDescription", text(title)),
                ("fullDescription", text(description)),
                ("help", text(nonEmpty(help, or: description))),
                ("defaultConfiguration", .object(["level": .string(rule.severity.rawValue)])),
                ("properties", .object(properties)),
            ]))
    }

    /// `mwaa-metadata-db` → `MwaaMetadataDb`: SARIF's `name` is an identifier-like form.
    static func sarifName(of id: String) -> String {
        let words = id.split { !$0.isLetter && !$0.isNumber }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return name.isEmpty ? "Rule" : name
    }

    /// A score clamped to 0.1–10.0 with one decimal, as code scanning reads it: `"8.0"`.
    static func securitySeverity(_ score: Double) -> String {
        let clamped = score.isNaN ? 0.1 : min(10, max(0.1, score))
        let tenths = Int((clamped * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A `message` or `multiformatMessageString` with plain text.
    static func text(_ text: String) -> JSONValue {
        .object(["text": .string(text)])
    }

    static func nonEmpty(_ text: String, or fallback: String) -> String {
        text.isEmpty ? fallback : text
    }
}
