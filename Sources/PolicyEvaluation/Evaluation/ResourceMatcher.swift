/// Matches a request's resource against `Resource` / `NotResource`, substituting
/// policy variables first when the policy's version allows them.
enum ResourceMatcher {
    /// What one pattern made of the request's resource.
    enum Outcome {
        case matched
        case notMatched
        /// The pattern uses a variable the request has no value for; it matches nothing.
        case missingVariable(String)
    }

    static func outcome(
        _ pattern: String, resource: String, context: PolicyContext, substitutesVariables: Bool
    ) -> Outcome {
        let template: PolicyTemplate
        switch PolicyTemplate.parse(pattern, substitutesVariables: substitutesVariables) {
        case .success(let parsed): template = parsed
        case .failure: template = PolicyTemplate(text: pattern)
        }
        switch template.resolve(in: context, wildcards: true) {
        case .success(let resolved):
            return ARNPattern.matches(resolved, resource) ? .matched : .notMatched
        case .failure(let missing):
            return .missingVariable(missing.key)
        }
    }

    static func check(
        _ element: ResourceElement, path: String, resource: String, context: PolicyContext,
        substitutesVariables: Bool
    ) -> ElementCheck {
        var match: String?
        var missing: [String] = []
        for pattern in element.patterns {
            switch outcome(
                pattern, resource: resource, context: context,
                substitutesVariables: substitutesVariables)
            {
            case .matched: match = match ?? pattern
            case .notMatched: break
            case .missingVariable(let key):
                missing.append("\"\(pattern)\" uses ${\(key)}, which the request lacks")
            }
        }
        let elementPath = "\(path).\(element.name)"
        let listed = element.patterns.map { "\"\($0)\"" }.joined(separator: ", ")
        let note =
            missing.isEmpty ? "" : " (\(missing.joined(separator: "; ")), so it matches nothing)"
        if element.isNegated {
            return ElementCheck(
                element: .notResource, path: elementPath, passed: match == nil,
                explanation: match.map { "NotResource \"\($0)\" covers \(resource)" }
                    ?? "\(resource) is not covered by NotResource (\(listed))\(note)")
        }
        return ElementCheck(
            element: .resource, path: elementPath, passed: match != nil,
            explanation: match.map { "Resource \"\($0)\" matches \(resource)" }
                ?? "no Resource pattern (\(listed)) matches \(resource)\(note)")
    }
}
