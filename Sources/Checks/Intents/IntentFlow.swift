import NetworkModel

/// A flow the user declares: `from` must (or must not) reach `to` with this traffic.
/// Ends are written as for `vpcreach why` (an address, an AWS id, a CIDR, `internet`).
public struct IntentFlow: Sendable, Hashable {
    public var from: String
    public var to: String
    public var ipProtocol: IPProtocol
    /// Destination ports; `nil` means the destination's own port, else every port.
    public var ports: PortRange?
    /// Where the intents file declares it (`file:line:column`).
    public var location: String?

    public init(
        from: String, to: String, ipProtocol: IPProtocol = .tcp, ports: PortRange? = nil,
        location: String? = nil
    ) {
        self.from = from
        self.to = to
        self.ipProtocol = ipProtocol
        self.ports = ports
        self.location = location
    }

    /// `aws_mwaa_environment.a → aws_redshift_cluster.b tcp 5439`.
    public var description: String {
        let traffic =
            ports.map { "\(ipProtocol) \($0)" } ?? "\(ipProtocol) (the destination's port)"
        return "\(from) → \(to) \(traffic)"
    }
}
