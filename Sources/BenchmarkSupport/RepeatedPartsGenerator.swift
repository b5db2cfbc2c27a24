/// A small network in which `count` resources each add one ``RepeatedPart`` to the same
/// object: VPC `vpc-1` with route table `rtb-1`, network ACL `acl-1`, interface endpoint
/// `vpce-1`, prefix list `pl-1`, role `role-1` and MWAA environment `aws_mwaa_environment.main`
/// (subnets `subnet-mwaa-a` and `-b`, group `sg-mwaa`, so that `check` has an environment
/// to check), plus the resources of the part, named `TYPE.part[i]`. `HostileInputTests` import it at 5,000
/// parts and check what each part became; `vpcreach-bench --repeated N` times it.
public struct RepeatedPartsGenerator: Sendable {
    public let part: RepeatedPart
    public let count: Int

    public init(part: RepeatedPart, count: Int) {
        self.part = part
        self.count = count
    }

    /// The `i`-th of the distinct /24 blocks the parts use, from 100.0.0.0/24 on.
    public static func block(_ index: Int) -> String {
        "\(100 + index >> 16).\((index >> 8) & 255).\(index & 255).0/24"
    }

    /// `terraform show -json` of the state.
    public func generate() -> [UInt8] {
        let resources = Self.base + parts()
        return Array(
            #"{"format_version":"1.0","values":{"root_module":{"resources":[\#(resources.joined(separator: ","))]}}}"#
                .utf8)
    }

    private static func resource(_ type: String, _ name: String, _ values: String) -> String {
        #"{"address":"\#(type).\#(name)","mode":"managed","type":"\#(type)","name":"\#(name)","values":{\#(values)}}"#
    }

    private func parts(_ type: String, _ values: (Int) -> String) -> [String] {
        (0..<count).map { Self.resource(type, "part[\($0)]", values($0)) }
    }

