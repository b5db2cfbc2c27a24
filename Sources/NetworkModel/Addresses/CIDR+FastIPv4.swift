extension CIDR {
    /// Reads the common case, `a.b.c.d` or `a.b.c.d/n` in plain ASCII, straight from the
    /// UTF-8 bytes; `nil` for anything else (IPv6, errors), which the general parser then
    /// handles and explains. Accepts exactly what the general parser accepts for IPv4:
    /// four numbers of 1–3 digits up to 255 without leading zeros, a prefix of digits up
    /// to 32. A plan lists hundreds of thousands of blocks; this keeps reading them cheap.
    static func fastIPv4(_ text: String) -> CIDR? {
        var octets: UInt32 = 0
        var octetCount = 0
        var value: UInt32 = 0
        var digits = 0
        var leadingZero = false
        var prefix: Int?
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits == 0 { leadingZero = byte == UInt8(ascii: "0") }
                digits += 1
                guard digits <= 3 else { return nil }
                value = value * 10 + UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "."), UInt8(ascii: "/"):
                guard digits > 0, value <= 255, !(leadingZero && digits > 1), octetCount < 4
                else { return nil }
                octets = octets << 8 | value
                octetCount += 1
                value = 0
                digits = 0
                if byte == UInt8(ascii: "/") {
                    guard octetCount == 4 else { return nil }
                    prefix = try? readPrefix(&utf8)
                    guard prefix != nil else { return nil }
                }
            default:
                return nil
            }
        }
        if prefix == nil {
            guard digits > 0, value <= 255, !(leadingZero && digits > 1), octetCount == 3 else {
                return nil
            }
            octets = octets << 8 | value
            octetCount += 1
        }
        guard octetCount == 4 else { return nil }
        return CIDR(family: .ipv4, network: UInt128(octets), prefixLength: prefix ?? 32)
    }

    /// The digits after `/`, as a prefix length of at most 32 (leading zeros allowed).
    private static func readPrefix(_ utf8: inout String.UTF8View.Iterator) throws -> Int {
        struct NotAPrefix: Error {}
        var length = 0
        var digits = 0
        while let byte = utf8.next() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 4 else {
                throw NotAPrefix()
            }
            length = length * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits > 0, length <= 32 else { throw NotAPrefix() }
        return length
    }
}
