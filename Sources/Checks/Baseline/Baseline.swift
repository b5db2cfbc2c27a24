import JSONSupport

/// Findings accepted earlier (`--write-baseline`), keyed by rule id and resource
/// addresses, so that `--baseline` reports only new ones.
public struct Baseline: Sendable, Hashable {
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String> = []) { self.fingerprints = fingerprints }

    /// The baseline of `findings`.
    public init(findings: [Finding]) { fingerprints = Set(findings.map(\.fingerprint)) }

    /// The findings not in the baseline, and how many were.
    public func filter(_ findings: [Finding]) -> (kept: [Finding], suppressed: Int) {
        let kept = findings.filter { !fingerprints.contains($0.fingerprint) }
        return (kept, findings.count - kept.count)
    }

    /// `{"version": 1, "findings": [{"fingerprint": …, "rule": …, "resources": […]}]}`,
    /// sorted, so the file diffs well under version control.
    public func json() -> JSONValue {
        let entries = fingerprints.sorted().map { fingerprint -> JSONValue in
            let parts = fingerprint.split(separator: "|", omittingEmptySubsequences: false)
            return .object(
                JSONObject([
                    ("fingerprint", .string(fingerprint)),
                    ("rule", .string(parts.first.map(String.init) ?? "")),
                    ("resources", .array(parts.dropFirst().map { .string(String($0)) })),
                ]))
        }
        return .object(JSONObject([("version", .number(1)), ("findings", .array(entries))]))
    }

    /// Reads a baseline written by ``json()``.
    public init(bytes: [UInt8], file: String) throws(CheckInputError) {
        let document = try CheckInputError.parse(bytes, file: file)
        guard let entries = document.root["findings"]?.array else {
            throw CheckInputError(
                file: file, line: 1, column: 1, path: "findings",
                message:
                    "not a vpcreach baseline: expected {\"version\": 1, \"findings\": [...]}; write one with --write-baseline"
            )
        }
        var fingerprints: Set<String> = []
        for (index, entry) in entries.enumerated() {
            guard let fingerprint = entry["fingerprint"]?.string, !fingerprint.isEmpty else {
                let location = document.location(of: entry)
                throw CheckInputError(
                    file: file, line: location?.line, column: location?.column,
                    path: "findings[\(index)].fingerprint", message: "expected a fingerprint string"
                )
            }
            fingerprints.insert(fingerprint)
        }
        self.init(fingerprints: fingerprints)
    }
}
