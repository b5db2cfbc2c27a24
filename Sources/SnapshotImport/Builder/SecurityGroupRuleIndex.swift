/// Where each distinct rule of one security group is in its ingress or egress list, so
/// that merging a rule declared twice costs one lookup, not a scan of the group's rules.
///
/// A class: the builder keeps one per group and updates it in place while rules arrive,
/// without copying the table or looking the group up again for every rule.
final class SecurityGroupRuleIndex {
    private var positions: [SecurityGroupRuleKey: Int]

    /// An empty index with room for `capacity` rules before it grows.
    init(capacity: Int = 0) {
        positions = [SecurityGroupRuleKey: Int](minimumCapacity: capacity)
    }

    /// The position of the rule with `key`; a new key is recorded at `newPosition` (the
    /// end of its direction's list) and that is returned. One hash lookup either way.
    func position(of key: SecurityGroupRuleKey, recordingNewAt newPosition: Int) -> Int {
        Self.current(&positions[key, default: newPosition])
    }

    /// Reads a dictionary slot through its in-place accessor, which inserts the default.
    private static func current(_ slot: inout Int) -> Int { slot }
}
