import Foundation
import NetworkModel
import PolicyEvaluation
import Reports
import SnapshotImport

/// `vpcreach policy`: how an IAM or endpoint policy decides one request.
enum PolicyCommand {
    static let name = "policy"
    static let summary =
        "Evaluate a policy document for one request: allow or deny, and which statements decided."
    static let help = """
        USAGE: vpcreach policy <policy.json | ADDRESS | vpce-ID> --principal ARN --action ACTION
                               --resource ARN [--context KEY=VALUE]... [--endpoint-type interface|gateway]
                               [--input FILE]... [--format text|json]

        Evaluates the policy exactly as IAM does (explicit deny wins, then any allow, else an
        implicit deny) and prints the decision with the statements that made it and why
        each element matched or not. The policy is a JSON file, or — with --input — a VPC
        endpoint in a Terraform input named by address or id (its default full-access
        policy when it has none).

        OPTIONS:
          --principal ARN       The caller: a role ARN (standing for its sessions), an
                                assumed-role session ARN, a user, an account root.
          --action ACTION       service:Action, e.g. s3:GetObject.
          --resource ARN        The resource ARN.
          --context KEY=VALUE   A request context key (repeatable; repeat a key for several values).
          --endpoint-type T     interface or gateway: evaluate as a request through such an
                                endpoint (for gateway endpoints an account principal means its root).
          --input FILE          Terraform JSON holding the endpoint named instead of a file.
          --format text|json    Output format (default: text).

        EXAMPLES:
          vpcreach policy endpoint-policy.json --principal arn:aws:iam::111122223333:role/service-role/exec \\
              --action s3:GetObject --resource 'arn:aws:s3:::prod-eu-west-1-starport-layer-bucket/*'
          vpcreach policy aws_vpc_endpoint.s3 --input examples/broken-endpoint-policy/plan.json \\
              --principal arn:aws:iam::111122223333:role/service-role/mwaa-analytics-exec \\
              --action s3:GetObject --resource arn:aws:s3:::prod-eu-west-1-starport-layer-bucket/layer

        EXIT STATUS: 0 allow; 1 deny; 2 usage or input error (a malformed policy says where).
        """

    static let arguments = ArgumentSpecification(
        options: [
            "--principal", "--action", "--resource", "--context", "--endpoint-type", "--input",
            "--format",
        ])

    static func run(_ arguments: [String]) -> CommandResult {
        let parsed: ParsedArguments
        let format: OutputFormat
        switch Self.arguments.parseWithFormat(arguments, command: name) {
        case .failure(let error): return .failure(error.description)
        case .success(let result): (parsed, format) = result
        }
        guard parsed.positionals.count == 1, let target = parsed.positionals.first else {
            return .failure(
                UsageError(
                    "name one policy: a JSON file, or an endpoint with --input", command: name
                ).description)
        }
        guard let principal = parsed.value("--principal"), let action = parsed.value("--action"),
            let resource = parsed.value("--resource")
        else {
            return .failure(
                UsageError("--principal, --action and --resource are required", command: name)
                    .description)
        }
        var context: [String: [String]] = [:]
        for pair in parsed.options["--context"] ?? [] {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                return .failure(
                    UsageError("--context takes KEY=VALUE, not '\(pair)'", command: name)
                        .description)
            }
            context[String(pair[..<equals]), default: []].append(
                String(pair[pair.index(after: equals)...]))
        }
        var endpointType: VPCEndpointType?
        if let text = parsed.value("--endpoint-type") {
            guard
                let type = VPCEndpointType.allCases.first(where: {
                    $0.rawValue.lowercased() == text.lowercased()
                })
            else {
                return .failure(
                    UsageError("--endpoint-type is interface or gateway", command: name).description
                )
            }
            endpointType = type
        }
        let document: PolicyDocument
        let source: String
        switch policyText(target, inputs: parsed.options["--input"] ?? []) {
        case .failure(let error): return .failure(error.message)
        case .success(let (text, name)):
            source = name
            guard let text else {
                document = PolicyDocument.defaultEndpointPolicy
                break
            }
            do {
                document = try PolicyDocument(text: text)
            } catch {
                return .failure("\(name):\(error)")
            }
        }
        let request: PolicyRequest
        do {
            request = try PolicyRequest(
                principal: principal, action: action, resource: resource, context: context,
                endpointType: endpointType)
        } catch {
            return .failure("vpcreach policy: \(error)")
        }
        let report = PolicyReport(
            source: source, request: request, decision: PolicyEvaluator.evaluate(document, request))
        let output = format == .json ? report.json().serializedLine() : report.text()
        return CommandResult(exitCode: report.exitCode, standardOutput: output, standardError: "")
    }

    /// The policy text (nil for an endpoint's default policy) and a name for it.
    private static func policyText(_ target: String, inputs: [String]) -> Result<
        (String?, String), PolicyTargetError
    > {
        guard !inputs.isEmpty else {
            guard let data = FileManager.default.contents(atPath: target) else {
                return .failure(
                    PolicyTargetError(
                        "\(target): error: no such file\n  hint: name a policy JSON file, or an endpoint with --input FILE"
                    ))
            }
            return .success((String(decoding: data, as: UTF8.self), target))
        }
        switch load(inputs) {
        case .failure(let error): return .failure(PolicyTargetError(error.description))
        case .success(let snapshot):
            guard
                let endpoint = snapshot.vpcEndpoints.first(where: {
                    $0.id.rawValue == target || $0.awsID?.value == target
                })
            else {
                return .failure(
                    PolicyTargetError(
                        "vpcreach policy: no VPC endpoint '\(target)' in the input; `vpcreach inventory` lists them"
                    ))
            }
            switch endpoint.policy {
            case nil: return .success((nil, "\(endpoint.id) (default full-access policy)"))
            case .known(let text): return .success((text, "\(endpoint.id)"))
            case .unknown(let unknown):
                return .failure(
                    PolicyTargetError(
                        "vpcreach policy: the policy of \(endpoint.id) is \(unknown.reason)"))
            }
        }
    }
}

/// A policy that cannot be found or read, with the message for the user.
struct PolicyTargetError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
