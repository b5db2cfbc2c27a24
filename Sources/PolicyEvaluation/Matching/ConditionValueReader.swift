import Foundation

/// Reads condition values (from policies and from requests) as numbers, booleans and
/// bytes; `nil` for text that is not one.
enum ConditionValueReader {
    /// A decimal number such as `10`, `-2.5` or `1e3`; no hex, no `inf` or `nan`.
    static func number(_ text: String) -> Double? {
        guard !text.isEmpty,
            text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    /// `true` or `false`, in any case.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// Base64 (standard alphabet, padded) decoded.
    static func base64(_ text: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: text) else { return nil }
        return [UInt8](data)
    }
}
