import JSONSupport

/// Turns a parsed JSON document into a ``PolicyDocument``, checking the grammar and
/// reporting each problem with its element path and line:column.
struct PolicyParser {
    let json: JSONDocument
    let kind: PolicyKind
    /// Set from `Version` before any statement is read.
    var substitutesVariables = false

    init(json: JSONDocument, kind: PolicyKind) {
        self.json = json
        self.kind = kind
    }

    static let documentElements = ["Version", "Id", "Statement"]

    func location(_ value: JSONValue) -> SourceLocation? {
        json.location(of: value)
    }

    func location(_ member: JSONObject.Member) -> SourceLocation? {
        json.location(of: member)
    }

    mutating func parseDocument() throws(PolicyError) -> PolicyDocument {
        let root = json.root
        guard let object = root.object else {
            throw .wrongType(
                expected: "a JSON object with a Statement element", found: root, path: "",
                at: location(root))
        }
        for member in object.members where !Self.documentElements.contains(member.key) {
            throw .unknownElement(
                member.key, allowed: Self.documentElements, path: member.key, at: location(member))
        }
        var version: PolicyVersion?
        if let value = object["Version"] {
            guard let text = value.string else {
                throw .wrongType(
                    expected: "a string such as \"2012-10-17\"", found: value, path: "Version",
                    at: location(value))
            }
            guard let known = PolicyVersion(rawValue: text) else {
                throw .unsupportedVersion(text, at: location(value))
            }
            version = known
        }
        substitutesVariables = version == .version2012
        var id: String?
        if let value = object["Id"] {
            guard let text = value.string else {
                throw .wrongType(
                    expected: "a string", found: value, path: "Id", at: location(value))
            }
            id = text
        }
        guard let statementValue = object["Statement"] else {
            throw .noStatements(at: location(root))
        }
        var statements: [PolicyStatement] = []
        switch statementValue.kind {
        case .object:
            statements.append(try parseStatement(statementValue, index: 0, path: "Statement"))
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                statements.append(
                    try parseStatement(element, index: index, path: "Statement[\(index)]"))
            }
        default:
            throw .wrongType(
                expected: "a statement object or an array of statements", found: statementValue,
                path: "Statement", at: location(statementValue))
        }
        return PolicyDocument(version: version, id: id, kind: kind, statements: statements)
    }

    /// A string or a non-empty list of strings, each with its path and location.
    func stringList(_ value: JSONValue, path: String, what: String) throws(PolicyError)
        -> [(text: String, path: String, location: SourceLocation?)]
    {
        switch value.kind {
        case .string(let text):
            return [(text, path, location(value))]
        case .array(let elements):
            guard !elements.isEmpty else { throw .emptyList(what, path: path, at: location(value)) }
            var result: [(text: String, path: String, location: SourceLocation?)] = []
            for (index, element) in elements.enumerated() {
                guard let text = element.string else {
                    throw .wrongType(
                        expected: "a string", found: element, path: "\(path)[\(index)]",
                        at: location(element))
                }
                result.append((text, "\(path)[\(index)]", location(element)))
            }
            return result
        default:
            throw .wrongType(
                expected: "a string or a list of strings", found: value, path: path,
                at: location(value))
        }
    }
}
