/// One range field of a ``PacketBox``, read and written through closures (cheaper than key
/// paths in the hot loops of subtraction and merging).
struct BoxField<Bound: FixedWidthInteger> {
    let read: (PacketBox) -> ClosedRange<Bound>
    let write: (inout PacketBox, ClosedRange<Bound>) -> Void
}

extension BoxField<UInt128> {
    static var source: BoxField { BoxField(read: { $0.source }, write: { $0.source = $1 }) }
    static var destination: BoxField {
        BoxField(read: { $0.destination }, write: { $0.destination = $1 })
    }
}

extension BoxField<UInt16> {
    static var sourcePorts: BoxField {
        BoxField(read: { $0.sourcePorts }, write: { $0.sourcePorts = $1 })
    }
    static var destinationPorts: BoxField {
        BoxField(read: { $0.destinationPorts }, write: { $0.destinationPorts = $1 })
    }
}

extension BoxField<UInt8> {
    static var protocols: BoxField {
        BoxField(read: { $0.protocols }, write: { $0.protocols = $1 })
    }
    static var icmpTypes: BoxField {
        BoxField(read: { $0.icmpTypes }, write: { $0.icmpTypes = $1 })
    }
    static var icmpCodes: BoxField {
        BoxField(read: { $0.icmpCodes }, write: { $0.icmpCodes = $1 })
    }
}
