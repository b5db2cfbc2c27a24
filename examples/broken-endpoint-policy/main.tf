# BROKEN VARIANT of ../mwaa-private/main.tf: the network is unchanged, but two
# VPC endpoint policies now deny requests MWAA needs. The S3 gateway endpoint
# gets an explicit Deny on everything outside the DAG bucket (NotResource), which
# also denies s3:GetObject on the ECR image layers in
# prod-eu-west-1-starport-layer-bucket; the SQS interface endpoint allows only
# queues of this account, and the Celery queue lives in an MWAA-owned account.
# `terraform show -json plan.out` of this change is ./plan.json.

terraform {
  required_version = ">= 1.9.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.75"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      ManagedBy = "terraform"
      Project   = "analytics"
    }
  }
}

variable "region" {
  type        = string
  default     = "eu-west-1"
  description = "AWS region"
}

variable "vpc_cidr" {
  type        = string
  default     = "10.20.0.0/16"
  description = "IPv4 CIDR of the analytics VPC"
}

variable "environment_name" {
  type        = string
  default     = "analytics"
  description = "Name of the MWAA environment"
}

variable "dag_bucket" {
  type        = string
  default     = "airflow-analytics-111122223333-euw1"
  description = "Versioned S3 bucket holding DAGs (owned by the data platform stack)"
}

locals {
  # Private routing: MWAA needs all of these (plus the S3 gateway endpoint below).
  interface_endpoints = toset([
    "airflow.api",
    "airflow.env",
    "airflow.ops",
    "sqs",
    "logs",
    "monitoring",
    "ecr.api",
    "ecr.dkr",
    "kms",
  ])
}

data "aws_caller_identity" "current" {}

# ---------------------------------------------------------------------------
# VPC and subnets
# ---------------------------------------------------------------------------

resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true # required for private DNS on interface endpoints

  tags = {
    Name = "analytics-vpc"
  }
}

resource "aws_subnet" "mwaa_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "eu-west-1a"

  tags = {
    Name = "analytics-mwaa-a"
    Tier = "mwaa"
  }
}

resource "aws_subnet" "mwaa_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.20.2.0/24"
  availability_zone = "eu-west-1b"

  tags = {
    Name = "analytics-mwaa-b"
    Tier = "mwaa"
  }
}

resource "aws_subnet" "data_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.20.11.0/24"
  availability_zone = "eu-west-1a"

  tags = {
    Name = "analytics-data-a"
    Tier = "data"
  }
}

resource "aws_subnet" "data_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.20.12.0/24"
  availability_zone = "eu-west-1b"

  tags = {
    Name = "analytics-data-b"
    Tier = "data"
  }
}

# ---------------------------------------------------------------------------
# Routing: no default route anywhere. The only non-local route of the MWAA
# route table is the S3 prefix-list route added by the gateway endpoint.
# ---------------------------------------------------------------------------

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  tags = {
    Name = "analytics-private"
  }
}

resource "aws_route_table" "data" {
  vpc_id = aws_vpc.main.id

  tags = {
    Name = "analytics-data"
  }
}

resource "aws_route_table_association" "mwaa_a" {
  subnet_id      = aws_subnet.mwaa_a.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table_association" "mwaa_b" {
  subnet_id      = aws_subnet.mwaa_b.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table_association" "data_a" {
  subnet_id      = aws_subnet.data_a.id
  route_table_id = aws_route_table.data.id
}

resource "aws_route_table_association" "data_b" {
  subnet_id      = aws_subnet.data_b.id
  route_table_id = aws_route_table.data.id
}

# ---------------------------------------------------------------------------
# Network ACLs (stateless: every flow needs its return path)
# ---------------------------------------------------------------------------

