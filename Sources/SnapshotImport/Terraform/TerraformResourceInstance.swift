import JSONSupport

/// One resource instance from any Terraform document shape, flattened: its address, its
/// attribute values, and which of them are unknown until apply.
///
/// A class: every attribute reader and nested block holds its instance, and copying a
/// reference is one retain where copying the fields was one per string and value.
final class TerraformResourceInstance: Sendable {
    let document: TerraformDocument
    /// Full address with module path and index, e.g. `module.net.aws_subnet.private[0]`.
    let address: String
    /// The module instance path, e.g. `module.net` or `module.env["prod"]`; empty for root.
    let modulePath: String
    /// `managed` or `data`.
    let mode: String
    let type: String
    let name: String
    /// The attribute object (`values`, `after` or `attributes`).
    let values: JSONValue
    /// `after_unknown` for planned resources: `true` at each unknown leaf.
    let unknown: JSONValue?

    init(
        document: TerraformDocument, address: String, modulePath: String, mode: String,
        type: String, name: String, values: JSONValue, unknown: JSONValue?
    ) {
        self.document = document
        self.address = address
        self.modulePath = modulePath
        self.mode = mode
        self.type = type
        self.name = name
        self.values = values
        self.unknown = unknown
    }

    var isData: Bool { mode == "data" }

    /// The address inside its module without index: `aws_subnet.private`, `data.aws_vpc.x`.
    var configurationKey: String { isData ? "data.\(type).\(name)" : "\(type).\(name)" }

    /// Splits a full address into its module instance path, given the resource's type and
    /// name: `module.a["x"].aws_vpc.main` → `module.a["x"]`.
    static func modulePath(of address: String, mode: String, type: String, name: String)
        -> String
    {
        // Only an address in a module starts with `module.`: no resource type is `module`.
        guard address.utf8.starts(with: "module.".utf8) else { return "" }
        let token = mode == "data" ? "data.\(type).\(name)" : "\(type).\(name)"
        if address.hasPrefix(token) { return "" }
        guard let range = address.range(of: ".\(token)", options: .backwards) else { return "" }
        return String(address[..<range.lowerBound])
    }

    /// The address as Terraform names the instance everywhere else. Terraform 0.12 wrote
    /// a plan's prior state with the addresses of a child module's resources relative to
    /// the module and without their instance key (`aws_iam_role.r` for
    /// `module.iam.aws_iam_role.r[0]`), so that resources of two modules, or two instances
    /// of one resource, shared an address: the module's address and `index` are added
    /// where the written address lacks them.
    static func fullAddress(_ written: String, module: String, index: JSONValue?) -> String {
        var address = written
        if !module.isEmpty, !isInside(module: module, written) {
            address = "\(module).\(written)"
        }
        if let index, !written.hasSuffix("]") { address += indexSuffix(index) }
        return address
    }

    /// Whether `address` starts with `module` and a dot.
    private static func isInside(module: String, _ address: String) -> Bool {
        let moduleBytes = module.utf8
        let addressBytes = address.utf8
        guard addressBytes.starts(with: moduleBytes) else { return false }
        let next = addressBytes.index(addressBytes.startIndex, offsetBy: moduleBytes.count)
        return next < addressBytes.endIndex && addressBytes[next] == UInt8(ascii: ".")
    }

    /// Terraform's text for an instance key: `[0]` or `["key"]`.
    static func indexSuffix(_ index: JSONValue?) -> String {
        guard let index else { return "" }
        switch index.kind {
        case .number(let number): return "[\(number.text)]"
        case .string(let key):
            let escaped = key.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "[\"\(escaped)\"]"
        default: return ""
        }
    }
}
