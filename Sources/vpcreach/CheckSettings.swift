import Checks
import Foundation
import NetworkModel
import Reports

/// The options of `vpcreach check` that are not files to read, checked and defaulted.
struct CheckSettings {
    /// Each format with the file it goes to (`nil`: standard output).
    var outputs: [(CheckFormat, String?)]
    var failOn: Severity
    var softFail: Bool
    var unknownIsError: Bool
    var webserverClients: [CIDR]?
    var color: Bool

    init(_ parsed: ParsedArguments, command: String) throws(UsageError) {
        var formats: [CheckFormat] = []
        for text in parsed.options["--format"] ?? ["text"] {
            guard let format = CheckFormat(rawValue: text.lowercased()) else {
                let choices = CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError("unknown format '\(text)' (choose \(choices))", command: command)
            }
            formats.append(format)
        }
        let files = parsed.options["--output"] ?? []
        guard files.count <= (parsed.options["--format"] ?? []).count else {
            throw UsageError(
                "each --output needs a --format before it (\(files.count) outputs, \(formats.count) formats)",
                command: command)
        }
        outputs = formats.enumerated().map { ($1, $0 < files.count ? files[$0] : nil) }
        guard outputs.filter({ $0.1 == nil }).count <= 1 else {
            throw UsageError(
                "only one format can go to standard output; give the others an --output FILE",
                command: command)
        }
        let failText = parsed.value("--fail-on") ?? "error"
        guard let failOn = Severity(rawValue: failText.lowercased()) else {
            throw UsageError(
                "--fail-on takes error, warning or note, not '\(failText)'", command: command)
        }
        self.failOn = failOn
        softFail = parsed.flags.contains("--soft-fail")
        switch parsed.value("--unknown")?.lowercased() {
        case nil, "warn", "warning": unknownIsError = false
        case "fail", "error": unknownIsError = true
        case let other?:
            throw UsageError("--unknown takes warn or fail, not '\(other)'", command: command)
        }
        if let text = parsed.value("--webserver-clients") {
            var clients: [CIDR] = []
            for part in text.split(separator: ",") {
                let item = part.trimmingCharacters(in: .whitespaces)
                do {
                    clients.append(try CIDR(item))
                } catch {
                    throw UsageError(
                        "--webserver-clients: '\(item)' is not a CIDR block (\(error.reason))",
                        command: command)
                }
            }
            webserverClients = clients
        }
        if parsed.flags.contains("--color") && parsed.flags.contains("--no-color") {
            throw UsageError("--color and --no-color exclude each other", command: command)
        }
        let preference: ColorPreference =
            parsed.flags.contains("--color")
            ? .always : parsed.flags.contains("--no-color") ? .never : .automatic
        color = preference.usesColor(
            environment: ProcessInfo.processInfo.environment,
            isTerminal: isatty(STDOUT_FILENO) == 1)
    }
}