# MWAA subnets: inline rules.
resource "aws_network_acl" "mwaa" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.mwaa_a.id, aws_subnet.mwaa_b.id]

  # Airflow web server / interface endpoints, from anywhere in the VPC
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.vpc_cidr
    from_port  = 443
    to_port    = 443
  }

  # Metadata database endpoint (the other AZ's workers)
  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.vpc_cidr
    from_port  = 5432
    to_port    = 5432
  }

  # Replies from endpoints, peers and Redshift
  ingress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.vpc_cidr
    from_port  = 1024
    to_port    = 65535
  }

  # Replies from S3 (gateway endpoint): NACLs cannot use the prefix list
  ingress {
    rule_no    = 130
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.vpc_cidr
    from_port  = 443
    to_port    = 443
  }

  egress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.vpc_cidr
    from_port  = 5432
    to_port    = 5432
  }

  egress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.vpc_cidr
    from_port  = 5439
    to_port    = 5439
  }

  # Replies to clients inside the VPC
  egress {
    rule_no    = 130
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.vpc_cidr
    from_port  = 1024
    to_port    = 65535
  }

  # S3 through the gateway endpoint
  egress {
    rule_no    = 140
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  tags = {
    Name = "analytics-mwaa"
  }
}

# Data subnets: rules as separate resources.
resource "aws_network_acl" "data" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.data_a.id, aws_subnet.data_b.id]

  tags = {
    Name = "analytics-data"
  }
}

resource "aws_network_acl_rule" "data_in_redshift_from_mwaa_a" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = aws_subnet.mwaa_a.cidr_block
  from_port      = 5439
  to_port        = 5439
}

resource "aws_network_acl_rule" "data_in_redshift_from_mwaa_b" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = aws_subnet.mwaa_b.cidr_block
  from_port      = 5439
  to_port        = 5439
}

resource "aws_network_acl_rule" "data_out_ephemeral_to_mwaa_a" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = aws_subnet.mwaa_a.cidr_block
  from_port      = 1024
  to_port        = 65535
}

resource "aws_network_acl_rule" "data_out_ephemeral_to_mwaa_b" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = aws_subnet.mwaa_b.cidr_block
  from_port      = 1024
  to_port        = 65535
}

# ---------------------------------------------------------------------------
# Security groups
# ---------------------------------------------------------------------------

resource "aws_security_group" "mwaa" {
  name        = "mwaa-${var.environment_name}"
  description = "MWAA environment analytics: schedulers, workers, web server, metadata database"
  vpc_id      = aws_vpc.main.id

  tags = {
    Name = "mwaa-${var.environment_name}"
  }
}

resource "aws_security_group" "endpoints" {
  name        = "mwaa-${var.environment_name}-vpce"
  description = "Interface VPC endpoints used by MWAA analytics"
  vpc_id      = aws_vpc.main.id

  ingress {
    description     = "HTTPS from the MWAA environment"
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    security_groups = [aws_security_group.mwaa.id]
  }

  tags = {
    Name = "mwaa-${var.environment_name}-vpce"
  }
}

resource "aws_security_group" "redshift" {
  name        = "analytics-redshift"
  description = "Redshift cluster analytics-warehouse"
  vpc_id      = aws_vpc.main.id

  tags = {
    Name = "analytics-redshift"
  }
}

# MWAA: self-referencing ingress, tightened to what MWAA uses.
resource "aws_vpc_security_group_ingress_rule" "mwaa_self_postgres" {
  security_group_id            = aws_security_group.mwaa.id
  referenced_security_group_id = aws_security_group.mwaa.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "Airflow metadata database from the environment itself"
}

resource "aws_vpc_security_group_ingress_rule" "mwaa_self_https" {
  security_group_id            = aws_security_group.mwaa.id
  referenced_security_group_id = aws_security_group.mwaa.id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  description                  = "Airflow web server from the environment itself"
}

resource "aws_vpc_security_group_ingress_rule" "mwaa_https_from_vpc" {
  security_group_id = aws_security_group.mwaa.id
  cidr_ipv4         = var.vpc_cidr
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "Airflow UI for users inside the VPC"
}

