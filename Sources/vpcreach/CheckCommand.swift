import Checks
import Foundation
import NetworkModel
import Reports
import SnapshotImport

/// `vpcreach check`: the MWAA CI gate.
enum CheckCommand {
    static let name = "check"
    static let summary =
        "The CI gate: every MWAA need met, nothing extra open, findings with fixes."
    static let help = """
        USAGE: vpcreach check <file>... [--intents FILE] [--webserver-clients CIDR,...]
                              [--format F [--output FILE]]... [--fail-on error|warning|note]
                              [--soft-fail] [--baseline FILE] [--write-baseline FILE]
                              [--aws-ip-ranges FILE] [--tf-dir DIR] [--unknown warn|fail]
                              [--color | --no-color] [--prior]

        Checks every aws_mwaa_environment of the inputs against what MWAA needs from its
        network — two private subnets in two zones, NAT or every VPC endpoint, the
        self-referencing group, TCP 5432 and 443 both ways, every AWS service path and
        endpoint policy, its data stores, its execution and trust policies — and that
        nothing extra is open: internet exposure, groups open to the world, ingress beyond
        what the profile and the intents need, permissive ACLs and endpoint policies,
        public data stores. Every finding has a rule id, a severity, the resources, the
        evidence from the engine and a fix as Terraform code. For a plan it checks the
        planned state. The rules are described in docs/rules.md.

        OPTIONS:
          --intents FILE        Declared flows: {"require": [{"from": REF, "to": REF,
                                "protocol": "tcp", "ports": "5439"}], "forbid": [...],
                                "exclude_data_stores": [REF]} (REF as in `vpcreach why`).
          --webserver-clients CIDR,...
                                Networks that must reach a PRIVATE_ONLY web server on 443
                                (checked as flows); also what 443 ingress may admit (default:
                                the environment's VPC).
          --format F            text (default), json, sarif, junit, github, markdown. May
                                repeat; the N-th --output names the N-th format's file, and a
                                format without one goes to standard output.
          --output FILE         Where the matching --format is written.
          --fail-on SEVERITY    Exit 1 when a finding is at or above it (default: error).
          --soft-fail           Exit 0 whatever is found (input errors still exit 2).
          --baseline FILE       Report only findings not in FILE, and say how many it held.
          --write-baseline FILE Record the current findings (rule id + resource addresses).
          --aws-ip-ranges FILE  AWS's ip-ranges.json, for S3 prefix lists and public services.
          --tf-dir DIR          The configuration's folder: SARIF results point at the
                                `resource` block's line in its .tf files.
          --unknown warn|fail   A verdict depending on an unknown value is a warning (default)
                                or an error.
          --color, --no-color   Force colors in text output on or off (default: on a terminal
                                unless NO_COLOR is set or TERM=dumb).
          --prior               For a plan, check the state before the change.

        EXAMPLES:
          vpcreach check examples/mwaa-private/state.json
          vpcreach check examples/broken-redshift-sg/plan.json --format markdown
          vpcreach check plan.json --format sarif --output vpcreach.sarif --format text \\
              --tf-dir infra/
          vpcreach check examples/mwaa-public/state.json --intents examples/mwaa-public/intents.json
          vpcreach check plan.json --write-baseline .vpcreach-baseline.json
          vpcreach check plan.json --baseline .vpcreach-baseline.json --fail-on warning

        EXIT STATUS: 0 no finding at or above --fail-on (or --soft-fail); 1 findings at or
        above it; 2 usage or input error.
        """

    static let arguments = ArgumentSpecification(
        options: [
            "--intents", "--webserver-clients", "--format", "--output", "--fail-on", "--baseline",
            "--write-baseline", "--aws-ip-ranges", "--tf-dir", "--unknown",
        ],
        flags: ["--soft-fail", "--color", "--no-color", "--prior"])

    static func run(_ arguments: [String]) -> CommandResult {
        let parsed: ParsedArguments
        switch Self.arguments.parse(arguments, command: name) {
        case .failure(let error): return .failure(error.description)
        case .success(let result): parsed = result
        }
        let settings: CheckSettings
        do {
            settings = try CheckSettings(parsed, command: name)
        } catch {
            return .failure("\(error)")
        }
        guard !parsed.positionals.isEmpty else {
            return .failure(UsageError("name at least one input file", command: name).description)
        }
        var snapshot: NetworkSnapshot
        switch load(parsed.positionals, prior: parsed.flags.contains("--prior")) {
        case .failure(let error): return .failure(error.description)
        case .success(let loaded): snapshot = loaded
        }
        let options: CheckOptions
        let baseline: Baseline?
        do {
            if let path = parsed.value("--aws-ip-ranges") {
                snapshot.awsAddressRanges = try AWSIPRangesImporter.load(path)
            }
            options = CheckOptions(
                intents: try parsed.value("--intents").map { path throws(CheckInputError) in
                    try Intents(bytes: try readFile(path), file: path)
                } ?? Intents(),
                webserverClients: settings.webserverClients,
                unknownIsError: settings.unknownIsError)
            baseline = try parsed.value("--baseline").map { path throws(CheckInputError) in
                try Baseline(bytes: try readFile(path), file: path)
            }
        } catch {
            return .failure("\(error)")
        }
        let environments = snapshot.workloads.filter { $0.kind == .mwaaEnvironment }.count
        ProgressLine.standardError.show(
            "checking \(environments) MWAA environment\(environments == 1 ? "" : "s")")
        let result = CheckRunner(snapshot: snapshot, options: options).run(baseline: baseline)
        var standardOutput = ""
        do {
            if let path = parsed.value("--write-baseline") {
                try writeFile(
                    path, Baseline(findings: result.findings).json().serializedLine())
            }
            let rendering = try CheckRendering(tfDirectory: parsed.value("--tf-dir"))
            for (format, output) in settings.outputs {
                let text = rendering.render(
                    result, as: format, color: output == nil && settings.color,
                    failOn: settings.failOn)
                if let output {
                    try writeFile(output, text)
                } else {
                    standardOutput += text
                }
            }
        } catch {
            return .failure("\(error)")
        }
        var standardError = ""
        if standardOutput.isEmpty || settings.outputs.contains(where: { $0.1 != nil }) {
            // With every format written to files, say the verdict on the terminal.
            standardError =
                CheckReport(result: result, toolVersion: VPCReach.version).countsLine + "\n"
        }
        let failed = !settings.softFail && result.fails(at: settings.failOn)
        return CommandResult(
            exitCode: failed ? 1 : 0, standardOutput: standardOutput,
            standardError: standardError, keptUntilExit: [snapshot, result])
    }

    static func readFile(_ path: String) throws(CheckInputError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CheckInputError(file: path, message: "cannot be read: no such file")
        }
        return [UInt8](data)
    }

    private static func writeFile(_ path: String, _ text: String) throws(CheckInputError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CheckInputError(
                file: path, message: "cannot be written: \(error.localizedDescription)")
        }
    }
}
