import NetworkModel
import PolicyEvaluation

/// `mwaa-execution-role`: the execution role's own policies allow the requests MWAA
/// makes (SQS, CloudWatch Logs and metrics, `airflow:PublishMetrics`, the DAG bucket,
/// KMS) and hold no `*` action and no `s3:*` on every resource.
enum ExecutionRoleCheck {
    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        let me = context.locator.resource(environment.id)
        guard let arn = environment.settings.executionRoleARN?.value else {
            return [
                context.unknownFinding(
                    "the execution role allows what MWAA needs",
                    because: [
                        environment.settings.executionRoleARN?.unknown?.description
                            ?? "\(environment.address).execution_role_arn: not in the input"
                    ], environment: environment, resources: [me])
            ]
        }
        guard let role = context.snapshot.iamRoles.first(where: { $0.arn?.value == arn }) else {
            return [
                context.unknownFinding(
                    "the execution role allows what MWAA needs",
                    because: ["the role \(arn) is not in the input"], environment: environment,
                    resources: [me])
            ]
        }
        let resources = [me, context.locator.resource(role.id)]
        var documents: [(PolicyDocumentSource, PolicyDocument)] = []
        var unknowns: [String] = role.attachedPolicyARNs.map {
            "attached policy \($0) is not in the input"
        }
        for source in role.policies {
            switch source.document {
            case .known(let text):
                if let document = try? PolicyDocument(text: text, kind: .identityBased) {
                    documents.append((source, document))
                } else {
                    unknowns.append("policy \(source.name) cannot be read")
                }
            case .unknown(let unknown): unknowns.append(unknown.description)
            }
        }
        var findings: [Finding] = []
        let denied = requests(environment, arn).filter { request in
            let decisions = documents.map { PolicyEvaluator.evaluate($0.1, request) }
            return decisions.contains { $0.outcome == .explicitDeny }
                || !decisions.contains { $0.isAllowed }
        }
        if !denied.isEmpty {
            if unknowns.isEmpty {
                findings.append(
                    context.finding(
                        .executionRole,
                        "The execution role \(role.id) does not allow \(denied.count) request\(denied.count == 1 ? "" : "s") MWAA makes: \(Array(Set(denied.map(\.action))).sorted().joined(separator: ", ")).",
                        environment: environment, resources: resources,
                        evidence: Evidence(
                            summary:
                                "\(documents.count) polic\(documents.count == 1 ? "y" : "ies") evaluated",
                            details: denied.map { "\($0.action) on \($0.resource): denied" }),
                        fixes: [
                            FindingFix(
                                summary:
                                    "allow these actions on these resources in the execution policy (the MWAA guide's sample execution policy)"
                            )
                        ]))
            } else {
                findings.append(
                    context.unknownFinding(
                        "the execution role \(role.id) allows what MWAA needs", because: unknowns,
                        environment: environment, resources: resources))
            }
        }
        for (source, document) in documents {
            for statement in document.statements where statement.effect == .allow {
                let broadS3 =
                    statement.resource.coversEveryResource
                    && statement.action.patterns.contains { $0.lowercased() == "s3:*" }
                guard statement.action.coversEveryAction || (broadS3 && !statement.action.isNegated)
                else { continue }
                findings.append(
                    context.finding(
                        .executionRole,
                        "The execution role \(role.id) grants \(statement.action.coversEveryAction ? "every action" : "s3:* on every resource") in \(source.name) \(statement.label): far more than MWAA needs.",
                        environment: environment,
                        resources: resources + [
                            context.locator.resource(declaredAt: source.provenance)
                        ],
                        evidence: Evidence(
                            summary:
                                "\(statement.action.name): \(statement.action.patterns.joined(separator: ", ")); \(statement.resource.name): \(statement.resource.patterns.joined(separator: ", "))"
                        ),
                        fixes: [
                            FindingFix(
                                summary:
                                    "replace the statement with the actions MWAA needs on the environment's own resources"
                            )
                        ]))
            }
        }
        return findings
    }

    /// What the execution role itself requests: the endpoint requests less the ECR
    /// image-layer download (made with the task's own credentials); with the AWS-owned
    /// key KMS is used through SQS only.
    static func requests(_ environment: MWAAEnvironment, _ roleARN: String) -> [PolicyRequest] {
        guard
            let requirements = try? MWAAEndpointRequirements(
                region: environment.region ?? "us-east-1", account: environment.account ?? "",
                environmentName: environment.name, executionRoleARN: roleARN,
                dagBucketARN: environment.settings.sourceBucketARN?.value
                    ?? "arn:aws:s3:::unknown-dag-bucket",
                kmsKeyARN: environment.settings.kmsKey?.value, partition: environment.partition)
        else { return [] }
        var requests: [PolicyRequest] = []
        for service in ["sqs", "logs", "monitoring", "airflow.env", "s3", "kms"] {
            requests += (try? requirements.requests(forService: service)) ?? []
        }
        return requests.filter { request in
            if request.resource == requirements.starportLayerObjectARN { return false }
            if !environment.hasCustomerKey,
                let via = request.context["kms:ViaService"],
                !via.contains(where: { $0.hasPrefix("sqs.") })
            {
                return false
            }
            return true
        }
    }
}
