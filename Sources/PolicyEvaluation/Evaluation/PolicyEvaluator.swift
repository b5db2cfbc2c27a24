/// Evaluates requests against a policy exactly as IAM does for one policy: an applying
/// Deny wins; otherwise an applying Allow allows; otherwise the request is implicitly
/// denied.
public enum PolicyEvaluator {
    /// Decides `request` under `policy`, with the statements that decided and why.
    public static func evaluate(_ policy: PolicyDocument, _ request: PolicyRequest)
        -> PolicyDecision
    {
        let context = request.effectiveContext
        let verdicts = policy.statements.map {
            verdict(for: $0, in: policy, request: request, context: context)
        }
        let denies = verdicts.filter { $0.effect == .deny && $0.applies }
        if !denies.isEmpty { return .explicitDeny(denies) }
        let allows = verdicts.filter { $0.effect == .allow && $0.applies }
        if !allows.isEmpty { return .allow(allows) }
        return .implicitDeny(verdicts)
    }

    /// Checks every element of one statement against `request`.
    public static func verdict(
        for statement: PolicyStatement, in policy: PolicyDocument, request: PolicyRequest
    ) -> StatementVerdict {
        verdict(for: statement, in: policy, request: request, context: request.effectiveContext)
    }

    static func verdict(
        for statement: PolicyStatement, in policy: PolicyDocument, request: PolicyRequest,
        context: PolicyContext
    ) -> StatementVerdict {
        var checks: [ElementCheck] = []
        if let principal = statement.principal {
            checks.append(
                PrincipalMatcher.check(principal, path: statement.path, request: request))
        }
        checks.append(
            ActionMatcher.check(statement.action, path: statement.path, action: request.action))
        checks.append(
            ResourceMatcher.check(
                statement.resource, path: statement.path, resource: request.resource,
                context: context,
                substitutesVariables: policy.substitutesVariables))
        for condition in statement.conditions {
            checks.append(ConditionEvaluator.check(condition, context: context))
        }
        return StatementVerdict(
            index: statement.index, sid: statement.sid, path: statement.path,
            effect: statement.effect,
            checks: checks)
    }
}
