#!/usr/bin/env bash
# Collects a snapshot of one region's network configuration with the AWS CLI, for
# `vpcreach inventory|why|check OUT/`. Read-only: every call is a describe-, get- or
# list- call. Writes OUT/ACCOUNT/REGION/<Key>.json, one file per call, each named after
# the top-level key of the call's output (vpcreach recognizes files by that key), and the
# MWAA environments' execution roles to OUT/ACCOUNT/iam/ROLE/ (IAM is global).
#
# Needs AWS CLI v2 and credentials allowed to call the read-only EC2, MWAA, Redshift, RDS
# and IAM APIs below (e.g. the AWS-managed ReadOnlyAccess policy).
set -euo pipefail

usage() {
    cat >&2 <<'USAGE'
usage: export.sh REGION [OUT]

  REGION  the region to read, e.g. eu-west-1
  OUT     the folder to write into (default: snapshot); the files go to OUT/ACCOUNT/REGION/
          and, for the MWAA execution roles, OUT/ACCOUNT/iam/

The account is the one your credentials belong to; choose a profile with AWS_PROFILE.
Example:
  AWS_PROFILE=prod examples/aws-cli/export.sh eu-west-1 snapshot
  vpcreach inventory snapshot/
USAGE
    exit 2
}

[[ $# -ge 1 && $# -le 2 && $1 != -* ]] || usage
region=$1
out=${2:-snapshot}
command -v aws >/dev/null || { echo "export.sh: the AWS CLI (aws) is not installed" >&2; exit 1; }

account=$(aws sts get-caller-identity --query Account --output text)
folder="$out/$account/$region"
mkdir -p "$folder"

# save FILE COMMAND...: runs one AWS CLI call and writes its JSON output to FILE, inside
# $root (default: the region's folder).
save() {
    local file=$1
    shift
    local into=${root:-$folder}
    local partial="$into/.$(basename "$file").partial"
    mkdir -p "$(dirname "$into/$file")"
    # Checked here, not by set -e: errexit is off inside `if ! optional ...`.
    if ! aws "$@" --region "$region" --output json >"$partial"; then
        rm -f "$partial"
        echo "export.sh: aws $1 $2 failed" >&2
        return 1
    fi
    mv "$partial" "$into/$file"
    echo "  $into/$file" >&2
}

# optional FILE COMMAND...: like save, for services the account may not use or the
# credentials may not reach; a failure is reported and skipped.
optional() {
    if ! save "$@"; then
        echo "export.sh: skipped $1" >&2
    fi
}

echo "Reading account $account, region $region:" >&2
save Vpcs.json ec2 describe-vpcs
save Subnets.json ec2 describe-subnets
save SecurityGroups.json ec2 describe-security-groups
save NetworkAcls.json ec2 describe-network-acls
save RouteTables.json ec2 describe-route-tables
save VpcEndpoints.json ec2 describe-vpc-endpoints
save PrefixLists.json ec2 describe-prefix-lists
save ManagedPrefixLists.json ec2 describe-managed-prefix-lists
save InternetGateways.json ec2 describe-internet-gateways
save EgressOnlyInternetGateways.json ec2 describe-egress-only-internet-gateways
save NatGateways.json ec2 describe-nat-gateways
save VpnGateways.json ec2 describe-vpn-gateways
save TransitGateways.json ec2 describe-transit-gateways
save VpcPeeringConnections.json ec2 describe-vpc-peering-connections
save NetworkInterfaces.json ec2 describe-network-interfaces
save Reservations.json ec2 describe-instances

# The entries of each managed prefix list; the output does not name its list, so the
# query adds the list's id beside the entries.
for id in $(aws ec2 describe-managed-prefix-lists --region "$region" \
    --query 'PrefixLists[].PrefixListId' --output text); do
    optional "ManagedPrefixListEntries/$id.json" ec2 get-managed-prefix-list-entries \
        --prefix-list-id "$id" --query "{PrefixListId: '$id', Entries: Entries}"
done

# MWAA environments: get-environment prints one environment per call.
roles=()
if names=$(aws mwaa list-environments --region "$region" --query 'Environments[]' \
    --output text 2>/dev/null); then
    for name in $names; do
        optional "MwaaEnvironments/$name.json" mwaa get-environment --name "$name"
        if arn=$(aws mwaa get-environment --name "$name" --region "$region" \
            --query Environment.ExecutionRoleArn --output text 2>/dev/null); then
            roles+=("${arn##*/}")
        fi
    done
else
    echo "export.sh: skipped MWAA (aws mwaa list-environments failed)" >&2
fi

optional RedshiftClusters.json redshift describe-clusters
optional RedshiftClusterSubnetGroups.json redshift describe-cluster-subnet-groups
optional DBInstances.json rds describe-db-instances
optional DBSubnetGroups.json rds describe-db-subnet-groups

# Each environment's execution role (IAM is global: OUT/ACCOUNT/iam/ROLE/): the role and
# its trust policy, its inline policies one call each, its attached policies, and the
# documents of the customer-managed ones (OUT/ACCOUNT/iam/policies/). The
# two list outputs do not name their role, so the queries add it beside the list.
for role in $(printf '%s\n' ${roles[@]+"${roles[@]}"} | sort -u); do
    root="$out/$account" optional "iam/$role/Role.json" iam get-role --role-name "$role"
    root="$out/$account" optional "iam/$role/PolicyNames.json" iam list-role-policies \
        --role-name "$role" --query "{RoleName: '$role', PolicyNames: PolicyNames}"
    if policies=$(aws iam list-role-policies --role-name "$role" --query 'PolicyNames[]' \
        --output text 2>/dev/null); then
        for policy in $policies; do
            [[ $policy != None ]] || continue
            root="$out/$account" optional "iam/$role/RolePolicies/$policy.json" \
                iam get-role-policy --role-name "$role" --policy-name "$policy"
        done
    fi
    root="$out/$account" optional "iam/$role/AttachedPolicies.json" \
        iam list-attached-role-policies --role-name "$role" \
        --query "{RoleName: '$role', AttachedPolicies: AttachedPolicies}"
    # The default version of each customer-managed policy attached (AWS's own policies,
    # arn:PARTITION:iam::aws:policy/…, are left out); the output does not name its
    # policy, so the query adds the ARN.
    if arns=$(aws iam list-attached-role-policies --role-name "$role" \
        --query 'AttachedPolicies[].PolicyArn' --output text 2>/dev/null); then
        for arn in $arns; do
            [[ $arn != None && $arn != *:iam::aws:policy/* ]] || continue
            if version=$(aws iam get-policy --policy-arn "$arn" \
                --query Policy.DefaultVersionId --output text 2>/dev/null); then
                root="$out/$account" optional "iam/policies/${arn##*/}.json" \
                    iam get-policy-version --policy-arn "$arn" --version-id "$version" \
                    --query "{PolicyArn: '$arn', PolicyVersion: PolicyVersion}"
            fi
        done
    fi
done

echo "Done. Next: vpcreach inventory $out/" >&2
