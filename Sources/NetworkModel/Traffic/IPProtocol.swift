/// An IP protocol as AWS rules name it: all traffic, or one protocol number.
public enum IPProtocol: Sendable, Hashable, CustomStringConvertible {
    case all
    case tcp
    case udp
    case icmp
    case icmpv6
    /// Any other IP protocol number (ports do not apply).
    case number(UInt8)

    /// Reads every spelling the AWS provider and API use: `-1`, `all`, `tcp`, `6`,
    /// `udp`, `17`, `icmp`, `1`, `icmpv6`, `58`, and other numbers 0–255.
    public init(awsName text: String) throws(AddressParseError) {
        // Lower case is how nearly every input writes it: lowercasing only for the rest
        // saves a copy of the text per rule.
        if let named = Self.named(text) ?? Self.named(text.lowercased()) {
            self = named
            return
        }
        guard let number = Int(text), (0...255).contains(number) else {
            throw AddressParseError(
                text: text,
                reason: "a protocol is -1/all, tcp, udp, icmp, icmpv6 or a number from 0 to 255"
            )
        }
        self = .number(UInt8(number))
    }

    private static func named(_ lowercased: String) -> IPProtocol? {
        switch lowercased {
        case "tcp", "6": .tcp
        case "-1", "all": .all
        case "udp", "17": .udp
        case "icmp", "1": .icmp
        case "icmpv6", "58": .icmpv6
        default: nil
        }
    }

    /// The IANA protocol number, `nil` for all traffic.
    public var protocolNumber: UInt8? {
        switch self {
        case .all: nil
        case .tcp: 6
        case .udp: 17
        case .icmp: 1
        case .icmpv6: 58
        case .number(let number): number
        }
    }

    public var description: String {
        switch self {
        case .all: "all"
        case .tcp: "tcp"
        case .udp: "udp"
        case .icmp: "icmp"
        case .icmpv6: "icmpv6"
        case .number(let number): "proto \(number)"
        }
    }
}
