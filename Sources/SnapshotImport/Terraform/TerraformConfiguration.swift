import JSONSupport

/// The `configuration` section of a plan: resource expressions and module calls, used to
/// recover links between resources whose ids are unknown until apply.
struct TerraformConfiguration: Sendable {
    private let rootModule: JSONValue?
    /// Root module input variables with their values (`variables` of a plan).
    private let variables: JSONValue?

    init(document: TerraformDocument) {
        rootModule = document.root["configuration"]?["root_module"]
        variables = document.root["variables"]
    }

    var isEmpty: Bool { rootModule == nil }

    /// The configuration module for a module instance path: `module.a["x"].module.b` → the
    /// `module` object of call `b` inside call `a`.
    func module(forInstancePath path: String) -> JSONValue? {
        var module = rootModule
        for call in Self.callNames(path) {
            module = module?["module_calls"]?[call]?["module"]
        }
        return module
    }

    /// The expressions object of a resource in a module.
    func expressions(modulePath: String, key: String) -> JSONValue? {
        guard let resources = module(forInstancePath: modulePath)?["resources"]?.array else {
            return nil
        }
        let plainKey = key
        return resources.first { $0["address"]?.string == plainKey }?["expressions"]
    }

    /// The references listed for an attribute (nested blocks by path, every block element).
    func references(modulePath: String, key: String, attribute: [String]) -> [String]? {
        guard var values = expressions(modulePath: modulePath, key: key).map({ [$0] }) else {
            return nil
        }
        for name in attribute {
            values = values.flatMap { value -> [JSONValue] in
                // A block written as one expression (`route = [...]` with references)
                // stands for every attribute inside it.
                if Self.isExpression(value) { return [value] }
                guard let next = value[name] else { return [] }
                return next.array ?? [next]
            }
        }
        let references = values.flatMap { $0["references"]?.array ?? [] }.compactMap(\.string)
        return values.isEmpty ? nil : references
    }

    private static func isExpression(_ value: JSONValue) -> Bool {
        value["references"] != nil || value["constant_value"] != nil
    }

    /// Whether the resource's configuration writes the attribute (e.g. inline `ingress`).
    func declares(modulePath: String, key: String, attribute: String) -> Bool? {
        guard let expressions = expressions(modulePath: modulePath, key: key) else { return nil }
        return expressions[attribute] != nil
    }

    /// A module call's argument expression: `module_calls.NAME.expressions.ARG`.
    func callArgument(parentPath: String, call: String, argument: String) -> JSONValue? {
        module(forInstancePath: parentPath)?["module_calls"]?[call]?["expressions"]?[argument]
    }

    /// A module's output expression.
    func output(modulePath: String, name: String) -> JSONValue? {
        module(forInstancePath: modulePath)?["outputs"]?[name]?["expression"]
    }

    /// A root variable's value from the plan's `variables`.
    func rootVariable(_ name: String) -> JSONValue? { variables?[name]?["value"] }

    /// The call names along a module instance path, without instance keys.
    static func callNames(_ path: String) -> [String] {
        let parts = TerraformReference(path).parts
        var names: [String] = []
        var index = 0
        while index + 1 < parts.count {
            if parts[index].name == "module" { names.append(parts[index + 1].name) }
            index += 2
        }
        return names
    }

    /// Splits `module.a["x"].module.b` into its parent `module.a["x"]` and call `b`.
    static func parentAndCall(_ path: String) -> (parent: String, call: String)? {
        let parts = TerraformReference(path).parts
        guard parts.count >= 2, parts[parts.count - 2].name == "module" else { return nil }
        let parentParts = parts.dropLast(2)
        let parent = parentParts.map { $0.name + ($0.index ?? "") }.joined(separator: ".")
        return (parent, parts[parts.count - 1].name)
    }
}
