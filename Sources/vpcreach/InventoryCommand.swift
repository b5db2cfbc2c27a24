import Reports
import SnapshotImport

/// `vpcreach inventory`: prints what was understood from the inputs.
enum InventoryCommand {
    static let name = "inventory"
    static let summary = "Show what vpcreach understood from Terraform JSON."
    static let help = """
        USAGE: vpcreach inventory <file>... [--format text|json] [--prior]

        Reads `terraform show -json` output (of a state or a saved plan) or a raw
        terraform.tfstate, and prints what was understood: counts per kind; each security
        group with one line per rule; each network ACL with its entries in evaluation
        order; each subnet with its route table and ACL (marking implicit main/default
        associations); each workload with its subnets and groups; and the unresolved
        references, unknown values and unsupported resource types.

        Several files are combined into one picture (e.g. a network stack's state and an
        application stack's plan). A folder (or files) of `aws ec2 describe-*` JSON, as
        examples/aws-cli/export.sh collects it, is read too: docs/aws-cli-import.md.

        OPTIONS:
          --format text|json   Output format (default: text). JSON layout: docs/inventory-json.md.
          --prior              For a plan, show the state before the change (prior_state)
                               instead of the planned state.

        EXAMPLES:
          vpcreach inventory examples/mwaa-private/state.json
          vpcreach inventory examples/mwaa-private-aws-cli
          terraform show -json plan.out > plan.json && vpcreach inventory plan.json --format json

        EXIT STATUS: 0 success; 2 usage or input error.
        """

    static let arguments = ArgumentSpecification(options: ["--format"], flags: ["--prior"])

    static func run(_ arguments: [String]) -> CommandResult {
        let parsed: ParsedArguments
        let format: OutputFormat
        switch Self.arguments.parseWithFormat(arguments, command: name) {
        case .failure(let error): return .failure(error.description)
        case .success(let result): (parsed, format) = result
        }
        guard !parsed.positionals.isEmpty else {
            return .failure(UsageError("name at least one input file", command: name).description)
        }
        let snapshot: NetworkSnapshotResult = load(
            parsed.positionals, prior: parsed.flags.contains("--prior"))
        switch snapshot {
        case .failure(let error):
            return .failure(error.description)
        case .success(let snapshot):
            let report = InventoryReport(snapshot: snapshot)
            switch format {
            case .text: return .success(report.text(), keptUntilExit: [snapshot])
            case .json:
                // The document is as large as the model: freeing it is left to the exit.
                let document = report.json()
                return .success(document.serializedLine(), keptUntilExit: [snapshot, document])
            }
        }
    }
}
