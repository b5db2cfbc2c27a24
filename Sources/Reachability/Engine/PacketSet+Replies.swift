import NetworkModel

extension PacketSet {
    /// Turns a set of reply packets, already swapped into the request's orientation, into
    /// the requests whose replies they are. Only ICMP types differ: an echo reply (type 0,
    /// or 129 for ICMPv6) answers an echo request (8, or 128); other ICMP messages get no
    /// reply, so no reply rule can stop them.
    func mappingReplies() -> PacketSet {
        var boxes: [PacketBox] = []
        for box in self.boxes {
            guard box.protocols.contains(1) || box.protocols.contains(58) else {
                boxes.append(box)
                continue
            }
            for (protocolNumber, replyType, requestType) in [
                (UInt8(1), UInt8(0), UInt8(8)), (58, 129, 128),
            ] {
                guard box.protocols.contains(protocolNumber), box.icmpTypes.contains(replyType)
                else { continue }
                var request = box
                request.protocols = protocolNumber...protocolNumber
                request.icmpTypes = requestType...requestType
                boxes.append(request)
            }
            // The non-ICMP protocols of a box spanning several protocols pass unchanged.
            for range in ranges(of: box.protocols, without: [1, 58]) {
                var other = box
                other.protocols = range
                boxes.append(other)
            }
        }
        return PacketSet(boxes: boxes).union(Self.icmpWithoutReplies)
    }

    /// Every reply packet that can answer a request of this set: addresses and ports
    /// exchanged, with any ICMP type and code (a reply's type differs from its request's).
    /// A superset of what ``mappingReplies()`` takes back to these requests, so judging
    /// replies only within it changes no answer about them.
    func possibleReplies() -> PacketSet {
        PacketSet(
            boxes: swapped().boxes.map { box in
                var reply = box
                if box.protocols.contains(1) || box.protocols.contains(58) {
                    reply.icmpTypes = 0...255
                    reply.icmpCodes = 0...255
                }
                return reply
            })
    }

    /// ICMP messages other than echo requests: nothing replies to them.
    static let icmpWithoutReplies: PacketSet = {
        var result = PacketSet.empty
        for family in AddressFamily.allCases {
            for (protocolNumber, request) in [(UInt8(1), UInt8(8)), (58, 128)] {
                for types in ranges(of: 0...255, without: [request]) {
                    let box = PacketBox(
                        family: family, protocols: protocolNumber...protocolNumber, icmpTypes: types
                    )
                    result = result.union(PacketSet(boxes: [box]))
                }
            }
        }
        return result
    }()
}

/// `range` without the given values, as ascending ranges.
private func ranges(of range: ClosedRange<UInt8>, without values: [UInt8]) -> [ClosedRange<UInt8>] {
    var result: [ClosedRange<UInt8>] = []
    var start = Int(range.lowerBound)
    for value in values.sorted() where range.contains(value) {
        if start < Int(value) { result.append(UInt8(start)...(value - 1)) }
        start = Int(value) + 1
    }
    if start <= Int(range.upperBound) { result.append(UInt8(start)...range.upperBound) }
    return result
}

extension BoundedPacketSet {
    func mappingReplies() -> BoundedPacketSet {
        BoundedPacketSet(
            lower: lower.mappingReplies(), upper: upper.mappingReplies(), unknowns: unknowns)
    }
}
