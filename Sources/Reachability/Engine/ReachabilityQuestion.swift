import NetworkModel

/// "Can `from` reach `to` with this traffic?" — endpoints as the user wrote them.
public struct ReachabilityQuestion: Sendable, Hashable {
    public var from: String
    public var to: String
    /// Protocol and destination ports; `nil` ports mean the destination's own port
    /// (Redshift 5439, a database's port) or, when it has none, every port.
    public var ipProtocol: IPProtocol
    public var ports: PortRange?
    /// ICMP type and code for ICMP questions.
    public var icmp: ICMPMatch
    /// Client source ports (stateless ACLs see them on the reply).
    public var ephemeralPorts: PortRange
    /// Whether the answer should carry fixes for what blocks; a caller that only wants
    /// the verdict and the packets (a check that the internet gets nothing) saves the work.
    public var writesFixes: Bool = true

    public init(
        from: String, to: String, ipProtocol: IPProtocol = .tcp, ports: PortRange? = nil,
        icmp: ICMPMatch = ICMPMatch(type: 8, code: 0), ephemeralPorts: PortRange = .awsEphemeral
    ) {
        self.from = from
        self.to = to
        self.ipProtocol = ipProtocol
        self.ports = ports
        self.icmp = icmp
        self.ephemeralPorts = ephemeralPorts
    }
}
