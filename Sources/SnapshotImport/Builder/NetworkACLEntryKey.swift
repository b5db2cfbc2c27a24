import NetworkModel

/// A network ACL holds one entry per direction and rule number; the builder indexes
/// entries by this key so that merging an entry declared twice costs one lookup.
struct NetworkACLEntryKey: Hashable {
    let direction: TrafficDirection
    let ruleNumber: RuleNumber

    init(_ entry: NetworkACLEntry) {
        direction = entry.direction
        ruleNumber = entry.ruleNumber
    }
}
