import JSONSupport

/// The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) for the objects
/// `check` emits: each object's required and allowed properties (the schema forbids
/// others), enumerations and minimums, checked recursively. Returns one line per
/// problem, with the JSON path.
struct SARIFSchema {
    private(set) var problems: [String] = []

    static func problems(in log: JSONValue) -> [String] {
        var schema = SARIFSchema()
        schema.sarifLog(log, at: "$")
        return schema.problems
    }

    private static let levels: Set<String> = ["none", "note", "warning", "error"]
    private static let precisions: Set<String> = ["very-high", "high", "medium", "low"]
    private static let columnKinds: Set<String> = ["utf16CodeUnits", "unicodeCodePoints"]

    private mutating func object(
        _ value: JSONValue?, at path: String, required: [String], allowed: [String]
    ) -> JSONObject? {
        guard let object = value?.object else {
            problems.append("\(path): expected an object")
            return nil
        }
        for key in required where object[key] == nil {
            problems.append("\(path): missing required \(key)")
        }
        for key in object.keys where !allowed.contains(key) && !required.contains(key) {
            problems.append("\(path): \(key) is not a property of this object")
        }
        return object
    }

    private mutating func string(
        _ value: JSONValue?, at path: String, in choices: Set<String>? = nil
    ) {
        guard let value else { return }
        guard let text = value.string else { return problems.append("\(path): expected a string") }
        if text.isEmpty { problems.append("\(path): empty string") }
        if let choices, !choices.contains(text) {
            problems.append("\(path): \(text) is not one of \(choices.sorted())")
        }
    }

    private mutating func integer(_ value: JSONValue?, at path: String, minimum: Int) {
        guard let value else { return }
        guard let number = value.int else { return problems.append("\(path): expected an integer") }
        if number < minimum { problems.append("\(path): \(number) is below \(minimum)") }
    }

    private mutating func array(_ value: JSONValue?, at path: String, minimumCount: Int = 0)
        -> [JSONValue]
    {
        guard let value else { return [] }
        guard let elements = value.array else {
            problems.append("\(path): expected an array")
            return []
        }
        if elements.count < minimumCount {
            problems.append("\(path): fewer than \(minimumCount) items")
        }
        return elements
    }

    private mutating func sarifLog(_ value: JSONValue, at path: String) {
        guard
            let log = object(
                value, at: path, required: ["version", "runs"],
                allowed: ["$schema", "inlineExternalProperties", "properties"])
        else { return }
        if log["version"]?.string != "2.1.0" { problems.append("\(path).version: not 2.1.0") }
        string(log["$schema"], at: "\(path).$schema")
        for (index, run) in array(log["runs"], at: "\(path).runs").enumerated() {
            self.run(run, at: "\(path).runs[\(index)]")
        }
    }

    private mutating func run(_ value: JSONValue, at path: String) {
        guard
            let run = object(
                value, at: path, required: ["tool"],
                allowed: [
                    "invocations", "conversion", "language", "versionControlProvenance",
                    "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results",
                    "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
                    "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind",
                    "externalPropertyFileReferences", "threadFlowLocations", "taxonomies",
                    "addresses", "translations", "policies", "webRequests", "webResponses",
                    "specialLocations", "properties",
                ])
        else { return }
        string(run["columnKind"], at: "\(path).columnKind", in: Self.columnKinds)
        let rules = tool(run["tool"], at: "\(path).tool")
        for (index, result) in array(run["results"], at: "\(path).results").enumerated() {
            self.result(result, at: "\(path).results[\(index)]", rules: rules)
        }
        propertyBag(run["properties"], at: "\(path).properties")
    }

