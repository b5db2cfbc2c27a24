import NetworkModel
import PolicyEvaluation

/// `permissive-endpoint-policy`: an endpoint of the environment's VPC whose policy grants
/// full access, or allows `Principal: "*"` with no condition fixing the caller.
enum PermissiveEndpointPolicyCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        guard let vpc = environment.vpc?.id else { return [] }
        return context.snapshot.vpcEndpoints.filter { $0.vpc == .resolved(vpc) }.compactMap {
            endpoint in
            let document: PolicyDocument
            let source: String
            switch endpoint.policy {
            case nil:
                document = .defaultEndpointPolicy
                source = "AWS's default full-access policy"
            case .known(let text)?:
                guard let parsed = try? PolicyDocument(text: text) else { return nil }
                document = parsed
                source = "policy at \((endpoint.policyProvenance ?? endpoint.provenance).location)"
            case .unknown?:
                return nil
            }
            let permissive = document.permissiveStatements
            guard !permissive.isEmpty else { return nil }
            let full = permissive.contains { $0.reasons.contains(.fullAccess) }
            return context.finding(
                .permissiveEndpointPolicy,
                "The policy of \(endpoint.id) (\(endpoint.shortServiceName ?? "endpoint")) \(full ? "grants full access to any caller" : "allows any caller"): credentials of any account can use the endpoint.",
                environment: environment, resources: [context.locator.resource(endpoint.id)],
                evidence: Evidence(summary: source, details: permissive.map(\.description)),
                fixes: [
                    FindingFix(
                        summary:
                            "restrict the policy to the account (aws:PrincipalAccount) or the execution role, keeping the requests MWAA needs"
                    )
                ])
        }
    }
}
