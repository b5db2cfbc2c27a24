import Foundation
import JSONSupport
import NetworkModel

extension AWSCLIModelBuilder {
    /// IAM roles (`aws iam get-role`) with their inline policies (`get-role-policy`) and
    /// attached managed policies (`list-attached-role-policies`, with the documents of
    /// those whose `get-policy-version` output is in the input). A role whose policy
    /// lists are not in the input gets an unknown policy in their place, so that what the
    /// role allows is never guessed from a partial export.
    func addRoles() throws(InputError) {
        var roles: [IAMRole] = []
        for (name, record) in records(.role) {
            let trustPolicy: Knowable<String>
            if let document = record.child("AssumeRolePolicyDocument") {
                trustPolicy = .known(try policyText(document))
            } else {
                let unknown = UnknownValue(
                    address: name, attribute: "AssumeRolePolicyDocument",
                    reason: "not in the output of `aws iam get-role`")
                snapshot.unknownValues.append(unknown)
                trustPolicy = .unknown(unknown)
            }
            roles.append(
                IAMRole(
                    id: ObjectID(name), name: name,
                    arn: try record.string("Arn").map { .known($0) },
                    path: try record.string("Path") ?? "/", trustPolicy: trustPolicy,
                    provenance: record.provenance(address: name)))
        }
        let managed = try managedPolicies()
        var listed: [AWSCLIOutputKey: [String: [String]]] = [:]
        for part in roleParts where part.key != .policyVersion {
            // Read first, so that a bad shape is an error whichever role it is for.
            var names: [String] = []
            var document: String?
            switch part.key {
            case .rolePolicy:
                names = [try part.top.requiredString("PolicyName", "an inline policy")]
                document = try policyText(part.record)
            case .rolePolicyNames:
                names = try part.top.strings("PolicyNames")
            default:
                for policy in try part.record.elementObjects(part.key.objectName) {
                    names.append(try policy.requiredString("PolicyArn", part.key.objectName))
                }
            }
            guard let roleName = try part.top.string("RoleName") else {
                note(
                    part.record.file.path,
                    "`\(part.key.command)` output that does not say which role it is: not attributable to a role"
                        + (part.key == .rolePolicy
                            ? "" : "; add RoleName beside it with --query, as export.sh does"))
                continue
            }
            guard
                let index = roles.firstIndex(where: {
                    $0.id.rawValue == roleName || $0.arn?.value == roleName
                })
            else {
                note(
                    roleName,
                    "`\(part.key.command)` output at \(part.record.provenance(address: roleName).location) is for a role that is not in the input (`aws iam get-role`)"
                )
                continue
            }
            let owner = roles[index].id.rawValue
            if let document, let name = names.first {
                guard !roles[index].policies.contains(where: { $0.name == name }) else {
                    note(
                        owner,
                        "inline policy \(name) appears again at \(part.record.provenance(address: owner).location); using the first"
                    )
                    continue
                }
                roles[index].policies.append(
                    PolicyDocumentSource(
                        name: name, document: .known(document),
                        provenance: part.record.provenance(
                            address: owner, attribute: "PolicyDocument")))
                continue
            }
            listed[part.key, default: [:]][owner, default: []] += names
            if part.key == .attachedRolePolicies {
                for arn in names {
                    if let policy = managed[arn] {
                        let name = policy.name ?? arn
                        guard !roles[index].policies.contains(where: { $0.name == name }) else {
                            continue
                        }
                        roles[index].policies.append(
                            PolicyDocumentSource(
                                name: name, document: policy.document,
                                provenance: policy.provenance))
                    } else if !roles[index].attachedPolicyARNs.contains(arn) {
                        roles[index].attachedPolicyARNs.append(arn)
                    }
                }
            }
        }
        for index in roles.indices {
            complete(&roles[index], listed: listed)
        }
        snapshot.iamRoles += roles
    }

    /// Customer-managed policies' documents, by ARN: `get-policy-version` output, with the
    /// policy's ARN beside it (the output does not name its policy; export.sh adds
    /// `PolicyArn` with `--query`).
    private func managedPolicies() throws(InputError) -> [String: IAMPolicy] {
        var result: [String: IAMPolicy] = [:]
        for part in roleParts where part.key == .policyVersion {
            guard part.record.value.object != nil else {
                throw part.record.error(
                    "expected the policy version (an object), found \(part.record.value.kindDescription)",
                    hint: "pass the unchanged output of `aws iam get-policy-version`")
            }
            guard let documentRecord = part.record.child("Document") else {
                throw part.record.error("a policy version has no `Document`")
            }
            let document = try policyText(documentRecord)
            guard let arn = try part.top.string("PolicyArn") else {
                note(
                    part.record.file.path,
                    "`aws iam get-policy-version` output that does not say which policy it is: not attributable; add PolicyArn beside it with --query, as export.sh does"
                )
                continue
            }
            let place = documentRecord.provenance(address: arn).location
            if try part.record.bool("IsDefaultVersion") == false {
                note(arn, "the version at \(place) is not the policy's default version: not used")
                continue
            }
            guard result[arn] == nil else {
                note(arn, "a version appears again at \(place); using the first")
                continue
            }
            let policy = IAMPolicy(
                id: ObjectID(arn), name: arn.split(separator: "/").last.map(String.init),
                arn: .known(arn), document: .known(document),
                provenance: documentRecord.provenance(
                    address: arn, attribute: "PolicyVersion.Document"))
            result[arn] = policy
            snapshot.iamPolicies.append(policy)
        }
        return result
    }

    /// Puts an unknown policy where a role's inline or attached policies are not all in
    /// the input.
    private func complete(_ role: inout IAMRole, listed: [AWSCLIOutputKey: [String: [String]]]) {
        let name = role.id.rawValue
        var missing: [(policy: String, reason: String)] = []
        if let names = listed[.rolePolicyNames]?[name] {
            for policy in names where !role.policies.contains(where: { $0.name == policy }) {
                missing.append(
                    (
                        policy,
                        "`aws iam get-role-policy --role-name \(name) --policy-name \(policy)` is not in the input"
                    ))
            }
        } else if role.policies.isEmpty {
            missing.append(
                (
                    "inline policies",
                    "`aws iam list-role-policies --role-name \(name)` is not in the input"
                ))
        }
        if listed[.attachedRolePolicies]?[name] == nil {
            missing.append(
                (
                    "attached policies",
                    "`aws iam list-attached-role-policies --role-name \(name)` is not in the input"
                ))
        }
        for (policy, reason) in missing {
            let unknown = UnknownValue(
                address: name, attribute: "policies[\(policy)]", reason: reason)
            snapshot.unknownValues.append(unknown)
            role.policies.append(
                PolicyDocumentSource(
                    name: policy, document: .unknown(unknown), provenance: role.provenance))
        }
    }

    /// A policy document as JSON text. The AWS CLI prints documents decoded, as objects;
    /// a JSON string, URL-encoded as IAM's API returns it or not, is accepted too.
    func policyText(_ record: AWSCLIRecord) throws(InputError) -> String {
        if record.value.object != nil { return record.value.serialized(pretty: false) }
        guard let text = record.value.string else {
            throw record.error(
                "expected a policy document (an object or a JSON string), found \(record.value.kindDescription)"
            )
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let decoded = trimmed.hasPrefix("{") ? trimmed : trimmed.removingPercentEncoding ?? trimmed
        guard (try? JSONParser.parse(Array(decoded.utf8)))?.root.object != nil else {
            throw record.error(
                "the policy document is not a JSON object",
                hint: "pass the unchanged output of the AWS CLI call")
        }
        return decoded
    }
}
