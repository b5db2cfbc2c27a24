import NetworkModel
import Testing

/// Pinned by the first fuzzing finding (`0-65535`): a port range's description is for
/// people and is not input text; FROM-TO is, and reads back to the same range.
@Suite("Port range text")
struct PortRangeTextTests {
    @Test("every port is described as `all ports` but written as 0-65535")
    func allPorts() throws {
        let all = try PortRange("0-65535")
        #expect(all == .all)
        #expect(all.description == "all ports")
        #expect((try? PortRange(all.description)) == nil)
        #expect(try PortRange("\(all.lowerBound)-\(all.upperBound)") == all)
    }

    @Test("FROM-TO reads back", arguments: ["0", "443", "1024-65535", "65535", "0-0"])
    func roundTrip(text: String) throws {
        let range = try PortRange(text)
        #expect(try PortRange("\(range.lowerBound)-\(range.upperBound)") == range)
    }
}
