import Reachability

/// A packet set as the lines `PacketSet.render()` gives, for reports.
struct PacketSetLines {
    var lines: [String]

    init(_ packets: PacketSet) { lines = packets.render() }
}
