import JSONSupport
import NetworkModel

extension TerraformModelBuilder {
    /// `aws_security_group`: the group and its inline rule blocks; the instance is at
    /// `instanceIndex` (where its rules may have been converted ahead).
    func addSecurityGroup(_ attributes: Attributes, at instanceIndex: Int) throws(InputError) {
        let id = ObjectID(attributes.address)
        let isDefault =
            attributes.instance.type == "aws_default_security_group"
            || attributes.knownString("name") == "default"
        var group = SecurityGroup(
            id: id, awsID: awsID(attributes), name: attributes.knownString("name"),
            vpc: reference(attributes, "vpc_id", to: TerraformTypes.vpc), isDefault: isDefault,
            provenance: attributes.provenance())
        let blockCount = Self.ruleBlockCount(attributes)
        for direction in TrafficDirection.allCases {
            let key = direction.rawValue
            if hasUnknownBlocks(attributes, direction) {
                // Unknown inline rules only matter when the configuration writes inline
                // blocks; otherwise they are the separately managed rules, read below.
                let configuration = configurationDeclares(attributes, key)
                if configuration != false {
                    group.unknownRuleBlocks.append(attributes.unknownValue(key))
                    noteUnknown(attributes.unknownValue(key))
                }
                continue
            }
            let ahead = takeConverted(ofInstanceAt: instanceIndex, direction: direction, group: id)
            if let ahead, let inserted = ahead.insertedInto {
                // Inserted into this new group on the second thread already (an address is
                // written once per file, so the group has no index of its own yet).
                ruleIndex[id] = inserted.index
                let rules = try record(ahead)
                if direction == .ingress { group.ingress = rules } else { group.egress = rules }
                continue
            }
            let index = DeclaredPartIndex.index(of: id, in: &ruleIndex, capacity: blockCount)
            let rules =
                if let ahead {
                    try record(ahead)
                } else {
                    try inlineRules(attributes, direction: direction, group: id)
                }
            for rule in rules { Self.insert(rule, into: &group, index: index) }
        }
        groups[id] = group
    }

    /// How many inline rule blocks a group's attributes hold, both directions together.
    static func ruleBlockCount(_ attributes: Attributes) -> Int {
        TrafficDirection.allCases.reduce(0) {
            $0 + (attributes.raw($1.rawValue)?.array?.count ?? 0)
        }
    }

    /// Whether a group's inline blocks of one direction are unknown as a whole.
    func hasUnknownBlocks(_ attributes: Attributes, _ direction: TrafficDirection) -> Bool {
        attributes.isUnknown(direction.rawValue) && attributes.raw(direction.rawValue) == nil
    }

    /// The atomic rules of a group's inline blocks of one direction, in block order.
    func inlineRules(_ attributes: Attributes, direction: TrafficDirection, group: ObjectID)
        throws(InputError) -> [SecurityGroupRule]
    {
        var rules: [SecurityGroupRule] = []
        for block in attributes.blocks(direction.rawValue) {
            rules += try legacyRules(block, direction: direction, group: group)
        }
        return rules
    }

    /// `aws_security_group_rule`: type, ports, protocol and any of several peers. The
    /// instance is at `instanceIndex` among the instances (`nil` for a deleted one).
    func addLegacyRule(_ attributes: Attributes, at instanceIndex: Int? = nil) throws(InputError) {
        if let (group, converted) = takeConvertedWithGroup(ofInstanceAt: instanceIndex) {
            pendingRules.append((group, try record(converted)))
            return
        }
        let group = groupID(attributes)
        guard let type = attributes.string("type") else {
            let missing = UnknownValue(
                address: attributes.address, attribute: "type", reason: "missing from the input")
            noteUnknown(missing)
            pendingUnknownRuleBlocks.append((group, missing))
            return
        }
        guard case .known(let typeText) = type else {
            noteUnknown(attributes.unknownValue("type"))
            pendingUnknownRuleBlocks.append((group, attributes.unknownValue("type")))
            return
        }
        guard let direction = TrafficDirection(rawValue: typeText) else {
            throw attributes.error(
                "type",
                "a security group rule's type must be ingress or egress, not `\(typeText.excerpt())`"
            )
        }
        let rules = try rules(ofInstanceAt: instanceIndex, direction: direction, group: group) {
            () throws(InputError) in
            try legacyRules(attributes, direction: direction, group: group)
        }
        pendingRules.append((group, rules))
    }

