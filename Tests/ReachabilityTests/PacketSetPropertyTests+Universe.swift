import NetworkModel
import Reachability

extension PacketSetPropertyTests {
    /// The packets checked in one case: for each family, every pair of representative
    /// addresses with every representative combination of protocol, ports and ICMP fields.
    ///
    /// Ten addresses per family: each of 10.0.0.0/29 (or 2001:db8::/125), where the random
    /// sets' edges lie, one below and one above. Ports 0, 1, 2, 65535 and one between; ICMP
    /// types 0, 8 and one from each run around them, codes 0 and one other; TCP, UDP, ICMP,
    /// ICMPv6, 0, 50, 255 and one protocol from each run between. Every random block, range and
    /// rule bound falls on a region edge, so a set's membership on the universe decides its
    /// membership everywhere, and equality and emptiness can be checked exactly.
    struct Universe {
        /// What a packet carries apart from its addresses.
        struct Fields: Hashable {
            var protocolNumber: UInt8
            var sourcePort: UInt16 = 0
            var destinationPort: UInt16 = 0
            var icmpType: UInt8 = 0
            var icmpCode: UInt8 = 0

            var hasPorts: Bool { protocolNumber == 6 || protocolNumber == 17 }
            var hasICMPFields: Bool { protocolNumber == 1 || protocolNumber == 58 }
        }

        static let ipv4Block: UInt128 = 0x0A00_0000
        static let ipv6Block: UInt128 = 0x2001_0DB8 << 96

        let addresses: [AddressFamily: [UInt128]]
        let fields: [Fields]
        private let swappedField: [Int]

        init(random: inout SplitMix64) {
            var addresses: [AddressFamily: [UInt128]] = [:]
            for family in AddressFamily.allCases {
                let base = Universe.block(family)
                let below: UInt128 = random.pick([0, base - 1])
                let above: UInt128 = random.pick([base + 8, family.maxValue])
                addresses[family] = [below] + (0..<8).map { base + $0 } + [above]
            }
            self.addresses = addresses
            let between = UInt16(3 + random.below(65532))
            let ports: [UInt16] = [0, 1, 2, between, 65535]
            let types: [UInt8] = [0, UInt8(1 + random.below(7)), 8, UInt8(9 + random.below(247))]
            let codes: [UInt8] = [0, UInt8(1 + random.below(255))]
            let others: [UInt8] = [
                0, UInt8(2 + random.below(4)), UInt8(7 + random.below(10)),
                UInt8(18 + random.below(32)), 50, UInt8(51 + random.below(7)),
                UInt8(59 + random.below(196)), 255,
            ]
            var fields: [Fields] = []
            for number: UInt8 in [6, 17] {
                for source in ports {
                    for destination in ports {
                        fields.append(
                            Fields(
                                protocolNumber: number, sourcePort: source,
                                destinationPort: destination))
                    }
                }
            }
            for number: UInt8 in [1, 58] {
                for type in types {
                    for code in codes {
                        fields.append(
                            Fields(protocolNumber: number, icmpType: type, icmpCode: code))
                    }
                }
            }
            fields += others.map { Fields(protocolNumber: $0) }
            self.fields = fields
            let position = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1, $0) })
            swappedField = fields.map { field in
                var swapped = field
                swapped.sourcePort = field.destinationPort
                swapped.destinationPort = field.sourcePort
                return position[swapped]!
            }
        }

        static func block(_ family: AddressFamily) -> UInt128 {
            family == .ipv4 ? ipv4Block : ipv6Block
        }

        var count: Int { AddressFamily.allCases.count * 100 * fields.count }

        func index(_ family: AddressFamily, source: Int, destination: Int, field: Int) -> Int {
            ((family == .ipv4 ? 0 : 100) + source * 10 + destination) * fields.count + field
        }

        func packet(at index: Int) -> Packet {
            let field = fields[index % fields.count]
            let pair = index / fields.count
            let family: AddressFamily = pair < 100 ? .ipv4 : .ipv6
            let values = addresses[family]!
            return Packet(
                source: IPAddress(family: family, value: values[pair % 100 / 10]),
                destination: IPAddress(family: family, value: values[pair % 10]),
                protocolNumber: field.protocolNumber, sourcePort: field.sourcePort,
                destinationPort: field.destinationPort, icmpType: field.icmpType,
                icmpCode: field.icmpCode)
        }

        /// The packets of `family` whose source, destination and fields pass the tests.
        func bits(
            _ family: AddressFamily, source: (UInt128) -> Bool, destination: (UInt128) -> Bool,
            fields test: (Fields) -> Bool
        ) -> Bits {
            var bits = Bits(count: count)
            let values = addresses[family]!
            let sources = values.indices.filter { source(values[$0]) }
            let destinations = values.indices.filter { destination(values[$0]) }
            let matching = fields.indices.filter { test(fields[$0]) }
            for source in sources {
                for destination in destinations {
                    for field in matching {
                        bits[
                            index(family, source: source, destination: destination, field: field)] =
                            true
                    }
                }
            }
            return bits
        }

        /// The packets of each box of `set`, read from the box's ranges (a field counts only
        /// for protocols that have it), and whether any packet lies in two boxes.
        func bits(of set: PacketSet) -> (bits: Bits, boxesOverlap: Bool) {
            var union = Bits(count: count)
            var overlap = false
            for box in set.boxes {
                let bits = self.bits(of: box)
                overlap = overlap || !(bits & union).isEmpty
                union = union | bits
            }
            return (union, overlap)
        }

        /// The same packets travelling back.
        func swapped(_ bits: Bits) -> Bits {
            var result = Bits(count: count)
            for index in bits.indices {
                let field = index % fields.count
                let pair = index / fields.count
                let family: AddressFamily = pair < 100 ? .ipv4 : .ipv6
                result[
                    self.index(
                        family, source: pair % 10, destination: pair % 100 / 10,
                        field: swappedField[field])] = true
            }
            return result
        }

        /// A box's packets read the way the convention says: ports only for TCP and UDP,
        /// ICMP type and code only for ICMP and ICMPv6.
        func bits(of box: PacketBox) -> Bits {
            bits(
                box.family, source: box.source.contains, destination: box.destination.contains,
                fields: { field in
                    box.protocols.contains(field.protocolNumber)
                        && (!field.hasPorts
                            || box.sourcePorts.contains(field.sourcePort)
                                && box.destinationPorts.contains(field.destinationPort))
                        && (!field.hasICMPFields
                            || box.icmpTypes.contains(field.icmpType)
                                && box.icmpCodes.contains(field.icmpCode))
                })
        }
    }
}
