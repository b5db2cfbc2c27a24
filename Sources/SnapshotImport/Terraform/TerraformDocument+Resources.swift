import JSONSupport

extension TerraformDocument {
    /// Every resource instance of the chosen view, in document order. `usingSecondThread`
    /// turns making the instances of a long list of resources on two threads on or off
    /// (`nil`: on with two cores, for lists long enough to gain from it).
    func resourceInstances(view: SnapshotView, usingSecondThread: Bool? = nil)
        throws(InputError) -> [TerraformResourceInstance]
    {
        switch kind {
        case .state:
            guard let rootModule = root["values"]?["root_module"] else { return [] }
            return try moduleResources(
                rootModule, path: "values.root_module", unknowns: [:], forced: usingSecondThread)
        case .plan:
            switch view {
            case .planned:
                guard let rootModule = root["planned_values"]?["root_module"] else { return [] }
                return try moduleResources(
                    rootModule, path: "planned_values.root_module", unknowns: afterUnknowns(),
                    forced: usingSecondThread)
            case .prior:
                guard let rootModule = root["prior_state"]?["values"]?["root_module"] else {
                    return []
                }
                return try moduleResources(
                    rootModule, path: "prior_state.values.root_module", unknowns: [:],
                    forced: usingSecondThread)
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
            let actions = change["change"]?["actions"]?.array ?? []
            guard actions.contains(where: { $0.string == "delete" }),
                !actions.contains(where: { $0.string == "create" }),
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

    /// `after_unknown` of every planned change, by resource address. (Reserving room for
    /// every change saves the table's regrowth: 0.09–0.16 s at XL before, 0.04–0.05 s
    /// after.)
    private func afterUnknowns() -> [String: JSONValue] {
        let changes = root["resource_changes"]?.array ?? []
        var result: [String: JSONValue] = [:]
        result.reserveCapacity(changes.count)
        for change in changes {
            guard let address = change["address"]?.string,
                let afterUnknown = change["change"]?["after_unknown"]
            else { continue }
            result[address] = afterUnknown
        }
        return result
    }

    /// Below this many resources in one module, their instances are made on one thread.
    static let instancesOnTwoThreadsMinimum = 4096

    private func moduleResources(
        _ module: JSONValue, path: String, unknowns: [String: JSONValue], forced: Bool?
    ) throws(InputError) -> [TerraformResourceInstance] {
        guard module.object != nil else {
            throw error(
                at: module, path: path, "expected a module object, found \(module.typeName)")
        }
        let resources = module["resources"]?.array ?? []
        let moduleAddress = module["address"]?.string ?? ""
        var result: [TerraformResourceInstance]
        if SecondThread.isUsed(
            forced: forced, work: resources.count, minimum: Self.instancesOnTwoThreadsMinimum)
        {
            result = try instancesOnTwoThreads(
                of: resources, path: path, module: moduleAddress, unknowns: unknowns)
        } else {
            result = try instances(
                of: resources, in: resources.indices, path: path, module: moduleAddress,
                unknowns: unknowns)
        }
        for (index, child) in (module["child_modules"]?.array ?? []).enumerated() {
            result += try moduleResources(
                child, path: "\(path).child_modules[\(index)]", unknowns: unknowns, forced: forced)
        }
        return result
    }

    /// The instances of a module's resources, each half made on its own thread: an XL
    /// state's 76,000 took 0.10-0.16 s on one. The first half's error is the one thrown,
    /// as on one thread.
    private func instancesOnTwoThreads(
        of resources: [JSONValue], path: String, module: String, unknowns: [String: JSONValue]
    ) throws(InputError) -> [TerraformResourceInstance] {
        let middle = resources.count / 2
        let (first, second) = SecondThread.both(
            {
                Result { () throws(InputError) in
                    try instances(
                        of: resources, in: 0..<middle, path: path, module: module,
                        unknowns: unknowns)
                }
            },
            {
                Result { () throws(InputError) in
                    try instances(
                        of: resources, in: middle..<resources.count, path: path,
                        module: module, unknowns: unknowns)
                }
            })
        return try first.get() + second.get()
    }

    /// The instances of `resources[range]`, resources of the module at address `module`
    /// (empty for the root module).
    private func instances(
        of resources: [JSONValue], in range: Range<Int>, path: String, module: String,
        unknowns: [String: JSONValue]
    ) throws(InputError) -> [TerraformResourceInstance] {
        var result: [TerraformResourceInstance] = []
        result.reserveCapacity(range.count)
        for index in range {
            let resource = resources[index]
            // Only messages need the resource's path: it is written out when one does.
            var resourcePath: String { "\(path).resources[\(index)]" }
            guard let written = resource["address"]?.string, let type = resource["type"]?.string,
                let name = resource["name"]?.string
            else {
                throw error(
                    at: resource, path: resourcePath,
                    "a resource needs string `address`, `type` and `name`")
            }
            let address = TerraformResourceInstance.fullAddress(
                written, module: module, index: written.hasSuffix("]") ? nil : resource["index"])
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
