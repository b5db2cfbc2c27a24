import JSONSupport

extension PolicyParser {
    static let statementElements = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource",
        "NotResource", "Condition",
    ]

    func parseStatement(_ value: JSONValue, index: Int, path: String) throws(PolicyError)
        -> PolicyStatement
    {
        guard let object = value.object else {
            throw .wrongType(
                expected: "a statement object", found: value, path: path, at: location(value))
        }
        for member in object.members where !Self.statementElements.contains(member.key) {
            throw .unknownElement(
                member.key, allowed: Self.statementElements, path: "\(path).\(member.key)",
                at: location(member))
        }
        var sid: String?
        if let sidValue = object["Sid"] {
            guard let text = sidValue.string else {
                throw .wrongType(
                    expected: "a string", found: sidValue, path: "\(path).Sid",
                    at: location(sidValue))
            }
            sid = text
        }
        guard let effectValue = object["Effect"] else {
            throw .missingElement("Effect", path: path, at: location(value))
        }
        guard let effectText = effectValue.string else {
            throw .wrongType(
                expected: "\"Allow\" or \"Deny\"", found: effectValue, path: "\(path).Effect",
                at: location(effectValue))
        }
        guard let effect = PolicyEffect(rawValue: effectText) else {
            throw .badEffect(effectText, path: "\(path).Effect", at: location(effectValue))
        }
        let principal = try parsePrincipalElement(object, statement: value, path: path)
        guard let actionMember = try onlyOne(of: "Action", in: object, statement: value, path: path)
        else {
            throw .neitherForm("Action", path: path, at: location(value))
        }
        let resourceMember = try onlyOne(of: "Resource", in: object, statement: value, path: path)
        guard resourceMember != nil || kind == .trust else {
            throw .neitherForm("Resource", path: path, at: location(value))
        }
        let action = try parseActions(actionMember, path: "\(path).\(actionMember.key)")
        // A trust policy without Resource applies to the role it is attached to.
        let resource =
            try resourceMember.map { member throws(PolicyError) in
                try parseResources(member, path: "\(path).\(member.key)")
            } ?? ResourceElement(isNegated: false, patterns: ["*"])
        var conditions: [PolicyCondition] = []
        if let conditionValue = object["Condition"] {
            conditions = try parseConditions(conditionValue, path: "\(path).Condition")
        }
        return PolicyStatement(
            index: index, path: path, location: location(value), sid: sid, effect: effect,
            principal: principal, action: action, resource: resource, conditions: conditions)
    }

    /// The member `name` or `Not<name>`; an error when both are present.
    func onlyOne(of name: String, in object: JSONObject, statement: JSONValue, path: String)
        throws(PolicyError) -> JSONObject.Member?
    {
        let positive = object.member(forKey: name)
        let negative = object.member(forKey: "Not" + name)
        if let positive, let negative {
            let later =
                (object.position(ofKey: name) ?? 0) > (object.position(ofKey: "Not" + name) ?? 0)
                ? positive : negative
            throw .bothForms(name, path: "\(path).\(later.key)", at: location(later))
        }
        return positive ?? negative
    }

    func parsePrincipalElement(_ object: JSONObject, statement: JSONValue, path: String)
        throws(PolicyError) -> PrincipalElement?
    {
        let member = try onlyOne(of: "Principal", in: object, statement: statement, path: path)
        switch kind {
        case .identityBased:
            if let member {
                throw .principalNotAllowed(
                    member.key, path: "\(path).\(member.key)", at: location(member))
            }
            return nil
        case .resourceBased, .trust:
            guard let member else {
                throw .neitherForm("Principal", path: path, at: location(statement))
            }
            let entries = try parsePrincipals(member.value, path: "\(path).\(member.key)")
            return PrincipalElement(isNegated: member.key == "NotPrincipal", entries: entries)
        }
    }

    func parseActions(_ member: JSONObject.Member, path: String) throws(PolicyError)
        -> ActionElement
    {
        let items = try stringList(member.value, path: path, what: "action")
        for item in items where item.text != "*" {
            let pieces = item.text.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty,
                !item.text.contains(" ")
            else {
                throw .badAction(item.text, path: item.path, at: item.location)
            }
        }
        return ActionElement(isNegated: member.key == "NotAction", patterns: items.map(\.text))
    }

    func parseResources(_ member: JSONObject.Member, path: String) throws(PolicyError)
        -> ResourceElement
    {
        let items = try stringList(member.value, path: path, what: "resource")
        for item in items where item.text != "*" {
            let template: PolicyTemplate
            switch PolicyTemplate.parse(item.text, substitutesVariables: substitutesVariables) {
            case .success(let parsed): template = parsed
            case .failure(let error): throw .badVariable(error, path: item.path, at: item.location)
            }
            // Colons inside ${…} do not separate ARN parts.
            let separators = template.parts.reduce(0) { count, part in
                if case .text(let text) = part { return count + text.count { $0 == ":" } }
                return count
            }
            guard item.text.hasPrefix("arn:"), separators >= ARNPattern.partCount - 1 else {
                throw .badResource(item.text, path: item.path, at: item.location)
            }
        }
        return ResourceElement(isNegated: member.key == "NotResource", patterns: items.map(\.text))
    }
}
