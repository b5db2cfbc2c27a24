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
        for part in pendingRoleParts {
            guard let roleID = roleNamed(part) else {
                note(part.address, "its role is not in the input")
                continue
            }
            if part.instance.type == "aws_iam_role_policy" {
                let name = part.knownString("name") ?? part.address
                guard let document = part.string("policy") else { continue }
                roles[roleID]!.policies.removeAll { $0.name == name }
                roles[roleID]!.policies.append(
                    PolicyDocumentSource(
                        name: name, document: document, provenance: part.provenance("policy")))
            } else if let arn = part.knownString("policy_arn") {
                if let policy = snapshot.iamPolicies.first(where: { $0.arn?.value == arn }) {
                    roles[roleID]!.policies.append(
                        PolicyDocumentSource(
                            name: policy.name ?? arn, document: policy.document,
                            provenance: policy.provenance))
                } else if !roles[roleID]!.attachedPolicyARNs.contains(arn) {
                    roles[roleID]!.attachedPolicyARNs.append(arn)
                }
            } else if let policy = configurationTargets(
                part, "policy_arn", types: ["aws_iam_policy"]
            ).first?.objectID,
                let declared = snapshot.iamPolicies.first(where: { $0.id == policy })
            {
                roles[roleID]!.policies.append(
                    PolicyDocumentSource(
                        name: declared.name ?? policy.rawValue, document: declared.document,
                        provenance: declared.provenance))
            }
        }
        pendingRoleParts.removeAll()
    }

    private func roleNamed(_ part: Attributes) -> ObjectID? {
        if let name = part.knownString("role") {
            let bareName = name.split(separator: "/").last.map(String.init) ?? name
            if let role = roles.values.first(where: { $0.name == bareName || $0.arn?.value == name }
            ) {
                return role.id
            }
        }
        return configurationTargets(part, "role", types: TerraformTypes.role).first?.objectID
    }
}
