# MWAA environment "reporting" with PUBLIC routing: the two private subnets send
# 0.0.0.0/0 to a NAT gateway that sits in a public subnet (which routes 0.0.0.0/0
# to the internet gateway). The Airflow UI is public (PUBLIC_ONLY).
#
# Older style on purpose: inline security group blocks, aws_security_group_rule,
# aws_route, default NACL/security group resources. Applied with Terraform
# 1.0.11; `terraform show -json` of the resulting state is ./state.json.

terraform {
  required_version = ">= 1.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

# ---------------------------------------------------------------------------
# Network
# ---------------------------------------------------------------------------

resource "aws_vpc" "main" {
  cidr_block           = "10.30.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name        = "reporting-vpc"
    Environment = "reporting"
  }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id

  tags = {
    Name        = "reporting-igw"
    Environment = "reporting"
  }
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.30.0.0/24"
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true

  tags = {
    Name        = "reporting-public-a"
    Tier        = "public"
    Environment = "reporting"
  }
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.30.1.0/24"
  availability_zone = "eu-west-1a"

  tags = {
    Name        = "reporting-private-a"
    Tier        = "private"
    Environment = "reporting"
  }
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.30.2.0/24"
  availability_zone = "eu-west-1b"

  tags = {
    Name        = "reporting-private-b"
    Tier        = "private"
    Environment = "reporting"
  }
}

resource "aws_eip" "nat" {
  domain = "vpc"

  tags = {
    Name        = "reporting-nat"
    Environment = "reporting"
  }

  depends_on = [aws_internet_gateway.main]
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public_a.id

  tags = {
    Name        = "reporting-nat"
    Environment = "reporting"
  }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }

  tags = {
    Name        = "reporting-public"
    Environment = "reporting"
  }
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  tags = {
    Name        = "reporting-private"
    Environment = "reporting"
  }
}

resource "aws_route" "private_nat" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main.id
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.private.id
}

# AWS's own example for MWAA: allow-all rule 100 both ways.
resource "aws_default_network_acl" "default" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
  subnet_ids             = [aws_subnet.public_a.id, aws_subnet.private_a.id, aws_subnet.private_b.id]

  ingress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  tags = {
    Name        = "reporting-default"
    Environment = "reporting"
  }
}

# Lock down the VPC's default security group (no rules at all).
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  tags = {
    Name        = "reporting-default-locked"
    Environment = "reporting"
  }
}

# ---------------------------------------------------------------------------
# Security groups
# ---------------------------------------------------------------------------

# AWS's default guidance: all traffic from the group itself, all traffic out.
resource "aws_security_group" "mwaa" {
  name        = "mwaa-reporting"
  description = "MWAA environment reporting"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "All traffic within the environment"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  egress {
    description = "All outbound (NAT gateway)"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name        = "mwaa-reporting"
    Environment = "reporting"
  }
}

resource "aws_security_group" "postgres" {
  name        = "reporting-postgres"
  description = "PostgreSQL reporting database"
  vpc_id      = aws_vpc.main.id

  tags = {
    Name        = "reporting-postgres"
    Environment = "reporting"
  }
}

resource "aws_security_group_rule" "postgres_from_mwaa" {
  type                     = "ingress"
  security_group_id        = aws_security_group.postgres.id
  source_security_group_id = aws_security_group.mwaa.id
  protocol                 = "tcp"
  from_port                = 5432
  to_port                  = 5432
  description              = "PostgreSQL from MWAA workers"
}

# ---------------------------------------------------------------------------
# PostgreSQL database used by the DAGs
# ---------------------------------------------------------------------------

resource "aws_db_subnet_group" "reporting" {
  name        = "reporting-postgres"
  description = "Private subnets of the reporting database"
  subnet_ids  = [aws_subnet.private_a.id, aws_subnet.private_b.id]

  tags = {
    Name        = "reporting-postgres"
    Environment = "reporting"
  }
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting-postgres"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  max_allocated_storage       = 200
  storage_type                = "gp3"
  storage_encrypted           = true
  db_name                     = "reporting"
  username                    = "reporting_admin"
  manage_master_user_password = true
  port                        = 5432
  db_subnet_group_name        = aws_db_subnet_group.reporting.name
  vpc_security_group_ids      = [aws_security_group.postgres.id]
  publicly_accessible         = false
  backup_retention_period     = 7
  backup_window               = "01:00-01:30"
  maintenance_window          = "sun:03:00-sun:03:30"
  copy_tags_to_snapshot       = true
  deletion_protection         = true
  final_snapshot_identifier   = "reporting-postgres-final"

  tags = {
    Name        = "reporting-postgres"
    Environment = "reporting"
  }
}

