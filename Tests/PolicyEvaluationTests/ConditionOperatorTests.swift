import PolicyEvaluation
import Testing

@Suite("Condition operators")
struct ConditionOperatorTests {
    /// A condition block, the request context, and whether the condition holds.
    typealias Case = (condition: String, context: [String: [String]], holds: Bool)

    static let vpce = "aws:SourceVpce"

    static let strings: [Case] = [
        (#""StringEquals": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["vpce-1"]], true),
        (#""StringEquals": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["vpce-2"]], false),
        (#""StringEquals": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["VPCE-1"]], false),
        (#""StringEquals": {"aws:SourceVpce": "vpce-1"}"#, [:], false),
        (#""StringEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}"#, [vpce: ["vpce-2"]], true),
        (#""StringEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}"#, [vpce: ["vpce-3"]], false),
        (#""StringEquals": {"aws:SourceVpce": "vpce-*"}"#, [vpce: ["vpce-1"]], false),
        (#""StringEquals": {"aws:SourceVpce": "vpce-*"}"#, [vpce: ["vpce-*"]], true),
        (#""StringNotEquals": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["vpce-1"]], false),
        (#""StringNotEquals": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["vpce-2"]], true),
        (#""StringNotEquals": {"aws:SourceVpce": "vpce-1"}"#, [:], true),
        (
            #""StringNotEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}"#, [vpce: ["vpce-2"]],
            false
        ),
        (
            #""StringNotEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}"#, [vpce: ["vpce-1"]],
            false
        ),
        (#""StringNotEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}"#, [vpce: ["vpce-3"]], true),
        (#""StringEqualsIgnoreCase": {"aws:SourceVpce": "VPCE-1"}"#, [vpce: ["vpce-1"]], true),
        (#""StringEqualsIgnoreCase": {"aws:SourceVpce": "VPCE-1"}"#, [vpce: ["vpce-2"]], false),
        (#""StringEqualsIgnoreCase": {"aws:SourceVpce": "VPCE-1"}"#, [:], false),
        (#""StringNotEqualsIgnoreCase": {"aws:SourceVpce": "VPCE-1"}"#, [vpce: ["vpce-1"]], false),
        (#""StringNotEqualsIgnoreCase": {"aws:SourceVpce": "VPCE-1"}"#, [vpce: ["vpce-2"]], true),
        (#""StringNotEqualsIgnoreCase": {"aws:SourceVpce": "VPCE-1"}"#, [:], true),
        (#""StringLike": {"aws:SourceVpce": "vpce-*"}"#, [vpce: ["vpce-1"]], true),
        (#""StringLike": {"aws:SourceVpce": "vpce-*"}"#, [vpce: ["xvpce-1"]], false),
        (#""StringLike": {"aws:SourceVpce": "VPCE-*"}"#, [vpce: ["vpce-1"]], false),
        (#""StringLike": {"aws:SourceVpce": "vpce-?"}"#, [vpce: ["vpce-1"]], true),
        (#""StringLike": {"aws:SourceVpce": "vpce-?"}"#, [vpce: ["vpce-12"]], false),
        (#""StringLike": {"aws:SourceVpce": "vpce-*"}"#, [:], false),
        (#""StringLike": {"aws:SourceVpce": ["a*", "vpce-*"]}"#, [vpce: ["vpce-1"]], true),
        (
            #""StringNotLike": {"aws:SourceVpce": ["vpce-1*", "vpce-2*"]}"#, [vpce: ["vpce-25"]],
            false
        ),
        (#""StringNotLike": {"aws:SourceVpce": ["vpce-1*", "vpce-2*"]}"#, [vpce: ["vpce-3"]], true),
        (#""StringNotLike": {"aws:SourceVpce": ["vpce-1*", "vpce-2*"]}"#, [:], true),
        (#""StringEqualsIfExists": {"aws:SourceVpce": "vpce-1"}"#, [:], true),
        (#""StringEqualsIfExists": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["vpce-1"]], true),
        (#""StringEqualsIfExists": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["vpce-2"]], false),
        (#""StringNotEqualsIfExists": {"aws:SourceVpce": "vpce-1"}"#, [:], true),
        (#""StringNotEqualsIfExists": {"aws:SourceVpce": "vpce-1"}"#, [vpce: ["vpce-1"]], false),
        (#""StringLikeIfExists": {"aws:SourceVpce": "vpce-*"}"#, [:], true),
        (#""StringLikeIfExists": {"aws:SourceVpce": "vpce-*"}"#, [vpce: ["x"]], false),
        (#""StringNotLikeIfExists": {"aws:SourceVpce": "vpce-*"}"#, [vpce: ["vpce-1"]], false),
        (#""StringEqualsIgnoreCaseIfExists": {"aws:SourceVpce": "V"}"#, [:], true),
        (#""StringNotEqualsIgnoreCaseIfExists": {"aws:SourceVpce": "V"}"#, [vpce: ["v"]], false),
        (#""StringEquals": {"aws:SourceVpce": ""}"#, [vpce: [""]], true),
        (#""StringEquals": {"aws:SourceVpce": "vpce-1"}"#, [vpce: []], false),
        (#""StringNotEquals": {"aws:SourceVpce": "vpce-1"}"#, [vpce: []], true),
    ]

    static let numbers: [Case] = [
        (#""NumericEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10"]], true),
        (#""NumericEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10.0"]], true),
        (#""NumericEquals": {"s3:max-keys": 10}"#, ["s3:max-keys": ["10"]], true),
        (#""NumericEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["11"]], false),
        (#""NumericEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["ten"]], false),
        (#""NumericEquals": {"s3:max-keys": "10"}"#, [:], false),
        (#""NumericNotEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10"]], false),
        (#""NumericNotEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["11"]], true),
        (#""NumericNotEquals": {"s3:max-keys": "10"}"#, [:], true),
        (#""NumericNotEquals": {"s3:max-keys": ["10", "11"]}"#, ["s3:max-keys": ["11"]], false),
        (#""NumericNotEquals": {"s3:max-keys": ["10", "11"]}"#, ["s3:max-keys": ["12"]], true),
        (#""NumericLessThan": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["9"]], true),
        (#""NumericLessThan": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10"]], false),
        (#""NumericLessThan": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["-1.5"]], true),
        (#""NumericLessThan": {"s3:max-keys": ["5", "10"]}"#, ["s3:max-keys": ["7"]], true),
        (#""NumericLessThanEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10"]], true),
        (#""NumericLessThanEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10.5"]], false),
        (#""NumericGreaterThan": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["11"]], true),
        (#""NumericGreaterThan": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10"]], false),
        (#""NumericGreaterThan": {"s3:max-keys": 2.5}"#, ["s3:max-keys": ["2.6"]], true),
        (#""NumericGreaterThanEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10"]], true),
        (#""NumericGreaterThanEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["9"]], false),
        (#""NumericLessThanIfExists": {"s3:max-keys": "10"}"#, [:], true),
        (#""NumericLessThanIfExists": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["11"]], false),
        (#""NumericNotEqualsIfExists": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["10"]], false),
        (#""NumericGreaterThan": {"s3:max-keys": "1e3"}"#, ["s3:max-keys": ["1001"]], true),
        (#""NumericEquals": {"s3:max-keys": "10"}"#, ["s3:max-keys": ["0xA"]], false),
    ]

    static let time = "aws:CurrentTime"
    static let dates: [Case] = [
        (
            #""DateGreaterThan": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["2025-06-01T00:00:00Z"]], true
        ),
        (
            #""DateGreaterThan": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["2024-12-31T23:59:59Z"]], false
        ),
        (
            #""DateGreaterThan": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["2025-01-01T00:00:00Z"]], false
        ),
        (
            #""DateGreaterThanEquals": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["2025-01-01T00:00:00Z"]], true
        ),
        (
            #""DateLessThan": {"aws:CurrentTime": "2025-01-01"}"#, [time: ["2024-12-31T23:59:59Z"]],
            true
        ),
        (
            #""DateLessThan": {"aws:CurrentTime": "2025-01-01"}"#, [time: ["2025-01-01T00:00:01Z"]],
            false
        ),
        (
            #""DateLessThanEquals": {"aws:CurrentTime": "2025-01-01T00:00:00.500Z"}"#,
            [time: ["2025-01-01T00:00:00Z"]], true
        ),
        (
            #""DateEquals": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#, [time: ["1735689600"]],
            true
        ),
        (
            #""DateEquals": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["2025-01-01T01:00:00+01:00"]], true
        ),
        (
            #""DateEquals": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["2024-12-31T19:00:00-05:00"]], true
        ),
        (#""DateEquals": {"aws:CurrentTime": 1735689600}"#, [time: ["2025-01-01T00:00:00Z"]], true),
        (
            #""DateEquals": {"aws:CurrentTime": "2024-02-29T12:00:00Z"}"#, [time: ["1709208000"]],
            true
        ),
        (
            #""DateNotEquals": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["1735689600"]], false
        ),
        (
            #""DateNotEquals": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#,
            [time: ["1735689601"]], true
        ),
        (#""DateNotEquals": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#, [:], true),
        (
            #""DateLessThan": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#, [time: ["not a date"]],
            false
        ),
        (#""DateLessThan": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#, [:], false),
        (#""DateLessThanIfExists": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}"#, [:], true),
        (#""DateGreaterThan": {"aws:CurrentTime": "1970-01-01T00:00:00Z"}"#, [time: ["1"]], true),
    ]

    static let booleans: [Case] = [
        (#""Bool": {"aws:SecureTransport": "true"}"#, ["aws:SecureTransport": ["true"]], true),
        (#""Bool": {"aws:SecureTransport": "true"}"#, ["aws:SecureTransport": ["TRUE"]], true),
        (#""Bool": {"aws:SecureTransport": "true"}"#, ["aws:SecureTransport": ["false"]], false),
        (#""Bool": {"aws:SecureTransport": "true"}"#, [:], false),
        (#""Bool": {"aws:SecureTransport": true}"#, ["aws:SecureTransport": ["true"]], true),
        (#""Bool": {"aws:SecureTransport": "false"}"#, ["aws:SecureTransport": ["false"]], true),
        (#""Bool": {"aws:SecureTransport": "false"}"#, [:], false),
        (#""Bool": {"aws:SecureTransport": "false"}"#, ["aws:SecureTransport": ["yes"]], false),
        (#""BoolIfExists": {"aws:SecureTransport": "true"}"#, [:], true),
        (
            #""BoolIfExists": {"aws:SecureTransport": "true"}"#, ["aws:SecureTransport": ["false"]],
            false
        ),
    ]

    static let binary: [Case] = [
        (#""BinaryEquals": {"s3:Payload": "QmluYXJ5"}"#, ["s3:Payload": ["QmluYXJ5"]], true),
        (#""BinaryEquals": {"s3:Payload": "QmluYXJ5"}"#, ["s3:Payload": ["QmluYXJ6"]], false),
        (#""BinaryEquals": {"s3:Payload": "QmluYXJ5"}"#, ["s3:Payload": ["not base64!"]], false),
        (#""BinaryEquals": {"s3:Payload": "QmluYXJ5"}"#, [:], false),
        (#""BinaryEqualsIfExists": {"s3:Payload": "QmluYXJ5"}"#, [:], true),
    ]

    static let ip = "aws:SourceIp"
    static let addresses: [Case] = [
        (#""IpAddress": {"aws:SourceIp": "203.0.113.0/24"}"#, [ip: ["203.0.113.7"]], true),
        (#""IpAddress": {"aws:SourceIp": "203.0.113.0/24"}"#, [ip: ["198.51.100.1"]], false),
        (#""IpAddress": {"aws:SourceIp": "203.0.113.0/24"}"#, [:], false),
        (#""IpAddress": {"aws:SourceIp": "203.0.113.7"}"#, [ip: ["203.0.113.7"]], true),
        (#""IpAddress": {"aws:SourceIp": "203.0.113.7"}"#, [ip: ["203.0.113.8"]], false),
        (#""IpAddress": {"aws:SourceIp": "0.0.0.0/0"}"#, [ip: ["192.0.2.1"]], true),
        (
            #""IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}"#,
            [ip: ["2001:db8::1"]], true
        ),
        (#""IpAddress": {"aws:SourceIp": "2001:db8::/32"}"#, [ip: ["2001:db9::1"]], false),
        (#""IpAddress": {"aws:SourceIp": "2001:db8::/32"}"#, [ip: ["203.0.113.7"]], false),
        (#""IpAddress": {"aws:SourceIp": "10.0.0.0/8"}"#, [ip: ["not-an-ip"]], false),
        (#""NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}"#, [ip: ["203.0.113.7"]], false),
        (#""NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}"#, [ip: ["198.51.100.1"]], true),
        (#""NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}"#, [:], true),
        (
            #""NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/24"]}"#,
            [ip: ["198.51.100.1"]], false
        ),
        (
            #""NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/24"]}"#,
            [ip: ["192.0.2.1"]], true
        ),
        (#""IpAddressIfExists": {"aws:SourceIp": "203.0.113.0/24"}"#, [:], true),
        (
            #""NotIpAddressIfExists": {"aws:SourceIp": "203.0.113.0/24"}"#, [ip: ["203.0.113.1"]],
            false
        ),
        (
            #""IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}"#, ["aws:VpcSourceIp": ["10.0.3.4"]],
            true
        ),
    ]

    static let source = "aws:SourceArn"
    static let environment = "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv"
    static let arns: [Case] = [
        (
            #""ArnEquals": {"aws:SourceArn": "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv"}"#,
            [source: [environment]], true
        ),
        (
            #""ArnEquals": {"aws:SourceArn": "arn:aws:airflow:us-east-1:111122223333:environment/Other"}"#,
            [source: [environment]], false
        ),
        (
            #""ArnEquals": {"aws:SourceArn": "arn:aws:airflow:*:111122223333:environment/MyEnv"}"#,
            [source: [environment]], true
        ),
        (
            #""ArnLike": {"aws:SourceArn": "arn:aws:airflow:us-east-1:111122223333:environment/*"}"#,
            [source: [environment]], true
        ),
        (
            #""ArnLike": {"aws:SourceArn": "arn:aws:airflow:*:111122223333:environment/*"}"#,
            [source: [environment]], true
        ),
        (
            #""ArnLike": {"aws:SourceArn": "arn:aws:airflow:*:444455556666:environment/*"}"#,
            [source: [environment]], false
        ),
        (
            #""ArnLike": {"aws:SourceArn": "arn:aws:*:111122223333:environment/MyEnv"}"#,
            [source: [environment]], false
        ),
        (
            #""ArnLike": {"aws:SourceArn": "arn:aws:airflow:us-east-1:111122223333:ENVIRONMENT/*"}"#,
            [source: [environment]], false
        ),
        (
            #""ArnLike": {"aws:SourceArn": "arn:aws:airflow:us-east-1:111122223333:environment/*"}"#,
            [source: ["not-an-arn"]], false
        ),
        (
            #""ArnLike": {"aws:SourceArn": "arn:aws:airflow:us-east-1:111122223333:environment/*"}"#,
            [:], false
        ),
        (#""ArnLike": {"aws:SourceArn": "*"}"#, [source: [environment]], true),
        (
            #""ArnNotLike": {"aws:SourceArn": "arn:aws:airflow:*:111122223333:*"}"#,
            [source: [environment]], false
        ),
        (
            #""ArnNotLike": {"aws:SourceArn": "arn:aws:airflow:*:444455556666:*"}"#,
            [source: [environment]], true
        ),
        (#""ArnNotLike": {"aws:SourceArn": "arn:aws:airflow:*:444455556666:*"}"#, [:], true),
        (
            #""ArnNotEquals": {"aws:SourceArn": ["arn:aws:airflow:us-east-1:111122223333:environment/A", "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv"]}"#,
            [source: [environment]], false
        ),
        (
            #""ArnNotEquals": {"aws:SourceArn": ["arn:aws:airflow:us-east-1:111122223333:environment/A", "arn:aws:airflow:us-east-1:111122223333:environment/B"]}"#,
            [source: [environment]], true
        ),
        (#""ArnLikeIfExists": {"aws:SourceArn": "arn:aws:airflow:*:444455556666:*"}"#, [:], true),
        (
            #""ArnLikeIfExists": {"aws:SourceArn": "arn:aws:airflow:*:444455556666:*"}"#,
            [source: [environment]], false
        ),
        (
            #""ArnNotLikeIfExists": {"aws:SourceArn": "arn:aws:airflow:*:111122223333:*"}"#,
            [source: [environment]], false
        ),
        (
            #""ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/service-role/*"}"#,
            [:], true
        ),
        (
            #""ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/MWAA-Exec"}"#, [:],
            false
        ),
    ]

    static let nulls: [Case] = [
        (#""Null": {"aws:PrincipalOrgID": "true"}"#, [:], true),
        (#""Null": {"aws:PrincipalOrgID": "true"}"#, ["aws:PrincipalOrgID": ["o-1"]], false),
        (#""Null": {"aws:PrincipalOrgID": "false"}"#, [:], false),
        (#""Null": {"aws:PrincipalOrgID": "false"}"#, ["aws:PrincipalOrgID": ["o-1"]], true),
        (#""Null": {"aws:PrincipalOrgID": true}"#, [:], true),
        (#""Null": {"aws:PrincipalOrgID": ["true", "false"]}"#, [:], true),
        (
            #""Null": {"aws:PrincipalOrgID": ["true", "false"]}"#, ["aws:PrincipalOrgID": ["o-1"]],
            true
        ),
        (#""Null": {"aws:PrincipalOrgID": "true"}"#, ["aws:PrincipalOrgID": []], true),
        (#""Null": {"aws:PrincipalArn": "false"}"#, [:], true),
        (#""Null": {"aws:SourceIp": "true"}"#, ["aws:SourceIp": ["203.0.113.1"]], false),
    ]

    static let tags = "aws:TagKeys"
    static let sets: [Case] = [
        (#""ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: ["a", "c"]], true),
        (#""ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: ["c", "d"]], false),
        (#""ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [:], false),
        (#""ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: []], false),
        (#""ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: ["a", "b"]], true),
        (#""ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: ["a"]], true),
        (#""ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: ["a", "c"]], false),
        (#""ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [:], true),
        (#""ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: []], true),
        (#""ForAnyValue:StringNotEquals": {"aws:TagKeys": "a"}"#, [tags: ["a", "c"]], true),
        (#""ForAnyValue:StringNotEquals": {"aws:TagKeys": "a"}"#, [tags: ["a"]], false),
        (#""ForAnyValue:StringNotEquals": {"aws:TagKeys": "a"}"#, [:], false),
        (
            #""ForAllValues:StringNotEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: ["c", "d"]],
            true
        ),
        (
            #""ForAllValues:StringNotEquals": {"aws:TagKeys": ["a", "b"]}"#, [tags: ["c", "a"]],
            false
        ),
        (#""ForAllValues:StringNotEquals": {"aws:TagKeys": ["a", "b"]}"#, [:], true),
        (
            #""ForAllValues:StringLike": {"aws:TagKeys": "team-*"}"#, [tags: ["team-x", "team-y"]],
            true
        ),
        (
            #""ForAllValues:StringLike": {"aws:TagKeys": "team-*"}"#, [tags: ["team-x", "other"]],
            false
        ),
        (
            #""ForAnyValue:StringLike": {"aws:TagKeys": "team-*"}"#, [tags: ["other", "team-x"]],
            true
        ),
        (#""ForAnyValue:StringLike": {"aws:TagKeys": "team-*"}"#, [tags: ["other"]], false),
        (#""ForAllValues:StringEqualsIfExists": {"aws:TagKeys": "a"}"#, [:], true),
        (#""ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": "a"}"#, [:], true),
        (#""ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": "a"}"#, [tags: ["b"]], false),
        (
            #""ForAllValues:StringEqualsIgnoreCase": {"aws:TagKeys": ["A", "B"]}"#,
            [tags: ["a", "b"]], true
        ),
        (
            #""ForAnyValue:NumericGreaterThan": {"s3:sizes": "10"}"#, ["s3:sizes": ["1", "20"]],
            true
        ),
        (
            #""ForAllValues:NumericGreaterThan": {"s3:sizes": "10"}"#, ["s3:sizes": ["1", "20"]],
            false
        ),
        (
            #""ForAnyValue:IpAddress": {"aws:SourceIp": "10.0.0.0/8"}"#,
            [ip: ["192.0.2.1", "10.1.1.1"]], true
        ),
        (
            #""ForAllValues:ArnLike": {"aws:SourceArn": "arn:aws:airflow:*:*:*"}"#,
            [source: [environment, "arn:aws:s3:::b"]], false
        ),
        (#""StringEquals": {"aws:TagKeys": "a"}"#, [tags: ["c", "a"]], true),
        (#""StringNotEquals": {"aws:TagKeys": "a"}"#, [tags: ["c", "a"]], false),
        (#""StringNotEquals": {"aws:TagKeys": "a"}"#, [tags: ["c", "d"]], true),
    ]

    static let combinations: [Case] = [
        (
            #""StringEquals": {"aws:SourceVpce": "vpce-1", "aws:SourceVpc": "vpc-1"}"#,
            [vpce: ["vpce-1"], "aws:SourceVpc": ["vpc-1"]], true
        ),
        (
            #""StringEquals": {"aws:SourceVpce": "vpce-1", "aws:SourceVpc": "vpc-1"}"#,
            [vpce: ["vpce-1"]], false
        ),
        (
            #""StringEquals": {"aws:SourceVpce": "vpce-1", "aws:SourceVpc": "vpc-1"}"#,
            [vpce: ["vpce-1"], "aws:SourceVpc": ["vpc-2"]], false
        ),
        (
            #""StringEquals": {"aws:SourceVpce": "vpce-1"}, "Bool": {"aws:SecureTransport": "true"}"#,
            [vpce: ["vpce-1"], "aws:SecureTransport": ["true"]], true
        ),
        (
            #""StringEquals": {"aws:SourceVpce": "vpce-1"}, "Bool": {"aws:SecureTransport": "true"}"#,
            [vpce: ["vpce-1"], "aws:SecureTransport": ["false"]], false
        ),
        (
            #""StringEquals": {"aws:SourceVpce": "vpce-1"}, "StringLike": {"aws:SourceVpce": "vpce-*"}"#,
            [vpce: ["vpce-1"]], true
        ),
        (#""StringEquals": {"AWS:SOURCEVPCE": "vpce-1"}"#, [vpce: ["vpce-1"]], true),
        (#""StringEquals": {"aws:sourcevpce": "vpce-1"}"#, ["Aws:SourceVPCE": ["vpce-1"]], true),
        (#""StringEquals": {"aws:PrincipalAccount": "111122223333"}"#, [:], true),
        (
            #""StringEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/service-role/MWAA-Exec"}"#,
            [:], true
        ),
        (
            #""StringEquals": {"aws:PrincipalAccount": "111122223333"}"#,
            ["aws:PrincipalAccount": ["444455556666"]], false
        ),
    ]

    func holds(_ condition: String, _ context: [String: [String]]) throws -> Bool {
        let decision = try Sample.outcome(
            Sample.allowAll(condition: condition), Sample.request(context: context))
        return decision == .allow
    }

    @Test("String operators", arguments: strings)
    func string(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("Numeric operators", arguments: numbers)
    func numeric(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("Date operators, ISO 8601 and epoch seconds", arguments: dates)
    func date(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("Bool", arguments: booleans)
    func bool(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("BinaryEquals", arguments: binary)
    func binaryEquals(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("IpAddress and NotIpAddress with CIDRs", arguments: addresses)
    func ipAddress(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("ARN operators match the six parts separately", arguments: arns)
    func arn(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("Null tests presence only", arguments: nulls)
    func null(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("ForAnyValue and ForAllValues, with empty and missing keys", arguments: sets)
    func setOperators(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test("operators and keys combine with AND; key names ignore case", arguments: combinations)
    func combined(condition: String, context: [String: [String]], holds expected: Bool) throws {
        #expect(try holds(condition, context) == expected)
    }

    @Test(
        "a Deny with a negated operator over several values denies only values outside all of them",
        arguments: [
            (["vpce-1"], PolicyDecision.Outcome.allow),
            (["vpce-2"], .allow),
            (["vpce-3"], .explicitDeny),
            ([], .explicitDeny),
        ] as [([String], PolicyDecision.Outcome)])
    func negatedDeny(endpoints: [String], expected: PolicyDecision.Outcome) throws {
        let text = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
              {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*",
               "Condition": {"StringNotEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}}}]}
            """
        #expect(
            try Sample.outcome(text, Sample.request(context: ["aws:SourceVpce": endpoints]))
                == expected)
    }

    @Test("every comparison name reads back, with and without IfExists and set prefixes")
    func operatorNames() {
        for comparison in ConditionComparison.allCases {
            #expect(ConditionOperator(name: comparison.rawValue)?.comparison == comparison)
            for prefix in ["", "ForAnyValue:", "ForAllValues:"] {
                let name = prefix + comparison.rawValue + "IfExists"
                #expect(
                    (ConditionOperator(name: name)?.description == name) == (comparison != .null))
            }
        }
        #expect(ConditionOperator(name: "stringequals") == nil)
        #expect(ConditionOperator(name: "StringEqual") == nil)
    }

    @Test("the verdict explains which condition failed and why")
    func explanation() throws {
        let policy = try PolicyDocument(
            text: Sample.allowAll(
                condition: #""StringEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}"#))
        let decision = PolicyEvaluator.evaluate(
            policy, try Sample.request(context: ["aws:SourceVpce": ["vpce-9"]]))
        let failure = try #require(decision.statements.first?.failures.first)
        #expect(failure.path == "Statement[0].Condition.StringEquals.aws:SourceVpce")
        #expect(
            failure.explanation
                == #"StringEquals aws:SourceVpce: request value "vpce-9" matches none of "vpce-1", "vpce-2""#
        )
        let absent = PolicyEvaluator.evaluate(policy, try Sample.request())
        #expect(
            absent.statements.first?.failures.first?.explanation
                == "StringEquals aws:SourceVpce: the key is absent from the request")
    }
}
