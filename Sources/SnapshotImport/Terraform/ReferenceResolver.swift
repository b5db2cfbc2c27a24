import JSONSupport

/// Follows configuration references (`aws_subnet.a.id`, `var.vpc_id`, `module.net.vpc_id`)
/// to the resource instances they name, through module calls and outputs.
struct ReferenceResolver: Sendable {
    /// What a reference leads to: a resource instance, or a literal value (an id given
    /// as a variable or a constant).
    enum Target: Hashable, Sendable {
        case address(String)
        case literal(String)
    }

    /// Resource instance addresses by module instance path and configuration key.
    private let instances: [String: [String]]
    /// Every module instance path seen.
    private let modulePaths: [String]
    /// Guards against cyclic module references in a hostile configuration.
    private static let maximumDepth = 64

    init(instances: [TerraformResourceInstance]) {
        var table: [String: [String]] = [:]
        var paths: Set<String> = [""]
        for instance in instances {
            table["\(instance.modulePath)|\(instance.configurationKey)", default: []].append(
                instance.address)
            var path = instance.modulePath
            while !path.isEmpty {
                paths.insert(path)
                path = TerraformConfiguration.parentAndCall(path)?.parent ?? ""
            }
        }
        self.instances = table
        self.modulePaths = paths.sorted()
    }

    /// References already followed during one resolution: finished ones with their
    /// targets, and those still being followed (meeting one again is a cycle).
    struct Walk {
        var finished: [String: [Target]] = [:]
        var inProgress: Set<String> = []
    }

    /// The targets of `reference` written inside module instance `modulePath`.
    ///
    /// Each reference is followed once per call: a cycle (a module output that comes
    /// back to the variable it came from) ends there, and references reached along many
    /// paths are resolved once, so hostile configurations cost time in proportion to
    /// their size.
    func targets(
        of reference: String, in modulePath: String, configuration: TerraformConfiguration
    ) -> [Target] {
        var walk = Walk()
        return targets(of: reference, in: modulePath, configuration, depth: 0, walk: &walk)
    }

    private func targets(
        of reference: String, in modulePath: String, _ configuration: TerraformConfiguration,
        depth: Int, walk: inout Walk
    ) -> [Target] {
        let key = "\(modulePath)|\(reference)"
        if let known = walk.finished[key] { return known }
        guard depth < Self.maximumDepth, walk.inProgress.insert(key).inserted else { return [] }
        let result = uncachedTargets(
            of: reference, in: modulePath, configuration, depth: depth, walk: &walk)
        walk.inProgress.remove(key)
        walk.finished[key] = result
        return result
    }

    private func uncachedTargets(
        of reference: String, in modulePath: String, _ configuration: TerraformConfiguration,
        depth: Int, walk: inout Walk
    ) -> [Target] {
        let parts = TerraformReference(reference).parts
        guard let first = parts.first else { return [] }
        switch first.name {
        case "var":
            guard parts.count >= 2 else { return [] }
            let name = parts[1].name
            guard let (parent, call) = TerraformConfiguration.parentAndCall(modulePath) else {
                return literals(configuration.rootVariable(name))
            }
            guard
                let argument = configuration.callArgument(
                    parentPath: parent, call: call, argument: name)
            else { return [] }
            return expressionTargets(
                argument, in: parent, configuration, depth: depth + 1, walk: &walk)
        case "module":
            guard parts.count >= 3 else { return [] }
            let callPrefix =
                (modulePath.isEmpty ? "" : modulePath + ".") + "module.\(parts[1].name)"
            let children = modulePaths.filter {
                $0 == callPrefix + (parts[1].index ?? "")
                    || (parts[1].index == nil && $0.hasPrefix(callPrefix + "["))
            }
            return children.flatMap { child -> [Target] in
                guard let output = configuration.output(modulePath: child, name: parts[2].name)
                else { return [] }
                return expressionTargets(
                    output, in: child, configuration, depth: depth + 1, walk: &walk)
            }
        case "data":
            guard parts.count >= 3 else { return [] }
            return resourceTargets(
                key: "data.\(parts[1].name).\(parts[2].name)", index: parts[2].index,
                in: modulePath)
        case "local", "each", "count", "path", "terraform", "self":
            return []
        default:
            guard parts.count >= 2 else { return [] }
            return resourceTargets(
                key: "\(first.name).\(parts[1].name)", index: parts[1].index, in: modulePath)
        }
    }

    private func resourceTargets(key: String, index: String?, in modulePath: String) -> [Target] {
        let addresses = instances["\(modulePath)|\(key)"] ?? []
        guard let index else { return addresses.map(Target.address) }
        let prefix = modulePath.isEmpty ? "" : modulePath + "."
        let wanted = prefix + key + index
        return addresses.filter { $0 == wanted }.map(Target.address)
    }

    private func expressionTargets(
        _ expression: JSONValue, in modulePath: String, _ configuration: TerraformConfiguration,
        depth: Int, walk: inout Walk
    ) -> [Target] {
        if let references = expression["references"]?.array {
            var seen: Set<Target> = []
            var result: [Target] = []
            for reference in references.compactMap(\.string) {
                for target in targets(
                    of: reference, in: modulePath, configuration, depth: depth, walk: &walk)
                where seen.insert(target).inserted {
                    result.append(target)
                }
            }
            return result
        }
        return literals(expression["constant_value"])
    }

    private func literals(_ value: JSONValue?) -> [Target] {
        guard let value else { return [] }
        if let string = value.string { return [.literal(string)] }
        return (value.array ?? []).compactMap(\.string).map(Target.literal)
    }
}
