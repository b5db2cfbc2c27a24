/// The IP protocol numbers whose packets carry fields a packet set tracks: ports for TCP
/// and UDP, type and code for ICMP and ICMPv6.
enum ProtocolNumbers {
    static let icmp: UInt8 = 1
    static let tcp: UInt8 = 6
    static let udp: UInt8 = 17
    static let icmpv6: UInt8 = 58

    /// The protocol numbers cut into runs inside which every protocol has the same kind
    /// of fields: single TCP, UDP, ICMP and ICMPv6, and the port-less runs between them.
    static let uniformRuns: [ClosedRange<UInt8>] = [
        0...0, 1...1, 2...5, 6...6, 7...16, 17...17, 18...57, 58...58, 59...255,
    ]

    /// Whether packets of `protocolNumber` have source and destination ports.
    static func carriesPorts(_ protocolNumber: UInt8) -> Bool {
        protocolNumber == tcp || protocolNumber == udp
    }

    /// Whether packets of `protocolNumber` have an ICMP type and code.
    static func carriesICMPFields(_ protocolNumber: UInt8) -> Bool {
        protocolNumber == icmp || protocolNumber == icmpv6
    }

    /// `tcp`, `udp`, `icmp`, `icmpv6`, or `proto N` for any other number.
    static func name(_ protocolNumber: UInt8) -> String {
        switch protocolNumber {
        case tcp: "tcp"
        case udp: "udp"
        case icmp: "icmp"
        case icmpv6: "icmpv6"
        default: "proto \(protocolNumber)"
        }
    }

    /// The order examples prefer: TCP, UDP, ICMP, ICMPv6, then by number.
    static func examplePreference(_ protocolNumber: UInt8) -> Int {
        switch protocolNumber {
        case tcp: 0
        case udp: 1
        case icmp: 2
        case icmpv6: 3
        default: 4 + Int(protocolNumber)
        }
    }
}
