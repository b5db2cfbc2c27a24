/// What traffic a rule matches apart from addresses: a protocol with its ports or
/// ICMP type and code. Each case carries exactly what is meaningful for it, so an
/// all-traffic rule has no ports whatever the input said.
public enum TrafficMatch: Sendable, Hashable, CustomStringConvertible {
    case all
    case tcp(PortRange)
    case udp(PortRange)
    case icmp(ICMPMatch)
    case icmpv6(ICMPMatch)
    /// Another protocol by number; every packet of it matches.
    case protocolNumber(UInt8)

    /// Builds a match from a protocol and AWS's `from_port`/`to_port` pair. For ICMP the
    /// pair is type and code with `-1` meaning any; for all traffic it is ignored.
    public init(protocol ipProtocol: IPProtocol, from: Int?, to: Int?) throws(AddressParseError) {
        switch ipProtocol {
        case .all:
            self = .all
        case .tcp, .udp:
            guard let from, let to else {
                throw AddressParseError(
                    text: "\(ipProtocol)", reason: "tcp and udp rules need ports")
            }
            // AWS treats -1 as every port for tcp/udp in some API responses.
            let range = from == -1 && to == -1 ? PortRange.all : try PortRange(from: from, to: to)
            self = ipProtocol == .tcp ? .tcp(range) : .udp(range)
        case .icmp, .icmpv6:
            let match = try ICMPMatch(awsType: from ?? -1, awsCode: to ?? -1)
            self = ipProtocol == .icmp ? .icmp(match) : .icmpv6(match)
        case .number(let number):
            self = .protocolNumber(number)
        }
    }

    /// The protocol this match applies to.
    public var ipProtocol: IPProtocol {
        switch self {
        case .all: .all
        case .tcp: .tcp
        case .udp: .udp
        case .icmp: .icmp
        case .icmpv6: .icmpv6
        case .protocolNumber(let number): .number(number)
        }
    }

    public var description: String {
        switch self {
        case .all: "all traffic"
        case .tcp(let ports): "tcp \(ports)"
        case .udp(let ports): "udp \(ports)"
        case .icmp(let match): "icmp \(match)"
        case .icmpv6(let match): "icmpv6 \(match)"
        case .protocolNumber(let number): "protocol \(number)"
        }
    }
}