resource "aws_vpc_security_group_egress_rule" "mwaa_to_endpoints" {
  security_group_id            = aws_security_group.mwaa.id
  referenced_security_group_id = aws_security_group.endpoints.id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  description                  = "AWS service interface endpoints"
}

resource "aws_vpc_security_group_egress_rule" "mwaa_self_postgres_out" {
  security_group_id            = aws_security_group.mwaa.id
  referenced_security_group_id = aws_security_group.mwaa.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "Airflow metadata database"
}

resource "aws_vpc_security_group_egress_rule" "mwaa_self_https_out" {
  security_group_id            = aws_security_group.mwaa.id
  referenced_security_group_id = aws_security_group.mwaa.id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  description                  = "Airflow web server"
}

resource "aws_vpc_security_group_egress_rule" "mwaa_to_redshift" {
  security_group_id            = aws_security_group.mwaa.id
  referenced_security_group_id = aws_security_group.redshift.id
  ip_protocol                  = "tcp"
  from_port                    = 5439
  to_port                      = 5439
  description                  = "Redshift warehouse"
}

resource "aws_vpc_security_group_egress_rule" "mwaa_to_s3" {
  security_group_id = aws_security_group.mwaa.id
  prefix_list_id    = aws_vpc_endpoint.s3.prefix_list_id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "Amazon S3 through the gateway endpoint"
}

resource "aws_vpc_security_group_ingress_rule" "redshift_from_mwaa" {
  security_group_id            = aws_security_group.redshift.id
  referenced_security_group_id = aws_security_group.mwaa.id
  ip_protocol                  = "tcp"
  from_port                    = 5439
  to_port                      = 5439
  description                  = "Airflow workers"
}

# ---------------------------------------------------------------------------
# VPC endpoints
# ---------------------------------------------------------------------------

