import JSONSupport
import NetworkModel

/// Turns AWS CLI output files into one `NetworkSnapshot`. Objects keep their AWS ids as
/// their `ObjectID`s, so links between them resolve by id; ids that are not in the input
/// are kept as unresolved references. Keys the model does not use are listed as
/// unsupported, never dropped.
final class AWSCLIModelBuilder {
    let files: [AWSCLIFile]
    var snapshot = NetworkSnapshot()
    /// The objects of each recognized key, first occurrence of each id, in input order.
    var collected: [AWSCLIOutputKey: [(id: String, record: AWSCLIRecord)]] = [:]
    /// Where each id is in `collected`, per key.
    private var positions: [AWSCLIOutputKey: [String: Int]] = [:]
    /// `get-managed-prefix-list-entries` output, by prefix list id.
    var prefixListEntries: [String: AWSCLIRecord] = [:]
    /// IAM outputs that belong to a role or policy named beside them (`get-role-policy`,
    /// `list-role-policies`, `list-attached-role-policies`, `get-policy-version`): the
    /// member read and the file's top-level object.
    var roleParts: [(key: AWSCLIOutputKey, record: AWSCLIRecord, top: AWSCLIRecord)] = []
    /// Which key each AWS id in the input was read from.
    var kindByID: [String: AWSCLIOutputKey] = [:]
    /// Interfaces absorbed by the objects they belong to (instances, endpoints, NAT
    /// gateways, MWAA environments, data stores).
    var absorbedInterfaces: Set<String> = []
    private var unsupported: [String: [String]] = [:]
    /// The keys present in the input, even with no objects.
    private var seenKeys: Set<AWSCLIOutputKey> = []

    init(files: [AWSCLIFile]) { self.files = files }

    /// Builds the snapshot. Values that cannot be read (CIDRs, addresses, wrong types) are
    /// input errors.
    func build() throws(InputError) -> NetworkSnapshot {
        for file in files { try collect(file) }
        try addVPCs()
        try addSubnets()
        try addPrefixLists()
        try addSecurityGroups()
        try addNetworkACLs()
        try addGateways()
        try addPeeringConnections()
        try addEndpoints()
        try addRouteTables()
        try addWorkloads()
        try addRoles()
        finish()
        return snapshot
    }

    // MARK: - Collecting

    private func collect(_ file: AWSCLIFile) throws(InputError) {
        var recognized: [String] = []
        for member in file.root.members {
            if Self.namesTheOutput(member.key, in: file.root) { continue }
            let record = AWSCLIRecord(file: file, value: member.value, path: member.key)
            guard let key = AWSCLIOutputKey(rawValue: member.key),
                key != .rolePolicy || file.root["PolicyName"] != nil
            else {
                if member.key == "NextToken" || member.key == "Marker"
                    || (member.key == "IsTruncated" && member.value.bool == true)
                {
                    note(
                        file.path,
                        "the output has a \(member.key): it is one page only; run the call without --max-items or --page-size limits"
                    )
                } else if member.key != "IsTruncated" {
                    try listUnsupported(record)
                }
                continue
            }
            seenKeys.insert(key)
            recognized.append(key.command)
            switch key {
            case .mwaaEnvironment:
                guard record.value.object != nil else {
                    throw record.error(
                        "expected the environment (an object), found \(record.value.kindDescription)"
                    )
                }
                try add(record, as: key)
            case .role:
                guard record.value.object != nil else {
                    throw record.error(
                        "expected the role (an object), found \(record.value.kindDescription)",
                        hint: "pass the unchanged output of `aws iam get-role`")
                }
                try add(record, as: key)
            case .rolePolicy, .rolePolicyNames, .attachedRolePolicies, .policyVersion:
                roleParts.append(
                    (key, record, AWSCLIRecord(file: file, value: file.document.root, path: "")))
            case .prefixListEntries:
                try collectPrefixListEntries(record, file: file)
            case .reservations:
                for reservation in try record.elements() {
                    guard reservation.value.object != nil else {
                        throw reservation.error(
                            "expected a reservation (an object), found \(reservation.value.kindDescription)"
                        )
                    }
                    for instance in try reservation.objects("Instances", "an instance") {
                        try add(instance, as: key)
                    }
                }
            default:
                guard record.value.array != nil else {
                    throw record.error(
                        "expected an array of \(key.rawValue), found \(record.value.kindDescription)",
                        hint: "pass the unchanged output of `\(key.command)`")
                }
                for element in try record.elementObjects(key.objectName) {
                    try add(element, as: key)
                }
            }
        }
        snapshot.inputs.append(
            InputSummary(
                file: file.path,
                kind: recognized.isEmpty
                    ? "JSON (no AWS CLI output recognized)" : recognized.joined(separator: ", "),
                view: "live"))
    }

    /// Whether a top-level member names what the rest of the output is about rather than
    /// being output of its own: the list beside `get-managed-prefix-list-entries`'
    /// entries, the role and policy beside `get-role-policy`'s document, the role beside
    /// the role's policy lists and the policy beside a policy version (export.sh adds the
    /// names with `--query`).
    private static func namesTheOutput(_ key: String, in root: JSONObject) -> Bool {
        switch key {
        case "PrefixListId": root["Entries"] != nil
        case "PolicyArn": root["PolicyVersion"] != nil
        case "PolicyName": root["PolicyDocument"] != nil
        case "RoleName":
            root["AttachedPolicies"] != nil || root["PolicyNames"] != nil
                || (root["PolicyDocument"] != nil && root["PolicyName"] != nil)
        default: false
        }
    }

