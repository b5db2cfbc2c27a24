import NetworkModel
import Reachability
import SnapshotImport
import Testing

/// A small account snapshot in export.sh's layout (`Fixtures/account-snapshot/`) with
/// what the Batfish snapshots lack: managed prefix lists and their entries, an instance
/// with two interfaces, a database, an MWAA environment, Lambda's interface, a transit
/// gateway route and a blackhole route.
@Suite("An export.sh snapshot: prefix lists, interfaces, data stores, unknown hops")
struct AccountSnapshotTests {
    static func load() throws -> NetworkSnapshot {
        try SnapshotLoader.load([AWSCLIFixture.path("account-snapshot")])
    }

    @Test("both prefix list calls merge; a managed list takes its entries from its own file")
    func prefixLists() throws {
        let snapshot = try Self.load()
        let s3 = try #require(snapshot.prefixLists.first { $0.id == "pl-6da54004" })
        let s3Blocks = [try CIDR("52.218.0.0/17")]
        #expect(s3.isAWSManaged && s3.entries == .known(s3Blocks))
        let office = try #require(snapshot.prefixLists.first { $0.id == "pl-0aa00000000office" })
        #expect(!office.isAWSManaged && office.addressFamily == .ipv4)
        #expect(
            office.entries == .known([try CIDR("203.0.113.0/24"), try CIDR("198.51.100.0/24")]))
        let app = try #require(snapshot.securityGroup("sg-0aa00000000000app"))
        #expect(app.ingress.map(\.peer) == [.prefixList(.resolved("pl-0aa00000000office"))])
        #expect(snapshot.unsupportedResources.map(\.type) == ["LoadBalancers"])
    }

    @Test(
        "an instance has its primary interface's addresses; an interface with other groups is its own"
    )
    func instanceInterfaces() throws {
        let snapshot = try Self.load()
        let instance = try #require(snapshot.workload("i-0aa00000000000app"))
        #expect(instance.name == "app-1")
        #expect(instance.privateIPs == [try IPAddress("10.50.1.10"), try IPAddress("10.50.1.11")])
        #expect(instance.hasPublicIP == .known(true))
        #expect(instance.securityGroups == [.resolved("sg-0aa00000000000app")])
        let management = try #require(snapshot.workload("eni-0aa00000000000mgmt"))
        #expect(management.kind == .networkInterface)
        #expect(management.securityGroups == [.resolved("sg-0aa0000000000mgmt")])
        #expect(snapshot.notes.contains { $0.address == "eni-0aa00000000000mgmt" })
    }

    @Test(
        "the database and the environment find their interfaces by subnet, groups and description")
    func serviceInterfaces() throws {
        let snapshot = try Self.load()
        let database = try #require(snapshot.workload("orders"))
        #expect(database.kind == .rdsInstance && database.port == 5432)
        #expect(database.subnets == [.resolved("subnet-0aa000000000000a2")])
        #expect(database.privateIPs == [try IPAddress("10.50.2.20")])
        #expect(database.publiclyAccessible == false)
        let environment = try #require(snapshot.workload("etl"))
        #expect(environment.kind == .mwaaEnvironment)
        #expect(environment.privateIPs == [try IPAddress("10.50.1.30")])
        #expect(
            environment.mwaa
                == MWAAEnvironmentSettings(
                    webserverAccessMode: "PUBLIC_ONLY", endpointManagement: "CUSTOMER",
                    executionRoleARN: .known("arn:aws:iam::123456789012:role/etl-exec"),
                    sourceBucketARN: .known("arn:aws:s3:::etl-dags"),
                    arn: .known("arn:aws:airflow:eu-west-1:123456789012:environment/etl")))
        // Lambda's interface carries the app group but is Lambda's: a workload of its own.
        #expect(snapshot.workload("eni-0aa0000000lambda1")?.kind == .networkInterface)
        #expect(snapshot.workloads.count == 5)
    }

    @Test("routes: the local route is implied, a transit gateway is a hop, a blackhole drops")
    func routes() throws {
        let snapshot = try Self.load()
        let table = try #require(snapshot.routeTables.first { $0.id == "rtb-0aa00000000000001" })
        #expect(table.isMain && table.routes.count == 2)
        #expect(
            table.routes[0].target
                == RouteTarget(kind: .transitGateway, reference: .resolved("tgw-0aa0000000000000a"))
        )
        #expect(table.routes[1].isBlackhole)
    }

    struct Flow: CustomTestStringConvertible, Sendable {
        let from: String
        let to: String
        var port: UInt16?
        let verdict: Verdict
        var testDescription: String { "\(from) → \(to) is \(verdict)" }
    }

    @Test(
        "group membership comes from the interfaces' groups",
        arguments: [
            // db admits 5432 from members of app: the instance, Lambda's interface and the
            // environment carry app; the management interface does not.
            Flow(from: "i-0aa00000000000app", to: "orders", verdict: .reachable),
            Flow(from: "eni-0aa0000000lambda1", to: "orders", verdict: .reachable),
            Flow(from: "etl", to: "orders", verdict: .reachable),
            Flow(from: "eni-0aa00000000000mgmt", to: "orders", verdict: .unreachable),
            // 10.60.0.0/16 goes to the transit gateway: beyond it is not modeled.
            Flow(from: "i-0aa00000000000app", to: "10.60.0.5", port: 443, verdict: .unknown),
            // 10.70.0.0/16 goes to a NAT gateway that is gone: a blackhole.
            Flow(from: "i-0aa00000000000app", to: "10.70.0.5", port: 443, verdict: .unreachable),
        ])
    func flows(flow: Flow) throws {
        let answer = try ReachabilityAnalyzer(snapshot: try Self.load()).answer(
            ReachabilityQuestion(
                from: flow.from, to: flow.to, ports: flow.port.map { PortRange($0) }))
        #expect(answer.verdict == flow.verdict)
    }
}
