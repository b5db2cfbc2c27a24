import JSONSupport
import NetworkModel

/// Reads Terraform's JSON — `terraform show -json` of a state or a saved plan, or a raw
/// `terraform.tfstate` — into a `NetworkSnapshot`.
public enum TerraformImporter {
    /// Imports one or more files into one snapshot (e.g. a network stack's state and an
    /// application stack's plan). For plans, `view` picks the planned or the prior state.
    public static func load(_ paths: [String], view: SnapshotView = .planned) throws(InputError)
        -> NetworkSnapshot
    {
        var documents: [TerraformDocument] = []
        for path in paths {
            documents.append(try TerraformDocument.read(path, views: [view]))
        }
        let snapshot = try build(documents, view: view)
        BackgroundRelease.release(consume documents)
        return snapshot
    }

    /// Imports a document held in memory; `file` names it in messages.
    public static func load(bytes: [UInt8], file: String, view: SnapshotView = .planned)
        throws(InputError) -> NetworkSnapshot
    {
        try load(bytes: bytes, file: file, view: view, usingSecondThread: nil)
    }

    /// Imports a document held in memory with the builder's second thread on or off
    /// (`nil`: by size and cores), for comparing the two: the tests and the fuzz
    /// harness (`@_spi(Testing) import SnapshotImport`) do.
    @_spi(Testing) public static func load(
        bytes: [UInt8], file: String, view: SnapshotView, usingSecondThread: Bool?
    ) throws(InputError) -> NetworkSnapshot {
        let documents = [try TerraformDocument.parse(bytes, file: file, views: [view])]
        let snapshot = try build(
            documents, view: view, usingSecondThread: usingSecondThread)
        BackgroundRelease.release(consume documents)
        return snapshot
    }

    /// Imports files whose JSON the caller has already parsed.
    static func load(
        parsed files: [(bytes: JSONText, document: JSONDocument, file: String)], view: SnapshotView,
        usingSecondThread: Bool? = nil
    ) throws(InputError) -> NetworkSnapshot {
        var documents: [TerraformDocument] = []
        for file in files {
            documents.append(
                try TerraformDocument.parse(file.bytes, file: file.file, parsed: file.document))
        }
        return try build(documents, view: view, usingSecondThread: usingSecondThread)
    }

    private static func build(
        _ documents: [TerraformDocument], view: SnapshotView, usingSecondThread: Bool? = nil
    ) throws(InputError) -> NetworkSnapshot {
        var instances: [TerraformResourceInstance] = []
        var seenAddresses: Set<String> = []
        var inputs: [InputSummary] = []
        var deleted: [TerraformResourceInstance] = []
        for (position, document) in documents.enumerated() {
            deleted += document.deletedInstances(view: view)
            let documentInstances = try document.resourceInstances(
                view: view, usingSecondThread: usingSecondThread)
            let collides =
                !seenAddresses.isEmpty
                && documentInstances.contains { seenAddresses.contains($0.address) }
            // Only a later document can collide with the addresses seen so far.
            let isLast = position == documents.count - 1
            for instance in documentInstances {
                let address = collides ? "\(document.file):\(instance.address)" : instance.address
                if !isLast { seenAddresses.insert(address) }
                guard collides else {
                    instances.append(instance)
                    continue
                }
                instances.append(
                    TerraformResourceInstance(
                        document: instance.document, address: address,
                        modulePath: instance.modulePath, mode: instance.mode, type: instance.type,
                        name: instance.name, values: instance.values, unknown: instance.unknown))
            }
            inputs.append(
                InputSummary(
                    file: document.file, kind: document.kind.rawValue,
                    view: document.kind == .plan ? view.rawValue : "state",
                    formatVersion: document.formatVersion ?? document.root["version"]?.number?.text,
                    producerVersion: document.terraformVersion))
        }
        let builder = TerraformModelBuilder(
            instances: instances, documents: documents, deleted: deleted,
            usingSecondThread: usingSecondThread)
        var snapshot = try builder.build()
        snapshot.inputs = inputs
        // Its indices and the flattened instances: freeing them took about a twentieth
        // of an XL state's import.
        BackgroundRelease.release(lastReference: (consume builder, consume instances))
        return snapshot
    }
}
