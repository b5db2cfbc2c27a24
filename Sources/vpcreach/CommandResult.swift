/// What a command produced: text for standard output and standard error, and the exit
/// status (0 success, 1 a negative answer, 2 a usage or input error).
struct CommandResult: Equatable {
    var exitCode: Int32
    var standardOutput: String
    var standardError: String

    static func success(_ output: String) -> CommandResult {
        CommandResult(exitCode: 0, standardOutput: output, standardError: "")
    }

    /// A usage or input error: exit status 2 with the message on standard error.
    static func failure(_ message: String) -> CommandResult {
        CommandResult(
            exitCode: 2, standardOutput: "",
            standardError: message.hasSuffix("\n") ? message : message + "\n")
    }
}
