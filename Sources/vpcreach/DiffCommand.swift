import Checks
import Foundation
import NetworkModel
import Reports
import SnapshotImport

/// `vpcreach diff`: what a change does to reachability — the CI gate on network changes.
enum DiffCommand {
    static let name = "diff"
    static let summary = "What a change does to reachability: flows opened and closed, findings."
    static let help = """
        USAGE: vpcreach diff <plan.json> [options]
               vpcreach diff <before> <after> [options]
               [--fail-on new-exposure|new-block|new-finding|any-change]...
               [--format text|json|markdown|sarif|github] [--output FILE]
               [--intents FILE] [--aws-ip-ranges FILE] [--tf-dir DIR]

        Compares a saved plan's prior state with its planned state (or two inputs of any
        kind: Terraform JSON or AWS CLI snapshot folders) and reports, computed exactly by
        the engine over all traffic:
          - the flows newly allowed and newly blocked between the workloads and interface
            endpoints of the snapshot (same VPC or peered), from the internet and from each
            subnet's address space (any interface there, whatever its groups), each as a
            compact packet set with its verdict change (reachable → unreachable) and the
            changed resources on its path;
          - the `vpcreach check` findings the change introduces and those it resolves;
          - the changed network resources, and which of them change nothing reachable.
        A flow whose fate depends on a value known only after apply is reported as
        unknown, never as unchanged.

        OPTIONS:
          --fail-on CONDITION   Exit 1 when the change meets it; repeatable or comma-separated
                                (default: new-exposure,new-finding).
                                new-exposure  packets from the internet newly (or possibly) get
                                              through, or an exposure finding is introduced
                                new-block     packets that got through no longer do
                                new-finding   a check error or warning is introduced
                                any-change    anything above changes
          --format F            text (default), json (docs/diff-json.md), markdown (a pull-request
                                comment), sarif (the findings introduced), github (annotations of
                                the findings introduced, then the text report).
          --output FILE         Write the report to FILE instead of standard output.
          --intents FILE        Intents for the check findings (as for `vpcreach check`).
          --aws-ip-ranges FILE  AWS's ip-ranges.json (S3 prefix lists, public services).
          --tf-dir DIR          For sarif and github: point at the .tf line of each resource.

        EXAMPLES:
          vpcreach diff examples/broken-redshift-sg/plan.json
          vpcreach diff examples/broken-nacl-no-ephemeral/plan.json --format markdown
          vpcreach diff examples/broken-redshift-sg/plan.json examples/mwaa-private/state.json
          vpcreach diff plan.json --fail-on new-exposure --fail-on new-block --format sarif \\
              --output diff.sarif

        EXIT STATUS: 0 the change meets no --fail-on condition; 1 it meets one; 2 usage or
        input error.
        """

    static let arguments = ArgumentSpecification(
        options: ["--fail-on", "--format", "--output", "--intents", "--aws-ip-ranges", "--tf-dir"],
        flags: [])

    static func run(_ arguments: [String]) -> CommandResult {
        let parsed: ParsedArguments
        switch Self.arguments.parse(arguments, command: name) {
        case .failure(let error): return .failure(error.description)
        case .success(let result): parsed = result
        }
        let gates: [DiffGate]
        let format: DiffFormat
        do {
            gates = try Self.gates(parsed)
            format = try Self.format(parsed)
        } catch {
            return .failure("\(error)")
        }
        let before: NetworkSnapshot
        var after: NetworkSnapshot
        switch parsed.positionals.count {
        case 1:
            let path = parsed.positionals[0]
            let prior: NetworkSnapshot
            let planned: NetworkSnapshot
            ProgressLine.standardError.reading([path])
            do {
                let views = try SnapshotLoader.load([path], views: [.prior, .planned])
                (prior, planned) = (views[0], views[1])
            } catch {
                return .failure(error.description)
            }
            guard planned.inputs.contains(where: { $0.view == "planned" }) else {
                return .failure(
                    UsageError(
                        "\(path) is not a saved plan (terraform show -json plan.out); to compare two states or snapshots, name both",
                        command: name
                    ).description)
            }
            (before, after) = (prior, planned)
        case 2:
            ProgressLine.standardError.reading(parsed.positionals)
            do {
                let snapshots = try SnapshotLoader.load(each: parsed.positionals.map { [$0] })
                (before, after) = (snapshots[0], snapshots[1])
            } catch {
                return .failure(error.description)
            }
        default:
            return .failure(
                UsageError(
                    "name one saved plan, or the two inputs to compare (before, then after)",
                    command: name
                ).description)
        }
        var beforeSnapshot = before
        let options: CheckOptions
        do {
            if let path = parsed.value("--aws-ip-ranges") {
                let ranges = try AWSIPRangesImporter.load(path)
                beforeSnapshot.awsAddressRanges = ranges
                after.awsAddressRanges = ranges
            }
            options = CheckOptions(
                intents: try parsed.value("--intents").map { path throws(CheckInputError) in
                    try Intents(bytes: try CheckCommand.readFile(path), file: path)
                } ?? Intents())
        } catch {
            return .failure("\(error)")
        }
        ProgressLine.standardError.show("comparing what can reach what, and checking both sides")
        let diff = DiffAnalyzer(before: beforeSnapshot, after: after, options: options).run()
        let failing = gates.contains(where: diff.meets)
        let report = DiffReport(diff: diff, toolVersion: VPCReach.version)
        let output: String
        do {
            let rendering = try CheckRendering(tfDirectory: parsed.value("--tf-dir"))
            switch format {
            case .text: output = report.text()
            case .json: output = report.json().serializedLine()
            case .markdown: output = report.markdown(failing: failing)
            case .sarif:
                output = rendering.render(
                    report.introducedResult, as: .sarif, color: false, failOn: .error)
            case .github:
                output =
                    rendering.render(
                        report.introducedResult, as: .github, color: false, failOn: .error
                    )
                    .components(separatedBy: "\n\n").first.map { $0 + "\n\n" } ?? ""
                    + report.text()
            }
        } catch {
            return .failure("\(error)")
        }
        let verdict =
            "vpcreach diff: \(report.summaryLine); \(failing ? "fails" : "passes") --fail-on \(gates.map(\.rawValue).joined(separator: ","))\n"
        if let path = parsed.value("--output") {
            do {
                try Data(output.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                return .failure("\(path): error: cannot be written: \(error.localizedDescription)")
            }
            return CommandResult(
                exitCode: failing ? 1 : 0, standardOutput: "", standardError: verdict,
                keptUntilExit: [beforeSnapshot, after, diff])
        }
        return CommandResult(
            exitCode: failing ? 1 : 0, standardOutput: output, standardError: "",
            keptUntilExit: [beforeSnapshot, after, diff])
    }

    private static func gates(_ parsed: ParsedArguments) throws(UsageError) -> [DiffGate] {
        let texts = (parsed.options["--fail-on"] ?? ["new-exposure,new-finding"]).flatMap {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        }
        var gates: [DiffGate] = []
        for text in texts {
            guard let gate = DiffGate(rawValue: text) else {
                throw UsageError(
                    "--fail-on takes \(DiffGate.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'",
                    command: name)
            }
            gates.append(gate)
        }
        return gates
    }

    private static func format(_ parsed: ParsedArguments) throws(UsageError) -> DiffFormat {
        let text = parsed.value("--format") ?? "text"
        guard let format = DiffFormat(rawValue: text.lowercased()) else {
            throw UsageError(
                "unknown format '\(text)' (choose \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")))",
                command: name)
        }
        return format
    }
}