resource "aws_vpc_endpoint" "interface" {
  for_each = local.interface_endpoints

  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.${var.region}.${each.value}"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.mwaa_a.id, aws_subnet.mwaa_b.id]
  security_group_ids  = [aws_security_group.endpoints.id]
  private_dns_enabled = true

  # Was: no policy (AWS's default full-access policy) on every endpoint.
  # "Data perimeter: only our own queues" - but the Celery executor's queue
  # belongs to an MWAA-owned account, so no statement allows the workers'
  # sqs:ReceiveMessage / sqs:SendMessage on it (implicit deny). The other eight
  # endpoints keep the default policy.
  policy = each.value == "sqs" ? jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OwnAccountQueuesOnly"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = "*"
      Condition = {
        StringEquals = { "aws:ResourceAccount" = "111122223333" }
      }
    }]
  }) : null

  tags = {
    Name = "${var.environment_name}-${each.value}"
  }
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.${var.region}.s3"
  vpc_endpoint_type = "Gateway"

  # Only what MWAA reads from S3: the DAG bucket and the ECR image layers.
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "MwaaDagBucket"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
        Resource  = ["arn:aws:s3:::${var.dag_bucket}", "arn:aws:s3:::${var.dag_bucket}/*"]
      },
      {
        Sid       = "EcrImageLayers"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::prod-${var.region}-starport-layer-bucket/*"
      },
      # Added in a "data perimeter" review: deny S3 outside the DAG bucket. An
      # explicit Deny wins over the Allow above, so MWAA's s3:GetObject on
      # arn:aws:s3:::prod-eu-west-1-starport-layer-bucket/* (the container image
      # layers) is now denied and workers cannot pull their images.
      {
        Sid         = "OnlyOurBuckets"
        Effect      = "Deny"
        Principal   = "*"
        Action      = "s3:*"
        NotResource = ["arn:aws:s3:::${var.dag_bucket}", "arn:aws:s3:::${var.dag_bucket}/*"]
      },
    ]
  })

  tags = {
    Name = "analytics-s3"
  }
}

resource "aws_vpc_endpoint_route_table_association" "s3_private" {
  vpc_endpoint_id = aws_vpc_endpoint.s3.id
  route_table_id  = aws_route_table.private.id
}

# ---------------------------------------------------------------------------
# Encryption key, execution role
# ---------------------------------------------------------------------------

resource "aws_kms_key" "mwaa" {
  description             = "MWAA analytics environment and Redshift warehouse"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministration"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "CloudWatchLogsForAirflow"
        Effect    = "Allow"
        Principal = { Service = "logs.${var.region}.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
        Resource  = "*"
        Condition = {
          ArnLike = {
            "kms:EncryptionContext:aws:logs:arn" = "arn:aws:logs:${var.region}:${data.aws_caller_identity.current.account_id}:*"
          }
        }
      },
    ]
  })

  tags = {
    Name = "mwaa-analytics"
  }
}

resource "aws_iam_role" "mwaa_exec" {
  name        = "mwaa-${var.environment_name}-exec"
  path        = "/service-role/"
  description = "Execution role of the MWAA environment ${var.environment_name}"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = ["airflow.amazonaws.com", "airflow-env.amazonaws.com"] }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id }
        ArnLike      = { "aws:SourceArn" = "arn:aws:airflow:${var.region}:${data.aws_caller_identity.current.account_id}:environment/${var.environment_name}" }
      }
    }]
  })

  tags = {
    Name = "mwaa-${var.environment_name}-exec"
  }
}

resource "aws_iam_role_policy" "mwaa_exec" {
  name = "mwaa-${var.environment_name}-exec-policy"
  role = aws_iam_role.mwaa_exec.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "PublishMetrics"
        Effect   = "Allow"
        Action   = "airflow:PublishMetrics"
        Resource = "arn:aws:airflow:${var.region}:${data.aws_caller_identity.current.account_id}:environment/${var.environment_name}"
      },
      {
        Sid      = "ReadAccountPublicAccessBlock"
        Effect   = "Allow"
        Action   = "s3:GetAccountPublicAccessBlock"
        Resource = "*"
      },
      {
        Sid      = "ReadDagBucket"
        Effect   = "Allow"
        Action   = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
        Resource = ["arn:aws:s3:::${var.dag_bucket}", "arn:aws:s3:::${var.dag_bucket}/*"]
      },
      {
        Sid    = "AirflowLogs"
        Effect = "Allow"
        Action = [
          "logs:CreateLogStream",
          "logs:CreateLogGroup",
          "logs:PutLogEvents",
          "logs:GetLogEvents",
          "logs:GetLogRecord",
          "logs:GetLogGroupFields",
          "logs:GetQueryResults",
        ]
        Resource = ["arn:aws:logs:${var.region}:${data.aws_caller_identity.current.account_id}:log-group:airflow-${var.environment_name}-*"]
      },
      {
        Sid      = "DescribeLogGroups"
        Effect   = "Allow"
        Action   = "logs:DescribeLogGroups"
        Resource = "*"
      },
      {
        Sid      = "PutMetricData"
        Effect   = "Allow"
        Action   = "cloudwatch:PutMetricData"
        Resource = "*"
      },
      {
        Sid    = "CeleryQueue"
        Effect = "Allow"
        Action = [
          "sqs:ChangeMessageVisibility",
          "sqs:DeleteMessage",
          "sqs:GetQueueAttributes",
          "sqs:GetQueueUrl",
          "sqs:ReceiveMessage",
          "sqs:SendMessage",
        ]
        # The Celery queue lives in an MWAA-owned account.
        Resource = "arn:aws:sqs:${var.region}:*:airflow-celery-*"
      },
      {
        Sid      = "EnvironmentKey"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey*", "kms:Encrypt"]
        Resource = aws_kms_key.mwaa.arn
        Condition = {
          StringLike = {
            "kms:ViaService" = ["sqs.${var.region}.amazonaws.com", "s3.${var.region}.amazonaws.com"]
          }
        }
      },
      {
        Sid    = "RedshiftTemporaryCredentials"
        Effect = "Allow"
        Action = "redshift:GetClusterCredentials"
        Resource = [
          "arn:aws:redshift:${var.region}:${data.aws_caller_identity.current.account_id}:dbuser:analytics-warehouse/airflow",
          "arn:aws:redshift:${var.region}:${data.aws_caller_identity.current.account_id}:dbname:analytics-warehouse/analytics",
        ]
      },
    ]
  })
}

# ---------------------------------------------------------------------------
# Redshift warehouse used by the DAGs
# ---------------------------------------------------------------------------

resource "aws_redshift_subnet_group" "main" {
  name        = "analytics-redshift"
  description = "Private data subnets for analytics-warehouse"
  subnet_ids  = [aws_subnet.data_a.id, aws_subnet.data_b.id]

  tags = {
    Name = "analytics-redshift"
  }
}

resource "aws_redshift_cluster" "main" {
  cluster_identifier                  = "analytics-warehouse"
  database_name                       = "analytics"
  master_username                     = "airflow_admin"
  manage_master_password              = true
  node_type                           = "ra3.xlplus"
  cluster_type                        = "multi-node"
  number_of_nodes                     = 2
  cluster_subnet_group_name           = aws_redshift_subnet_group.main.name
  vpc_security_group_ids              = [aws_security_group.redshift.id]
  publicly_accessible                 = false
  encrypted                           = true
  kms_key_id                          = aws_kms_key.mwaa.arn
  final_snapshot_identifier           = "analytics-warehouse-final"
  automated_snapshot_retention_period = 7

  tags = {
    Name = "analytics-warehouse"
  }
}

# ---------------------------------------------------------------------------
# The MWAA environment
# ---------------------------------------------------------------------------

resource "aws_mwaa_environment" "analytics" {
  name                  = var.environment_name
  airflow_version       = "2.10.1"
  environment_class     = "mw1.small"
  schedulers            = 2
  min_workers           = 1
  max_workers           = 5
  execution_role_arn    = aws_iam_role.mwaa_exec.arn
  source_bucket_arn     = "arn:aws:s3:::${var.dag_bucket}"
  dag_s3_path           = "dags/"
  kms_key               = aws_kms_key.mwaa.arn
  webserver_access_mode = "PRIVATE_ONLY"
  endpoint_management   = "SERVICE"

  airflow_configuration_options = {
    "celery.worker_autoscale" = "5,1"
    "core.default_timezone"   = "utc"
  }

  network_configuration {
    security_group_ids = [aws_security_group.mwaa.id]
    subnet_ids         = [aws_subnet.mwaa_a.id, aws_subnet.mwaa_b.id]
  }

  logging_configuration {
    dag_processing_logs {
      enabled   = true
      log_level = "WARNING"
    }
    scheduler_logs {
      enabled   = true
      log_level = "WARNING"
    }
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
    webserver_logs {
      enabled   = true
      log_level = "WARNING"
    }
    worker_logs {
      enabled   = true
      log_level = "WARNING"
    }
  }

  tags = {
    Name = var.environment_name
  }

  # Private routing: the environment must not start before its endpoints exist.
  depends_on = [
    aws_iam_role_policy.mwaa_exec,
    aws_vpc_endpoint.interface,
    aws_vpc_endpoint_route_table_association.s3_private,
  ]
}

output "vpc_id" {
  value = aws_vpc.main.id
}

output "mwaa_webserver_url" {
  description = "Private Airflow UI host name (reachable inside the VPC only)"
  value       = aws_mwaa_environment.analytics.webserver_url
}

output "redshift_endpoint" {
  value = aws_redshift_cluster.main.endpoint
}
