import NetworkModel

/// The atomic rules of one resource's rules of one direction, converted on another thread
/// while the builder's pass runs, with what converting them appended to the snapshot's
/// lists: the pass appends those where it would have converted the rules, so that the
/// snapshot comes out the same, in the same order.
struct ConvertedRules: Sendable {
    let direction: TrafficDirection
    /// The group the rules were converted for (a `self` peer names it); `nil` when the
    /// rules do not depend on their group.
    let group: ObjectID?
    /// The rules, or the input error converting them met.
    var outcome: Result<[SecurityGroupRule], InputError>
    let unresolvedReferences: [UnresolvedReference]
    let unknownValues: [UnknownValue]
    let notes: [ImportNote]
    /// For a group's inline blocks: the index that inserting the rules into the new,
    /// empty group filled (both directions share it), and `outcome` holds the rules as
    /// inserted, identical ones merged. `nil` for rules still to be inserted.
    var insertedInto: InsertedRuleIndex? = nil
    /// For a separate rule resource: its group, when its `security_group_id` names a group
    /// in the input (finding it recorded nothing), so that the pass need not find it again.
    var groupInInput: ObjectID? = nil
}
