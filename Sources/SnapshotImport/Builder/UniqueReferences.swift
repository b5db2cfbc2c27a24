import NetworkModel

/// References in the order first added, each once.
///
/// Rule blocks usually name one or two groups, where comparing with each is cheaper than
/// hashing into a set; a hostile block naming 100,000 gets the set once the list grows.
struct UniqueReferences {
    /// The references, in the order first added.
    private(set) var elements: [Reference] = []
    /// Every element, once there are more than `Self.linearSearchLimit`.
    private var seen: Set<Reference>?

    private static let linearSearchLimit = 8

    /// Appends `reference` unless it is there already; returns whether it was appended.
    @discardableResult
    mutating func append(_ reference: Reference) -> Bool {
        if seen != nil {
            guard seen!.insert(reference).inserted else { return false }
        } else if elements.contains(reference) {
            return false
        } else if elements.count == Self.linearSearchLimit {
            seen = Set(elements + [reference])
        }
        elements.append(reference)
        return true
    }
}
