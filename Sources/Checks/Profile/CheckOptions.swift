import NetworkModel

/// What a `check` run is told beyond the snapshot.
public struct CheckOptions: Sendable {
    /// Declared flows: required, forbidden, and data stores that are not dependencies.
    public var intents: Intents
    /// The networks that must reach a `PRIVATE_ONLY` web server on 443; `nil` means the
    /// environment's VPC address space.
    public var webserverClients: [CIDR]?
    /// Whether a verdict that depends on an unknown value is an error (`--unknown fail`)
    /// rather than a warning.
    public var unknownIsError: Bool

    public init(
        intents: Intents = Intents(), webserverClients: [CIDR]? = nil, unknownIsError: Bool = false
    ) {
        self.intents = intents
        self.webserverClients = webserverClients
        self.unknownIsError = unknownIsError
    }
}
