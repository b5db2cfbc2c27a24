import Checks
import JSONSupport

extension CheckReport {
    /// The whole output of `check` in `format`, ending with a newline: what the command
    /// line prints (or writes to `--output-file`) before its verdict.
    ///
    /// `color` applies to text and to the text report after GitHub annotations;
    /// `repository` and `locate` to the formats that point at files; `threshold` to the
    /// Markdown verdict.
    public func rendered(
        as format: CheckFormat, color: Bool = false,
        repository: RepositoryPaths = RepositoryPaths(), locate: ResourceLocator = { _ in nil },
        failingAt threshold: Severity = .error
    ) -> String {
        switch format {
        case .text: text(color: color)
        case .json: json().serializedLine()
        case .sarif: sarif(repository: repository, locate: locate).serializedLine()
        case .junit: junit(repository: repository, locate: locate)
        case .github:
            githubAnnotations(repository: repository, locate: locate) + "\n" + text(color: color)
        case .markdown: markdown(failingAt: threshold)
        }
    }
}
