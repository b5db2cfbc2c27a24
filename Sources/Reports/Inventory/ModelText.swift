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

    /// Pads `text` to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
