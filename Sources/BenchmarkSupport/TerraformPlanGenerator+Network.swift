extension TerraformPlanGenerator.Draft {
    /// VPCs peered in a chain, each with an internet gateway, a NAT gateway, subnets,
    /// route tables and NACLs (one in four with separate `aws_network_acl_rule`s).
    mutating func addNetwork() {
        for vpc in 0..<vpcCount {
            add(
                "aws_vpc", "net", vpc,
                #"{"arn":"\#(Self.arn("ec2", "vpc/\(vpcID(vpc))"))","assign_generated_ipv6_cidr_block":false,"cidr_block":"\#(vpcCIDR(vpc))","default_network_acl_id":"\#(Self.id("acl", 14, vpc))","default_route_table_id":"\#(Self.id("rtb", 13, vpc))","default_security_group_id":"\#(Self.id("sg", 19, vpc))","dhcp_options_id":"\#(Self.id("dopt", 15, vpc))","enable_dns_hostnames":true,"enable_dns_support":true,"enable_network_address_usage_metrics":false,"id":"\#(vpcID(vpc))","instance_tenancy":"default","ipv4_ipam_pool_id":null,"ipv4_netmask_length":null,"ipv6_association_id":"","ipv6_cidr_block":"","ipv6_cidr_block_network_border_group":"","ipv6_ipam_pool_id":"","ipv6_netmask_length":0,"main_route_table_id":"\#(Self.id("rtb", 13, vpc))","owner_id":"\#(TerraformPlanGenerator.account)",\#(Self.tags("net-\(vpc)", team: vpc))}"#
            )
            add(
                "aws_internet_gateway", "net", vpc,
                #"{"arn":"\#(Self.arn("ec2", "internet-gateway/\(internetGatewayID(vpc))"))","id":"\#(internetGatewayID(vpc))","owner_id":"\#(TerraformPlanGenerator.account)",\#(Self.tags("igw-\(vpc)", team: vpc)),"timeouts":null,"vpc_id":"\#(vpcID(vpc))"}"#
            )
            add(
                "aws_nat_gateway", "net", vpc,
                #"{"allocation_id":"\#(Self.id("eipalloc", 16, vpc))","connectivity_type":"public","id":"\#(natID(vpc))","network_interface_id":"\#(Self.id("eni", 17, vpc))","private_ip":"10.\#(vpc).0.5","public_ip":"54.78.\#(vpc).5","subnet_id":"\#(subnetID(subnet(vpc, 0)))",\#(Self.tags("nat-\(vpc)", team: vpc)),"timeouts":null}"#
            )
        }
        for index in 0..<(vpcCount - 1) {
            add(
                "aws_vpc_peering_connection", "chain", index,
                #"{"accept_status":"active","accepter":[],"auto_accept":true,"id":"\#(peeringID(index))","peer_owner_id":"\#(TerraformPlanGenerator.account)","peer_region":"\#(TerraformPlanGenerator.region)","peer_vpc_id":"\#(vpcID(index + 1))","requester":[],\#(Self.tags("peer-\(index)", team: index)),"timeouts":null,"vpc_id":"\#(vpcID(index))"}"#
            )
        }
        let subnetCount = vpcCount * subnetsPerVPC
        for index in 0..<subnetCount {
            let vpc = index % vpcCount
            add(
                "aws_subnet", "net", index,
                #"{"arn":"\#(Self.arn("ec2", "subnet/\(subnetID(index))"))","assign_ipv6_address_on_creation":false,"availability_zone":"eu-west-1\#(["a", "b", "c"][index % 3])","cidr_block":"\#(subnetCIDR(index))","enable_dns64":false,"id":"\#(subnetID(index))","ipv6_cidr_block":"","map_public_ip_on_launch":\#(index / vpcCount == 0),"owner_id":"\#(TerraformPlanGenerator.account)",\#(Self.tags("subnet-\(index)", team: vpc)),"timeouts":null,"vpc_id":"\#(vpcID(vpc))"}"#
            )
        }
        addRouteTables(subnetCount: subnetCount)
        addNetworkACLs(subnetCount: subnetCount)
    }

    private mutating func addRouteTables(subnetCount: Int) {
        func route(cidr: String, _ target: String, _ id: String) -> String {
            let targets = [
                "carrier_gateway_id", "core_network_arn", "egress_only_gateway_id", "gateway_id",
                "local_gateway_id", "nat_gateway_id", "network_interface_id", "transit_gateway_id",
                "vpc_endpoint_id", "vpc_peering_connection_id",
            ]
            let members = targets.map { #""\#($0)":"\#($0 == target ? id : "")""# }
            return
                #"{"cidr_block":"\#(cidr)","destination_prefix_list_id":"","ipv6_cidr_block":"",\#(members.joined(separator: ","))}"#
        }
        for index in 0..<(vpcCount * tablesPerVPC) {
            let vpc = index % vpcCount
            var routes = [
                index < vpcCount
                    ? route(cidr: "0.0.0.0/0", "gateway_id", internetGatewayID(vpc))
                    : route(cidr: "0.0.0.0/0", "nat_gateway_id", natID(vpc))
            ]
            if vpc > 0 {
                routes.append(
                    route(cidr: vpcCIDR(vpc - 1), "vpc_peering_connection_id", peeringID(vpc - 1)))
            }
            if vpc + 1 < vpcCount {
                routes.append(
                    route(cidr: vpcCIDR(vpc + 1), "vpc_peering_connection_id", peeringID(vpc)))
            }
            add(
                "aws_route_table", "net", index,
                #"{"arn":"\#(Self.arn("ec2", "route-table/\(tableID(index))"))","id":"\#(tableID(index))","owner_id":"\#(TerraformPlanGenerator.account)","propagating_vgws":[],"route":[\#(routes.joined(separator: ","))],\#(Self.tags("rt-\(index)", team: vpc)),"timeouts":null,"vpc_id":"\#(vpcID(vpc))"}"#
            )
        }
        for index in 0..<subnetCount {
            let vpc = index % vpcCount
            let slot = index / vpcCount
            let table = slot == 0 ? vpc : vpc + vpcCount * (slot % tablesPerVPC)
            add(
                "aws_route_table_association", "net", index,
                #"{"gateway_id":"","id":"\#(Self.id("rtbassoc", 18, index))","route_table_id":"\#(tableID(table))","subnet_id":"\#(subnetID(index))","timeouts":null}"#
            )
        }
    }

    /// 40 entries per ACL: denies of outside blocks, the VPCs' 10.0.0.0/8, HTTPS,
    /// replies and a few narrower allows; the same shape in both directions.
    private mutating func addNetworkACLs(subnetCount: Int) {
        let aclCount = vpcCount * aclsPerVPC
        var members: [[Int]] = Array(repeating: [], count: aclCount)
        for index in 0..<subnetCount {
            let vpc = index % vpcCount
            members[vpc + vpcCount * ((index / vpcCount) % aclsPerVPC)].append(index)
        }
        for acl in 0..<aclCount {
            let vpc = acl % vpcCount
            let separate = acl % 4 == 0
            var inline: [String: [String]] = ["ingress": [], "egress": []]
            for direction in ["ingress", "egress"] {
                for slot in 0..<(size.entriesPerACL / 2) {
                    let number = 10 * (slot + 1)
                    let (action, protocolName, ports, cidr) = Self.aclEntry(slot: slot, acl: acl)
                    if separate {
                        add(
                            "aws_network_acl_rule", "net_\(direction)",
                            acl * size.entriesPerACL + slot,
                            #"{"cidr_block":"\#(cidr)","egress":\#(direction == "egress"),"from_port":\#(ports.lowerBound),"icmp_code":null,"icmp_type":null,"id":"nacl-\#(acl * 1000 + number)","ipv6_cidr_block":"","network_acl_id":"\#(aclID(acl))","protocol":"\#(protocolName)","rule_action":"\#(action)","rule_number":\#(number),"to_port":\#(ports.upperBound)}"#
                        )
                    }
                    inline[direction]!.append(
                        #"{"action":"\#(action)","cidr_block":"\#(cidr)","from_port":\#(ports.lowerBound),"icmp_code":0,"icmp_type":0,"ipv6_cidr_block":"","protocol":"\#(protocolName)","rule_no":\#(number),"to_port":\#(ports.upperBound)}"#
                    )
                }
            }
            add(
                "aws_network_acl", "net", acl,
                #"{"arn":"\#(Self.arn("ec2", "network-acl/\(aclID(acl))"))","egress":[\#(inline["egress"]!.joined(separator: ","))],"id":"\#(aclID(acl))","ingress":[\#(inline["ingress"]!.joined(separator: ","))],"owner_id":"\#(TerraformPlanGenerator.account)","subnet_ids":\#(Self.quoted(members[acl].map(subnetID))),\#(Self.tags("acl-\(acl)", team: vpc)),"vpc_id":"\#(vpcID(vpc))"}"#
            )
        }
    }

    static func aclEntry(slot: Int, acl: Int) -> (String, String, ClosedRange<Int>, String) {
        switch slot {
        case 0..<6: ("deny", "-1", 0...0, "192.168.\(slot * 16 + acl % 16).0/24")
        case 6: ("allow", "-1", 0...0, "10.0.0.0/8")
        case 7: ("allow", "6", 443...443, "0.0.0.0/0")
        case 8: ("allow", "6", 1024...65535, "0.0.0.0/0")
        case 9: ("allow", "17", 1024...65535, "0.0.0.0/0")
        case 10: ("allow", "17", 53...53, "0.0.0.0/0")
        case 11: ("deny", "6", 22...22, "0.0.0.0/0")
        case 12: ("deny", "6", 3389...3389, "0.0.0.0/0")
        default: ("allow", "6", (8000 + slot)...(8000 + slot), "172.\(16 + slot).\(acl % 256).0/24")
        }
    }

    mutating func addPrefixLists() {
        for index in 0..<size.prefixLists {
            let entries = (0..<10).map {
                #"{"cidr":"172.\#(16 + $0).\#(index % 256).0/24","description":"office \#($0)"}"#
            }
            add(
                "aws_ec2_managed_prefix_list", "offices", index,
                #"{"address_family":"IPv4","arn":"\#(Self.arn("ec2", "prefix-list/\(prefixListID(index))"))","entry":[\#(entries.joined(separator: ","))],"id":"\#(prefixListID(index))","max_entries":20,"name":"offices-\#(index)","owner_id":"\#(TerraformPlanGenerator.account)",\#(Self.tags("offices-\(index)", team: index)),"version":3}"#
            )
        }
    }
}