    /// The direction an `aws_security_group_rule` names in `type`; `nil` when it is
    /// missing or unknown.
    func legacyRuleDirection(_ attributes: Attributes) -> TrafficDirection? {
        guard case .known(let text)? = attributes.string("type") else { return nil }
        return TrafficDirection(rawValue: text)
    }

    /// `aws_vpc_security_group_ingress_rule` / `_egress_rule`: one peer each.
    func addVPCRule(_ attributes: Attributes, at instanceIndex: Int? = nil) throws(InputError) {
        if let (group, converted) = takeConvertedWithGroup(ofInstanceAt: instanceIndex) {
            pendingRules.append((group, try record(converted)))
            return
        }
        let direction = Self.vpcRuleDirection(attributes)
        let group = groupID(attributes)
        pendingRules.append(
            (
                group,
                try rules(ofInstanceAt: instanceIndex, direction: direction, group: nil) {
                    () throws(InputError) in try vpcRules(attributes, direction: direction)
                }
            ))
    }

    static func vpcRuleDirection(_ attributes: Attributes) -> TrafficDirection {
        attributes.instance.type.hasSuffix("ingress_rule") ? .ingress : .egress
    }

    /// The atomic rules of an `aws_vpc_security_group_*_rule`: one per peer it names.
    func vpcRules(_ attributes: Attributes, direction: TrafficDirection) throws(InputError)
        -> [SecurityGroupRule]
    {
        let traffic = try trafficMatch(
            attributes, protocolKey: "ip_protocol", fromKey: "from_port", toKey: "to_port")
        var peers: [SecurityGroupPeer] = []
        for key in ["cidr_ipv4", "cidr_ipv6"] {
            if let cidr = try attributes.cidr(key) { peers.append(peer(cidr)) }
        }
        if let list = reference(attributes, "prefix_list_id", to: TerraformTypes.prefixList) {
            peers.append(.prefixList(list))
        }
        if let source = reference(
            attributes, "referenced_security_group_id", to: TerraformTypes.securityGroup)
        {
            peers.append(.securityGroup(source))
        }
        if peers.isEmpty {
            let unknownPeer = [
                "cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id",
            ]
            .first(where: attributes.isUnknown)
            guard let unknownPeer else {
                throw attributes.error(
                    "cidr_ipv4",
                    "the rule names no peer (cidr_ipv4, cidr_ipv6, prefix_list_id or referenced_security_group_id)"
                )
            }
            noteUnknown(attributes.unknownValue(unknownPeer))
            peers.append(.unknown(attributes.unknownValue(unknownPeer)))
        }
        let description = attributes.knownString("description")
        let declarations = [attributes.provenance()]
        return peers.map {
            SecurityGroupRule(
                direction: direction, traffic: traffic, peer: $0, description: description,
                declarations: declarations)
        }
    }

