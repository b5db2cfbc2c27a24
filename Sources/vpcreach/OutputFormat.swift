/// The formats a report can be printed in.
enum OutputFormat: String, CaseIterable {
    case text
    case json

    /// Reads `--format`, defaulting to text.
    static func parse(_ value: String?, command: String) -> Result<OutputFormat, UsageError> {
        guard let value else { return .success(.text) }
        guard let format = OutputFormat(rawValue: value.lowercased()) else {
            let choices = allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(
                UsageError("unknown format '\(value)' (choose \(choices))", command: command))
        }
        return .success(format)
    }
}

extension ArgumentSpecification {
    /// Parses `arguments` and reads `--format` from them.
    func parseWithFormat(_ arguments: [String], command: String)
        -> Result<(ParsedArguments, OutputFormat), UsageError>
    {
        parse(arguments, command: command).flatMap { parsed in
            OutputFormat.parse(parsed.value("--format"), command: command).map { (parsed, $0) }
        }
    }
}
