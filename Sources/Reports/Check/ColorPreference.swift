/// Whether text output is colored: what `--color` / `--no-color` ask for, or automatic.
public enum ColorPreference: Sendable, Hashable {
    /// Decide from the environment and the output (no flag given).
    case automatic
    /// `--color`: always color, whatever the environment says.
    case always
    /// `--no-color`: never color.
    case never

    /// Whether to color output with this preference.
    ///
    /// An explicit flag wins. Otherwise there is no color when `NO_COLOR` is set to a
    /// non-empty value (no-color.org), when `TERM` is `dumb`, or when standard output is
    /// not a terminal; there is color otherwise.
    public func usesColor(environment: [String: String], isTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .automatic:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}
