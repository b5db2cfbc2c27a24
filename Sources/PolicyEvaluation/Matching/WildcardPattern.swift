/// Text with `*` (any run of characters, including none) and `?` (exactly one
/// character) wildcards, as IAM matches actions, resources and `…Like` conditions.
struct WildcardPattern: Sendable, Hashable {
    /// One element of a pattern.
    enum Token: Sendable, Hashable {
        case character(Character)
        case anyRun
        case anyOne
    }

    private(set) var tokens: [Token]

    init(tokens: [Token] = []) {
        self.tokens = tokens
    }

    /// A pattern in which `*` and `?` are wildcards.
    init(glob text: String) {
        tokens = text.map { character in
            switch character {
            case "*": .anyRun
            case "?": .anyOne
            default: .character(character)
            }
        }
    }

    /// A pattern matching exactly `text`, `*` and `?` included.
    init(literal text: String) {
        tokens = text.map { .character($0) }
    }

    mutating func append(contentsOf other: WildcardPattern) {
        tokens.append(contentsOf: other.tokens)
    }

    /// Whether the pattern is one or more `*` and nothing else.
    var matchesEverything: Bool { !tokens.isEmpty && tokens.allSatisfy { $0 == .anyRun } }

    /// The same pattern with every literal character lowercased.
    func lowercased() -> WildcardPattern {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            if case .character(let character) = token {
                result.append(contentsOf: character.lowercased().map { .character($0) })
            } else {
                result.append(token)
            }
        }
        return WildcardPattern(tokens: result)
    }

    /// Splits at the first `maximumSplits` literal occurrences of `separator`.
    func split(separator: Character, maximumSplits: Int) -> [WildcardPattern] {
        var parts: [WildcardPattern] = [WildcardPattern()]
        for token in tokens {
            if token == .character(separator), parts.count <= maximumSplits {
                parts.append(WildcardPattern())
            } else {
                parts[parts.count - 1].tokens.append(token)
            }
        }
        return parts
    }

    /// Whether the whole of `text` matches the pattern.
    func matches(_ text: String) -> Bool {
        matches(Array(text))
    }

    /// Whether the whole of `characters` matches the pattern.
    ///
    /// Iterative, backtracking only to the most recent `*`: linear in practice and
    /// at worst proportional to the product of the two lengths.
    func matches(_ characters: [Character]) -> Bool {
        var patternIndex = 0
        var textIndex = 0
        var lastStar = -1
        var textAtLastStar = 0
        while textIndex < characters.count {
            if patternIndex < tokens.count {
                switch tokens[patternIndex] {
                case .character(let expected) where expected == characters[textIndex]:
                    patternIndex += 1
                    textIndex += 1
                    continue
                case .anyOne:
                    patternIndex += 1
                    textIndex += 1
                    continue
                case .anyRun:
                    lastStar = patternIndex
                    textAtLastStar = textIndex
                    patternIndex += 1
                    continue
                case .character:
                    break
                }
            }
            guard lastStar >= 0 else { return false }
            patternIndex = lastStar + 1
            textAtLastStar += 1
            textIndex = textAtLastStar
        }
        while patternIndex < tokens.count, tokens[patternIndex] == .anyRun {
            patternIndex += 1
        }
        return patternIndex == tokens.count
    }
}
