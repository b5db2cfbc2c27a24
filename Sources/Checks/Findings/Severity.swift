/// How much a finding matters: `error` fails a CI gate by default, `warning` and `note`
/// only when `--fail-on` asks for them.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
