/// A link from one object to another.
public enum Reference: Sendable, Hashable, CustomStringConvertible {
    /// The target is in the snapshot.
    case resolved(ObjectID)
    /// The target is named but not in the input.
    case unresolved(UnresolvedReference)
    /// The target is not known (e.g. an id known only after apply with no
    /// configuration reference to recover it).
    case unknown(UnknownValue)

    /// The target's id when it is in the snapshot.
    public var objectID: ObjectID? {
        if case .resolved(let id) = self { return id }
        return nil
    }

    public var description: String {
        switch self {
        case .resolved(let id): id.rawValue
        case .unresolved(let reference): "\(reference.target) (not in input)"
        case .unknown: "(known after apply)"
        }
    }
}
