import JSONSupport
import NetworkModel

/// Reads one intents document, naming the path and place of each mistake.
struct IntentsReader {
    let document: JSONDocument
    let file: String

    func read() throws(CheckInputError) -> Intents {
        guard let root = document.root.object else {
            throw error(
                document.root, path: nil,
                "an intents file is a JSON object with \"require\", \"forbid\" and \"exclude_data_stores\""
            )
        }
        for member in root.members
        where !["require", "forbid", "exclude_data_stores"].contains(member.key) {
            throw error(
                member.value, path: member.key,
                "unknown key \"\(member.key)\"; use \"require\", \"forbid\" or \"exclude_data_stores\""
            )
        }
        var intents = Intents()
        intents.require = try flows(root["require"], path: "require")
        intents.forbid = try flows(root["forbid"], path: "forbid")
        if let value = root["exclude_data_stores"] {
            guard let elements = value.array else {
                throw error(value, path: "exclude_data_stores", "expected an array of references")
            }
            for (index, element) in elements.enumerated() {
                guard let text = element.string, !text.isEmpty else {
                    throw error(
                        element, path: "exclude_data_stores[\(index)]",
                        "expected a data store's address or id")
                }
                intents.excludedDataStores.append(text)
            }
        }
        return intents
    }

    private func flows(_ value: JSONValue?, path: String) throws(CheckInputError) -> [IntentFlow] {
        guard let value else { return [] }
        guard let elements = value.array else {
            throw error(value, path: path, "expected an array of flows")
        }
        var flows: [IntentFlow] = []
        for (index, element) in elements.enumerated() {
            flows.append(try flow(element, path: "\(path)[\(index)]"))
        }
        return flows
    }

    private func flow(_ value: JSONValue, path: String) throws(CheckInputError) -> IntentFlow {
        guard let object = value.object else {
            throw error(
                value, path: path,
                "expected {\"from\": REF, \"to\": REF, \"protocol\": \"tcp\", \"ports\": \"5439\"}")
        }
        for member in object.members
        where !["from", "to", "protocol", "ports"].contains(member.key) {
            throw error(
                member.value, path: "\(path).\(member.key)",
                "unknown key \"\(member.key)\"; a flow has from, to, protocol and ports")
        }
        func text(_ key: String, required: Bool) throws(CheckInputError) -> String? {
            guard let field = object[key] else {
                if required { throw error(value, path: "\(path).\(key)", "\"\(key)\" is required") }
                return nil
            }
            if let number = field.int, key == "ports" { return String(number) }
            guard let string = field.string, !string.isEmpty else {
                throw error(field, path: "\(path).\(key)", "expected a non-empty string")
            }
            return string
        }
        let from = try text("from", required: true)!
        let to = try text("to", required: true)!
        var ipProtocol = IPProtocol.tcp
        if let name = try text("protocol", required: false) {
            do {
                ipProtocol = try IPProtocol(awsName: name)
            } catch {
                throw self.error(
                    object["protocol"]!, path: "\(path).protocol",
                    "\(error.reason); use tcp, udp, icmp, all or a protocol number")
            }
        }
        var ports: PortRange?
        if let text = try text("ports", required: false) {
            do {
                ports = try PortRange(text)
            } catch {
                throw self.error(
                    object["ports"]!, path: "\(path).ports",
                    "\(error.reason), not \"\(text)\"")
            }
        }
        let location = document.location(of: value).map { "\(file):\($0.line):\($0.column)" }
        return IntentFlow(
            from: from, to: to, ipProtocol: ipProtocol, ports: ports, location: location)
    }

    private func error(_ value: JSONValue, path: String?, _ message: String) -> CheckInputError {
        let location = document.location(of: value)
        return CheckInputError(
            file: file, line: location?.line, column: location?.column, path: path,
            message: message)
    }
}
