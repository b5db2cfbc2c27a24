import NetworkModel

/// Compact text for people: one line per group of boxes that differ only in source.
extension PacketSet {
    /// Lines such as `tcp 10.0.1.0/24:1024-65535 → 10.0.3.0/24:5439`,
    /// `all 0.0.0.0/0 → 10.0.0.0/16` or `icmp 10.0.0.0/16 → 10.0.1.0/24 type 8`, ordered
    /// by family, protocol and addresses. Full port and ICMP ranges are left out. Boxes
    /// equal but for their source share a line, their sources separated by commas.
    public func render() -> [String] {
        var groupIndex: [PacketBox: Int] = [:]
        var groups: [(key: PacketBox, sources: [ClosedRange<UInt128>])] = []
        for box in boxes.sorted(by: PacketSet.renderingOrder) {
            var key = box
            key.source = 0...0
            if let index = groupIndex[key] {
                groups[index].sources.append(box.source)
            } else {
                groupIndex[key] = groups.count
                groups.append((key, [box.source]))
            }
        }
        return groups.map { PacketSet.line(for: $0.key, sources: $0.sources) }
    }

    /// The rendered lines, one per line, or `no packets` for the empty set.
    public var description: String {
        isEmpty ? "no packets" : render().joined(separator: "\n")
    }

    /// Family, protocols, destination, source, then ports and ICMP fields.
    private static func renderingOrder(_ lhs: PacketBox, _ rhs: PacketBox) -> Bool {
        sortKey(lhs).lexicographicallyPrecedes(sortKey(rhs))
    }

    private static func sortKey(_ box: PacketBox) -> [UInt128] {
        [
            box.family == .ipv4 ? 0 : 1,
            UInt128(box.protocols.lowerBound), UInt128(box.protocols.upperBound),
            box.destination.lowerBound, box.destination.upperBound,
            box.source.lowerBound, box.source.upperBound,
            UInt128(box.destinationPorts.lowerBound), UInt128(box.destinationPorts.upperBound),
            UInt128(box.sourcePorts.lowerBound), UInt128(box.sourcePorts.upperBound),
            UInt128(box.icmpTypes.lowerBound), UInt128(box.icmpTypes.upperBound),
            UInt128(box.icmpCodes.lowerBound), UInt128(box.icmpCodes.upperBound),
        ]
    }

    private static func line(for box: PacketBox, sources: [ClosedRange<UInt128>]) -> String {
        let sourceText = endpoint(sources, family: box.family, ports: box.sourcePorts)
        let destinationText = endpoint(
            [box.destination], family: box.family, ports: box.destinationPorts)
        var text = "\(protocolText(box.protocols)) \(sourceText) → \(destinationText)"
        if !RangeArithmetic.isFull(box.icmpTypes) {
            text += box.icmpTypes.count == 1 ? " type " : " types "
            text += numbers(box.icmpTypes)
        }
        if !RangeArithmetic.isFull(box.icmpCodes) {
            text += box.icmpCodes.count == 1 ? " code " : " codes "
            text += numbers(box.icmpCodes)
        }
        return text
    }

    private static func protocolText(_ protocols: ClosedRange<UInt8>) -> String {
        if RangeArithmetic.isFull(protocols) { return "all" }
        if protocols.count == 1 { return ProtocolNumbers.name(protocols.lowerBound) }
        return "protocols \(numbers(protocols))"
    }

    /// Addresses, bracketed when a port follows an IPv6 address or a list, then the ports
    /// unless they are all of them.
    private static func endpoint(
        _ ranges: [ClosedRange<UInt128>], family: AddressFamily, ports: ClosedRange<UInt16>
    ) -> String {
        let addresses = ranges.map { addressText($0, family: family) }.joined(separator: ", ")
        guard !RangeArithmetic.isFull(ports) else { return addresses }
        let bracketed =
            family == .ipv6 || addresses.contains(",") ? "[\(addresses)]" : addresses
        return "\(bracketed):\(numbers(ports))"
    }

    /// A range as its CIDR blocks, or as `first-last` when that takes more than three.
    private static func addressText(_ range: ClosedRange<UInt128>, family: AddressFamily)
        -> String
    {
        let blocks = CIDRCover.blocks(covering: range, family: family)
        guard blocks.count > 3 else { return blocks.map(\.description).joined(separator: ", ") }
        let first = IPAddress(family: family, value: range.lowerBound)
        let last = IPAddress(family: family, value: range.upperBound)
        return "\(first)-\(last)"
    }

    private static func numbers<Bound: FixedWidthInteger>(_ range: ClosedRange<Bound>) -> String {
        range.lowerBound == range.upperBound
            ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
    }
}
