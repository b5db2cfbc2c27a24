import PolicyEvaluation
import Testing

@Suite("Resource and NotResource")
struct ResourceMatchingTests {
    static let cases: [(pattern: String, resource: String, matches: Bool)] = [
        ("*", "arn:aws:s3:::dag-bucket/key", true),
        ("*", "*", true),
        ("*", "arn:aws:sqs:us-east-1:999999999999:airflow-celery-1", true),
        ("arn:aws:s3:::dag-bucket/*", "arn:aws:s3:::dag-bucket/key", true),
        ("arn:aws:s3:::dag-bucket/*", "arn:aws:s3:::dag-bucket/dags/a/b.py", true),
        ("arn:aws:s3:::dag-bucket/*", "arn:aws:s3:::dag-bucket/", true),
        ("arn:aws:s3:::dag-bucket/*", "arn:aws:s3:::dag-bucket", false),
        ("arn:aws:s3:::dag-bucket", "arn:aws:s3:::dag-bucket/key", false),
        ("arn:aws:s3:::dag-bucket*", "arn:aws:s3:::dag-bucket/key", true),
        ("arn:aws:s3:::dag-bucket*", "arn:aws:s3:::dag-bucket-2", true),
        ("arn:aws:s3:::dag-bucket/?", "arn:aws:s3:::dag-bucket/k", true),
        ("arn:aws:s3:::dag-bucket/?", "arn:aws:s3:::dag-bucket/kk", false),
        ("arn:aws:s3:::dag-bucket/??", "arn:aws:s3:::dag-bucket/kk", true),
        ("arn:aws:s3:::DAG-bucket/*", "arn:aws:s3:::dag-bucket/key", false),
        ("arn:aws:s3:::dag-bucket/Key", "arn:aws:s3:::dag-bucket/key", false),
        ("arn:aws:s3:::*", "arn:aws:s3:::any-bucket/any/key", true),
        ("arn:aws:s3:::*", "*", false),
        ("arn:aws:s3:::*/*", "arn:aws:s3:::bucket", false),
        (
            "arn:aws:sqs:us-east-1:*:airflow-celery-*",
            "arn:aws:sqs:us-east-1:999999999999:airflow-celery-abc", true
        ),
        (
            "arn:aws:sqs:us-east-1:*:airflow-celery-*",
            "arn:aws:sqs:us-east-1:111122223333:airflow-celery-abc", true
        ),
        (
            "arn:aws:sqs:us-east-1:*:airflow-celery-*",
            "arn:aws:sqs:eu-west-1:999999999999:airflow-celery-abc", false
        ),
        (
            "arn:aws:sqs:us-east-1:*:airflow-celery-*",
            "arn:aws:sqs:us-east-1:999999999999:other-queue", false
        ),
        (
            "arn:aws:sqs:us-east-1:111122223333:*",
            "arn:aws:sqs:us-east-1:999999999999:airflow-celery-abc", false
        ),
        ("arn:aws:sqs:*:*:*", "arn:aws:sqs:ap-south-1:999999999999:q", true),
        ("arn:aws:sqs:us-*:*:*", "arn:aws:sqs:us-west-2:999999999999:q", true),
        ("arn:aws:sqs:us-?ast-1:*:*", "arn:aws:sqs:us-east-1:999999999999:q", true),
        ("arn:aws:*:*:*:*", "arn:aws:s3:::bucket", true),
        ("arn:aws:s3:*:*:bucket", "arn:aws:s3:::bucket", true),
        ("arn:aws:*::111122223333:r", "arn:aws:s3:us-east-1:111122223333:r", false),
        ("arn:aws:s3:::bucket", "arn:aws:s3:::bucket:extra", false),
        ("arn:aws-cn:s3:::bucket", "arn:aws:s3:::bucket", false),
        ("arn:*:s3:::bucket", "arn:aws-us-gov:s3:::bucket", true),
        (
            "arn:aws:logs:us-east-1:111122223333:log-group:airflow-MyEnv-*",
            "arn:aws:logs:us-east-1:111122223333:log-group:airflow-MyEnv-Task", true
        ),
        (
            "arn:aws:logs:us-east-1:111122223333:log-group:airflow-MyEnv-*",
            "arn:aws:logs:us-east-1:111122223333:log-group:airflow-MyEnv-Task:log-stream:x", true
        ),
        (
            "arn:aws:logs:us-east-1:111122223333:log-group:airflow-MyEnv-*",
            "arn:aws:logs:us-east-1:111122223333:log-group:airflow-OtherEnv-Task", false
        ),
        ("arn:aws:logs:*:111122223333:*", "arn:aws:logs:eu-west-1:111122223333:log-group:x", true),
        ("arn:aws:kms:*:111122223333:key/*", "arn:aws:kms:us-east-1:111122223333:key/1234", true),
        ("arn:aws:kms:*:111122223333:key/*", "arn:aws:kms:us-east-1:999999999999:key/1234", false),
        (
            "arn:aws:kms:*:111122223333:key/*", "arn:aws:kms:us-east-1:111122223333:alias/aws/s3",
            false
        ),
        ("arn:aws:iam::*:role/*", "arn:aws:iam::111122223333:role/service-role/x", true),
        ("arn:aws:iam::1111222233?3:role/x", "arn:aws:iam::111122223333:role/x", true),
        (
            "arn:aws:ec2:us-east-1:111122223333:instance/*",
            "arn:aws:ec2:us-east-1:111122223333:volume/vol-1", false
        ),
        (
            "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv",
            "arn:aws:airflow:us-east-1:111122223333:environment/MyEnv", true
        ),
    ]

    @Test("Resource matches ARNs part by part with * and ?", arguments: cases)
    func resource(pattern: String, resource: String, matches: Bool) throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "\#(pattern)""#)
        #expect(
            try Sample.outcome(text, Sample.request(resource: resource))
                == (matches ? .allow : .implicitDeny))
    }

    @Test("NotResource with Allow covers every resource not listed", arguments: cases)
    func notResource(pattern: String, resource: String, matches: Bool) throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "Action": "*", "NotResource": "\#(pattern)""#)
        #expect(
            try Sample.outcome(text, Sample.request(resource: resource))
                == (matches ? .implicitDeny : .allow))
    }

    @Test(
        "a list of resources matches when any entry matches",
        arguments: [
            (#"["arn:aws:s3:::a", "arn:aws:s3:::a/*"]"#, "arn:aws:s3:::a", true),
            (#"["arn:aws:s3:::a", "arn:aws:s3:::a/*"]"#, "arn:aws:s3:::a/k", true),
            (#"["arn:aws:s3:::a", "arn:aws:s3:::a/*"]"#, "arn:aws:s3:::b/k", false),
            (#"["arn:aws:s3:::a"]"#, "arn:aws:s3:::a", true),
        ])
    func lists(resources: String, resource: String, matches: Bool) throws {
        let text = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": \#(resources)"#)
        #expect(
            try Sample.outcome(text, Sample.request(resource: resource))
                == (matches ? .allow : .implicitDeny))
        let negated = Sample.policy(
            #""Effect": "Allow", "Principal": "*", "Action": "*", "NotResource": \#(resources)"#)
        #expect(
            try Sample.outcome(negated, Sample.request(resource: resource))
                == (matches ? .implicitDeny : .allow))
    }
}
