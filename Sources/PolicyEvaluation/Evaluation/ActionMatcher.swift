/// Matches a request's action against `Action` / `NotAction`: `service:name` patterns,
/// without regard to case, with `*` and `?`.
enum ActionMatcher {
    static func matches(_ pattern: String, _ action: String) -> Bool {
        WildcardPattern(glob: pattern.lowercased()).matches(action.lowercased())
    }

    static func check(_ element: ActionElement, path: String, action: String) -> ElementCheck {
        let match = element.patterns.first { matches($0, action) }
        let elementPath = "\(path).\(element.name)"
        let listed = element.patterns.map { "\"\($0)\"" }.joined(separator: ", ")
        if element.isNegated {
            return ElementCheck(
                element: .notAction, path: elementPath, passed: match == nil,
                explanation: match.map { "NotAction \"\($0)\" covers \(action)" }
                    ?? "\(action) is not covered by NotAction (\(listed))")
        }
        return ElementCheck(
            element: .action, path: elementPath, passed: match != nil,
            explanation: match.map { "Action \"\($0)\" matches \(action)" }
                ?? "no Action pattern (\(listed)) matches \(action)")
    }
}