    /// Checks the tool and returns its rules' ids in order.
    private mutating func tool(_ value: JSONValue?, at path: String) -> [String] {
        guard
            let tool = object(
                value, at: path, required: ["driver"], allowed: ["extensions", "properties"])
        else { return [] }
        let driverPath = "\(path).driver"
        guard
            let driver = object(
                tool["driver"], at: driverPath, required: ["name"],
                allowed: [
                    "guid", "organization", "product", "productSuite", "shortDescription",
                    "fullDescription", "fullName", "version", "semanticVersion",
                    "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri",
                    "globalMessageStrings", "notifications", "rules", "taxa", "locations",
                    "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
                    "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
                    "translationMetadata", "supportedTaxonomies", "properties",
                ])
        else { return [] }
        string(driver["name"], at: "\(driverPath).name")
        string(driver["version"], at: "\(driverPath).version")
        if let uri = driver["informationUri"]?.string, !uri.hasPrefix("https://") {
            problems.append("\(driverPath).informationUri: not an absolute URI")
        }
        var ids: [String] = []
        for (index, rule) in array(driver["rules"], at: "\(driverPath).rules").enumerated() {
            ids.append(reportingDescriptor(rule, at: "\(driverPath).rules[\(index)]"))
        }
        if Set(ids).count != ids.count { problems.append("\(driverPath).rules: duplicate ids") }
        return ids
    }

    private mutating func reportingDescriptor(_ value: JSONValue, at path: String) -> String {
        guard
            let rule = object(
                value, at: path, required: ["id"],
                allowed: [
                    "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames",
                    "shortDescription", "fullDescription", "messageStrings",
                    "defaultConfiguration", "helpUri", "help", "relationships", "properties",
                ])
        else { return "" }
        string(rule["id"], at: "\(path).id")
        string(rule["name"], at: "\(path).name")
        for key in ["shortDescription", "fullDescription", "help"] where rule[key] != nil {
            multiformatMessageString(rule[key], at: "\(path).\(key)")
        }
        if let configuration = object(
            rule["defaultConfiguration"] ?? .object([:]), at: "\(path).defaultConfiguration",
            required: [], allowed: ["enabled", "level", "rank", "parameters", "properties"])
        {
            string(
                configuration["level"], at: "\(path).defaultConfiguration.level", in: Self.levels)
        }
        if let properties = rule["properties"]?.object {
            propertyBag(rule["properties"], at: "\(path).properties")
            string(properties["precision"], at: "\(path).properties.precision", in: Self.precisions)
            if let severity = properties["security-severity"] {
                if let score = severity.string.flatMap(Double.init), (0.1...10.0).contains(score) {
                } else {
                    problems.append("\(path).properties.security-severity: not a number 0.1–10.0")
                }
            }
        }
        return rule["id"]?.string ?? ""
    }

    private mutating func multiformatMessageString(_ value: JSONValue?, at path: String) {
        guard
            let message = object(
                value, at: path, required: ["text"], allowed: ["markdown", "properties"])
        else { return }
        string(message["text"], at: "\(path).text")
    }

    private mutating func message(_ value: JSONValue?, at path: String) {
        guard
            let message = object(
                value, at: path, required: [],
                allowed: ["text", "markdown", "id", "arguments", "properties"])
        else { return }
        if message["text"] == nil && message["id"] == nil {
            problems.append("\(path): a message needs text or id")
        }
        string(message["text"], at: "\(path).text")
    }

