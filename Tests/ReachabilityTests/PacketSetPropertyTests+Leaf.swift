import NetworkModel
import Reachability

extension PacketSetPropertyTests {
    /// A random set: the union of one to three rules or raw boxes, each of which also gives
    /// its packets on the universe straight from its definition.
    struct Leaf {
        enum Piece {
            case rule(
                source: CIDR, destination: CIDR, traffic: TrafficMatch, sourcePorts: PortRange?)
            case box(PacketBox)
        }

        let pieces: [Piece]
        let set: PacketSet

        init(random: inout SplitMix64) {
            pieces = (0..<(1 + random.below(3))).map { _ in
                random.chance(percent: 70)
                    ? Leaf.randomRule(&random) : .box(Leaf.randomBox(&random))
            }
            let sets = pieces.map(Leaf.set(of:))
            // Half the leaves are built by union, half by the normalizing initializer.
            set =
                random.chance(percent: 50)
                ? sets.reduce(PacketSet.empty) { $0.union($1) }
                : PacketSet(boxes: sets.flatMap(\.boxes))
        }

        /// The leaf's packets on the universe, evaluated directly from the pieces.
        func bits(in universe: Universe) -> Bits {
            pieces.map { Leaf.bits(of: $0, in: universe) }.reduce(Bits(count: universe.count), |)
        }

        private static func set(of piece: Piece) -> PacketSet {
            switch piece {
            case .rule(let source, let destination, let traffic, let sourcePorts):
                PacketSet(
                    source: source, destination: destination, traffic: traffic,
                    sourcePorts: sourcePorts)
            case .box(let box):
                PacketSet(boxes: [box])
            }
        }

        private static func bits(of piece: Piece, in universe: Universe) -> Bits {
            switch piece {
            case .rule(let source, let destination, let traffic, let sourcePorts):
                guard source.family == destination.family else {
                    return Bits(count: universe.count)
                }
                return universe.bits(
                    source.family,
                    source: { source.contains(IPAddress(family: source.family, value: $0)) },
                    destination: {
                        destination.contains(IPAddress(family: destination.family, value: $0))
                    },
                    fields: { rule(traffic, sourcePorts: sourcePorts, matches: $0) })
            case .box(let box):
                return universe.bits(of: box)
            }
        }

        private static func rule(
            _ traffic: TrafficMatch, sourcePorts: PortRange?, matches field: Universe.Fields
        ) -> Bool {
            let number = field.protocolNumber
            let sourcePortAllowed =
                !field.hasPorts || sourcePorts?.contains(field.sourcePort) ?? true
            switch traffic {
            case .all:
                return sourcePortAllowed
            case .tcp(let ports):
                return number == 6 && ports.contains(field.destinationPort) && sourcePortAllowed
            case .udp(let ports):
                return number == 17 && ports.contains(field.destinationPort) && sourcePortAllowed
            case .icmp(let match):
                return number == 1 && match.matches(type: field.icmpType, code: field.icmpCode)
            case .icmpv6(let match):
                return number == 58 && match.matches(type: field.icmpType, code: field.icmpCode)
            case .protocolNumber(let only):
                return number == only && sourcePortAllowed
            }
        }

        private static func randomCIDR(_ family: AddressFamily, _ random: inout SplitMix64) -> CIDR
        {
            if random.chance(percent: 10) { return family == .ipv4 ? .anyIPv4 : .anyIPv6 }
            let base = Universe.block(family)
            let hostBits = random.below(4)
            return CIDR(
                family: family, network: base + UInt128(random.below(8)),
                prefixLength: family.bitWidth - hostBits)
        }

        private static let portBounds: [UInt16] = [0, 1, 2, 65535]

        private static func randomRule(_ random: inout SplitMix64) -> Piece {
            let family: AddressFamily = random.chance(percent: 60) ? .ipv4 : .ipv6
            let source = randomCIDR(family, &random)
            // Now and then a block of the other family, which matches nothing.
            let destination = randomCIDR(
                random.chance(percent: 5) ? (family == .ipv4 ? .ipv6 : .ipv4) : family, &random)
            let icmp = ICMPMatch(
                type: random.pick([nil, 0, 8]), code: random.pick([nil, 0]))
            let traffic: TrafficMatch =
                switch random.below(6) {
                case 0: .all
                case 1: .tcp(portRange(&random))
                case 2: .udp(portRange(&random))
                case 3: .icmp(icmp)
                case 4: .icmpv6(icmp)
                default: .protocolNumber(random.pick([50, 6, 17, 1]))
                }
            let sourcePorts = random.chance(percent: 30) ? portRange(&random) : nil
            return .rule(
                source: source, destination: destination, traffic: traffic, sourcePorts: sourcePorts
            )
        }

        private static func portRange(_ random: inout SplitMix64) -> PortRange {
            let range = random.range(from: portBounds)
            return PortRange(range.lowerBound, range.upperBound)
        }

        /// A box with arbitrary ranges, often not following the field convention.
        private static func randomBox(_ random: inout SplitMix64) -> PacketBox {
            let family: AddressFamily = random.chance(percent: 60) ? .ipv4 : .ipv6
            let base = Universe.block(family)
            let inside = (0..<8).map { base + UInt128($0) }
            // Ranges run from the block or below it to the block or above it, so everything
            // below (or above) the block is one region of the universe.
            func addresses(_ random: inout SplitMix64) -> ClosedRange<UInt128> {
                let first = random.pick([0] + inside)
                let second = random.pick(inside + [family.maxValue])
                return min(first, second)...max(first, second)
            }
            let protocolBounds: [UInt8] = [0, 1, 6, 17, 58, 255]
            return PacketBox(
                family: family, source: addresses(&random), destination: addresses(&random),
                protocols: random.chance(percent: 50)
                    ? random.pick([6...6, 17...17, 1...1, 58...58])
                    : random.range(from: protocolBounds),
                sourcePorts: random.range(from: portBounds),
                destinationPorts: random.range(from: portBounds),
                icmpTypes: random.pick([0...0, 8...8, 0...8, 0...255]),
                icmpCodes: random.pick([0...0, 0...255]))
        }
    }
}
