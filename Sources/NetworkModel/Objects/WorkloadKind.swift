/// The kinds of workload that put network interfaces into subnets.
public enum WorkloadKind: String, Sendable, Hashable, Codable, CaseIterable {
    case mwaaEnvironment = "mwaa-environment"
    case redshiftCluster = "redshift-cluster"
    case redshiftServerlessWorkgroup = "redshift-serverless-workgroup"
    case rdsInstance = "rds-instance"
    case rdsCluster = "rds-cluster"
    case ec2Instance = "ec2-instance"
    case networkInterface = "network-interface"
    case lambdaFunction = "lambda-function"
    case eksCluster = "eks-cluster"

    /// The port the workload serves by default, when it is a data store.
    public var defaultPort: Int? {
        switch self {
        case .redshiftCluster, .redshiftServerlessWorkgroup: 5439
        default: nil
        }
    }

    /// Whether the workload is a data store (a destination other workloads depend on).
    public var isDataStore: Bool {
        switch self {
        case .redshiftCluster, .redshiftServerlessWorkgroup, .rdsInstance, .rdsCluster: true
        default: false
        }
    }
}
