import NetworkModel
import Reachability
import Testing

/// Joining address ranges: the same addresses in as few ranges as they make.
@Suite("Coalescing address ranges")
struct AddressRangeCoalescingTests {
    static func range(_ first: String, _ last: String) -> AddressRange {
        let low = try! IPAddress(first)
        let high = try! IPAddress(last)
        return AddressRange(family: low.family, bounds: low.value...high.value)
    }

    @Test(
        "overlapping and touching ranges join; others stay apart, IPv4 first, in order",
        arguments: [
            (
                [range("10.0.0.5", "10.0.0.9"), range("10.0.0.1", "10.0.0.4")],
                [range("10.0.0.1", "10.0.0.9")]
            ),
            (
                [range("10.0.0.1", "10.0.0.9"), range("10.0.0.3", "10.0.0.4")],
                [range("10.0.0.1", "10.0.0.9")]
            ),
            (
                [range("10.0.0.8", "10.0.0.9"), range("10.0.0.1", "10.0.0.6")],
                [range("10.0.0.1", "10.0.0.6"), range("10.0.0.8", "10.0.0.9")]
            ),
            (
                [range("::1", "::5"), range("0.0.0.0", "0.0.0.5"), range("::6", "::9")],
                [range("0.0.0.0", "0.0.0.5"), range("::1", "::9")]
            ),
            (
                [range("255.255.255.255", "255.255.255.255"), range("0.0.0.0", "255.255.255.254")],
                [range("0.0.0.0", "255.255.255.255")]
            ),
            ([], []),
        ])
    func coalesced(ranges: [AddressRange], expected: [AddressRange]) {
        #expect(AddressRange.coalesced(ranges) == expected)
    }
}
