import Foundation
import NetworkModel
import SnapshotImport
import Testing

@Suite("Batfish's AWS snapshots import whole")
struct BatfishSnapshotTests {
    static var snapshots: [String] { AWSCLIFixture.batfishSnapshots }

    /// Every `.json` file of a snapshot folder, parsed by Foundation (independently of
    /// the importer).
    static func topLevel(_ folder: String) throws -> [(file: String, key: String, value: Any)] {
        var result: [(String, String, Any)] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".json") else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))
            let root = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
            for (key, value) in root { result.append((name, key, value)) }
        }
        return result
    }

    @Test("every top-level key is imported or listed as unsupported", arguments: snapshots)
    func nothingDropped(name: String) throws {
        let folder = try #require(AWSCLIFixture.corpus("batfish/\(name)"))
        let snapshot = try AWSCLIImporter.load([folder])
        let unsupported = Set(snapshot.unsupportedResources.map(\.type))
        for (file, key, value) in try Self.topLevel(folder) {
            let isEmpty = (value as? [Any])?.isEmpty == true
            #expect(
                AWSCLIImporter.recognizedKeys.contains(key) || unsupported.contains(key)
                    || isEmpty,
                "\(file): \(key) is neither imported nor listed")
        }
        for resource in snapshot.unsupportedResources {
            #expect(!resource.addresses.isEmpty)
        }
    }

    @Test(
        "each VPC, subnet, group, ACL and route table in the files is in the snapshot",
        arguments: snapshots)
    func everyObject(name: String) throws {
        let folder = try #require(AWSCLIFixture.corpus("batfish/\(name)"))
        let snapshot = try AWSCLIImporter.load([folder])
        let idKeys = [
            ("Vpcs", "VpcId"), ("Subnets", "SubnetId"), ("SecurityGroups", "GroupId"),
            ("NetworkAcls", "NetworkAclId"), ("RouteTables", "RouteTableId"),
        ]
        var ids: [String: Set<String>] = [:]
        for (_, key, value) in try Self.topLevel(folder) {
            guard let idKey = idKeys.first(where: { $0.0 == key })?.1 else { continue }
            for element in value as? [[String: Any]] ?? [] {
                ids[key, default: []].insert(element[idKey] as! String)
            }
        }
        func explicit<T>(_ objects: [T], _ id: (T) -> ObjectID, _ implied: (T) -> Bool) -> Set<
            String
        > {
            Set(objects.filter { !implied($0) }.map { id($0).rawValue })
        }
        #expect(Set(snapshot.vpcs.map(\.id.rawValue)) == ids["Vpcs", default: []])
        #expect(Set(snapshot.subnets.map(\.id.rawValue)) == ids["Subnets", default: []])
        #expect(
            explicit(snapshot.securityGroups, \.id, \.isImplied)
                == ids["SecurityGroups", default: []])
        #expect(
            explicit(snapshot.networkACLs, \.id, \.isImplied) == ids["NetworkAcls", default: []])
        #expect(
            explicit(snapshot.routeTables, \.id, \.isImplied) == ids["RouteTables", default: []])
    }

    @Test("the multi-account layout reads both accounts; the shared peering is one connection")
    func multiAccount() throws {
        guard let folder = AWSCLIFixture.corpus("batfish/test-vpc-peering-multi-account") else {
            return
        }
        let snapshot = try AWSCLIImporter.load([folder])
        #expect(Set(snapshot.vpcs.compactMap(\.ownerAccount)) == ["028403472736", "951601349076"])
        #expect(snapshot.peeringConnections.map(\.id) == ["pcx-0040f7640e10191f4"])
        // The deleted connections are noted, not modeled.
        #expect(snapshot.notes.contains { $0.address == "pcx-00eeab4f3bd2a40da" })
        // The terminated instance is noted, not modeled.
        #expect(snapshot.workload("i-022b9fb2c0a0c72c1") == nil)
        #expect(snapshot.notes.contains { $0.address == "i-022b9fb2c0a0c72c1" })
    }

    @Test("a disassociated VPC block is left out, with a note")
    func disassociatedBlocks() throws {
        guard let folder = AWSCLIFixture.corpus("batfish/test-vpc-peering") else { return }
        let snapshot = try AWSCLIImporter.load([folder])
        let vpc = try #require(snapshot.vpc("vpc-0404e08ceddf7f650"))
        #expect(vpc.ipv4CIDRs == [.known(try CIDR("10.10.0.0/16"))])
        #expect(snapshot.notes.contains { $0.address == "vpc-0404e08ceddf7f650" })
    }

    @Test("instances carry their interfaces' exact addresses, groups and public IP")
    func exactAddresses() throws {
        guard let folder = AWSCLIFixture.corpus("batfish/test-nat-gateway") else { return }
        let snapshot = try AWSCLIImporter.load([folder])
        let jump = try #require(snapshot.workload("i-0b31b509174d7f5de"))
        #expect(jump.kind == .ec2Instance && jump.name == "Jump Host")
        #expect(jump.privateIPs == [try IPAddress("10.1.250.116")])
        #expect(jump.hasPublicIP == .known(true))
        #expect(jump.securityGroups == [.resolved("sg-0253af84ae6485905")])
        // The NAT gateway's own interface belongs to the gateway, not to a workload.
        #expect(snapshot.workload("eni-017aaec115610308a") == nil)
        #expect(snapshot.workloads.count == 3)
    }

    @Test("the gateway endpoint's route is the endpoint's; its prefix list is S3's")
    func gatewayEndpointRoute() throws {
        guard let folder = AWSCLIFixture.corpus("batfish/test-vpc-endpoint-gateway") else {
            return
        }
        let snapshot = try AWSCLIImporter.load([folder])
        let endpoint = try #require(snapshot.vpcEndpoints.first)
        #expect(endpoint.prefixListID == "pl-63a5400a")
        #expect(endpoint.routeTables.count == 2)
        // Neither the local routes nor the endpoint's prefix-list routes are doubled as
        // routes of their own: only the internet route is.
        #expect(snapshot.count("routes") == 1)
    }
}
