extension TerraformSourceIndex {
    /// Where the resource at a Terraform address is declared: its file and the line of
    /// its `resource` block; `nil` when no block matches or several do and nothing
    /// decides between them.
    ///
    /// The instance key is ignored (`aws_vpc_endpoint.interface["sqs"]` is the
    /// `interface` block); `data.TYPE.NAME` finds `data` blocks. For an address in a
    /// module (`module.exposure.aws_security_group.this`), the module calls' local
    /// `source` paths are followed from the root; failing that, a block in a folder named
    /// like the innermost module (`modules/exposure/`) is preferred, and otherwise the
    /// only block with that type and name is taken. Outside modules, a block in the
    /// directory itself is preferred to one in a subfolder.
    public func location(ofAddress address: String) -> (path: String, line: Int)? {
        guard let parsed = Self.parse(address) else { return nil }
        let candidates = declarations.filter {
            $0.kind == parsed.kind && $0.type == parsed.type && $0.name == parsed.name
        }
        guard !candidates.isEmpty else { return nil }
        if parsed.modules.isEmpty {
            let atRoot = candidates.filter { folder(of: $0.path) == [] }
            if atRoot.count == 1 { return (atRoot[0].path, atRoot[0].line) }
        } else {
            if let folder = moduleFolder(parsed.modules) {
                let inFolder = candidates.filter { self.folder(of: $0.path) == folder }
                if inFolder.count == 1 { return (inFolder[0].path, inFolder[0].line) }
                if inFolder.count > 1 { return nil }
            }
            let named = candidates.filter { folder(of: $0.path).last == parsed.modules.last }
            if named.count == 1 { return (named[0].path, named[0].line) }
            if named.count > 1 { return nil }
        }
        return candidates.count == 1 ? (candidates[0].path, candidates[0].line) : nil
    }

    /// The parts of an address: module names from the outside in, the block kind, type
    /// and name; `nil` when it is not a resource address.
    static func parse(_ address: String) -> (
        modules: [String], kind: TerraformBlockDeclaration.Kind, type: String, name: String
    )? {
        var parts = splitAddress(address)
        var modules: [String] = []
        while parts.count >= 2, parts[0] == "module" {
            modules.append(parts[1])
            parts.removeFirst(2)
        }
        var kind = TerraformBlockDeclaration.Kind.resource
        if parts.first == "data" {
            kind = .data
            parts.removeFirst()
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (modules, kind, parts[0], parts[1])
    }

    /// The address's dot-separated steps without instance keys:
    /// `module.a["x"].aws_vpc.main[0]` → `module`, `a`, `aws_vpc`, `main`. Dots inside
    /// keys do not split.
    private static func splitAddress(_ address: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var bracketDepth = 0
        var inString = false
        var previous: Character = " "
        for character in address {
            defer { previous = character }
            if inString {
                if character == "\"" && previous != "\\" { inString = false }
                continue
            }
            switch character {
            case "\"" where bracketDepth > 0: inString = true
            case "[": bracketDepth += 1
            case "]": bracketDepth = max(0, bracketDepth - 1)
            case "." where bracketDepth == 0:
                parts.append(current)
                current = ""
            default: if bracketDepth == 0 { current.append(character) }
            }
        }
        parts.append(current)
        return parts
    }

    /// The folder of a declaration's file relative to the index's directory, as
    /// components (`[]` for a file in the directory itself).
    private func folder(of path: String) -> [String] {
        var components = Self.components(of: path)
        let root = Self.components(of: directory)
        if components.starts(with: root) { components.removeFirst(root.count) }
        return Array(components.dropLast())
    }

    /// The folder the module calls' local sources lead to from the directory, or `nil`
    /// when a call is missing or its source is not a local path.
    private func moduleFolder(_ modules: [String]) -> [String]? {
        var folder: [String] = []
        for module in modules {
            let calls = declarations.filter {
                $0.kind == .module && $0.name == module && self.folder(of: $0.path) == folder
            }
            guard calls.count == 1, !calls[0].type.isEmpty else { return nil }
            for component in Self.components(of: calls[0].type) {
                if component == ".." {
                    guard !folder.isEmpty else { return nil }
                    folder.removeLast()
                } else {
                    folder.append(component)
                }
            }
        }
        return folder
    }

    /// Path components without empty and `.` ones.
    private static func components(of path: String) -> [String] {
        path.split(separator: "/").map(String.init).filter { $0 != "." }
    }
}