    /// Expands a rule block (inline, or `aws_security_group_rule`) into atomic rules.
    func legacyRules(_ block: Attributes, direction: TrafficDirection, group: ObjectID)
        throws(InputError) -> [SecurityGroupRule]
    {
        let traffic = try trafficMatch(
            block, protocolKey: "protocol", fromKey: "from_port", toKey: "to_port")
        var peers: [SecurityGroupPeer] = []
        for cidr in try block.cidrs("cidr_blocks") { peers.append(peer(cidr)) }
        for cidr in try block.cidrs("ipv6_cidr_blocks") { peers.append(peer(cidr)) }
        for list in references(block, "prefix_list_ids", to: TerraformTypes.prefixList) {
            peers.append(.prefixList(list))
        }
        var sourceGroups = UniqueReferences()
        for source in references(block, "security_groups", to: TerraformTypes.securityGroup) {
            sourceGroups.append(source)
        }
        if let source = reference(
            block, "source_security_group_id", to: TerraformTypes.securityGroup)
        {
            sourceGroups.append(source)
        }
        if block.bool("self") == true {
            sourceGroups.append(.resolved(group))
        }
        for source in sourceGroups.elements { peers.append(.securityGroup(source)) }
        if peers.isEmpty {
            let unknownKeys = [
                "cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids", "source_security_group_id",
                "security_groups",
            ]
            if let key = unknownKeys.first(where: block.isUnknown) {
                noteUnknown(block.unknownValue(key))
                peers.append(.unknown(block.unknownValue(key)))
            }
        }
        // One block can list 100,000 CIDRs: read what they share once.
        let description = block.knownString("description")
        let declarations = [block.provenance()]
        return peers.map {
            SecurityGroupRule(
                direction: direction, traffic: traffic, peer: $0, description: description,
                declarations: declarations)
        }
    }

    private func peer(_ cidr: Knowable<CIDR>) -> SecurityGroupPeer {
        switch cidr {
        case .known(let block): return .cidr(block)
        case .unknown(let unknown):
            noteUnknown(unknown)
            return .unknown(unknown)
        }
    }

    /// Reads protocol and ports into a `TrafficMatch`; invalid values are input errors.
    func trafficMatch(_ block: Attributes, protocolKey: String, fromKey: String, toKey: String)
        throws(InputError) -> Knowable<TrafficMatch>
    {
        guard let protocolText = block.string(protocolKey) else {
            let missing = UnknownValue(
                address: block.address, attribute: block.attributePath(protocolKey),
                reason: "missing from the input")
            noteUnknown(missing)
            return .unknown(missing)
        }
        guard case .known(let text) = protocolText else {
            noteUnknown(block.unknownValue(protocolKey))
            return .unknown(block.unknownValue(protocolKey))
        }
        let ipProtocol: IPProtocol
        do {
            ipProtocol = try IPProtocol(awsName: text)
        } catch {
            throw block.error(protocolKey, "unknown protocol: \(error.reason)")
        }
        if ipProtocol != .all, block.unknown != nil {
            for key in [fromKey, toKey] where block.isUnknown(key) && block.raw(key) == nil {
                noteUnknown(block.unknownValue(key))
                return .unknown(block.unknownValue(key))
            }
        }
        do {
            return .known(
                try TrafficMatch(
                    protocol: ipProtocol, from: try block.int(fromKey), to: try block.int(toKey)))
        } catch let error as InputError {
            throw error
        } catch let error as AddressParseError {
            throw block.error(fromKey, "invalid ports: \(error.reason)")
        } catch {
            throw block.error(fromKey, "invalid ports")
        }
    }

    /// The group a separate rule belongs to when its known `security_group_id` names one
    /// in the input, which records nothing; `nil` otherwise (then ``groupID(_:)`` finds
    /// the group, through the configuration when the id is unknown, and records why).
    func groupInInput(_ attributes: Attributes) -> ObjectID? {
        let key = "security_group_id"
        guard case .known(let id)? = attributes.string(key),
            case .resolved(let group) = resolve(
                id: id, types: TerraformTypes.securityGroup, from: attributes, key: key)
        else { return nil }
        return group
    }

