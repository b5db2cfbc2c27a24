/// What a command produced: text for standard output and standard error, and the exit
/// status (0 success, 1 a negative answer, 2 a usage or input error).
struct CommandResult: Equatable {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String
    /// What the command built (snapshots, results) and the process need not free: the
    /// command-line entry point exits with these still referenced, which saves taking
    /// apart millions of model values one by one (0.12 s for an XL plan's `check`). Tests
    /// that run commands in one process free them as usual. Not compared.
    var keptUntilExit: [any Sendable] = []

    static func success(_ output: String, keptUntilExit: [any Sendable] = []) -> CommandResult {
        CommandResult(
            exitCode: 0, standardOutput: output, standardError: "", keptUntilExit: keptUntilExit)
    }

    /// A usage or input error: exit status 2 with the message on standard error.
    static func failure(_ message: String) -> CommandResult {
        CommandResult(
            exitCode: 2, standardOutput: "",
            standardError: message.hasSuffix("\n") ? message : message + "\n")
    }

    /// Results are equal when they print the same and exit the same way.
    static func == (lhs: CommandResult, rhs: CommandResult) -> Bool {
        lhs.exitCode == rhs.exitCode && lhs.standardOutput == rhs.standardOutput
            && lhs.standardError == rhs.standardError
    }
}
