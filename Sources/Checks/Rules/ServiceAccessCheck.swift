import NetworkModel
import PolicyEvaluation
import Reachability

/// `mwaa-service-path` and `mwaa-endpoint-policy`: each required service reachable from
/// both subnets (endpoint or NAT path), and each endpoint's policy allowing the requests
/// MWAA makes through it.
enum ServiceAccessCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        let me = context.locator.resource(environment.id)
        var findings: [Finding] = []
        for service in environment.requiredServices {
            let question = ReachabilityQuestion(
                from: environment.address, to: "service:\(service)", ipProtocol: .tcp,
                ports: PortRange(443))
            let what = "TCP 443 from \(environment.address) to \(service)"
            let access: ServiceAccessAnswer
            do {
                access = try context.services.answer(question)
            } catch {
                findings.append(
                    context.unknownFinding(
                        "\(what) gets through", because: [error.description],
                        environment: environment, resources: [me]))
                continue
            }
            let serviceResource = FindingResource(address: "service:\(service)")
            let path = access.network.servicePaths.map(\.description).joined(separator: "; ")
            switch access.network.verdict {
            case .reachable:
                break
            case .unknown:
                findings.append(
                    context.unknownFinding(
                        "\(what) gets through", because: access.network.unknowns.map(\.description),
                        environment: environment, resources: [me, serviceResource]))
            case .partial, .unreachable:
                var evidence = Evidence(answer: access.network)
                evidence.details.insert("path: \(path)", at: 0)
                findings.append(
                    context.finding(
                        .servicePath,
                        "\(what) \(access.network.verdict == .partial ? "only partly gets through" : "is blocked") (\(path)).",
                        environment: environment, resources: [me, serviceResource],
                        evidence: evidence,
                        fixes: fixes(access.network, environment)))
            }
            for gate in access.gates {
                findings += policyFindings(gate, service, environment, context)
            }
        }
        return findings
    }

    /// The engine's fixes; with private routing and no endpoint, only the endpoint to
    /// create (a route or egress rule to the public service would not help).
    private static func fixes(_ answer: ReachabilityAnswer, _ environment: MWAAEnvironment)
        -> [FindingFix]
    {
        var fixes = answer.fixes
        if environment.routingMode == .privateRouting,
            answer.servicePaths.contains(where: { $0.endpoint == nil })
        {
            fixes = Array(fixes.prefix(1))
        }
        return fixes.map { FindingFix(summary: $0.summary, terraform: $0.terraform) }
    }

    private static func policyFindings(
        _ gate: EndpointPolicyGate, _ service: String, _ environment: MWAAEnvironment,
        _ context: CheckContext
    ) -> [Finding] {
        let resources = [
            context.locator.resource(environment.id), context.locator.resource(gate.endpoint),
        ]
        if let problem = gate.problem {
            return [
                context.unknownFinding(
                    "the policy of \(gate.endpoint) allows MWAA's \(service) requests",
                    because: [problem], environment: environment, resources: resources)
            ]
        }
        let denied = gate.denied
        guard !denied.isEmpty else { return [] }
        let deciding = Set(
            denied.flatMap { check in
                check.decision.outcome == .explicitDeny
                    ? check.decision.statements.map(\.label) : []
            })
        let how =
            deciding.isEmpty
            ? "no statement allows them (implicit deny)"
            : "explicitly denied by \(deciding.sorted().joined(separator: ", "))"
        let details = denied.map { check in
            "\(check.request.action) on \(check.request.resource): \(check.decision)"
        }
        let actions = denied.map(\.request.action)
        return [
            context.finding(
                .endpointPolicy,
                "The policy of \(gate.endpoint) denies \(denied.count) request\(denied.count == 1 ? "" : "s") MWAA makes through it as \(environment.settings.executionRoleARN?.value ?? "its execution role") (\(Array(Set(actions)).sorted().joined(separator: ", "))): \(how).",
                environment: environment, resources: resources,
                evidence: Evidence(summary: "\(gate.policySource)", details: details),
                fixes: [policyFix(denied, deciding: deciding, service: service)])
        ]
    }

    private static func policyFix(
        _ denied: [EndpointPolicyGate.Check], deciding: Set<String>, service: String
    ) -> FindingFix {
        let resources = Array(Set(denied.map(\.request.resource))).sorted()
        if !deciding.isEmpty {
            return FindingFix(
                summary:
                    "exempt \(resources.joined(separator: ", ")) from \(deciding.sorted().joined(separator: ", ")) (e.g. add it to the statement's NotResource)"
            )
        }
        let actions = Array(Set(denied.map(\.request.action))).sorted()
        let patterns = resources.map { resource -> String in
            // Queues and keys MWAA uses live in an account it owns: allow any account.
            var parts = resource.split(separator: ":", omittingEmptySubsequences: false).map(
                String.init)
            if parts.count > 5, service == "sqs" {
                parts[4] = "*"
                if let dash = parts[5].range(of: "airflow-celery-") {
                    parts[5] = String(parts[5][..<dash.upperBound]) + "*"
                }
            }
            return parts.joined(separator: ":")
        }
        let quotedActions = actions.map { "\"\($0)\"" }.joined(separator: ", ")
        let quotedResources = Array(Set(patterns)).sorted().map { "\"\($0)\"" }.joined(
            separator: ", ")
        return FindingFix(
            summary: "add a statement to the endpoint policy allowing MWAA's requests",
            terraform: """
                {
                  "Sid": "MwaaRequired\(TerraformExpression.name(service).capitalized)",
                  "Effect": "Allow",
                  "Principal": "*",
                  "Action": [\(quotedActions)],
                  "Resource": [\(quotedResources)]
                }
                """)
    }
}