    private func add(_ record: AWSCLIRecord, as key: AWSCLIOutputKey) throws(InputError) {
        let id = try record.requiredString(key.idKey, key.objectName)
        if key == .prefixLists || key == .managedPrefixLists {
            // `describe-prefix-lists` and `describe-managed-prefix-lists` both print
            // `PrefixLists`, and AWS's own lists appear in both: the parts are merged.
            collected[.prefixLists, default: []].append((id, record))
            if kindByID[id] == nil { kindByID[id] = .prefixLists }
            return
        }
        if let position = positions[key]?[id], let first = collected[key]?[position] {
            // Each side's account lists a peering connection: the same one, seen twice.
            let isOtherSide =
                key == .peeringConnections && first.record.file.path != record.file.path
            if first.record.value != record.value && !isOtherSide {
                note(
                    id,
                    "appears again at \(record.provenance(address: id).location) with different contents; using the first (\(first.record.provenance(address: id).location))"
                )
            }
            return
        }
        positions[key, default: [:]][id] = collected[key, default: []].count
        collected[key, default: []].append((id, record))
        if kindByID[id] == nil { kindByID[id] = key }
    }

    private func collectPrefixListEntries(_ record: AWSCLIRecord, file: AWSCLIFile)
        throws(InputError)
    {
        let named = try AWSCLIRecord(file: file, value: file.document.root, path: "$")
            .string("PrefixListId")
        let fromName = file.path.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }
        )
        .last { $0.hasPrefix("pl-") }.map(String.init)
        guard let id = named ?? fromName else {
            throw record.error(
                "the output of get-managed-prefix-list-entries does not say which prefix list it is",
                hint:
                    "add \"PrefixListId\" beside \"Entries\" (export.sh does), or name the file after the list, e.g. pl-0123abcd.json"
            )
        }
        _ = try record.elements()
        prefixListEntries[id] = record
    }

    private func listUnsupported(_ record: AWSCLIRecord) throws(InputError) {
        guard let elements = record.value.array else {
            if !record.value.isNull {
                unsupported[record.path, default: []].append(record.file.path)
            }
            return
        }
        for (index, element) in elements.enumerated() {
            let members = element.object?.members ?? []
            // The object's own ARN, id or name; not one naming another object it refers to.
            let references: Set = [
                "VpcId", "VPCId", "SubnetId", "OwnerId", "InstanceId", "NetworkInterfaceId",
                "RegionName", "GroupName", "AccountId",
            ]
            let id =
                element.string
                ?? ["Arn", "Id", "Name"].lazy.compactMap { suffix in
                    members.first {
                        $0.key.hasSuffix(suffix) && !references.contains($0.key)
                            && $0.value.string?.isEmpty == false
                    }?.value.string
                }.first
            unsupported[record.path, default: []].append(
                id ?? "\(record.file.path):\(record.path)[\(index)]")
        }
    }

    // MARK: - Reading and resolving

    /// The collected objects of one key.
    func records(_ key: AWSCLIOutputKey) -> [(id: String, record: AWSCLIRecord)] {
        collected[key] ?? []
    }

    /// Resolves an AWS id to the object read from one of `keys`; an id that is not in
    /// the input is kept, and listed, as an unresolved reference.
    func reference(
        _ id: String, to keys: Set<AWSCLIOutputKey>, from address: String, attribute: String,
        target: String? = nil
    ) -> Reference {
        if let key = kindByID[id], keys.contains(key) { return .resolved(ObjectID(id)) }
        let unresolved = UnresolvedReference(
            from: address, attribute: attribute, target: target ?? id)
        snapshot.unresolvedReferences.append(unresolved)
        return .unresolved(unresolved)
    }

    func note(_ address: String, _ message: String) {
        snapshot.notes.append(ImportNote(address: address, message: message))
    }

    // MARK: - Finishing

    private func finish() {
        for key in [AWSCLIOutputKey.networkACLs, .routeTables, .securityGroups]
        where !seenKeys.contains(key) && !snapshot.vpcs.isEmpty {
            note(
                "(input)",
                "no `\(key.command)` output: each VPC's default is assumed to be AWS's as created"
            )
        }
        snapshot.vpcs.sort { $0.id < $1.id }
        snapshot.subnets.sort { $0.id < $1.id }
        snapshot.securityGroups.sort { $0.id < $1.id }
        snapshot.networkACLs.sort { $0.id < $1.id }
        snapshot.routeTables.sort { $0.id < $1.id }
        snapshot.vpcEndpoints.sort { $0.id < $1.id }
        snapshot.prefixLists.sort { $0.id < $1.id }
        snapshot.gateways.sort { $0.id < $1.id }
        snapshot.peeringConnections.sort { $0.id < $1.id }
        snapshot.workloads.sort { $0.id < $1.id }
        snapshot.iamRoles.sort { $0.id < $1.id }
        snapshot.iamPolicies.sort { $0.id < $1.id }
        snapshot.unsupportedResources = unsupported.keys.sorted().map {
            UnsupportedResource(type: $0, addresses: unsupported[$0]!)
        }
        var seen: Set<UnresolvedReference> = []
        snapshot.unresolvedReferences = snapshot.unresolvedReferences.filter {
            seen.insert($0).inserted
        }
        snapshot.addImpliedDefaults()
    }
}
