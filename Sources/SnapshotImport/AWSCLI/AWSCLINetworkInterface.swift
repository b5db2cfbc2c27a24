import NetworkModel

/// What the importer needs of one network interface, read from `describe-network-interfaces`
/// or from an instance's `NetworkInterfaces` in `describe-instances` (the same shape).
struct AWSCLINetworkInterface {
    let id: String
    let subnet: String?
    let groups: [String]
    /// Every private address: IPv4 (primary and secondary) and IPv6.
    let privateIPs: [IPAddress]
    let hasPublicIP: Bool
    /// The instance it is attached to, if any.
    let instance: String?
    let deviceIndex: Int?
    /// `interface`, `nat_gateway`, `vpc_endpoint`, `lambda`, … when the output says.
    let interfaceType: String?
    /// Description and requester, lowercased, to tell whose interface it is.
    let ownerText: String
    let record: AWSCLIRecord

    init(_ record: AWSCLIRecord) throws(InputError) {
        self.record = record
        id = try record.requiredString("NetworkInterfaceId", "a network interface")
        subnet = try record.string("SubnetId")
        var groups: [String] = []
        for group in try record.objects("Groups", "a group") {
            groups.append(try group.requiredString("GroupId", "an interface's group"))
        }
        self.groups = groups
        var addresses: [IPAddress] = []
        var isPublic = try record.child("Association")?.string("PublicIp") != nil
        for address in try record.objects("PrivateIpAddresses", "a private address") {
            if let ip = try address.ipAddress("PrivateIpAddress"), !addresses.contains(ip) {
                addresses.append(ip)
            }
            if try address.child("Association")?.string("PublicIp") != nil { isPublic = true }
        }
        if let primary = try record.ipAddress("PrivateIpAddress"), !addresses.contains(primary) {
            addresses.insert(primary, at: 0)
        }
        for address in try record.objects("Ipv6Addresses", "an IPv6 address") {
            if let ip = try address.ipAddress("Ipv6Address") { addresses.append(ip) }
        }
        privateIPs = addresses
        hasPublicIP = isPublic
        instance = try record.child("Attachment")?.string("InstanceId")
        deviceIndex = try record.child("Attachment")?.int("DeviceIndex")
        interfaceType = try record.string("InterfaceType")
        ownerText = [try record.string("Description"), try record.string("RequesterId")]
            .compactMap { $0 }.joined(separator: " ").lowercased()
    }

    /// Whether the interface could belong to a workload in `subnets` carrying exactly
    /// `groups`: not attached to an instance, an ordinary interface, and not described
    /// as another service's (`hints` name the workload's own service).
    func couldBelong(subnets: [String], groups: [String], hints: [String]) -> Bool {
        guard instance == nil, interfaceType == nil || interfaceType == "interface",
            let subnet, subnets.contains(subnet), Set(self.groups) == Set(groups)
        else { return false }
        let services = [
            "rds", "redshift", "elb", "lambda", "vpc endpoint", "nat gateway", "efs",
            "airflow", "mwaa", "elasticache", "eks", "ecs",
        ]
        let words = ownerText.split { !$0.isLetter }
        return !services.contains { service in
            guard !hints.contains(service) else { return false }
            return service.contains(" ")
                ? ownerText.contains(service) : words.contains { $0.hasPrefix(service) }
        }
    }
}
