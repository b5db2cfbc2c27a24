import NetworkModel
import SnapshotImport
import Testing

/// AWS CLI output with many parts of one object — a permission listing thousands of
/// ranges, an ACL with thousands of entries and associations, a table with thousands of
/// routes — imports with each part once. Each once cost n² steps (10,000 ranges in one
/// security group took 29 s to import in a release build).
@Suite("AWS CLI output with many parts of one object imports with each part once")
struct HostileAWSCLIRepetitionTests {
    static let count = 5_000

    static func block(_ index: Int) -> String {
        "172.\(16 + index >> 16).\((index >> 8) & 255).\(index & 255)/32"
    }

    /// One group, ACL and table: the group's first permission lists `count` distinct
    /// ranges and its second one range `count` times; the ACL's entries, the routes and
    /// both tables' associations name each of `count / 2` numbers, blocks or subnets twice.
    static var document: String {
        let distinct = (0..<count).map { #"{"CidrIp":"\#(block($0))"}"# }
        let repeated = Array(repeating: #"{"CidrIp":"10.0.0.0/8"}"#, count: count)
        let group = #"""
            {"GroupId":"sg-1","GroupName":"many","VpcId":"vpc-1","IpPermissionsEgress":[],
             "IpPermissions":[
               {"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[\#(distinct.joined(separator: ","))]},
               {"IpProtocol":"tcp","FromPort":444,"ToPort":444,"IpRanges":[\#(repeated.joined(separator: ","))]}]}
            """#
        let entries = (0..<count).map {
            #"{"CidrBlock":"10.0.0.0/8","Egress":false,"Protocol":"6","PortRange":{"From":443,"To":443},"RuleAction":"allow","RuleNumber":\#(1 + $0 % (count / 2))}"#
        }
        let aclAssociations = (0..<count).map {
            #"{"NetworkAclAssociationId":"aclassoc-\#($0)","NetworkAclId":"acl-1","SubnetId":"subnet-\#($0 % (count / 2))"}"#
        }
        let acl = #"""
            {"NetworkAclId":"acl-1","VpcId":"vpc-1","IsDefault":false,
             "Entries":[\#(entries.joined(separator: ","))],
             "Associations":[\#(aclAssociations.joined(separator: ","))]}
            """#
        let routes = (0..<count).map {
            #"{"DestinationCidrBlock":"\#(block($0 % (count / 2)))","GatewayId":"igw-1","State":"active"}"#
        }
        let tableAssociations = (0..<count).map {
            #"{"Main":false,"RouteTableAssociationId":"rtbassoc-\#($0)","RouteTableId":"rtb-1","SubnetId":"subnet-\#($0 % (count / 2))","AssociationState":{"State":"associated"}}"#
        }
        let table = #"""
            {"RouteTableId":"rtb-1","VpcId":"vpc-1",
             "Routes":[\#(routes.joined(separator: ","))],
             "Associations":[\#(tableAssociations.joined(separator: ","))]}
            """#
        let subnets = (0..<count / 2).map {
            #"{"SubnetId":"subnet-\#($0)","VpcId":"vpc-1","CidrBlock":"10.0.0.0/24","AvailabilityZone":"eu-west-1a"}"#
        }
        return
            #"{"Subnets":[\#(subnets.joined(separator: ","))],"SecurityGroups":[\#(group)],"NetworkAcls":[\#(acl)],"RouteTables":[\#(table)]}"#
    }

    @Test("thousands of ranges, entries, routes and associations: each once, repeats noted")
    func manyParts() throws {
        let snapshot = try AWSCLIImporter.load(bytes: Array(Self.document.utf8), file: "many.json")
        let half = Self.count / 2
        let group = try #require(snapshot.securityGroups.first { $0.awsID?.value == "sg-1" })
        #expect(group.ingress.count == Self.count + 1)
        #expect(group.ingress.last?.declarations.count == Self.count)
        #expect(
            group.ingress.prefix(Self.count).compactMap { rule -> String? in
                if case .cidr(let cidr) = rule.peer { return cidr.description }
                return nil
            } == (0..<Self.count).map(Self.block))

        let acl = try #require(snapshot.networkACLs.first { $0.awsID?.value == "acl-1" })
        #expect(acl.entries.map(\.ruleNumber.rawValue) == Array(1...half))
        #expect(acl.subnets.count == half)
        let table = try #require(snapshot.routeTables.first { $0.awsID?.value == "rtb-1" })
        #expect(table.routes.map(\.destination.description) == (0..<half).map(Self.block))
        #expect(table.subnets.count == half)
        // Each repeated entry and route is noted once.
        #expect(snapshot.notes.filter { $0.message.contains("appears twice") }.count == half)
        #expect(snapshot.notes.filter { $0.message.contains("two routes to") }.count == half)
    }
}