# ---------------------------------------------------------------------------
# DAG bucket, execution role, environment
# ---------------------------------------------------------------------------

resource "aws_s3_bucket" "dags" {
  bucket = "airflow-reporting-111122223333-euw1"

  tags = {
    Name        = "airflow-reporting-111122223333-euw1"
    Environment = "reporting"
  }
}

resource "aws_s3_bucket_versioning" "dags" {
  bucket = aws_s3_bucket.dags.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "mwaa_exec" {
  name = "mwaa-reporting-exec"
  path = "/service-role/"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = ["airflow.amazonaws.com", "airflow-env.amazonaws.com"] }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "aws:SourceAccount" = "111122223333" }
        ArnLike      = { "aws:SourceArn" = "arn:aws:airflow:${var.region}:111122223333:environment/reporting" }
      }
    }]
  })

  tags = {
    Name        = "mwaa-reporting-exec"
    Environment = "reporting"
  }
}

resource "aws_iam_role_policy" "mwaa_exec" {
  name = "mwaa-reporting-exec-policy"
  role = aws_iam_role.mwaa_exec.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "airflow:PublishMetrics"
        Resource = "arn:aws:airflow:${var.region}:111122223333:environment/reporting"
      },
      {
        Effect   = "Allow"
        Action   = "s3:GetAccountPublicAccessBlock"
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
        Resource = [aws_s3_bucket.dags.arn, "${aws_s3_bucket.dags.arn}/*"]
      },
      {
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
        Resource = ["arn:aws:logs:${var.region}:111122223333:log-group:airflow-reporting-*"]
      },
      {
        Effect   = "Allow"
        Action   = "logs:DescribeLogGroups"
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "cloudwatch:PutMetricData"
        Resource = "*"
      },
      {
        Effect = "Allow"
        Action = [
          "sqs:ChangeMessageVisibility",
          "sqs:DeleteMessage",
          "sqs:GetQueueAttributes",
          "sqs:GetQueueUrl",
          "sqs:ReceiveMessage",
          "sqs:SendMessage",
        ]
        Resource = "arn:aws:sqs:${var.region}:*:airflow-celery-*"
      },
      {
        # AWS-owned key: everything except this account's own keys, via SQS only.
        Effect      = "Allow"
        Action      = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey*", "kms:Encrypt"]
        NotResource = "arn:aws:kms:*:111122223333:key/*"
        Condition = {
          StringLike = { "kms:ViaService" = ["sqs.${var.region}.amazonaws.com"] }
        }
      },
    ]
  })
}

resource "aws_mwaa_environment" "reporting" {
  name                  = "reporting"
  airflow_version       = "2.10.1"
  environment_class     = "mw1.small"
  schedulers            = 2
  min_workers           = 1
  max_workers           = 3
  execution_role_arn    = aws_iam_role.mwaa_exec.arn
  source_bucket_arn     = aws_s3_bucket.dags.arn
  dag_s3_path           = "dags/"
  requirements_s3_path  = "requirements.txt"
  webserver_access_mode = "PUBLIC_ONLY"

  network_configuration {
    security_group_ids = [aws_security_group.mwaa.id]
    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  }

  logging_configuration {
    scheduler_logs {
      enabled   = true
      log_level = "WARNING"
    }
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
    worker_logs {
      enabled   = true
      log_level = "WARNING"
    }
  }

  tags = {
    Name        = "reporting"
    Environment = "reporting"
  }

  depends_on = [
    aws_iam_role_policy.mwaa_exec,
    aws_route.private_nat,
    aws_route_table_association.private_a,
    aws_route_table_association.private_b,
  ]
}

output "mwaa_webserver_url" {
  value = aws_mwaa_environment.reporting.webserver_url
}
