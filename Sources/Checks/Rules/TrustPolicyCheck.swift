import NetworkModel
import PolicyEvaluation

/// `mwaa-trust-policy`: the execution role can be assumed by `airflow.amazonaws.com`
/// and `airflow-env.amazonaws.com` on behalf of this environment, and not on behalf of
/// another account's (conditions on `aws:SourceAccount` and `aws:SourceArn`).
enum TrustPolicyCheck {
    static let services = ["airflow.amazonaws.com", "airflow-env.amazonaws.com"]
    static let strangerAccount = "444455556666"

    static func findings(_ environment: MWAAEnvironment, _ context: CheckContext) -> [Finding] {
        guard let arn = environment.settings.executionRoleARN?.value,
            let role = context.snapshot.iamRoles.first(where: { $0.arn?.value == arn })
        else { return [] }  // said by mwaa-execution-role
        let resources = [
            context.locator.resource(environment.id), context.locator.resource(role.id),
        ]
        let document: PolicyDocument
        switch role.trustPolicy {
        case .known(let text)?:
            guard let parsed = try? PolicyDocument(text: text, kind: .trust) else {
                return [
                    context.unknownFinding(
                        "the trust policy of \(role.id) is right",
                        because: ["its trust policy cannot be read"], environment: environment,
                        resources: resources)
                ]
            }
            document = parsed
        case .unknown(let unknown)?:
            return [
                context.unknownFinding(
                    "the trust policy of \(role.id) is right", because: [unknown.description],
                    environment: environment, resources: resources)
            ]
        case nil:
            return []
        }
        let account = environment.account ?? ""
        let environmentARN =
            environment.settings.arn?.value
            ?? "arn:\(environment.partition):airflow:\(environment.region ?? "REGION"):\(account):environment/\(environment.name)"
        var problems: [String] = []
        for service in services {
            if !allows(document, service, arn, account: account, sourceARN: environmentARN) {
                problems.append("\(service) cannot assume the role for \(environmentARN)")
            }
            let strangerARN =
                "arn:\(environment.partition):airflow:\(environment.region ?? "REGION"):\(strangerAccount):environment/\(environment.name)"
            if allows(document, service, arn, account: strangerAccount, sourceARN: strangerARN) {
                problems.append(
                    "\(service) can assume the role on behalf of another account's environment (\(strangerARN)): no aws:SourceAccount / aws:SourceArn condition pins this environment"
                )
            }
        }
        guard !problems.isEmpty else { return [] }
        return [
            context.finding(
                .trustPolicy,
                "The trust policy of \(role.id) is not right for MWAA: \(problems[0])\(problems.count > 1 ? " (and \(problems.count - 1) more)" : "").",
                environment: environment, resources: resources,
                evidence: Evidence(
                    summary: "sts:AssumeRole evaluated for both service principals",
                    details: problems),
                fixes: [
                    FindingFix(
                        summary:
                            "allow sts:AssumeRole to both service principals with conditions pinning the account and environment",
                        terraform: """
                            {
                              "Effect": "Allow",
                              "Principal": { "Service": ["airflow.amazonaws.com", "airflow-env.amazonaws.com"] },
                              "Action": "sts:AssumeRole",
                              "Condition": {
                                "StringEquals": { "aws:SourceAccount": "\(account)" },
                                "ArnLike": { "aws:SourceArn": "\(environmentARN)" }
                              }
                            }
                            """)
                ])
        ]
    }

    private static func allows(
        _ document: PolicyDocument, _ service: String, _ roleARN: String, account: String,
        sourceARN: String
    ) -> Bool {
        guard
            let request = try? PolicyRequest(
                principal: service, action: "sts:AssumeRole", resource: roleARN,
                context: ["aws:SourceAccount": [account], "aws:SourceArn": [sourceARN]])
        else { return false }
        return PolicyEvaluator.evaluate(document, request).isAllowed
    }
}
