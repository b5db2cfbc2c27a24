/// A command `vpcreach` dispatches to: its name, one-line summary, help text and entry.
struct Subcommand: Sendable {
    let name: String
    let summary: String
    let help: String
    let run: @Sendable ([String]) -> CommandResult
}