    private mutating func result(_ value: JSONValue, at path: String, rules: [String]) {
        guard
            let result = object(
                value, at: path, required: ["message"],
                allowed: [
                    "ruleId", "ruleIndex", "rule", "kind", "level", "analysisTarget", "locations",
                    "guid", "correlationGuid", "occurrenceCount", "partialFingerprints",
                    "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
                    "relatedLocations", "suppressions", "baselineState", "rank", "attachments",
                    "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
                    "webRequest", "webResponse", "properties",
                ])
        else { return }
        message(result["message"], at: "\(path).message")
        string(result["ruleId"], at: "\(path).ruleId")
        string(result["level"], at: "\(path).level", in: Self.levels)
        integer(result["ruleIndex"], at: "\(path).ruleIndex", minimum: -1)
        if let index = result["ruleIndex"]?.int, index >= 0 {
            if index >= rules.count || rules[index] != result["ruleId"]?.string {
                problems.append(
                    "\(path).ruleIndex: does not point at rule \(result["ruleId"]?.string ?? "?")")
            }
        }
        // Code scanning shows a result only with a location; the schema allows none.
        let locations = array(result["locations"], at: "\(path).locations", minimumCount: 1)
        for (index, location) in locations.enumerated() {
            self.location(location, at: "\(path).locations[\(index)]")
        }
        if locations.first?["physicalLocation"] == nil {
            problems.append("\(path).locations[0]: no physicalLocation")
        }
        for (index, location) in array(result["relatedLocations"], at: "\(path).relatedLocations")
            .enumerated()
        {
            self.location(location, at: "\(path).relatedLocations[\(index)]")
        }
        if let fingerprints = result["partialFingerprints"] {
            for member in fingerprints.object?.members ?? [] {
                string(member.value, at: "\(path).partialFingerprints.\(member.key)")
            }
        }
        propertyBag(result["properties"], at: "\(path).properties")
    }

    private mutating func location(_ value: JSONValue, at path: String) {
        guard
            let location = object(
                value, at: path, required: [],
                allowed: [
                    "id", "physicalLocation", "logicalLocations", "message", "annotations",
                    "relationships", "properties",
                ])
        else { return }
        integer(location["id"], at: "\(path).id", minimum: -1)
        if location["message"] != nil { message(location["message"], at: "\(path).message") }
        if let physical = location["physicalLocation"] {
            physicalLocation(physical, at: "\(path).physicalLocation")
        }
        for (index, logical) in array(location["logicalLocations"], at: "\(path).logicalLocations")
            .enumerated()
        {
            let logicalPath = "\(path).logicalLocations[\(index)]"
            guard
                let logical = object(
                    logical, at: logicalPath, required: [],
                    allowed: [
                        "name", "index", "fullyQualifiedName", "decoratedName", "parentIndex",
                        "kind", "properties",
                    ])
            else { continue }
            for key in ["name", "fullyQualifiedName", "kind"] {
                string(logical[key], at: "\(logicalPath).\(key)")
            }
        }
    }

    private mutating func physicalLocation(_ value: JSONValue, at path: String) {
        guard
            let physical = object(
                value, at: path, required: [],
                allowed: ["address", "artifactLocation", "region", "contextRegion", "properties"])
        else { return }
        if physical["address"] == nil && physical["artifactLocation"] == nil {
            problems.append("\(path): needs address or artifactLocation")
        }
        if let artifact = object(
            physical["artifactLocation"] ?? .object([:]), at: "\(path).artifactLocation",
            required: [], allowed: ["uri", "uriBaseId", "index", "description", "properties"])
        {
            string(artifact["uri"], at: "\(path).artifactLocation.uri")
            if let uri = artifact["uri"]?.string, uri.contains(where: { $0 == " " || $0 == "\\" }) {
                problems.append("\(path).artifactLocation.uri: not a URI reference: \(uri)")
            }
        }
        if let region = physical["region"] {
            guard
                let region = object(
                    region, at: "\(path).region", required: [],
                    allowed: [
                        "startLine", "startColumn", "endLine", "endColumn", "charOffset",
                        "charLength", "byteOffset", "byteLength", "snippet", "message",
                        "sourceLanguage", "properties",
                    ])
            else { return }
            for key in ["startLine", "startColumn", "endLine", "endColumn"] {
                integer(region[key], at: "\(path).region.\(key)", minimum: 1)
            }
        }
    }

    private mutating func propertyBag(_ value: JSONValue?, at path: String) {
        guard let value else { return }
        guard let bag = value.object else { return problems.append("\(path): expected an object") }
        if let tags = bag["tags"] {
            let strings = array(tags, at: "\(path).tags").compactMap(\.string)
            if strings.count != tags.array?.count {
                problems.append("\(path).tags: not all strings")
            }
            if Set(strings).count != strings.count { problems.append("\(path).tags: not unique") }
        }
    }
}
