import JSONSupport
import NetworkModel

/// One JSON value of an AWS CLI file with its JSON path, read the way the AWS CLI prints
/// values: absent, `null` and `""` mean unset. Wrong types are input errors that name
/// the file, the line and column and the path.
struct AWSCLIRecord {
    let file: AWSCLIFile
    let value: JSONValue
    /// The JSON path from the top of the file, e.g. `SecurityGroups[2].IpPermissions[0]`;
    /// empty for the file's top-level object.
    let path: String

    /// The member `key`, `nil` when absent or null.
    func child(_ key: String) -> AWSCLIRecord? {
        guard let member = value[key], !member.isNull else { return nil }
        return AWSCLIRecord(file: file, value: member, path: joined(key))
    }

    /// A non-empty string member; a member of another type is an input error.
    func string(_ key: String) throws(InputError) -> String? {
        guard let member = child(key) else { return nil }
        if let text = member.value.string { return text.isEmpty ? nil : text }
        if let number = member.value.number { return number.text }
        throw member.error("expected a string, found \(member.value.kindDescription)")
    }

    /// A string member that must be there.
    func requiredString(_ key: String, _ what: String) throws(InputError) -> String {
        guard let text = try string(key) else {
            throw error("\(what) has no `\(key)`", at: key)
        }
        return text
    }

    func bool(_ key: String) throws(InputError) -> Bool? {
        guard let member = child(key) else { return nil }
        if let flag = member.value.bool { return flag }
        switch member.value.string?.lowercased() {
        case "true": return true
        case "false": return false
        default: throw member.error("expected true or false, found \(member.value.kindDescription)")
        }
    }

    /// A whole-number member (a JSON number or a numeric string).
    func int(_ key: String) throws(InputError) -> Int? {
        guard let member = child(key) else { return nil }
        if let number = member.value.number {
            guard let int = number.int else {
                throw member.error("`\(number.text)` is not a whole number")
            }
            return int
        }
        if let text = member.value.string, let int = Int(text) { return int }
        throw member.error("expected a whole number, found \(member.value.kindDescription)")
    }

    /// The elements of an array member; absent or null is empty, another type is an
    /// input error.
    func array(_ key: String) throws(InputError) -> [AWSCLIRecord] {
        guard let member = child(key) else { return [] }
        return try member.elements()
    }

    /// This value's elements, when it is an array.
    func elements() throws(InputError) -> [AWSCLIRecord] {
        guard let elements = value.array else {
            throw error("expected an array, found \(value.kindDescription)")
        }
        return elements.enumerated().map { index, element in
            AWSCLIRecord(file: file, value: element, path: "\(path)[\(index)]")
        }
    }

    /// The elements of an array member, each required to be an object.
    func objects(_ key: String, _ what: String) throws(InputError) -> [AWSCLIRecord] {
        guard let member = child(key) else { return [] }
        return try member.elementObjects(what)
    }

    /// This value's elements, each required to be an object.
    func elementObjects(_ what: String) throws(InputError) -> [AWSCLIRecord] {
        let elements = try elements()
        for element in elements where element.value.object == nil {
            throw element.error(
                "expected \(what) (an object), found \(element.value.kindDescription)")
        }
        return elements
    }

    /// An array of strings (`SubnetIds`, `RouteTableIds`).
    func strings(_ key: String) throws(InputError) -> [String] {
        var result: [String] = []
        for element in try array(key) {
            guard let text = element.value.string else {
                throw element.error("expected a string, found \(element.value.kindDescription)")
            }
            if !text.isEmpty { result.append(text) }
        }
        return result
    }

    /// A CIDR block member, validated.
    func cidr(_ key: String) throws(InputError) -> CIDR? {
        guard let text = try string(key) else { return nil }
        do {
            return try CIDR(text)
        } catch {
            throw self.error(
                "invalid CIDR block '\(text)': \(error.reason)", at: key,
                hint: "AWS writes network addresses such as 10.0.0.0/16")
        }
    }

    /// An IP address member, validated.
    func ipAddress(_ key: String) throws(InputError) -> IPAddress? {
        guard let text = try string(key) else { return nil }
        do {
            return try IPAddress(text)
        } catch {
            throw self.error("invalid IP address '\(text)': \(error.reason)", at: key)
        }
    }

    /// The value of the `Name` tag.
    var nameTag: String? {
        value["Tags"]?.array?.first { $0["Key"]?.string == "Name" }?["Value"]?.string
    }

    /// Where this value is, for the object with AWS id `address`; `attribute` is the part
    /// inside the object (`IpPermissions[0].IpRanges[1]`), if any.
    func provenance(address: String, attribute: String? = nil) -> Provenance {
        let place = file.document.location(of: value)
        return Provenance(
            file: file.path, address: address, attributePath: attribute, line: place?.line,
            column: place?.column)
    }

    /// An input error at this value, or at its member `key`.
    func error(_ message: String, at key: String? = nil, hint: String? = nil) -> InputError {
        let target = key.flatMap { value[$0] } ?? value
        let place = file.document.location(of: target)
        return InputError(
            file: file.path, line: place?.line, column: place?.column,
            path: key.map(joined) ?? path, message: message, hint: hint)
    }

    /// The path of member `key`; at the top of a file (an empty path), the key alone.
    private func joined(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
