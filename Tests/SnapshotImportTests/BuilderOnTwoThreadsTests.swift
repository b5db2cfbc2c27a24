import NetworkModel
import Testing

@_spi(Testing) @testable import SnapshotImport

/// The import's other two-thread steps, making the instances, indexing them and merging
/// separate rules into their groups, must give what one thread gives.
@Suite("Making and indexing instances and merging rules on two threads")
struct BuilderOnTwoThreadsTests {
    /// A state with `groups` groups and, for each of `rules` separate rule resources, a
    /// rule on group `rule % groups`; every third rule repeats the one before it on the
    /// same group, and every group's id is also written by a second resource.
    static func state(groups: Int, rules: Int) -> [UInt8] {
        var resources: [String] = []
        for group in 0..<groups {
            resources.append(
                """
                {"address": "aws_security_group.g\(group)", "mode": "managed",
                 "type": "aws_security_group", "name": "g\(group)",
                 "values": {"id": "sg-\(group)", "arn": "arn:aws:ec2:::security-group/sg-\(group)",
                  "ingress": [], "egress": []}}
                """)
            resources.append(
                """
                {"address": "data.aws_security_group.g\(group)", "mode": "data",
                 "type": "aws_security_group", "name": "g\(group)", "values": {"id": "sg-\(group)"}}
                """)
        }
        for rule in 0..<rules {
            let port = rule % 3 == 2 ? rule - 1 : rule
            let group = (rule % 3 == 2 ? rule - 1 : rule) % groups
            resources.append(
                """
                {"address": "aws_security_group_rule.r\(rule)", "mode": "managed",
                 "type": "aws_security_group_rule", "name": "r\(rule)",
                 "values": {"type": "ingress", "security_group_id": "sg-\(group)",
                  "protocol": "tcp", "from_port": \(port), "to_port": \(port),
                  "cidr_blocks": ["10.0.0.0/16"], "security_groups": ["sg-\((group + 1) % groups)"]}}
                """)
        }
        let text = """
            {"format_version": "1.0", "values": {"root_module": {"resources": [
            \(resources.joined(separator: ",\n"))
            ]}}}
            """
        return Array(text.utf8)
    }

    @Test(
        "a snapshot built on two threads is the one built on one",
        arguments: [(1, 2000), (7, 3000), (301, 1200)])
    func sameSnapshot(groups: Int, rules: Int) throws {
        let bytes = Self.state(groups: groups, rules: rules)
        let alone = try TerraformImporter.load(
            bytes: bytes, file: "state.json", view: .planned, usingSecondThread: false)
        let both = try TerraformImporter.load(
            bytes: bytes, file: "state.json", view: .planned, usingSecondThread: true)
        #expect(String(describing: alone) == String(describing: both))
        // Repeated rules are merged with both declarations; the rest keep input order.
        let first = try #require(both.group("aws_security_group.g0"))
        let ports = first.ingress.compactMap { rule -> UInt16? in
            guard case .known(.tcp(let range)) = rule.traffic else { return nil }
            return range.lowerBound
        }
        #expect(ports.count == first.ingress.count && ports == ports.sorted())
        // Two peers per resource, from the rules not repeating the one before them.
        let distinct = (0..<rules).filter { $0 % 3 != 2 && $0 % groups == 0 }.count
        #expect(first.ingress.count == 2 * distinct)
        #expect(first.ingress.contains { $0.declarations.count == 2 })
        #expect(both.unresolvedReferences.isEmpty)
    }

    @Test("the instances' lookups are the same made on one thread or two")
    func sameLookups() throws {
        let document = try TerraformDocument.parse(
            Self.state(groups: 50, rules: 500), file: "state.json")
        let instances = try document.resourceInstances(view: .planned)
        let alone = InstanceLookups(instances, onTwoThreads: false)
        let both = InstanceLookups(instances, onTwoThreads: true)
        #expect(alone.firstIndexByID == both.firstIndexByID)
        #expect(alone.laterIndicesByID == both.laterIndicesByID)
        #expect(alone.indexByAddress == both.indexByAddress)
        #expect(alone.indicesByType == both.indicesByType)
        // Each group's id is written by the group, then by its data source.
        #expect(both.firstIndexByID["sg-3"] == 6)
        #expect(both.laterIndicesByID["sg-3"] == [7])
        #expect(both.indicesByType["aws_security_group_rule"]?.count == 500)
    }

    @Test("instances made on two threads keep the document's order")
    func sameInstances() throws {
        let document = try TerraformDocument.parse(
            Self.state(groups: 5, rules: 101), file: "state.json")
        let alone = try document.resourceInstances(view: .planned, usingSecondThread: false)
        let both = try document.resourceInstances(view: .planned, usingSecondThread: true)
        #expect(alone.map(\.address) == both.map(\.address))
        #expect(both.count == 111)
    }

    @Test(
        "the first resource without an address is the error, whichever half it is in",
        arguments: [[3, 90], [60, 90], [60]])
    func firstErrorInOrder(broken: [Int]) throws {
        var text = String(decoding: Self.state(groups: 5, rules: 95), as: UTF8.self)
        for rule in broken {
            text = text.replacingOccurrences(
                of: "\"address\": \"aws_security_group_rule.r\(rule)\",", with: "")
        }
        let document = try TerraformDocument.parse(Array(text.utf8), file: "state.json")
        for usingSecondThread in [false, true] {
            let error = #expect(throws: InputError.self) {
                try document.resourceInstances(view: .planned, usingSecondThread: usingSecondThread)
            }
            #expect(error?.path == "values.root_module.resources[\(10 + broken[0])]")
        }
    }
}
