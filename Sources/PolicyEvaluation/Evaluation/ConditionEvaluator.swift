import NetworkModel

/// Evaluates one condition against a request's context, following IAM's rules for
/// absent keys, negated operators, `IfExists` and the set qualifiers.
///
/// With request values R and policy values P: a positive comparison holds for a value
/// r when some p in P matches it; a negated one when no p matches it (several values
/// mean "none of them"). Without a qualifier a positive operator needs some r to hold
/// and a negated one needs every r to hold; `ForAnyValue:` needs some r, `ForAllValues:`
/// every r. An absent key (or one with no values): `IfExists` → true; `ForAllValues:`
/// → true; `ForAnyValue:` → false; otherwise negated → true, positive → false. `Null`
/// tests only presence.
enum ConditionEvaluator {
    /// A policy value ready to compare.
    enum Operand {
        case pattern(WildcardPattern, shown: String)
        case value(ConditionOperand, shown: String)
        /// Uses a policy variable the request lacks: matches no request value.
        case unresolved(key: String, shown: String)

        var shown: String {
            switch self {
            case .pattern(_, let shown), .value(_, let shown), .unresolved(_, let shown): shown
            }
        }
    }

    static func check(_ condition: PolicyCondition, context: PolicyContext) -> ElementCheck {
        let (passed, reason) = evaluate(condition, context: context)
        return ElementCheck(
            element: .condition, path: condition.path, passed: passed,
            explanation: "\(condition.conditionOperator) \(condition.key): \(reason)")
    }

    static func evaluate(_ condition: PolicyCondition, context: PolicyContext) -> (Bool, String) {
        let conditionOperator = condition.conditionOperator
        let comparison = conditionOperator.comparison
        let requestValues = context[condition.key]
        if comparison == .null {
            let absent = requestValues == nil
            let passed = condition.operands.contains {
                if case .absence(let wantsAbsent) = $0 { return wantsAbsent == absent }
                return false
            }
            return (passed, "the key is \(absent ? "absent" : "present") in the request")
        }
        guard let requestValues else {
            if conditionOperator.ifExists {
                return (true, "the key is absent, and IfExists makes the condition hold")
            }
            switch conditionOperator.setQualifier {
            case .forAllValues:
                return (
                    true,
                    "the key is absent, and ForAllValues: holds when there are no values to test"
                )
            case .forAnyValue:
                return (false, "the key is absent, and ForAnyValue: needs at least one value")
            case nil:
                return comparison.isNegated
                    ? (true, "the key is absent, and a negated operator holds for an absent key")
                    : (false, "the key is absent from the request")
            }
        }
        let operands = resolve(condition, context: context)
        let allShown = operands.map(\.shown).joined(separator: ", ")
        let missing = operands.compactMap {
            if case .unresolved(let key, _) = $0 { return key }
            return nil
        }
        let note =
            missing.isEmpty
            ? ""
            : " (${\(missing.joined(separator: "}, ${"))} has no value in the request, so that value matches nothing)"

        /// The policy value `value` matches under the positive form, if any.
        func firstMatch(_ value: String) -> Operand? {
            operands.first { matches(value, $0, comparison: comparison) }
        }
        /// Whether the comparison (negated or not) holds for one request value.
        func holds(_ value: String) -> Bool {
            comparison.isNegated ? firstMatch(value) == nil : firstMatch(value) != nil
        }
        func describe(_ value: String) -> String {
            if let match = firstMatch(value) {
                return "request value \"\(value)\" matches \(match.shown)"
            }
            return "request value \"\(value)\" matches none of \(allShown)"
        }

        let needsEvery: Bool
        switch conditionOperator.setQualifier {
        case .forAllValues: needsEvery = true
        case .forAnyValue: needsEvery = false
        case nil: needsEvery = comparison.isNegated
        }
        if needsEvery {
            if let failing = requestValues.first(where: { !holds($0) }) {
                return (false, describe(failing) + note)
            }
            let shown = requestValues.map { "\"\($0)\"" }.joined(separator: ", ")
            let verb = comparison.isNegated ? "matches none of" : "matches one of"
            return (true, "every request value (\(shown)) \(verb) \(allShown)" + note)
        }
        if let holding = requestValues.first(where: holds) {
            return (true, describe(holding) + note)
        }
        if requestValues.count == 1 { return (false, describe(requestValues[0]) + note) }
        let shown = requestValues.map { "\"\($0)\"" }.joined(separator: ", ")
        let verb = comparison.isNegated ? "each match one of" : "match none of"
        return (false, "request values \(shown) \(verb) \(allShown)" + note)
    }

    /// The condition's values with policy variables substituted from `context`.
    static func resolve(_ condition: PolicyCondition, context: PolicyContext) -> [Operand] {
        let comparison = condition.conditionOperator.comparison
        return zip(condition.operands, condition.values).map { operand, written in
            let shown = "\"\(written)\""
            guard case .text(let template) = operand else { return .value(operand, shown: shown) }
            switch template.resolve(in: context, wildcards: comparison.usesWildcards) {
            case .success(let pattern):
                let ignoresCase = comparison.positiveForm == .stringEqualsIgnoreCase
                return .pattern(ignoresCase ? pattern.lowercased() : pattern, shown: shown)
            case .failure(let missing):
                return .unresolved(key: missing.key, shown: shown)
            }
        }
    }

    /// Whether `value` from the request matches one policy value under the positive
    /// form of `comparison`. A request value that cannot be read as the comparison's
    /// type (a number, date, address, …) matches nothing.
    static func matches(_ value: String, _ operand: Operand, comparison: ConditionComparison)
        -> Bool
    {
        switch operand {
        case .unresolved:
            return false
        case .pattern(let pattern, _):
            switch comparison.valueKind {
            case .arn: return ARNPattern.matches(pattern, value)
            default:
                let ignoresCase = comparison.positiveForm == .stringEqualsIgnoreCase
                return pattern.matches(ignoresCase ? value.lowercased() : value)
            }
        case .value(let operand, _):
            switch operand {
            case .number(let limit):
                guard let number = ConditionValueReader.number(value) else { return false }
                return compare(number, limit, comparison.positiveForm)
            case .date(let limit):
                guard let seconds = IAMDate.seconds(from: value) else { return false }
                return compare(seconds, limit, comparison.positiveForm)
            case .boolean(let flag):
                return ConditionValueReader.boolean(value) == flag
            case .binary(let bytes):
                return ConditionValueReader.base64(value) == bytes
            case .network(let block):
                guard let address = try? IPAddress(value) else { return false }
                return block.contains(address)
            case .text, .absence:
                return false
            }
        }
    }

    private static func compare(_ value: Double, _ limit: Double, _ comparison: ConditionComparison)
        -> Bool
    {
        switch comparison {
        case .numericEquals, .dateEquals: value == limit
        case .numericLessThan, .dateLessThan: value < limit
        case .numericLessThanEquals, .dateLessThanEquals: value <= limit
        case .numericGreaterThan, .dateGreaterThan: value > limit
        case .numericGreaterThanEquals, .dateGreaterThanEquals: value >= limit
        default: false
        }
    }
}
