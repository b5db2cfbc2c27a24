/// A policy value as text with `${…}` policy variables, read once and resolved against
/// each request.
///
/// Under `Version` `2012-10-17`, `${key}` and `${key, 'default'}` are replaced with the
/// request's value of `key`, and `${*}`, `${?}`, `${$}` stand for a literal `*`, `?`,
/// `$`. Under any other version the whole value is literal text.
struct PolicyTemplate: Sendable, Hashable {
    /// A piece of the value.
    enum Part: Sendable, Hashable {
        /// Text as written; `*` and `?` in it are wildcards where the comparison uses them.
        case text(String)
        /// `${*}`, `${?}` or `${$}`: a character that is never a wildcard.
        case escaped(Character)
        /// `${key}` or `${key, 'default'}`.
        case variable(key: String, defaultValue: String?)
    }

    let parts: [Part]

    /// A template that is plain text.
    init(text: String) {
        parts = text.isEmpty ? [] : [.text(text)]
    }

    private init(parts: [Part]) {
        self.parts = parts
    }

    /// The variables' keys, in order.
    var variableKeys: [String] {
        parts.compactMap {
            if case .variable(let key, _) = $0 { return key }
            return nil
        }
    }

    /// Whether `*` or `?` appears outside escapes and variables.
    var hasWildcardCharacters: Bool {
        parts.contains {
            if case .text(let text) = $0 { return text.contains("*") || text.contains("?") }
            return false
        }
    }

    /// Reads `text`; with `substitutesVariables` false the whole text is literal.
    /// Fails with a message when `${` is not closed or a variable is malformed.
    static func parse(_ text: String, substitutesVariables: Bool) -> Result<
        PolicyTemplate, TemplateSyntaxError
    > {
        guard substitutesVariables, text.contains("${") else {
            return .success(PolicyTemplate(text: text))
        }
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            literal += rest[..<start.lowerBound]
            let afterOpen = rest[start.upperBound...]
            guard let close = afterOpen.firstIndex(of: "}") else {
                return .failure(
                    TemplateSyntaxError(
                        message: "the policy variable \"\(rest[start.lowerBound...])\" is never "
                            + "closed; write ${key} or ${key, 'default'}, or ${$} for a literal $"))
            }
            let inside = String(afterOpen[..<close])
            rest = afterOpen[afterOpen.index(after: close)...]
            if inside == "*" || inside == "?" || inside == "$" {
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(.escaped(Character(inside)))
                continue
            }
            switch variable(inside) {
            case .success(let part):
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(part)
            case .failure(let error):
                return .failure(error)
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(literal)) }
        return .success(PolicyTemplate(parts: parts))
    }

    private static func variable(_ inside: String) -> Result<Part, TemplateSyntaxError> {
        let pieces = inside.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        let key = pieces[0].trimmingSpaces
        guard !key.isEmpty, !key.contains(where: { $0 == " " || $0 == "'" || $0 == "{" }) else {
            return .failure(
                TemplateSyntaxError(
                    message: "\"${\(inside)}\" is not a policy variable; write ${key} or "
                        + "${key, 'default'}, such as ${aws:username}"))
        }
        guard pieces.count == 2 else { return .success(.variable(key: key, defaultValue: nil)) }
        let defaultText = pieces[1].trimmingSpaces
        guard defaultText.count >= 2, defaultText.first == "'", defaultText.last == "'" else {
            return .failure(
                TemplateSyntaxError(
                    message: "the default value in \"${\(inside)}\" must be in single quotes, "
                        + "as in ${\(key), 'default'}"))
        }
        let value = String(defaultText.dropFirst().dropLast())
        return .success(.variable(key: key, defaultValue: value))
    }

    /// The pattern this template stands for in `context`, or `nil` with the missing key
    /// when a variable has no value and no default.
    ///
    /// Substituted values and escapes are literal; written text keeps `*` and `?` as
    /// wildcards only when `wildcards` is true.
    func resolve(in context: PolicyContext, wildcards: Bool) -> Result<
        WildcardPattern, MissingVariable
    > {
        var pattern = WildcardPattern()
        for part in parts {
            switch part {
            case .text(let text):
                pattern.append(
                    contentsOf: wildcards
                        ? WildcardPattern(glob: text) : WildcardPattern(literal: text))
            case .escaped(let character):
                pattern.append(contentsOf: WildcardPattern(literal: String(character)))
            case .variable(let key, let defaultValue):
                if let values = context[key], values.count == 1 {
                    pattern.append(contentsOf: WildcardPattern(literal: values[0]))
                } else if let defaultValue {
                    pattern.append(contentsOf: WildcardPattern(literal: defaultValue))
                } else {
                    return .failure(MissingVariable(key: key))
                }
            }
        }
        return .success(pattern)
    }

    /// A variable without a value in the request.
    struct MissingVariable: Error, Sendable, Hashable {
        let key: String
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
