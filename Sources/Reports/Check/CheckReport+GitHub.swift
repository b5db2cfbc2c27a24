import Checks

extension CheckReport {
    /// The findings as GitHub Actions workflow commands, one line each:
    /// `::error file=F,line=L,col=C,title=T::message` (`::warning`, `::notice` for
    /// notes), escaped as GitHub requires. The file is the first resource's source
    /// relative to the repository root; the title is the rule id and the resource; the
    /// message adds the evidence and the first fix.
    ///
    /// GitHub shows at most 10 errors and 10 warnings per step, so the last line says
    /// how many there are and that the full report follows: print ``text(color:)`` after
    /// these lines.
    public func githubAnnotations(
        repository: RepositoryPaths = RepositoryPaths(), locate: ResourceLocator = { _ in nil }
    ) -> String {
        var lines: [String] = []
        for finding in result.findings {
            let command =
                switch finding.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
            var properties: [String] = []
            if let place = primaryPlace(of: finding, locate: locate) {
                let path = repository.relativePath(place.path) ?? place.path
                properties.append("file=\(path.workflowCommandProperty)")
                properties.append("line=\(place.line)")
                if let column = place.column { properties.append("col=\(column)") }
            }
            var title = finding.rule
            if let resource = finding.resources.first { title += " " + resource.address }
            properties.append("title=\(title.workflowCommandProperty)")
            let message = Self.sarifMessage(finding).workflowCommandMessage
            lines.append("::\(command) \(properties.joined(separator: ","))::\(message)")
        }
        lines.append(
            "vpcreach check: \(countsLine). GitHub shows at most 10 errors and 10 warnings per step; the full report follows."
        )
        return lines.joined(separator: "\n") + "\n"
    }
}
