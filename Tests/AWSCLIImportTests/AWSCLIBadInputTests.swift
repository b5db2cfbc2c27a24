import NetworkModel
import SnapshotImport
import Testing

@Suite("Bad AWS CLI input is rejected with the file, the place and the path")
struct AWSCLIBadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let fixture: String
        let message: String
        let line: Int
        let column: Int
        let path: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "SecurityGroups is not an array", fixture: "security-groups-not-an-array.json",
            message: "expected an array of SecurityGroups, found an object", line: 2,
            column: 23, path: "SecurityGroups"),
        Case(
            name: "a rule's CIDR is malformed", fixture: "malformed-cidr.json",
            message: "invalid CIDR block '10.0.0.0/33'", line: 14, column: 39,
            path: "SecurityGroups[0].IpPermissions[0].IpRanges[0].CidrIp"),
        Case(
            name: "an inline policy's document is a number",
            fixture: "role-policy-document-a-number.json",
            message: "expected a policy document (an object or a JSON string), found a number",
            line: 4, column: 23, path: "PolicyDocument"),
        Case(
            name: "an attached policy has no ARN", fixture: "attached-policy-without-arn.json",
            message: "an attached policy has no `PolicyArn`", line: 4, column: 9,
            path: "AttachedPolicies[0].PolicyArn"),
    ]

    @Test("names file, line:column and JSON path", arguments: cases)
    func rejected(testCase: Case) {
        let path = AWSCLIFixture.path(testCase.fixture)
        #expect {
            _ = try AWSCLIImporter.load([path])
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file == path && error.message.contains(testCase.message)
                && error.line == testCase.line && error.column == testCase.column
                && error.path == testCase.path
                && error.description.hasPrefix(
                    "\(path):\(testCase.line):\(testCase.column): error:")
        }
    }

    @Test(
        "other malformed shapes are input errors, not crashes",
        arguments: [
            "[]", "{\"Subnets\": [1]}", "{\"Subnets\": [{\"VpcId\": \"vpc-1\"}]}",
            "{\"Environment\": []}",
            "{\"NetworkAcls\": [{\"NetworkAclId\": \"acl-1\", \"Entries\": [{\"RuleNumber\": 100}]}]}",
            "{\"RouteTables\": [{\"RouteTableId\": \"rtb-1\", \"Routes\": [{\"GatewayId\": \"igw-1\"}]}]}",
            "{\"Reservations\": [{\"Instances\": [{\"InstanceId\": \"i-1\", \"NetworkInterfaces\": [{\"NetworkInterfaceId\": \"eni-1\", \"PrivateIpAddress\": \"10.0.0.999\"}]}]}]}",
            "{\"Role\": []}", "{\"Role\": {\"Arn\": \"arn:aws:iam::1:role/r\"}}",
            "{\"Role\": {\"RoleName\": \"r\", \"AssumeRolePolicyDocument\": \"not json\"}}",
            "{\"RoleName\": \"r\", \"PolicyNames\": [1]}",
            "{\"PolicyArn\": \"arn:aws:iam::1:policy/p\", \"PolicyVersion\": {\"VersionId\": \"v1\"}}",
            "{\"Vpcs\": ", "",
        ])
    func malformed(text: String) {
        #expect(throws: InputError.self) { _ = try AWSCLIFixture.importing(text) }
    }

    @Test("an unknown top-level key is listed, not fatal")
    func unknownKey() throws {
        let snapshot = try AWSCLIImporter.load([AWSCLIFixture.path("unknown-key.json")])
        #expect(snapshot.subnets.map(\.id) == ["subnet-0a1b2c3d4e5f60718"])
        #expect(
            snapshot.unsupportedResources
                == [UnsupportedResource(type: "LoadBalancerDescriptions", addresses: ["web"])])
        // The subnet's VPC is not in the file: kept as an unresolved reference.
        #expect(snapshot.unresolvedReferences.map(\.target) == ["vpc-0a1b2c3d4e5f60718"])
    }

    @Test("the loader sends AWS CLI files and folders to the AWS CLI importer")
    func loaderRecognizesAWSCLI() throws {
        let snapshot = try SnapshotLoader.load([AWSCLIFixture.path("unknown-key.json")])
        #expect(snapshot.subnets.count == 1)
        #expect(snapshot.inputs.first?.kind == "aws ec2 describe-subnets")
    }

    @Test("Terraform JSON and AWS CLI output are not mixed in one snapshot")
    func mixedInputs() {
        #expect(throws: InputError.self) {
            _ = try SnapshotLoader.load([
                AWSCLIFixture.path("unknown-key.json"),
                AWSCLIFixture.example("mwaa-private/state.json"),
            ])
        }
    }
}
