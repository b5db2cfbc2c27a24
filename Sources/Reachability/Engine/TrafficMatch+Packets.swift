import NetworkModel

extension PacketSet {
    /// Packets of `family` from `source` to `destination` addresses that a rule's
    /// protocol and ports match.
    static func matching(
        _ traffic: TrafficMatch, family: AddressFamily, source: ClosedRange<UInt128>? = nil,
        destination: ClosedRange<UInt128>? = nil
    ) -> PacketSet {
        let everything = 0...family.maxValue
        return PacketSet(
            family: family, source: source ?? everything, destination: destination ?? everything,
            traffic: traffic)
    }

    /// Every packet from one of `sources` to one of `destinations` (of the same family)
    /// that `traffic` matches; of every protocol by default.
    public static func between(
        _ sources: [AddressRange], _ destinations: [AddressRange], traffic: TrafficMatch = .all
    )
        -> PacketSet
    {
        var result = PacketSet.empty
        for source in sources {
            for destination in destinations where destination.family == source.family {
                result = result.union(
                    PacketSet(
                        family: source.family, source: source.bounds,
                        destination: destination.bounds, traffic: traffic))
            }
        }
        return result
    }
}
