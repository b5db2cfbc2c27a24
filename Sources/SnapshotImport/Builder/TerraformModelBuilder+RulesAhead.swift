import Dispatch
import NetworkModel

extension TerraformModelBuilder {
    /// Below this many resources with rules, the pass converts them all itself.
    static let rulesAheadMinimum = 64

    /// Starts converting security group rules (inline blocks and separate rule resources)
    /// on a second thread; see ``RulesAhead``. Conversion is most of building a large
    /// network, and a resource's rules depend only on the lookups, which are complete
    /// before the pass: the thread converts on a builder of its own sharing them. `forced`
    /// turns it on or off regardless of size and cores.
    func startConvertingRulesAhead(forced: Bool?) {
        let work = instances.indices.filter { Self.hasRules(instances[$0].type) }
        guard
            SecondThread.isUsed(forced: forced, work: work.count, minimum: Self.rulesAheadMinimum),
            !work.isEmpty
        else { return }
        let ahead = RulesAhead(work: work, instanceCount: instances.count)
        rulesAhead = ahead
        // The thread's builder is made here and used only there; what it shares with this
        // one (instances, lookups, configurations) nothing changes until the build ends,
        // and `build` stops the thread before it returns.
        nonisolated(unsafe) let builder = TerraformModelBuilder(sharingLookupsOf: self)
        DispatchQueue.global(qos: .userInitiated).async {
            ahead.run { builder.convertAhead(at: $0) }
        }
    }

    static func hasRules(_ type: String) -> Bool {
        switch type {
        case "aws_security_group", "aws_default_security_group", "aws_security_group_rule",
            "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
            true
        default: false
        }
    }

    /// The rules of the instance at `index` in `direction`: as converted by the second
    /// thread, when it took the instance (for the same group), else by `convert` now.
    func rules(
        ofInstanceAt index: Int?, direction: TrafficDirection, group: ObjectID?,
        converting convert: () throws(InputError) -> [SecurityGroupRule]
    ) throws(InputError) -> [SecurityGroupRule] {
        guard let converted = takeConverted(ofInstanceAt: index, direction: direction, group: group)
        else { return try convert() }
        return try record(converted)
    }

    /// What the second thread converted of the instance at `index` in `direction` (for
    /// `group`), taken; `nil` when the pass converts the instance itself.
    func takeConverted(ofInstanceAt index: Int?, direction: TrafficDirection, group: ObjectID?)
        -> ConvertedRules?
    {
        guard let index, let ahead = rulesAhead,
            let position = ahead.secondThreadPosition(ofInstanceAt: index)
        else { return nil }
        if rulesFromSecondThread == nil { rulesFromSecondThread = ahead.results() }
        // Each is taken once, in place, so that its rules are not kept twice (here and in
        // the group) nor the resource's list copied.
        guard
            let found = rulesFromSecondThread![position].firstIndex(where: {
                $0.direction == direction && $0.group == group
            })
        else { return nil }
        return rulesFromSecondThread![position].remove(at: found)
    }

    /// For a separate rule resource at `index` that the second thread converted and whose
    /// group it found in the input: that group and what it converted, taken. The pass then
    /// neither finds the group again nor reads the rule's type, which would record nothing
    /// (the thread converts only rules of a known, valid type). `nil` otherwise.
    func takeConvertedWithGroup(ofInstanceAt index: Int?) -> (
        group: ObjectID, converted: ConvertedRules
    )? {
        guard let index, let ahead = rulesAhead,
            let position = ahead.secondThreadPosition(ofInstanceAt: index)
        else { return nil }
        if rulesFromSecondThread == nil { rulesFromSecondThread = ahead.results() }
        guard rulesFromSecondThread![position].count == 1,
            let group = rulesFromSecondThread![position][0].groupInInput
        else { return nil }
        return (group, rulesFromSecondThread![position].removeLast())
    }

    /// Appends what converting `converted` appended on the second thread, where the pass
    /// would have converted it, and returns its rules.
    func record(_ converted: ConvertedRules) throws(InputError) -> [SecurityGroupRule] {
        snapshot.unresolvedReferences += converted.unresolvedReferences
        snapshot.unknownValues += converted.unknownValues
        snapshot.notes += converted.notes
        return try converted.outcome.get()
    }

    /// On the second thread's builder: converts the rules the pass will ask for, the way
    /// it would ask.
    private func convertAhead(at index: Int) -> [ConvertedRules] {
        let attributes = Attributes(instances[index])
        switch attributes.instance.type {
        case "aws_security_group", "aws_default_security_group":
            let group = ObjectID(attributes.address)
            // Inserted here as well: otherwise inserting them (each rule's key hashed,
            // identical rules merged) is left to the pass, alone once the two threads meet.
            let index = DeclaredPartIndex<SecurityGroupRuleKey>(
                capacity: Self.ruleBlockCount(attributes))
            return TrafficDirection.allCases.filter { !hasUnknownBlocks(attributes, $0) }.map {
                direction in
                var converted = recording(direction, group: group) { () throws(InputError) in
                    try inlineRules(attributes, direction: direction, group: group)
                }
                guard case .success(let rules) = converted.outcome else { return converted }
                var inserted: [SecurityGroupRule] = []
                for rule in rules { Self.insert(rule, into: &inserted, index: index) }
                converted.outcome = .success(inserted)
                converted.insertedInto = InsertedRuleIndex(index: index)
                return converted
            }
        case "aws_security_group_rule":
            guard let direction = legacyRuleDirection(attributes) else { return [] }
            // What this builder records of finding a group not in the input (a
            // placeholder, a note) is dropped: the pass finds that group again, for itself.
            let groupInInput = self.groupInInput(attributes)
            let group = groupInInput ?? groupID(attributes)
            var converted = recording(direction, group: group) { () throws(InputError) in
                try legacyRules(attributes, direction: direction, group: group)
            }
            converted.groupInInput = groupInInput
            return [converted]
        case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
            let direction = Self.vpcRuleDirection(attributes)
            let groupInInput = self.groupInInput(attributes)
            var converted = recording(direction, group: nil) { () throws(InputError) in
                try vpcRules(attributes, direction: direction)
            }
            converted.groupInInput = groupInInput
            return [converted]
        default:
            // A type `hasRules` names but this switch does not: the pass converts it.
            return []
        }
    }

    /// Runs `convert` and takes what it appended to this builder's snapshot.
    private func recording(
        _ direction: TrafficDirection, group: ObjectID?,
        _ convert: () throws(InputError) -> [SecurityGroupRule]
    ) -> ConvertedRules {
        snapshot.unresolvedReferences.removeAll(keepingCapacity: true)
        snapshot.unknownValues.removeAll(keepingCapacity: true)
        snapshot.notes.removeAll(keepingCapacity: true)
        let outcome: Result<[SecurityGroupRule], InputError>
        do throws(InputError) {
            outcome = .success(try convert())
        } catch {
            outcome = .failure(error)
        }
        return ConvertedRules(
            direction: direction, group: group, outcome: outcome,
            unresolvedReferences: snapshot.unresolvedReferences,
            unknownValues: snapshot.unknownValues, notes: snapshot.notes)
    }
}
