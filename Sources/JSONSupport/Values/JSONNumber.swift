/// A JSON number, kept exactly as written.
///
/// JSON numbers have no fixed precision, so the parser keeps the source text and
/// converts on request: ``int`` for exact integers, ``double`` for everything else.
/// The writer copies the text back unchanged, so `12.50` and `1e3` survive a round trip.
public struct JSONNumber: Sendable, CustomStringConvertible {
    /// The number as written, following the JSON grammar (for example `-12.5e3`).
    public let text: String

    /// Wraps text already known to follow the JSON number grammar.
    init(uncheckedText text: String) {
        self.text = text
    }

    /// Creates the number written as `text`, or `nil` when `text` is not a JSON number
    /// (JSON has no `+5`, `.5`, `05`, `NaN` or `Infinity`).
    public init?(text: String) {
        guard let document = try? JSONParser.parse(Array(text.utf8)),
            case .number(let number) = document.root.kind, number.text == text
        else { return nil }
        self = number
    }

    /// Creates an integer number.
    public init(_ value: Int) {
        self.text = String(value)
    }

    /// Creates a number from a finite double, written in its shortest form that reads
    /// back as the same double; `nil` for NaN and infinities, which JSON cannot express.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.text = value.description
    }

    public var description: String { text }
}

extension JSONNumber: Equatable {
    /// Two numbers are equal when they denote the same value: exactly for integers that
    /// fit in `Int`, as `Double` for other finite numbers, and by text otherwise.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if lhs.text == rhs.text { return true }
        if let integer = lhs.int { return rhs.int == integer }
        if rhs.int != nil { return false }
        guard let left = lhs.double, let right = rhs.double else { return false }
        return left == right
    }
}
