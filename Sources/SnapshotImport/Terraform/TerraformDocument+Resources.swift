import JSONSupport

extension TerraformDocument {
    /// Every resource instance of the chosen view, in document order.
    func resourceInstances(view: SnapshotView) throws(InputError) -> [TerraformResourceInstance] {
        switch kind {
        case .state:
            guard let rootModule = root["values"]?["root_module"] else { return [] }
            return try moduleResources(rootModule, path: "values.root_module", unknowns: [:])
        case .plan:
            switch view {
            case .planned:
                guard let rootModule = root["planned_values"]?["root_module"] else { return [] }
                return try moduleResources(
                    rootModule, path: "planned_values.root_module", unknowns: afterUnknowns())
            case .prior:
                guard let rootModule = root["prior_state"]?["values"]?["root_module"] else {
                    return []
                }
                return try moduleResources(
                    rootModule, path: "prior_state.values.root_module", unknowns: [:])
            }
        case .rawState:
            return try rawStateResources()
        }
    }

    /// For the planned view of a plan: the resources the plan deletes (and does not
    /// re-create), as they were before. The provider's inline mirrors of separately
    /// managed rules still list them until apply.
    func deletedInstances(view: SnapshotView) -> [TerraformResourceInstance] {
        guard kind == .plan, view == .planned else { return [] }
        var result: [TerraformResourceInstance] = []
        for change in root["resource_changes"]?.array ?? [] {
            let actions = (change["change"]?["actions"]?.array ?? []).compactMap(\.string)
            guard actions.contains("delete"), !actions.contains("create"),
                let address = change["address"]?.string, let type = change["type"]?.string,
                let name = change["name"]?.string, let before = change["change"]?["before"],
                before.object != nil
            else { continue }
            let mode = change["mode"]?.string ?? "managed"
            result.append(
                TerraformResourceInstance(
                    document: self, address: address,
                    modulePath: TerraformResourceInstance.modulePath(
                        of: address, mode: mode, type: type, name: name),
                    mode: mode, type: type, name: name, values: before, unknown: nil))
        }
        return result
    }

    /// `after_unknown` of every planned change, by resource address.
    private func afterUnknowns() -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for change in root["resource_changes"]?.array ?? [] {
            guard let address = change["address"]?.string,
                let afterUnknown = change["change"]?["after_unknown"]
            else { continue }
            result[address] = afterUnknown
        }
        return result
    }

    private func moduleResources(
        _ module: JSONValue, path: String, unknowns: [String: JSONValue]
    ) throws(InputError) -> [TerraformResourceInstance] {
        guard module.object != nil else {
            throw error(
                at: module, path: path, "expected a module object, found \(module.typeName)")
        }
        var result: [TerraformResourceInstance] = []
        for (index, resource) in (module["resources"]?.array ?? []).enumerated() {
            // Only messages need the resource's path: it is written out when one does.
            var resourcePath: String { "\(path).resources[\(index)]" }
            guard let address = resource["address"]?.string, let type = resource["type"]?.string,
                let name = resource["name"]?.string
            else {
                throw error(
                    at: resource, path: resourcePath,
                    "a resource needs string `address`, `type` and `name`")
            }
            let mode =
                resource["mode"]?.string
                ?? (address.hasPrefix("data.") || address.contains(".data.") ? "data" : "managed")
            let values =
                resource["values"]
                ?? JSONValue(kind: .object(JSONObject()), offset: resource.offset)
            guard values.object != nil else {
                throw error(
                    at: values, path: "\(resourcePath).values",
                    "expected an object of attribute values, found \(values.typeName)")
            }
            result.append(
                TerraformResourceInstance(
                    document: self, address: address,
                    modulePath: TerraformResourceInstance.modulePath(
                        of: address, mode: mode, type: type, name: name),
                    mode: mode, type: type, name: name, values: values,
                    unknown: unknowns.isEmpty ? nil : unknowns[address]))
        }
        for (index, child) in (module["child_modules"]?.array ?? []).enumerated() {
            result += try moduleResources(
                child, path: "\(path).child_modules[\(index)]", unknowns: unknowns)
        }
        return result
    }

    private func rawStateResources() throws(InputError) -> [TerraformResourceInstance] {
        var result: [TerraformResourceInstance] = []
        for (index, resource) in (root["resources"]?.array ?? []).enumerated() {
            var resourcePath: String { "resources[\(index)]" }
            guard let type = resource["type"]?.string, let name = resource["name"]?.string else {
                throw error(
                    at: resource, path: resourcePath, "a resource needs string `type` and `name`")
            }
            let mode = resource["mode"]?.string ?? "managed"
            let module = resource["module"]?.string ?? ""
            let base =
                (module.isEmpty ? "" : module + ".") + (mode == "data" ? "data." : "")
                + "\(type).\(name)"
            for (instanceIndex, instance) in (resource["instances"]?.array ?? []).enumerated() {
                var instancePath: String { "\(resourcePath).instances[\(instanceIndex)]" }
                guard let attributes = instance["attributes"], attributes.object != nil else {
                    if instance["attributes_flat"] != nil {
                        throw error(
                            at: instance, path: instancePath,
                            "flat attributes (state version 3) are not supported",
                            hint: "run `terraform show -json` with Terraform 0.12 or later instead")
                    }
                    throw error(
                        at: instance, path: instancePath, "an instance needs an `attributes` object"
                    )
                }
                let address = base + TerraformResourceInstance.indexSuffix(instance["index_key"])
                result.append(
                    TerraformResourceInstance(
                        document: self, address: address, modulePath: module, mode: mode,
                        type: type, name: name, values: attributes, unknown: nil))
            }
        }
        return result
    }

    func error(at value: JSONValue, path: String, _ message: String, hint: String? = nil)
        -> InputError
    {
        let place = location(of: value)
        return InputError(
            file: file, line: place?.line, column: place?.column, path: path, message: message,
            hint: hint)
    }
}
