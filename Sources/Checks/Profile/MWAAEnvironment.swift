import NetworkModel

/// One MWAA environment as the checks see it: its workload, where it sits, and what its
/// profile derives (routing mode, region, account, partition).
struct MWAAEnvironment {
    var workload: Workload
    var settings: MWAAEnvironmentSettings
    var subnets: [Subnet]
    var groups: [ObjectID]
    var vpc: VPC?
    var routingMode: RoutingMode
    var region: String?
    var account: String?
    var partition: String
    /// The data stores it depends on and what "nothing extra is open" covers; set once by
    /// ``CheckRunner`` (they need the whole snapshot and the intents).
    var dataStores: [Workload] = []
    var scope: [ScopedResource] = []

    var id: ObjectID { workload.id }
    var address: String { workload.id.rawValue }
    var name: String { workload.name ?? workload.id.rawValue }

    init(_ workload: Workload, index: NetworkSnapshotIndex) {
        self.workload = workload
        settings = workload.mwaa ?? MWAAEnvironmentSettings()
        subnets = workload.subnets.compactMap { $0.objectID.flatMap(index.subnet) }
        groups = workload.securityGroups.compactMap(\.objectID)
        vpc = subnets.first.flatMap { $0.vpc.objectID }.flatMap(index.vpc)
        let natRoute = subnets.contains { subnet in
            index.routeTable(forSubnet: subnet.id)?.table.routes.contains {
                $0.target.kind == .natGateway && $0.destination == .cidr(.anyIPv4)
            } ?? false
        }
        routingMode = natRoute ? .publicRouting : .privateRouting
        let arnParts = [settings.arn?.value, settings.executionRoleARN?.value]
            .compactMap { $0 }.map { $0.split(separator: ":", omittingEmptySubsequences: false) }
        partition = arnParts.first(where: { $0.count > 1 }).map { String($0[1]) } ?? "aws"
        account =
            arnParts.compactMap { $0.count > 4 && !$0[4].isEmpty ? String($0[4]) : nil }
            .first
        let zone = subnets.compactMap { $0.availabilityZone?.value }.first
        region =
            settings.arn?.value.flatMap { arn in
                let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
                return parts.count > 3 && !parts[3].isEmpty ? String(parts[3]) : nil
            } ?? zone.flatMap { $0.last?.isLetter == true ? String($0.dropLast()) : nil }
    }

    /// The service names private routing needs, in the order findings list them: the
    /// `airflow.*` services (`airflow.ops` only in the `aws` partition), SQS, logs,
    /// monitoring, ECR, KMS when a customer key is set, and S3.
    var requiredServices: [String] {
        var services = ["airflow.api", "airflow.env"]
        if partition == "aws" { services.append("airflow.ops") }
        services += ["sqs", "logs", "monitoring", "ecr.api", "ecr.dkr"]
        if hasCustomerKey { services.append("kms") }
        services.append("s3")
        return services
    }

    var hasCustomerKey: Bool { settings.kmsKey != nil }

    var isPrivateWebServer: Bool { settings.webserverAccessMode != "PUBLIC_ONLY" }

    /// `com.amazonaws.REGION.SERVICE` (`cn.com.amazonaws…` in China).
    func endpointServiceName(_ service: String) -> String {
        let prefix = partition == "aws-cn" ? "cn.com.amazonaws" : "com.amazonaws"
        return "\(prefix).\(region ?? "REGION").\(service)"
    }
}