    /// The group a separate rule belongs to; a group not in the input gets a placeholder
    /// so its rules are kept.
    func groupID(_ attributes: Attributes) -> ObjectID {
        let reference =
            reference(attributes, "security_group_id", to: TerraformTypes.securityGroup)
            ?? .unknown(attributes.unknownValue("security_group_id"))
        if case .resolved(let id) = reference { return id }
        let id = ObjectID(
            reference.objectID?.rawValue
                ?? (attributes.knownString("security_group_id")
                    ?? "(unknown group of \(attributes.address))"))
        if groups[id] == nil {
            groups[id] = SecurityGroup(
                id: id, awsID: attributes.string("security_group_id"), isImplied: true,
                provenance: attributes.provenance("security_group_id"))
            note(
                attributes.address,
                "its security group \(reference) is not in the input; its rules are kept under \(id)"
            )
        }
        return id
    }

    private func configurationDeclares(_ attributes: Attributes, _ key: String) -> Bool? {
        configurationHasAttribute(attributes.instance, key)
    }

    /// Adds an atomic rule to a group unless an identical one is there; then the
    /// declaration is recorded on the existing rule (a separate resource cited first).
    /// Constant time: `index` holds the group's rules by ``SecurityGroupRuleKey``.
    static func insert(
        _ rule: SecurityGroupRule, into group: inout SecurityGroup,
        index: DeclaredPartIndex<SecurityGroupRuleKey>
    ) {
        switch rule.direction {
        case .ingress: insert(rule, into: &group.ingress, index: index)
        case .egress: insert(rule, into: &group.egress, index: index)
        }
    }

    /// The same for one direction's list of a group's rules, which `index` covers.
    static func insert(
        _ rule: SecurityGroupRule, into rules: inout [SecurityGroupRule],
        index: DeclaredPartIndex<SecurityGroupRuleKey>
    ) {
        let key = SecurityGroupRuleKey(rule)
        let position = index.position(of: key, recordingNewAt: rules.count)
        if position == rules.count {
            rules.append(rule)
        } else {
            merge(rule, into: &rules[position], key: key, index: index)
        }
    }

    private static func merge(
        _ rule: SecurityGroupRule, into existing: inout SecurityGroupRule,
        key: SecurityGroupRuleKey, index: DeclaredPartIndex<SecurityGroupRuleKey>
    ) {
        index.cite(rule.declarations, onPartWith: key, declaredBy: &existing.declarations)
        if existing.description == nil { existing.description = rule.description }
    }

    /// Whether two peers name the same thing: references not in the input are compared by
    /// what they name, not by where the reference was written.
    static func samePeer(_ first: SecurityGroupPeer, _ second: SecurityGroupPeer) -> Bool {
        SecurityGroupRuleKey.Peer(first) == SecurityGroupRuleKey.Peer(second)
    }

    /// Cites `added` in a part's declarations: separate resources before inline blocks,
    /// each kind in input order, a declaration seen again (a CIDR listed twice in one
    /// block) once. Adding one declaration to a list already in citing order (the usual
    /// case: every merge leaves it so) inserts it where it goes, or leaves the list alone
    /// when it is there already, instead of rebuilding it. For short lists: long ones are
    /// kept by ``DeclaredPartIndex``.
    static func mergeDeclarations(_ added: [Provenance], into declarations: inout [Provenance]) {
        if added.count == 1, let separateCount = separateDeclarationCount(declarations) {
            let declaration = added[0]
            if declarations.contains(declaration) { return }
            if declaration.attributePath == nil {
                declarations.insert(declaration, at: separateCount)
            } else {
                declarations.append(declaration)
            }
            return
        }
        let all = declarations + added.filter { !declarations.contains($0) }
        declarations =
            all.filter { $0.attributePath == nil } + all.filter { $0.attributePath != nil }
    }

    /// How many separate-resource declarations lead the list, when all of them come before
    /// every inline one; `nil` when the list is not in that order.
    private static func separateDeclarationCount(_ declarations: [Provenance]) -> Int? {
        let count = declarations.prefix { $0.attributePath == nil }.count
        let rest = declarations[count...]
        return rest.allSatisfy { $0.attributePath != nil } ? count : nil
    }

