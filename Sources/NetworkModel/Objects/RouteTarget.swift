/// A route's next hop: its kind and the object it names.
public struct RouteTarget: Sendable, Hashable, CustomStringConvertible {
    public var kind: RouteTargetKind
    /// The target object; `nil` for local routes.
    public var reference: Reference?

    public init(kind: RouteTargetKind, reference: Reference?) {
        self.kind = kind
        self.reference = reference
    }

    public var description: String {
        reference.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue
    }
}
