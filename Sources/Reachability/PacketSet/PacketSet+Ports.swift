import NetworkModel

/// Port restrictions and the reverse direction.
extension PacketSet {
    /// Every packet of both families, with TCP and UDP packets limited to source ports
    /// `ports` (a client's ephemeral range); other protocols are unaffected.
    public static func clientPorts(_ ports: PortRange) -> PacketSet {
        portLimited { $0.sourcePorts = ports.lowerBound...ports.upperBound }
    }

    /// Every packet of both families, with TCP and UDP packets limited to destination
    /// ports `ports`; other protocols are unaffected.
    public static func serverPorts(_ ports: PortRange) -> PacketSet {
        portLimited { $0.destinationPorts = ports.lowerBound...ports.upperBound }
    }

    /// This set with its TCP and UDP packets limited to source ports `ports`.
    public func restricted(sourcePorts ports: PortRange) -> PacketSet {
        intersection(.clientPorts(ports))
    }

    /// This set with its TCP and UDP packets limited to destination ports `ports`.
    public func restricted(destinationPorts ports: PortRange) -> PacketSet {
        intersection(.serverPorts(ports))
    }

    /// The replies' packets: source and destination addresses and ports exchanged. ICMP
    /// type and code are kept; mapping a request type to its reply type is the caller's.
    public func swapped() -> PacketSet {
        PacketSet(disjointBoxes: boxes.map { $0.swapped() })
    }

    private static func portLimited(_ limit: (inout PacketBox) -> Void) -> PacketSet {
        var boxes: [PacketBox] = []
        for family in AddressFamily.allCases {
            for run in ProtocolNumbers.uniformRuns {
                var box = PacketBox(family: family, protocols: run)
                if ProtocolNumbers.carriesPorts(run.lowerBound) { limit(&box) }
                boxes.append(box)
            }
        }
        return PacketSet(disjointBoxes: boxes)
    }
}
