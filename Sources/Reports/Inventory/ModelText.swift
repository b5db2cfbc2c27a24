import NetworkModel

/// Short human renderings of model values shared by the text reports.
enum ModelText {
    static func known<T>(_ value: Knowable<T>?, _ render: (T) -> String = { "\($0)" }) -> String {
        switch value {
        case nil: "-"
        case .known(let value): render(value)
        case .unknown: "(known after apply)"
        }
    }

    static func object(_ id: ObjectID, awsID: Knowable<String>?) -> String {
        guard let aws = awsID?.value else { return id.rawValue }
        return "\(id.rawValue) (\(aws))"
    }

    static func list(_ references: [Reference]) -> String {
        references.isEmpty ? "none" : references.map(\.description).joined(separator: ", ")
    }

    static func traffic(_ traffic: Knowable<TrafficMatch>) -> String {
        known(traffic) { $0.description }
    }

    /// Pads `text` to `width` characters (a text as wide or wider gets one space).
    static func pad(_ text: String, _ width: Int) -> String {
        let count = characterCount(text)
        return text + String(repeating: " ", count: count >= width ? 1 : width - count)
    }

    /// The characters in `text` as Swift counts them; ASCII text without a carriage
    /// return (which joins a following line feed), nearly all of it, has one per byte and
    /// is counted without looking for clusters.
    static func characterCount(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
    }
}
