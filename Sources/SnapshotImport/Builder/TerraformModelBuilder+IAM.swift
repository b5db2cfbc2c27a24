import NetworkModel

extension TerraformModelBuilder {
    func addRole(_ attributes: Attributes) {
        let id = ObjectID(attributes.address)
        var role = IAMRole(
            id: id, name: attributes.knownString("name"), arn: attributes.string("arn"),
            path: attributes.knownString("path") ?? "/",
            trustPolicy: attributes.string("assume_role_policy"),
            provenance: attributes.provenance())
        for block in attributes.blocks("inline_policy") {
            guard let document = block.string("policy") else { continue }
            role.policies.append(
                PolicyDocumentSource(
                    name: block.knownString("name") ?? "inline", document: document,
                    provenance: block.provenance()))
        }
        for case .known(let arn) in attributes.strings("managed_policy_arns") {
            role.attachedPolicyARNs.append(arn)
        }
        roles[id] = role
    }

    func addRolePolicyPart(_ attributes: Attributes) {
        if attributes.instance.type == "aws_iam_policy" {
            snapshot.iamPolicies.append(
                IAMPolicy(
                    id: ObjectID(attributes.address), name: attributes.knownString("name"),
                    arn: attributes.string("arn"),
                    document: attributes.string("policy")
                        ?? .unknown(attributes.unknownValue("policy")),
                    provenance: attributes.provenance()))
        } else {
            pendingRoleParts.append(attributes)
        }
    }

    /// Attaches inline policies and managed-policy attachments to their roles, which they
    /// name by role name.
    func finishRoles() {
        guard !pendingRoleParts.isEmpty else { return }
        let lookup = RoleLookup(roles: roles.values, policies: snapshot.iamPolicies)
        var newARNs = NewElementFilter<ObjectID, String>()
        // Per role, how many of its policies have each name: most parts add a new name,
        // and only a name already there needs the policies searched.
        var policyNames: [ObjectID: [String: Int]] = [:]
        for part in pendingRoleParts {
            guard let roleID = roleNamed(part, lookup) else {
                note(part.address, "its role is not in the input")
                continue
            }
            if part.instance.type == "aws_iam_role_policy" {
                let name = part.knownString("name") ?? part.address
                guard let document = part.string("policy") else { continue }
                if policyNames[roleID] == nil {
                    policyNames[roleID] = roles[roleID]!.policies.reduce(into: [:]) {
                        $0[$1.name, default: 0] += 1
                    }
                }
                if policyNames[roleID]![name] != nil {
                    roles[roleID]!.policies.removeAll { $0.name == name }
                }
                policyNames[roleID]![name] = 1
                roles[roleID]!.policies.append(
                    PolicyDocumentSource(
                        name: name, document: document, provenance: part.provenance("policy")))
            } else if let arn = part.knownString("policy_arn") {
                if let policy = lookup.policy(arn: arn) {
                    let name = policy.name ?? arn
                    roles[roleID]!.policies.append(
                        PolicyDocumentSource(
                            name: name, document: policy.document, provenance: policy.provenance))
                    policyNames[roleID]?[name, default: 0] += 1
                } else if newARNs.isNew(
                    arn, for: roleID, current: roles[roleID]!.attachedPolicyARNs)
                {
                    roles[roleID]!.attachedPolicyARNs.append(arn)
                }
            } else if let policy = configurationTargets(
                part, "policy_arn", types: ["aws_iam_policy"]
            ).first?.objectID,
                let declared = lookup.policy(id: policy)
            {
                let name = declared.name ?? policy.rawValue
                roles[roleID]!.policies.append(
                    PolicyDocumentSource(
                        name: name, document: declared.document, provenance: declared.provenance))
                policyNames[roleID]?[name, default: 0] += 1
            }
        }
        pendingRoleParts.removeAll()
    }

    private func roleNamed(_ part: Attributes, _ lookup: RoleLookup) -> ObjectID? {
        if let name = part.knownString("role") {
            let bareName = name.split(separator: "/").last.map(String.init) ?? name
            if let role = lookup.role(named: bareName, orARN: name) { return role }
        }
        return configurationTargets(part, "role", types: TerraformTypes.role).first?.objectID
    }
}
