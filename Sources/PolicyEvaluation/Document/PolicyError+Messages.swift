import JSONSupport

/// The parser's messages, together so their wording stays consistent.
extension PolicyError {
    static func invalidJSON(_ error: JSONSyntaxError) -> PolicyError {
        PolicyError(
            message: "the policy is not valid JSON: \(error.message)", path: "",
            location: error.location)
    }

    static func wrongType(
        expected: String, found: JSONValue, path: String, at location: SourceLocation?
    )
        -> PolicyError
    {
        PolicyError(
            message: "expected \(expected), found \(found.kindDescription)", path: path,
            location: location)
    }

    static func unsupportedVersion(_ version: String, at location: SourceLocation?) -> PolicyError {
        PolicyError(
            message: "unsupported Version \"\(version)\"; AWS accepts \"2012-10-17\" (use this) "
                + "or \"2008-10-17\"; a date of your own is not a policy version",
            path: "Version", location: location)
    }

    static func unknownElement(
        _ name: String, allowed: [String], path: String, at location: SourceLocation?
    )
        -> PolicyError
    {
        let suggestion = allowed.first { $0.lowercased() == name.lowercased() }
        let advice =
            suggestion.map { "; element names are case-sensitive: write \"\($0)\"" }
            ?? "; expected one of \(allowed.joined(separator: ", "))"
        return PolicyError(
            message: "unknown element \"\(name)\"\(advice)", path: path, location: location)
    }

    static func missingElement(_ name: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(message: "the \(name) element is missing", path: path, location: location)
    }

    static func bothForms(_ name: String, path: String, at location: SourceLocation?) -> PolicyError
    {
        PolicyError(
            message: "a statement may have \(name) or Not\(name), not both", path: path,
            location: location)
    }

    static func neitherForm(_ name: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message: "the statement has neither \(name) nor Not\(name); it needs exactly one",
            path: path, location: location)
    }

    static func principalNotAllowed(_ name: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message: "an identity-based policy may not have \(name); it applies to the role or "
                + "user it is attached to",
            path: path, location: location)
    }

    static func badEffect(_ effect: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        let hint =
            ["allow", "deny"].contains(effect.lowercased())
            ? "; Effect is case-sensitive: write \"\(effect.prefix(1).uppercased() + effect.dropFirst().lowercased())\""
            : ""
        return PolicyError(
            message: "Effect must be \"Allow\" or \"Deny\", found \"\(effect)\"\(hint)",
            path: path, location: location)
    }

    static func emptyList(_ what: String, path: String, at location: SourceLocation?) -> PolicyError
    {
        PolicyError(
            message: "the list is empty; it must name at least one \(what)", path: path,
            location: location)
    }

    static func badAction(_ action: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message:
                "\"\(action.excerpt())\" is not an action; write \"*\" or service:Action such as "
                + "\"s3:GetObject\" or \"sqs:*\"",
            path: path, location: location)
    }

    static func badResource(_ resource: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message: "\"\(resource.excerpt())\" is neither \"*\" nor an ARN; write "
                + "arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, such as \"arn:aws:s3:::bucket/*\"",
            path: path, location: location)
    }

    static func badPrincipalString(_ text: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message:
                "Principal as a string must be \"*\", found \"\(text.excerpt())\"; name principals "
                + "in a map such as {\"AWS\": \"arn:aws:iam::111122223333:root\"}",
            path: path, location: location)
    }

    static func wildcardPrincipal(_ text: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message:
                "\"\(text.excerpt())\" has a wildcard; principals allow only a bare \"*\". To match "
                + "several roles, use \"*\" with a Condition such as ArnLike on aws:PrincipalArn",
            path: path, location: location)
    }

    static func badAWSPrincipal(_ text: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message:
                "\"\(text.excerpt())\" is not an AWS principal; write \"*\", a 12-digit account ID, "
                + "or the ARN of a root user, user, role, role session or federated user, "
                + "such as \"arn:aws:iam::111122223333:role/NAME\"",
            path: path, location: location)
    }

    static func emptyPrincipal(path: String, at location: SourceLocation?) -> PolicyError {
        PolicyError(
            message: "the principal map is empty; name at least one of AWS, Service, "
                + "Federated, CanonicalUser, or write \"*\"",
            path: path, location: location)
    }

    static func emptyPrincipalName(_ type: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message:
                "the \(type) principal is an empty string; name a principal or remove the entry",
            path: path, location: location)
    }

    static func unknownOperator(_ name: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        let lowered = name.lowercased()
        let advice: String
        if let spelled = ConditionOperator.allNames.first(where: { $0.lowercased() == lowered }) {
            advice = "; operator names are case-sensitive: write \"\(spelled)\""
        } else if lowered.hasPrefix("null"), lowered.hasSuffix("ifexists") {
            advice = "; Null takes no IfExists suffix: it already tests whether the key exists"
        } else {
            advice =
                "; expected a comparison such as StringEquals, StringLike, ArnLike, IpAddress, "
                + "Bool, NumericLessThan, DateGreaterThan or Null, optionally with the suffix "
                + "IfExists and the prefix ForAnyValue: or ForAllValues:"
        }
        return PolicyError(
            message: "unknown condition operator \"\(name)\"\(advice)", path: path,
            location: location)
    }

    static func setQualifiedNull(_ name: String, path: String, at location: SourceLocation?)
        -> PolicyError
    {
        PolicyError(
            message: "\"\(name)\": Null tests whether a key is present and takes no "
                + "ForAnyValue:/ForAllValues: prefix; write \"Null\"",
            path: path, location: location)
    }

    static func badConditionValue(
        _ value: String, for comparison: ConditionComparison, reason: String, path: String,
        at location: SourceLocation?
    ) -> PolicyError {
        PolicyError(
            message:
                "\"\(value.excerpt())\" is not a valid value for \(comparison.rawValue): \(reason)",
            path: path, location: location)
    }

    static func emptyConditionBlock(path: String, at location: SourceLocation?) -> PolicyError {
        PolicyError(
            message: "the block names no condition keys; remove it or add a key", path: path,
            location: location)
    }

    static func badVariable(
        _ error: TemplateSyntaxError, path: String, at location: SourceLocation?
    )
        -> PolicyError
    {
        PolicyError(message: error.message, path: path, location: location)
    }

    static func noStatements(at location: SourceLocation?) -> PolicyError {
        PolicyError(
            message: "the policy has no Statement element; a policy needs at least one statement",
            path: "", location: location)
    }
}
