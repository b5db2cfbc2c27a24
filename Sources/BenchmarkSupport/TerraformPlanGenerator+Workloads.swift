extension TerraformPlanGenerator.Draft {
    var generalGroupCount: Int {
        max(1, size.securityGroups - 2 * size.mwaaEnvironments - vpcCount)
    }
    func mwaaGroup(_ environment: Int) -> Int { generalGroupCount + environment }
    func redshiftGroup(_ environment: Int) -> Int {
        generalGroupCount + size.mwaaEnvironments + environment
    }
    func endpointGroup(_ vpc: Int) -> Int { generalGroupCount + 2 * size.mwaaEnvironments + vpc }

    /// Each MWAA environment in two subnets of its VPC with its execution role, and a
    /// Redshift cluster in two others.
    mutating func addWorkloads() {
        for environment in 0..<size.mwaaEnvironments {
            let vpc = environment % vpcCount
            let name = "env-\(environment)"
            let role =
                "arn:aws:iam::\(TerraformPlanGenerator.account):role/service-role/\(name)-exec"
            let subnets = [subnet(vpc, 1), subnet(vpc, 2)].map(subnetID)
            let logs = [
                "dag_processing_logs", "scheduler_logs", "task_logs", "webserver_logs",
                "worker_logs",
            ]
            .map {
                #""\#($0)":[{"cloud_watch_log_group_arn":"\#(Self.arn("logs", "log-group:airflow-\(name)-\($0)"))","enabled":true,"log_level":"INFO"}]"#
            }
            add(
                "aws_mwaa_environment", "env", environment,
                #"{"airflow_configuration_options":{"core.default_timezone":"utc"},"airflow_version":"2.10.1","arn":"\#(Self.arn("airflow", "environment/\(name)"))","dag_s3_path":"dags/","endpoint_management":"SERVICE","environment_class":"mw1.small","execution_role_arn":"\#(role)","id":"\#(name)","kms_key":"\#(Self.arn("kms", "key/\(name)"))","logging_configuration":[{\#(logs.joined(separator: ","))}],"max_workers":10,"min_workers":1,"name":"\#(name)","network_configuration":[{"security_group_ids":["\#(groupID(mwaaGroup(environment)))"],"subnet_ids":\#(Self.quoted(subnets))}],"source_bucket_arn":"arn:aws:s3:::airflow-\#(name)","status":"AVAILABLE",\#(Self.tags(name, team: environment)),"webserver_access_mode":"PRIVATE_ONLY"}"#
            )
            let trust =
                #"{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":["airflow.amazonaws.com","airflow-env.amazonaws.com"]}}],"Version":"2012-10-17"}"#
            let policy =
                #"{"Statement":[{"Action":"airflow:PublishMetrics","Effect":"Allow","Resource":"\#(Self.arn("airflow", "environment/\(name)"))"},{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*"],"Effect":"Allow","Resource":["arn:aws:s3:::airflow-\#(name)","arn:aws:s3:::airflow-\#(name)/*"]},{"Action":["logs:CreateLogStream","logs:CreateLogGroup","logs:PutLogEvents","logs:GetLogEvents"],"Effect":"Allow","Resource":"\#(Self.arn("logs", "log-group:airflow-\(name)-*"))"},{"Action":["sqs:ChangeMessageVisibility","sqs:DeleteMessage","sqs:GetQueueAttributes","sqs:GetQueueUrl","sqs:ReceiveMessage","sqs:SendMessage"],"Effect":"Allow","Resource":"arn:aws:sqs:eu-west-1:*:airflow-celery-*"}],"Version":"2012-10-17"}"#
            add(
                "aws_iam_role", "mwaa_exec", environment,
                #"{"arn":"\#(role)","assume_role_policy":\#(Self.escaped(trust)),"description":"Execution role of \#(name)","force_detach_policies":false,"id":"\#(name)-exec","inline_policy":[{"name":"\#(name)-exec-policy","policy":\#(Self.escaped(policy))}],"managed_policy_arns":[],"max_session_duration":3600,"name":"\#(name)-exec","path":"/service-role/",\#(Self.tags(name, team: environment))}"#
            )
            let dataSubnets = [subnet(vpc, 3), subnet(vpc, 4)]
            add(
                "aws_redshift_subnet_group", "dw", environment,
                #"{"arn":"\#(Self.arn("redshift", "subnetgroup:dw-\(environment)"))","description":"Data subnets","id":"dw-\#(environment)","name":"dw-\#(environment)","subnet_ids":\#(Self.quoted(dataSubnets.map(subnetID))),\#(Self.tags("dw-\(environment)", team: environment))}"#
            )
            let nodeAddress =
                "10.\(vpc).\(dataSubnets[0] / vpcCount).\(10 + environment / vpcCount)"
            add(
                "aws_redshift_cluster", "dw", environment,
                #"{"allow_version_upgrade":true,"arn":"\#(Self.arn("redshift", "cluster:dw-\(environment)"))","automated_snapshot_retention_period":7,"availability_zone":"eu-west-1a","cluster_identifier":"dw-\#(environment)","cluster_nodes":[{"node_role":"SHARED","private_ip_address":"\#(nodeAddress)","public_ip_address":""}],"cluster_subnet_group_name":"dw-\#(environment)","cluster_type":"single-node","database_name":"analytics","encrypted":true,"enhanced_vpc_routing":false,"id":"dw-\#(environment)","node_type":"ra3.xlplus","number_of_nodes":1,"port":5439,"publicly_accessible":false,\#(Self.tags("dw-\(environment)", team: environment)),"vpc_security_group_ids":["\#(groupID(redshiftGroup(environment)))"]}"#
            )
        }
    }

    static let interfaceServices = [
        "sqs", "logs", "monitoring", "kms", "ecr.api", "ecr.dkr", "airflow.api", "airflow.env",
        "airflow.ops", "sts", "secretsmanager", "ssm", "ssmmessages", "ec2messages", "ec2",
        "elasticloadbalancing", "sns", "events", "lambda", "execute-api", "athena", "glue",
        "kinesis-streams", "redshift-data", "rds", "states", "ecs",
    ]

    /// Per VPC: an S3 gateway endpoint on its route tables, then interface endpoints, each
    /// with a policy naming the organisation.
    mutating func addEndpoints() {
        for index in 0..<size.vpcEndpoints {
            let vpc = index % vpcCount
            let slot = index / vpcCount
            let id = Self.id("vpce", 20, index)
            let isGateway = slot == 0
            let service =
                isGateway ? "s3" : Self.interfaceServices[(slot - 1) % Self.interfaceServices.count]
            let policy =
                #"{"Statement":[{"Action":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}},"Effect":"Allow","Principal":"*","Resource":"*","Sid":"OrgOnly"},{"Action":"\#(service.split(separator: ".")[0]):Delete*","Effect":"Deny","Principal":"*","Resource":"*","Sid":"NoDeletes"}],"Version":"2012-10-17"}"#
            let tables = (0..<tablesPerVPC).map { tableID(vpc + vpcCount * $0) }
            let subnets = [subnet(vpc, 1), subnet(vpc, 2)].map(subnetID)
            add(
                "aws_vpc_endpoint", isGateway ? "gateway" : "interface", index,
                #"{"arn":"\#(Self.arn("ec2", "vpc-endpoint/\(id)"))","auto_accept":null,"cidr_blocks":\#(isGateway ? #"["52.218.0.0/17","3.5.64.0/21"]"# : "[]"),"dns_entry":[],"id":"\#(id)","ip_address_type":"ipv4","network_interface_ids":[],"owner_id":"\#(TerraformPlanGenerator.account)","policy":\#(Self.escaped(policy)),"prefix_list_id":\#(isGateway ? #""pl-6da54004""# : "null"),"private_dns_enabled":\#(!isGateway),"requester_managed":false,"route_table_ids":\#(Self.quoted(isGateway ? tables : [])),"security_group_ids":\#(Self.quoted(isGateway ? [] : [groupID(endpointGroup(vpc))])),"service_name":"com.amazonaws.eu-west-1.\#(service)","state":"available","subnet_ids":\#(Self.quoted(isGateway ? [] : subnets)),\#(Self.tags("vpce-\(service)-\(vpc)", team: vpc)),"vpc_endpoint_type":"\#(isGateway ? "Gateway" : "Interface")","vpc_id":"\#(vpcID(vpc))"}"#
            )
        }
    }
}
