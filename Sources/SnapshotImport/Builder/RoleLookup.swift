import NetworkModel

/// Roles by name and ARN, and managed policies by ARN and id, for attaching the parts
/// that name them: one lookup per part instead of a scan of every role and policy.
struct RoleLookup {
    private var rolesByName: [String: ObjectID] = [:]
    private var rolesByARN: [String: ObjectID] = [:]
    private var policiesByARN: [String: IAMPolicy] = [:]
    private var policiesByID: [ObjectID: IAMPolicy] = [:]

    init(roles: some Sequence<IAMRole>, policies: [IAMPolicy]) {
        // Where two roles share a name or ARN, the one whose id sorts first is used.
        for role in roles {
            if let name = role.name { Self.keepFirst(role.id, in: &rolesByName, at: name) }
            if let arn = role.arn?.value { Self.keepFirst(role.id, in: &rolesByARN, at: arn) }
        }
        for policy in policies {
            if let arn = policy.arn?.value, policiesByARN[arn] == nil {
                policiesByARN[arn] = policy
            }
            if policiesByID[policy.id] == nil { policiesByID[policy.id] = policy }
        }
    }

    /// The role with name `name` or ARN `arn`.
    func role(named name: String, orARN arn: String) -> ObjectID? {
        [rolesByName[name], rolesByARN[arn]].compactMap { $0 }.min()
    }

    /// The first managed policy in input order with ARN `arn`.
    func policy(arn: String) -> IAMPolicy? { policiesByARN[arn] }

    /// The first managed policy in input order with id `id`.
    func policy(id: ObjectID) -> IAMPolicy? { policiesByID[id] }

    private static func keepFirst(
        _ id: ObjectID, in table: inout [String: ObjectID], at key: String
    ) {
        if let existing = table[key], existing <= id { return }
        table[key] = id
    }
}