    func finishGroupsAndRules() throws(InputError) {
        for (id, unknown) in pendingUnknownRuleBlocks {
            groups[id]?.unknownRuleBlocks.append(unknown)
        }
        pendingUnknownRuleBlocks.removeAll()
        if SecondThread.isUsed(
            forced: usingSecondThread, work: pendingRules.count,
            minimum: Self.mergeOnTwoThreadsMinimum)
        {
            mergePendingRulesOnTwoThreads()
        } else {
            for (id, rules) in pendingRules {
                // Changed in place through its position, so that its rule arrays are not
                // shared (and copied) on every append and the group is looked up once.
                guard let position = groups.index(forKey: id) else { continue }
                let index = DeclaredPartIndex.index(of: id, in: &ruleIndex)
                for rule in rules {
                    Self.insert(rule, into: &groups.values[position], index: index)
                }
            }
        }
        // Freeing each rule's pending copy and the indices took a third of this step:
        // another thread does it.
        var merged: [(ObjectID, [SecurityGroupRule])] = []
        swap(&merged, &pendingRules)
        BackgroundRelease.release(consume merged)
        for (id, index) in ruleIndex {
            guard let position = groups.index(forKey: id) else { continue }
            index.writeDeclarations { rule, key, declarations in
                if key.isIngress {
                    groups.values[position].ingress[rule].declarations = declarations
                } else {
                    groups.values[position].egress[rule].declarations = declarations
                }
            }
        }
        var indices: [ObjectID: DeclaredPartIndex<SecurityGroupRuleKey>] = [:]
        swap(&indices, &ruleIndex)
        BackgroundRelease.release(lastReference: consume indices)
    }

    /// Below this many separate rule resources, they are merged on one thread.
    static let mergeOnTwoThreadsMinimum = 1024

    /// Merges the separate rules into their groups as the one-thread loop does, each
    /// thread taking whole groups (about half the rules each), so that every group still
    /// receives its rules in input order. It took 0.2–0.29 s of an XL state's import on
    /// one thread.
    private func mergePendingRulesOnTwoThreads() {
        let ids = Array(groups.keys)
        // Out of the dictionary, so that each thread changes its own groups in place.
        var merged = Array(groups.values)
        groups = [:]
        let positions = Dictionary(uniqueKeysWithValues: zip(ids, ids.indices))
        var rulesByPosition = [[[SecurityGroupRule]]](repeating: [], count: ids.count)
        var ruleCount = 0
        for (id, rules) in pendingRules {
            guard let position = positions[id] else { continue }
            rulesByPosition[position].append(rules)
            ruleCount += rules.count
        }
        var split = 0
        var rulesBeforeSplit = 0
        while split < ids.count, 2 * rulesBeforeSplit < ruleCount {
            rulesBeforeSplit += rulesByPosition[split].reduce(0) { $0 + $1.count }
            split += 1
        }
        let rulesOfGroups = rulesByPosition
        // Each group, its index and its rules are used by one thread only.
        nonisolated(unsafe) let indices = ids.indices.map { position in
            rulesByPosition[position].isEmpty
                ? nil : DeclaredPartIndex.index(of: ids[position], in: &ruleIndex)
        }
        merged.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let groupsInPlace = buffer
            let merge: @Sendable (Range<Int>) -> Void = { positions in
                for position in positions {
                    guard let index = indices[position] else { continue }
                    for rules in rulesOfGroups[position] {
                        for rule in rules {
                            Self.insert(rule, into: &groupsInPlace[position], index: index)
                        }
                    }
                }
            }
            let (front, back) = (0..<split, split..<ids.count)
            _ = SecondThread.both({ merge(front) }, { merge(back) })
        }
        groups = Dictionary(uniqueKeysWithValues: zip(ids, merged))
    }
}
