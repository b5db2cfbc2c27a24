import JSONSupport
import NetworkModel

extension PolicyParser {
    func parseConditions(_ value: JSONValue, path: String) throws(PolicyError) -> [PolicyCondition]
    {
        guard let block = value.object else {
            throw .wrongType(
                expected: "a map of condition operators such as {\"StringEquals\": {...}}",
                found: value,
                path: path, at: location(value))
        }
        var conditions: [PolicyCondition] = []
        for operatorMember in block.members {
            let operatorPath = "\(path).\(operatorMember.key)"
            let conditionOperator = try conditionOperator(operatorMember, path: operatorPath)
            guard let keys = operatorMember.value.object else {
                throw .wrongType(
                    expected: "a map of condition keys to values", found: operatorMember.value,
                    path: operatorPath,
                    at: location(operatorMember.value))
            }
            guard !keys.isEmpty else {
                throw .emptyConditionBlock(path: operatorPath, at: location(operatorMember.value))
            }
            for keyMember in keys.members {
                let keyPath = "\(operatorPath).\(keyMember.key)"
                let values = try conditionValues(keyMember.value, path: keyPath)
                var operands: [ConditionOperand] = []
                for item in values {
                    operands.append(
                        try operand(
                            item.text, for: conditionOperator.comparison, path: item.path,
                            at: item.location))
                }
                conditions.append(
                    PolicyCondition(
                        conditionOperator: conditionOperator, key: keyMember.key,
                        values: values.map(\.text),
                        path: keyPath, location: location(keyMember), operands: operands))
            }
        }
        return conditions
    }

    private func conditionOperator(_ member: JSONObject.Member, path: String) throws(PolicyError)
        -> ConditionOperator
    {
        guard let parsed = ConditionOperator(name: member.key) else {
            throw .unknownOperator(member.key, path: path, at: location(member))
        }
        if parsed.comparison == .null, parsed.setQualifier != nil {
            throw .setQualifiedNull(member.key, path: path, at: location(member))
        }
        return parsed
    }

    /// A value or list of values: strings, numbers and booleans, as text.
    private func conditionValues(_ value: JSONValue, path: String) throws(PolicyError)
        -> [(text: String, path: String, location: SourceLocation?)]
    {
        func scalar(_ element: JSONValue, path: String) throws(PolicyError) -> String {
            switch element.kind {
            case .string(let text): return text
            case .number(let number): return number.text
            case .bool(let flag): return flag ? "true" : "false"
            default:
                throw .wrongType(
                    expected: "a string, number or boolean", found: element, path: path,
                    at: location(element))
            }
        }
        guard let elements = value.array else {
            return [(try scalar(value, path: path), path, location(value))]
        }
        guard !elements.isEmpty else { throw .emptyList("value", path: path, at: location(value)) }
        var result: [(text: String, path: String, location: SourceLocation?)] = []
        for (index, element) in elements.enumerated() {
            let elementPath = "\(path)[\(index)]"
            result.append((try scalar(element, path: elementPath), elementPath, location(element)))
        }
        return result
    }

    private func operand(
        _ text: String, for comparison: ConditionComparison, path: String,
        at location: SourceLocation?
    )
        throws(PolicyError) -> ConditionOperand
    {
        func invalid(_ reason: String) -> PolicyError {
            .badConditionValue(text, for: comparison, reason: reason, path: path, at: location)
        }
        switch comparison.valueKind {
        case .string, .arn:
            switch PolicyTemplate.parse(text, substitutesVariables: substitutesVariables) {
            case .success(let template): return .text(template)
            case .failure(let error): throw .badVariable(error, path: path, at: location)
            }
        case .number:
            guard let number = ConditionValueReader.number(text) else {
                throw invalid("expected a number such as 10 or 2.5")
            }
            return .number(number)
        case .date:
            guard let seconds = IAMDate.seconds(from: text) else {
                throw invalid(
                    "expected an ISO 8601 date such as 2025-01-31T12:00:00Z, or seconds since 1970")
            }
            return .date(seconds)
        case .boolean:
            guard let flag = ConditionValueReader.boolean(text) else {
                throw invalid("expected true or false")
            }
            return .boolean(flag)
        case .binary:
            guard let bytes = ConditionValueReader.base64(text) else {
                throw invalid("expected base64-encoded bytes such as \"QmluYXJ5\"")
            }
            return .binary(bytes)
        case .ipAddress:
            do {
                return .network(try CIDR(text))
            } catch {
                throw invalid(
                    "expected an address or CIDR block such as 203.0.113.0/24 or 2001:db8::/32 (\(error.reason))"
                )
            }
        case .presence:
            guard let flag = ConditionValueReader.boolean(text) else {
                throw invalid("expected true (the key is absent) or false (the key is present)")
            }
            return .absence(flag)
        }
    }
}
