/// One route of a route table.
public struct Route: Sendable, Hashable {
    public var destination: RouteDestination
    public var target: RouteTarget
    public var declarations: [Provenance]
    /// Set when the input says the target is gone (AWS reports the route as `blackhole`):
    /// packets matching the route are dropped.
    public var isBlackhole: Bool

    public init(
        destination: RouteDestination, target: RouteTarget, declarations: [Provenance],
        isBlackhole: Bool = false
    ) {
        self.destination = destination
        self.target = target
        self.declarations = declarations
        self.isBlackhole = isBlackhole
    }

    public var provenance: Provenance { declarations[0] }
}
