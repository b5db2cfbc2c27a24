/// The command-line front end: dispatches to the commands and formats help.
enum VPCReach {
    static let version = "0.1.0"

    static let commands: [Subcommand] = [
        Subcommand(
            name: CheckCommand.name, summary: CheckCommand.summary, help: CheckCommand.help,
            run: CheckCommand.run),
        Subcommand(
            name: DiffCommand.name, summary: DiffCommand.summary, help: DiffCommand.help,
            run: DiffCommand.run),
        Subcommand(
            name: InventoryCommand.name, summary: InventoryCommand.summary,
            help: InventoryCommand.help, run: InventoryCommand.run),
        Subcommand(
            name: WhyCommand.name, summary: WhyCommand.summary, help: WhyCommand.help,
            run: WhyCommand.run),
        Subcommand(
            name: PolicyCommand.name, summary: PolicyCommand.summary, help: PolicyCommand.help,
            run: PolicyCommand.run),
    ]

    static let overview = """
        vpcreach — proves what can reach what in an AWS network, from Terraform's JSON.

        USAGE: vpcreach <command> [options]

        COMMANDS:
        \(commands.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))
          help        Show help for a command.

        OPTIONS:
          -h, --help     Show this help.
          --version      Show the version.

        EXAMPLES:
          vpcreach check examples/mwaa-private/state.json
          vpcreach check plan.json --format sarif --output vpcreach.sarif --format text
          vpcreach inventory examples/mwaa-private/state.json
          vpcreach why examples/mwaa-private/state.json \\
              --from aws_mwaa_environment.analytics --to aws_redshift_cluster.main
          vpcreach help why

        ENVIRONMENT:
          NO_COLOR, TERM=dumb      No color in check's text output (unless --color).
          VPCREACH_HUGE_PAGES=off  On Linux, leave the allocator's heap on small pages
                                   (by default an input of 16 MB or more gets a heap the
                                   kernel is asked to back with 2 MiB pages).

        Run `vpcreach help <command>` for a command's options and examples.
        """

    /// Runs the command line `arguments` (without the program name).
    static func run(_ arguments: [String]) -> CommandResult {
        guard let first = arguments.first else {
            return CommandResult(exitCode: 2, standardOutput: "", standardError: overview + "\n")
        }
        switch first {
        case "-h", "--help":
            return .success(overview + "\n")
        case "--version":
            return .success("vpcreach \(version)\n")
        case "help":
            guard let topic = arguments.dropFirst().first else { return .success(overview + "\n") }
            guard let command = commands.first(where: { $0.name == topic }) else {
                return .failure("vpcreach help: no command named '\(topic)'\n\n" + overview)
            }
            return .success(command.help + "\n")
        default:
            guard let command = commands.first(where: { $0.name == first }) else {
                return .failure("vpcreach: unknown command '\(first)'\n\n" + overview)
            }
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                return .success(command.help + "\n")
            }
            return command.run(rest)
        }
    }
}
