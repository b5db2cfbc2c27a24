/// The ICMP (or ICMPv6) messages a rule matches: a type and a code, `nil` meaning any.
public struct ICMPMatch: Sendable, Hashable, CustomStringConvertible {
    public let type: UInt8?
    public let code: UInt8?

    public init(type: UInt8?, code: UInt8?) {
        self.type = type
        self.code = code
    }

    /// Every ICMP message.
    public static let any = ICMPMatch(type: nil, code: nil)

    /// Reads AWS's numbers, where `-1` means any. A code without a type is meaningless,
    /// so a code is only kept when the type is fixed.
    public init(awsType: Int, awsCode: Int) throws(AddressParseError) {
        guard (-1...255).contains(awsType), (-1...255).contains(awsCode) else {
            throw AddressParseError(
                text: "type \(awsType) code \(awsCode)",
                reason: "ICMP type and code are -1 (any) or 0 to 255")
        }
        let type = awsType < 0 ? nil : UInt8(awsType)
        self.init(type: type, code: type == nil || awsCode < 0 ? nil : UInt8(awsCode))
    }

    public func matches(type: UInt8, code: UInt8) -> Bool {
        (self.type == nil || self.type == type) && (self.code == nil || self.code == code)
    }

    public var description: String {
        switch (type, code) {
        case (nil, _): "any type"
        case (let type?, nil): "type \(type)"
        case (let type?, let code?): "type \(type) code \(code)"
        }
    }
}
