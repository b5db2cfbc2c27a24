import Checks
import JSONSupport

extension CheckReport {
    /// SARIF keeps at most this many results per run (GitHub's limit); the rest are
    /// counted in the run's `properties.omittedResults`.
    public static let maximumSARIFResults = 25_000
    /// A result lists at most this many related locations (GitHub's limit).
    public static let maximumSARIFRelatedLocations = 1_000
    /// The key of the stable hash in each result's `partialFingerprints`.
    public static let sarifFingerprintKey = "vpcreachFindingHash/v1"

    /// The findings as a SARIF 2.1.0 log for code scanning (GitHub, GitLab, Azure DevOps).
    ///
    /// One run; `tool.driver.rules` describes every rule applied; one result per finding
    /// (at most ``maximumSARIFResults``). Each result has exactly one location — the
    /// first resource's Terraform source from `locate`, else its place in the input
    /// JSON, else the first input's line 1 — with the resource's address as a logical
    /// location; the other resources are `relatedLocations` (at most
    /// ``maximumSARIFRelatedLocations``). Paths become URIs relative to
    /// `repository`'s root. `partialFingerprints` holds the FNV-1a hash of the finding's
    /// fingerprint, so alerts stay the same across runs while the resources do.
    public func sarif(
        repository: RepositoryPaths = RepositoryPaths(), locate: ResourceLocator = { _ in nil }
    ) -> JSONValue {
        let rules = sarifRules
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
        let kept = result.findings.prefix(Self.maximumSARIFResults)
        let results = kept.map { finding in
            sarifResult(
                finding, ruleIndex: ruleIndex[finding.rule], repository: repository,
                locate: locate)
        }
        var driver = JSONObject([("name", .string(Self.toolName))])
        if !toolVersion.isEmpty { driver["version"] = .string(toolVersion) }
        driver["informationUri"] = .string(Self.informationURI)
        driver["rules"] = .array(rules.map(Self.sarifDescriptor))
        var run = JSONObject([
            ("tool", .object(["driver": .object(driver)])),
            ("columnKind", "unicodeCodePoints"),
            ("results", .array(results)),
        ])
        var properties = JSONObject([("suppressed", .number(result.suppressedCount))])
        if result.findings.count > kept.count {
            properties["omittedResults"] = .number(result.findings.count - kept.count)
        }
        run["properties"] = .object(properties)
        return .object(
            JSONObject([
                ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
                ("version", "2.1.0"),
                ("runs", .array([.object(run)])),
            ]))
    }

    private func sarifResult(
        _ finding: Finding, ruleIndex: Int?, repository: RepositoryPaths,
        locate: ResourceLocator
    ) -> JSONValue {
        var object = JSONObject([("ruleId", .string(finding.rule))])
        if let ruleIndex { object["ruleIndex"] = .number(ruleIndex) }
        object["level"] = .string(finding.severity.rawValue)
        object["message"] = Self.text(Self.sarifMessage(finding))
        var primary = JSONObject()
        if let place = primaryPlace(of: finding, locate: locate) {
            primary["physicalLocation"] = Self.sarifPhysicalLocation(place, repository: repository)
        }
        if let resource = finding.resources.first {
            primary["logicalLocations"] = .array([Self.sarifLogicalLocation(resource)])
        }
        object["locations"] = .array([.object(primary)])
        let related = finding.resources.dropFirst().prefix(Self.maximumSARIFRelatedLocations)
        if !related.isEmpty {
            object["relatedLocations"] = .array(
                related.enumerated().map { offset, resource in
                    var location = JSONObject([("id", .number(offset + 1))])
                    if let place = Self.place(of: resource, locate: locate) {
                        location["physicalLocation"] = Self.sarifPhysicalLocation(
                            place, repository: repository)
                    }
                    location["logicalLocations"] = .array([Self.sarifLogicalLocation(resource)])
                    location["message"] = Self.text(resource.address)
                    return .object(location)
                })
        }
        object["partialFingerprints"] = .object([
            Self.sarifFingerprintKey: .string(FNV1aHash.hex(of: finding.fingerprint))
        ])
        var properties = JSONObject([("fingerprint", .string(finding.fingerprint))])
        if let environment = finding.environment {
            properties["environment"] = .string(environment)
        }
        if !finding.evidence.details.isEmpty {
            properties["evidence"] = .array(finding.evidence.details.map(JSONValue.string))
        }
        object["properties"] = .object(properties)
        return .object(object)
    }

    /// The message, the evidence summary and the first fix, one to a line.
    static func sarifMessage(_ finding: Finding) -> String {
        var parts = [finding.message, finding.evidence.summary]
        if let fix = finding.fixes.first, !fix.summary.isEmpty {
            parts.append("Fix: \(fix.summary)")
        }
        return nonEmpty(parts.filter { !$0.isEmpty }.joined(separator: "\n"), or: finding.rule)
    }

    private static func sarifPhysicalLocation(_ place: SourcePlace, repository: RepositoryPaths)
        -> JSONValue
    {
        var region = JSONObject([("startLine", .number(place.line))])
        if let column = place.column { region["startColumn"] = .number(column) }
        return .object(
            JSONObject([
                ("artifactLocation", .object(["uri": .string(repository.uri(for: place.path))])),
                ("region", .object(region)),
            ]))
    }

    private static func sarifLogicalLocation(_ resource: FindingResource) -> JSONValue {
        .object(
            JSONObject([
                ("name", .string(resource.address)),
                ("fullyQualifiedName", .string(resource.address)),
                ("kind", "resource"),
            ]))
    }
}
