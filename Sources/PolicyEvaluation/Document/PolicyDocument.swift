import JSONSupport

/// An IAM policy document: a version and a list of statements, read and checked by
/// ``init(text:kind:)``.
///
/// Documents only come from text, so every value in one has passed the grammar checks;
/// evaluation never has to guess what a malformed element meant.
public struct PolicyDocument: Sendable {
    /// The `Version` element, or `nil` when the document has none (AWS then treats
    /// `${…}` as literal text, as under `2008-10-17`).
    public let version: PolicyVersion?
    /// The optional `Id` element.
    public let id: String?
    /// Whether statements name a principal (resource-based) or apply to their holder.
    public let kind: PolicyKind
    /// The statements, in the order they were written.
    public let statements: [PolicyStatement]

    init(version: PolicyVersion?, id: String?, kind: PolicyKind, statements: [PolicyStatement]) {
        self.version = version
        self.id = id
        self.kind = kind
        self.statements = statements
    }

    /// Whether `${…}` policy variables are substituted: only under `2012-10-17`.
    public var substitutesVariables: Bool { version == .version2012 }

    /// Reads a policy document from its JSON text.
    ///
    /// - Parameters:
    ///   - text: The JSON text, as stored in an endpoint's `PolicyDocument` or a
    ///     Terraform `policy` attribute.
    ///   - kind: ``PolicyKind/resourceBased`` (the default, for endpoint policies)
    ///     requires exactly one of `Principal` / `NotPrincipal` in every statement;
    ///     ``PolicyKind/identityBased`` forbids both.
    /// - Throws: ``PolicyError`` naming the element path and line:column of the first
    ///   problem.
    public init(text: String, kind: PolicyKind = .resourceBased) throws(PolicyError) {
        let json: JSONDocument
        do {
            json = try JSONParser.parse(text)
        } catch {
            throw PolicyError.invalidJSON(error)
        }
        var parser = PolicyParser(json: json, kind: kind)
        self = try parser.parseDocument()
    }
}