    private static let base = [
        resource("aws_vpc", "main", #""id":"vpc-1","cidr_block":"10.0.0.0/16""#),
        resource("aws_internet_gateway", "main", #""id":"igw-1","vpc_id":"vpc-1""#),
        resource("aws_route_table", "main", #""id":"rtb-1","vpc_id":"vpc-1","route":[]"#),
        resource(
            "aws_network_acl", "main", #""id":"acl-1","vpc_id":"vpc-1","ingress":[],"egress":[]"#),
        resource(
            "aws_vpc_endpoint", "main",
            #""id":"vpce-1","vpc_id":"vpc-1","service_name":"com.amazonaws.eu-west-1.sqs","vpc_endpoint_type":"Interface","subnet_ids":[],"security_group_ids":[],"route_table_ids":[]"#
        ),
        resource(
            "aws_ec2_managed_prefix_list", "main",
            #""id":"pl-1","name":"offices","address_family":"IPv4","entry":[]"#),
        resource(
            "aws_iam_role", "main",
            #""id":"role-1","name":"role-1","arn":"arn:aws:iam::111122223333:role/role-1","assume_role_policy":"{}","inline_policy":[],"managed_policy_arns":[]"#
        ),
        resource(
            "aws_subnet", "mwaa_a",
            #""id":"subnet-mwaa-a","vpc_id":"vpc-1","cidr_block":"10.0.250.0/24","availability_zone":"eu-west-1a""#
        ),
        resource(
            "aws_subnet", "mwaa_b",
            #""id":"subnet-mwaa-b","vpc_id":"vpc-1","cidr_block":"10.0.251.0/24","availability_zone":"eu-west-1b""#
        ),
        resource(
            "aws_security_group", "mwaa",
            #""id":"sg-mwaa","vpc_id":"vpc-1","name":"mwaa","ingress":[{"protocol":"-1","from_port":0,"to_port":0,"self":true}],"egress":[{"protocol":"-1","from_port":0,"to_port":0,"cidr_blocks":["0.0.0.0/0"]}]"#
        ),
        resource(
            "aws_mwaa_environment", "main",
            #""id":"main","name":"main","arn":"arn:aws:airflow:eu-west-1:111122223333:environment/main","execution_role_arn":"arn:aws:iam::111122223333:role/role-1","webserver_access_mode":"PRIVATE_ONLY","source_bucket_arn":"arn:aws:s3:::airflow-main","network_configuration":[{"security_group_ids":["sg-mwaa"],"subnet_ids":["subnet-mwaa-a","subnet-mwaa-b"]}]"#
        ),
    ]

    /// The rule `sameRule` repeats: TCP 443 from 10.0.0.0/8.
    private static let rule =
        #""protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["10.0.0.0/8"],"ipv6_cidr_blocks":[],"prefix_list_ids":[],"security_groups":[],"self":false"#

    private func parts() -> [String] {
        switch part {
        case .distinctRoutes:
            return parts("aws_route") {
                #""route_table_id":"rtb-1","destination_cidr_block":"\#(Self.block($0))","gateway_id":"igw-1""#
            }
        case .sameRoute:
            return parts("aws_route") { _ in
                #""route_table_id":"rtb-1","destination_cidr_block":"100.0.0.0/8","gateway_id":"igw-1""#
            }
        case .sameRule:
            let inline = Array(repeating: "{\(Self.rule)}", count: count)
            let group = Self.resource(
                "aws_security_group", "main",
                #""id":"sg-1","vpc_id":"vpc-1","name":"main","egress":[],"ingress":[\#(inline.joined(separator: ","))]"#
            )
            return [group]
                + parts("aws_security_group_rule") { _ in
                    #""type":"ingress","security_group_id":"sg-1",\#(Self.rule)"#
                }
        case .sameEntry:
            return parts("aws_network_acl_rule") { _ in
                #""network_acl_id":"acl-1","rule_number":100,"egress":false,"protocol":"tcp","rule_action":"allow","cidr_block":"10.0.0.0/8","from_port":443,"to_port":443"#
            }
        case .subnetAssociations:
            return subnets()
                + parts("aws_network_acl_association") {
                    #""network_acl_id":"acl-1","subnet_id":"subnet-\#($0)""#
                }
                + parts("aws_route_table_association") {
                    #""route_table_id":"rtb-1","subnet_id":"subnet-\#($0)""#
                }
        case .endpointAssociations:
            return subnets()
                + parts("aws_security_group") {
                    #""id":"sg-\#($0)","vpc_id":"vpc-1","name":"g\#($0)","ingress":[],"egress":[]"#
                }
                + parts("aws_vpc_endpoint_subnet_association") {
                    #""vpc_endpoint_id":"vpce-1","subnet_id":"subnet-\#($0)""#
                }
                + parts("aws_vpc_endpoint_security_group_association") {
                    #""vpc_endpoint_id":"vpce-1","security_group_id":"sg-\#($0 / 2)""#
                }
        case .blocks:
            return parts("aws_vpc_ipv4_cidr_block_association") {
                #""vpc_id":"vpc-1","cidr_block":"\#(Self.block($0 / 2))""#
            }
                + parts("aws_ec2_managed_prefix_list_entry") {
                    #""prefix_list_id":"pl-1","cidr":"\#(Self.block($0 / 2))""#
                }
        case .rolePolicies:
            return parts("aws_iam_role_policy") {
                #""role":"role-1","name":"p\#($0 % 100)","policy":"{\"Statement\":[],\"Sid\":\"\#($0)\"}""#
            }
                + parts("aws_iam_role_policy_attachment") {
                    #""role":"role-1","policy_arn":"arn:aws:iam::aws:policy/P\#($0 / 2)""#
                }
        case .interfaceEndpoints:
            return interfaceEndpoints()
        case .instances:
            return instances()
        case .mainTables:
            return parts("aws_route_table") {
                #""id":"rtb-x\#($0)","vpc_id":"vpc-1","route":[]"#
            }
                + parts("aws_main_route_table_association") {
                    #""route_table_id":"rtb-x\#($0)","vpc_id":"vpc-1""#
                }
        }
    }

    private func interfaceEndpoints() -> [String] {
        parts("aws_vpc_endpoint") {
            #""id":"vpce-x\#($0)","vpc_id":"vpc-1","service_name":"com.example.eu-west-1.service\#($0)","vpc_endpoint_type":"Interface","subnet_ids":["subnet-mwaa-a","subnet-mwaa-b"],"security_group_ids":["sg-mwaa"],"route_table_ids":[],"private_dns_enabled":true"#
        }
    }

    private func instances() -> [String] {
        let groups = (0..<100).map {
            Self.resource(
                "aws_security_group", "admitting[\($0)]",
                #""id":"sg-admitting-\#($0)","vpc_id":"vpc-1","name":"admitting-\#($0)","ingress":[{"protocol":"tcp","from_port":5432,"to_port":5432,"security_groups":["sg-mwaa"]}],"egress":[]"#
            )
        }
        return groups
            + parts("aws_instance") {
                #""id":"i-\#($0)","subnet_id":"subnet-mwaa-a","private_ip":"10.0.250.\#(10 + $0 % 240)","vpc_security_group_ids":["sg-admitting-\#($0 % 100)"]"#
            }
    }

    private func subnets() -> [String] {
        parts("aws_subnet") {
            #""id":"subnet-\#($0)","vpc_id":"vpc-1","cidr_block":"10.0.\#($0 % 256).0/24""#
        }
    }
}
