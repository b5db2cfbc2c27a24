# A security group that lets the given address ranges reach a port.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "name" {
  type        = string
  description = "Name of the security group"
}

variable "vpc_id" {
  type        = string
  description = "VPC of the warehouse"
}

variable "port" {
  type        = number
  default     = 5439
  description = "Redshift port"
}

variable "allowed_ipv4_cidrs" {
  type        = list(string)
  default     = []
  description = "IPv4 ranges allowed to reach the warehouse"
}

variable "allowed_ipv6_cidrs" {
  type        = list(string)
  default     = []
  description = "IPv6 ranges allowed to reach the warehouse"
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "Direct access to the analytics warehouse for partner BI tools"
  vpc_id      = var.vpc_id

  tags = {
    Name = var.name
  }
}

resource "aws_vpc_security_group_ingress_rule" "ipv4" {
  for_each = toset(var.allowed_ipv4_cidrs)

  security_group_id = aws_security_group.this.id
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = var.port
  to_port           = var.port
  description       = "Redshift from partner BI tools"
}

resource "aws_vpc_security_group_ingress_rule" "ipv6" {
  for_each = toset(var.allowed_ipv6_cidrs)

  security_group_id = aws_security_group.this.id
  cidr_ipv6         = each.value
  ip_protocol       = "tcp"
  from_port         = var.port
  to_port           = var.port
  description       = "Redshift from partner BI tools"
}

output "security_group_id" {
  description = "Security group to attach to the cluster"
  value       = aws_security_group.this.id
}
