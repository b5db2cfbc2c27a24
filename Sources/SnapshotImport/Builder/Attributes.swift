import JSONSupport
import NetworkModel

/// Reads one resource's attributes (or one nested block of them) the way the AWS
/// provider writes them: `""` and `null` both mean unset, unknown leaves are absent and
/// marked in `after_unknown`, numbers may be strings, nested blocks are arrays.
struct Attributes {
    let instance: TerraformResourceInstance
    let values: JSONValue
    /// The matching `after_unknown` subtree: `true`, an object/array mirroring `values`,
    /// or `nil` when nothing is unknown.
    let unknown: JSONValue?
    /// Attribute path of this block inside the resource (`ingress[2]`), empty at the top.
    let path: String

    init(_ instance: TerraformResourceInstance) {
        self.init(instance: instance, values: instance.values, unknown: instance.unknown, path: "")
    }

    private init(
        instance: TerraformResourceInstance, values: JSONValue, unknown: JSONValue?, path: String
    ) {
        self.instance = instance
        self.values = values
        self.unknown = unknown
        self.path = path
    }

    var address: String { instance.address }

    func attributePath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The raw value, `nil` when absent or null.
    func raw(_ key: String) -> JSONValue? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    /// Whether the attribute (or this whole block) is unknown until apply.
    func isUnknown(_ key: String) -> Bool {
        if unknown?.bool == true { return true }
        return unknown?[key]?.bool == true
    }

    func unknownValue(_ key: String) -> UnknownValue {
        UnknownValue(address: address, attribute: attributePath(key))
    }

    /// A string attribute: `nil` when unset (absent, null or `""`).
    func string(_ key: String) -> Knowable<String>? {
        switch values[key]?.kind {
        case .string(let text): return text.isEmpty ? nil : .known(text)
        case .number(let number): return .known(number.text)
        case .bool(let flag): return .known(flag ? "true" : "false")
        default: return isUnknown(key) ? .unknown(unknownValue(key)) : nil
        }
    }

    /// A known, non-empty string attribute.
    func knownString(_ key: String) -> String? { string(key)?.value }

    func bool(_ key: String) -> Bool? {
        guard let value = raw(key) else { return nil }
        if let flag = value.bool { return flag }
        switch value.string?.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// A whole-number attribute (JSON number or numeric string); a value that is not a
    /// whole number in range is an input error naming the place.
    func int(_ key: String) throws(InputError) -> Int? {
        guard let value = raw(key) else { return nil }
        if let number = value.number {
            guard let int = number.int else {
                throw error(key, "`\(number.text.excerpt())` is not a whole number")
            }
            return int
        }
        if let text = value.string {
            if text.isEmpty { return nil }
            guard let int = Int(text) else {
                throw error(key, "`\(text.excerpt())` is not a whole number")
            }
            return int
        }
        throw error(key, "expected a number, found \(value.typeName)")
    }

    /// A list of strings; an unknown element stays in place as `.unknown`. A single
    /// string is read as a one-element list.
    func strings(_ key: String) -> [Knowable<String>] {
        guard let value = raw(key) else {
            return isUnknown(key) ? [.unknown(unknownValue(key))] : []
        }
        guard case .array(let array) = value.kind else {
            return value.string.flatMap { $0.isEmpty ? nil : [.known($0)] } ?? []
        }
        // Most lists in a rule block are empty: no result to build.
        if array.isEmpty { return [] }
        var result: [Knowable<String>] = []
        result.reserveCapacity(array.count)
        for (index, element) in array.enumerated() {
            if case .string(let text) = element.kind {
                if !text.isEmpty { result.append(.known(text)) }
            } else if unknown?[key]?[index]?.bool == true {
                result.append(
                    .unknown(
                        UnknownValue(
                            address: address, attribute: attributePath("\(key)[\(index)]"))))
            }
        }
        return result
    }

    /// Nested blocks (`ingress`, `route`, `network_configuration`), each as its own reader.
    func blocks(_ key: String) -> [Attributes] {
        guard let array = raw(key)?.array else {
            if let object = raw(key), object.object != nil {
                return [
                    Attributes(
                        instance: instance, values: object, unknown: unknown?[key],
                        path: attributePath(key))
                ]
            }
            return []
        }
        let unknownBlocks = unknown?[key]
        let prefix = path.isEmpty ? key : "\(path).\(key)"
        return array.enumerated().map { index, element in
            Attributes(
                instance: instance, values: element, unknown: unknownBlocks?[index],
                path: "\(prefix)[\(index)]")
        }
    }

    /// Where this block (or one of its attributes) is in the input.
    func provenance(_ key: String? = nil) -> Provenance {
        let value = key.flatMap { values[$0] } ?? values
        let place = instance.document.location(of: value)
        return Provenance(
            file: instance.document.file, address: address,
            attributePath: key.map(attributePath) ?? (path.isEmpty ? nil : path),
            line: place?.line, column: place?.column)
    }

    /// An input error at an attribute of this block.
    func error(_ key: String, _ message: String, hint: String? = nil) -> InputError {
        let value = values[key] ?? values
        let place = instance.document.location(of: value)
        return InputError(
            file: instance.document.file, line: place?.line, column: place?.column,
            path: "\(address).\(attributePath(key))", message: message, hint: hint)
    }

    /// A CIDR attribute, validated: an invalid block is an input error.
    func cidr(_ key: String) throws(InputError) -> Knowable<CIDR>? {
        switch string(key) {
        case nil: return nil
        case .unknown(let unknown): return .unknown(unknown)
        case .known(let text):
            do {
                return .known(try CIDR(text))
            } catch {
                throw self.error(
                    key, "invalid CIDR block '\(text.excerpt())': \(error.reason)",
                    hint: "write a network address such as 10.0.0.0/16")
            }
        }
    }

    /// A list of CIDR blocks, validated.
    func cidrs(_ key: String) throws(InputError) -> [Knowable<CIDR>] {
        var result: [Knowable<CIDR>] = []
        for (index, element) in strings(key).enumerated() {
            switch element {
            case .unknown(let unknown): result.append(.unknown(unknown))
            case .known(let text):
                do {
                    result.append(.known(try CIDR(text)))
                } catch {
                    throw self.error(
                        key,
                        "invalid CIDR block '\(text.excerpt())' at position \(index): \(error.reason)",
                        hint: "write a network address such as 10.0.0.0/16")
                }
            }
        }
        return result
    }
}
