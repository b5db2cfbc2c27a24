import Checks
import NetworkModel
import Reachability
import Reports
import SnapshotImport

/// `vpcreach why`: can one thing reach another, and if not, why and how to fix it.
enum WhyCommand {
    static let name = "why"
    static let summary =
        "Explain whether a flow gets through: the verdict, each hop, the rule, the fix."
    static let help = """
        USAGE: vpcreach why <file>... --from REF --to REF [--protocol tcp|udp|icmp|all|N]
                            [--port N|N-M] [--ephemeral N-M] [--aws-ip-ranges FILE]
                            [--format text|json] [--prior]

        Answers "can FROM reach TO?" for every packet at once, through security groups,
        network ACLs (both directions: replies too) and route tables, and prints the
        verdict, the path hop by hop forward and back with the rule that decided each
        hop, what blocks which packets, one packet that fails (and one that passes), and
        the Terraform resource that would fix it.

        <file> may also be a folder of `aws ec2 describe-*` JSON (docs/aws-cli-import.md).

        REF is one of:
          a Terraform address     aws_mwaa_environment.main, module.net.aws_redshift_cluster.dw,
                                  aws_instance.app[0], module.x["k"].aws_vpc_endpoint.sqs
          an AWS id               i-…, eni-…, sg-… (every interface carrying it), subnet-…, vpce-…
          an address or block     10.0.1.25, 10.0.0.0/16
          internet

        OPTIONS:
          --from REF, --to REF  The two ends (required).
          --protocol P          tcp (default), udp, icmp, icmpv6, all, or a protocol number.
          --port N|N-M          Destination ports (default: the destination's own port, e.g.
                                Redshift 5439; else every port).
          --ephemeral N-M       Client source ports (default 1024-65535, AWS's guidance).
          --as ROLE_ARN --action A --resource R
                                For service:NAME, evaluate the endpoint's policy for this request
                                (from an MWAA environment, by default its execution role and every
                                request MWAA makes through that endpoint).
          --aws-ip-ranges FILE  AWS's published ip-ranges.json: the addresses behind S3 and
                                DynamoDB prefix lists and public service endpoints.
          --format text|json    Output format (default: text). JSON layout: docs/why-json.md.
          --prior               For a plan, ask about the state before the change.

        EXAMPLES:
          vpcreach why examples/mwaa-private/state.json \\
              --from aws_mwaa_environment.analytics --to aws_redshift_cluster.main
          vpcreach why examples/broken-redshift-sg/plan.json \\
              --from aws_mwaa_environment.analytics --to aws_redshift_cluster.main --port 5439
          vpcreach why state.json --from internet --to aws_db_instance.main --port 5432

        EXIT STATUS: 0 reachable; 1 partial, unreachable or unknown; 2 usage or input error.
        """

    static let arguments = ArgumentSpecification(
        options: [
            "--from", "--to", "--protocol", "--port", "--ephemeral", "--format", "--aws-ip-ranges",
            "--as", "--action", "--resource",
        ],
        flags: ["--prior"])

    static func run(_ arguments: [String]) -> CommandResult {
        let parsed: ParsedArguments
        switch Self.arguments.parse(arguments, command: name) {
        case .failure(let error): return .failure(error.description)
        case .success(let result): parsed = result
        }
        let question: ReachabilityQuestion
        let format: OutputFormat
        do {
            question = try Self.question(parsed)
            format = try OutputFormat.parse(parsed.value("--format"), command: name).get()
        } catch {
            return .failure("\(error)")
        }
        guard !parsed.positionals.isEmpty else {
            return .failure(UsageError("name at least one input file", command: name).description)
        }
        switch load(parsed.positionals, prior: parsed.flags.contains("--prior")) {
        case .failure(let error):
            return .failure(error.description)
        case .success(var snapshot):
            if let path = parsed.value("--aws-ip-ranges") {
                do {
                    snapshot.awsAddressRanges = try AWSIPRangesImporter.load(path)
                } catch {
                    return .failure(error.description)
                }
            }
            let report: WhyReport
            do {
                if question.to.hasPrefix("service:") {
                    let identity = try Self.identity(parsed)
                    report = WhyReport(
                        access: try ServiceAccessAnalyzer(snapshot: snapshot).answer(
                            question, as: identity))
                } else {
                    report = WhyReport(
                        answer: try ReachabilityAnalyzer(snapshot: snapshot).answer(question))
                }
            } catch {
                return .failure("vpcreach why: \(error)")
            }
            let output = format == .json ? report.json().serializedLine() : report.text()
            return CommandResult(
                exitCode: report.exitCode, standardOutput: output, standardError: "",
                keptUntilExit: [snapshot])
        }
    }

    /// `--as`, `--action` and `--resource` together, or none of them.
    private static func identity(_ parsed: ParsedArguments) throws(UsageError) -> PolicyIdentity? {
        let values = ["--as", "--action", "--resource"].map { parsed.value($0) }
        if values.allSatisfy({ $0 == nil }) { return nil }
        guard let principal = values[0], let action = values[1], let resource = values[2] else {
            throw UsageError("--as, --action and --resource go together", command: name)
        }
        return PolicyIdentity(principal: principal, action: action, resource: resource)
    }

    private static func question(_ parsed: ParsedArguments) throws(UsageError)
        -> ReachabilityQuestion
    {
        guard let from = parsed.value("--from"), let to = parsed.value("--to") else {
            throw UsageError("--from and --to are required", command: name)
        }
        var question = ReachabilityQuestion(from: from, to: to)
        if let text = parsed.value("--protocol") {
            do {
                question.ipProtocol = try IPProtocol(awsName: text)
            } catch {
                throw UsageError("--protocol: \(error.reason)", command: name)
            }
        }
        if let text = parsed.value("--port") {
            do {
                question.ports = try PortRange(text)
            } catch {
                throw UsageError("--port: \(error.reason)", command: name)
            }
        }
        if let text = parsed.value("--ephemeral") {
            do {
                question.ephemeralPorts = try PortRange(text)
            } catch {
                throw UsageError("--ephemeral: \(error.reason)", command: name)
            }
        }
        return question
    }
}
