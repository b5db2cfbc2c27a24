/// The top-level keys of AWS CLI output that the importer reads, each naming the call
/// that prints it and the member holding each object's AWS id.
enum AWSCLIOutputKey: String, CaseIterable, Sendable {
    case vpcs = "Vpcs"
    case subnets = "Subnets"
    case securityGroups = "SecurityGroups"
    case networkACLs = "NetworkAcls"
    case routeTables = "RouteTables"
    case vpcEndpoints = "VpcEndpoints"
    case prefixLists = "PrefixLists"
    case managedPrefixLists = "ManagedPrefixLists"
    case prefixListEntries = "Entries"
    case internetGateways = "InternetGateways"
    case egressOnlyInternetGateways = "EgressOnlyInternetGateways"
    case natGateways = "NatGateways"
    case vpnGateways = "VpnGateways"
    case transitGateways = "TransitGateways"
    case peeringConnections = "VpcPeeringConnections"
    case networkInterfaces = "NetworkInterfaces"
    case reservations = "Reservations"
    case mwaaEnvironment = "Environment"
    case redshiftClusters = "Clusters"
    case redshiftSubnetGroups = "ClusterSubnetGroups"
    case dbInstances = "DBInstances"
    case dbSubnetGroups = "DBSubnetGroups"
    case role = "Role"
    /// `get-role-policy` output has no wrapping key: its `PolicyDocument` beside a
    /// `PolicyName` (and the `RoleName`) marks it.
    case rolePolicy = "PolicyDocument"
    case rolePolicyNames = "PolicyNames"
    case attachedRolePolicies = "AttachedPolicies"
    case policyVersion = "PolicyVersion"

    /// The AWS CLI call whose output has this key.
    var command: String {
        switch self {
        case .vpcs: "aws ec2 describe-vpcs"
        case .subnets: "aws ec2 describe-subnets"
        case .securityGroups: "aws ec2 describe-security-groups"
        case .networkACLs: "aws ec2 describe-network-acls"
        case .routeTables: "aws ec2 describe-route-tables"
        case .vpcEndpoints: "aws ec2 describe-vpc-endpoints"
        case .prefixLists: "aws ec2 describe-prefix-lists (or describe-managed-prefix-lists)"
        case .managedPrefixLists: "aws ec2 describe-managed-prefix-lists"
        case .prefixListEntries: "aws ec2 get-managed-prefix-list-entries"
        case .internetGateways: "aws ec2 describe-internet-gateways"
        case .egressOnlyInternetGateways: "aws ec2 describe-egress-only-internet-gateways"
        case .natGateways: "aws ec2 describe-nat-gateways"
        case .vpnGateways: "aws ec2 describe-vpn-gateways"
        case .transitGateways: "aws ec2 describe-transit-gateways"
        case .peeringConnections: "aws ec2 describe-vpc-peering-connections"
        case .networkInterfaces: "aws ec2 describe-network-interfaces"
        case .reservations: "aws ec2 describe-instances"
        case .mwaaEnvironment: "aws mwaa get-environment"
        case .redshiftClusters: "aws redshift describe-clusters"
        case .redshiftSubnetGroups: "aws redshift describe-cluster-subnet-groups"
        case .dbInstances: "aws rds describe-db-instances"
        case .dbSubnetGroups: "aws rds describe-db-subnet-groups"
        case .role: "aws iam get-role"
        case .rolePolicy: "aws iam get-role-policy"
        case .rolePolicyNames: "aws iam list-role-policies"
        case .attachedRolePolicies: "aws iam list-attached-role-policies"
        case .policyVersion: "aws iam get-policy-version"
        }
    }

    /// The member of each object that holds its id (for instances: of each instance in a
    /// reservation).
    var idKey: String {
        switch self {
        case .vpcs: "VpcId"
        case .subnets: "SubnetId"
        case .securityGroups: "GroupId"
        case .networkACLs: "NetworkAclId"
        case .routeTables: "RouteTableId"
        case .vpcEndpoints: "VpcEndpointId"
        case .prefixLists, .managedPrefixLists, .prefixListEntries: "PrefixListId"
        case .internetGateways: "InternetGatewayId"
        case .egressOnlyInternetGateways: "EgressOnlyInternetGatewayId"
        case .natGateways: "NatGatewayId"
        case .vpnGateways: "VpnGatewayId"
        case .transitGateways: "TransitGatewayId"
        case .peeringConnections: "VpcPeeringConnectionId"
        case .networkInterfaces: "NetworkInterfaceId"
        case .reservations: "InstanceId"
        case .mwaaEnvironment: "Name"
        case .redshiftClusters: "ClusterIdentifier"
        case .redshiftSubnetGroups: "ClusterSubnetGroupName"
        case .dbInstances: "DBInstanceIdentifier"
        case .dbSubnetGroups: "DBSubnetGroupName"
        case .role: "RoleName"
        case .rolePolicy, .rolePolicyNames: "PolicyName"
        case .attachedRolePolicies: "PolicyArn"
        case .policyVersion: "VersionId"
        }
    }

    /// What one object is called in messages.
    var objectName: String {
        switch self {
        case .reservations: "an instance"
        case .mwaaEnvironment: "an MWAA environment"
        case .prefixListEntries: "a prefix list entry"
        case .role: "a role"
        case .rolePolicy: "an inline policy"
        case .rolePolicyNames: "a policy name"
        case .attachedRolePolicies: "an attached policy"
        case .policyVersion: "a policy version"
        default: "an element of \(rawValue)"
        }
    }
}
