/// How big a generated network is. XL is the organisation-wide network of issue 7:
/// 5,000 security groups with 100,000 rules, 1,000 subnets, 200 NACLs of 40 entries,
/// 50 MWAA environments, 500 VPC endpoints; the others are fractions of it.
public struct BenchmarkSize: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let vpcs: Int
    public let subnets: Int
    public let securityGroups: Int
    public let rules: Int
    public let networkACLs: Int
    public let entriesPerACL: Int
    public let mwaaEnvironments: Int
    public let vpcEndpoints: Int
    public let prefixLists: Int

    /// XL scaled by `fraction` (every count at least what a network needs to be whole).
    public init(name: String, fraction: Double) {
        func scaled(_ full: Int, minimum: Int) -> Int {
            max(minimum, Int((Double(full) * fraction).rounded()))
        }
        self.name = name
        vpcs = scaled(20, minimum: 2)
        subnets = scaled(1_000, minimum: 8)
        securityGroups = scaled(5_000, minimum: 10)
        rules = scaled(100_000, minimum: 200)
        networkACLs = scaled(200, minimum: 2)
        entriesPerACL = 40
        mwaaEnvironments = scaled(50, minimum: 1)
        vpcEndpoints = scaled(500, minimum: 10)
        prefixLists = scaled(20, minimum: 2)
    }

    public static let small = BenchmarkSize(name: "S", fraction: 0.01)
    public static let medium = BenchmarkSize(name: "M", fraction: 0.1)
    public static let large = BenchmarkSize(name: "L", fraction: 0.5)
    public static let extraLarge = BenchmarkSize(name: "XL", fraction: 1)

    public static let all = [small, medium, large, extraLarge]

    /// The size called `name` (`S`, `M`, `L`, `XL`, case-insensitive).
    public static func named(_ name: String) -> BenchmarkSize? {
        all.first { $0.name.lowercased() == name.lowercased() }
    }

    public var description: String {
        "\(name): \(securityGroups) groups, \(rules) rules, \(subnets) subnets, \(networkACLs) NACLs × \(entriesPerACL), \(mwaaEnvironments) MWAA, \(vpcEndpoints) endpoints"
    }
}
