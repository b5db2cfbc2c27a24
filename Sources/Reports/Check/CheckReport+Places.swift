import Checks

extension CheckReport {
    /// Where `resource` is declared: the Terraform source `locate` finds, else its place in
    /// the input JSON (line 1 when only the file is known); `nil` when neither is known.
    static func place(of resource: FindingResource, locate: ResourceLocator) -> SourcePlace? {
        if let found = locate(resource), !found.path.isEmpty {
            return SourcePlace(path: found.path, line: max(1, found.line))
        }
        guard let file = resource.file, !file.isEmpty else { return nil }
        guard let line = resource.line else { return SourcePlace(path: file, line: 1) }
        return SourcePlace(
            path: file, line: max(1, line), column: resource.column.map { max(1, $0) })
    }

    /// Where to point for `finding`: its first resource's place, else the first input's
    /// first line, so that every finding has a place; `nil` only without any input.
    func primaryPlace(of finding: Finding, locate: ResourceLocator) -> SourcePlace? {
        if let resource = finding.resources.first,
            let place = Self.place(of: resource, locate: locate)
        {
            return place
        }
        return result.inputs.first { !$0.isEmpty }.map { SourcePlace(path: $0, line: 1) }
    }
}
