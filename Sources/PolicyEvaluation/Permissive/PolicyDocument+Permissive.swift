extension PolicyDocument {
    /// The context keys that, tested under a positive operator with values free of
    /// wildcards and policy variables, fix who the caller is.
    public static let callerFixingKeys: Set<String> = [
        "aws:principalarn", "aws:principalaccount", "aws:principalorgid", "aws:sourcevpc",
        "aws:sourcevpce", "aws:sourcearn", "aws:sourceaccount", "aws:userid",
    ]

    /// The Allow statements that grant full access or allow any caller, for checks
    /// that warn about broad endpoint policies.
    ///
    /// A statement allows any caller when its principal is `"*"` (or `{"AWS": "*"}`, or
    /// it uses `NotPrincipal`) and none of its conditions fixes the caller. A condition
    /// fixes the caller when its key is one of ``callerFixingKeys``, its operator is
    /// positive (not negated, no `IfExists`, not `ForAllValues:`, which all hold for a
    /// request without the key), and no value holds `*`, `?` or a policy variable.
    /// Full access is `Action: "*"` with `Resource: "*"` to such a principal (or, in an
    /// identity-based policy, to its holder), whatever the conditions.
    public var permissiveStatements: [PermissiveStatement] {
        statements.compactMap { statement in
            guard statement.effect == .allow else { return nil }
            let publicPrincipal: Bool
            if let principal = statement.principal {
                publicPrincipal = principal.isNegated || principal.includesAnyone
            } else {
                publicPrincipal = false
            }
            var reasons: [PermissivenessReason] = []
            if statement.action.coversEveryAction, statement.resource.coversEveryResource,
                publicPrincipal || statement.principal == nil
            {
                reasons.append(.fullAccess)
            }
            if publicPrincipal, !statement.conditions.contains(where: fixesCaller) {
                reasons.append(.unrestrictedCaller)
            }
            guard !reasons.isEmpty else { return nil }
            return PermissiveStatement(
                index: statement.index, sid: statement.sid, path: statement.path,
                location: statement.location, reasons: reasons)
        }
    }

    /// Whether `condition` pins the caller to fixed principals, accounts, organizations,
    /// VPCs or endpoints.
    func fixesCaller(_ condition: PolicyCondition) -> Bool {
        let conditionOperator = condition.conditionOperator
        guard Self.callerFixingKeys.contains(condition.key.lowercased()),
            !conditionOperator.comparison.isNegated, !conditionOperator.ifExists,
            conditionOperator.setQualifier != .forAllValues,
            [.string, .arn].contains(conditionOperator.comparison.valueKind)
        else { return false }
        return condition.operands.allSatisfy { operand in
            guard case .text(let template) = operand else { return false }
            return template.variableKeys.isEmpty && !template.hasWildcardCharacters
                && !template.parts.isEmpty
        }
    }
}
