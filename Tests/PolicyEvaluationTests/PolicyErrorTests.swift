import PolicyEvaluation
import Testing

@Suite("Malformed policy documents")
struct PolicyErrorTests {
    /// A policy whose only statement holds `members`, laid out on several lines so
    /// errors have distinct lines.
    static func document(_ members: String, version: String = "2012-10-17") -> String {
        """
        {
          "Version": "\(version)",
          "Statement": [
            {
              \(members)
            }
          ]
        }
        """
    }

    static let valid = #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*""#

    /// (policy text, expected path, text the error must point at, words the message must hold).
    static let cases: [(text: String, path: String, anchor: String, message: String)] = [
        (#"{"Statement": [}"#, "", "}", "not valid JSON"),
        ("", "", "", "empty"),
        (
            #"{"Statement": [{"Effect": "Allow", "Effect": "Deny"}]}"#, "", #""Effect": "Deny""#,
            "duplicate member name \"Effect\""
        ),
        (#"["Statement"]"#, "", "[", "expected a JSON object"),
        (#"{"Version": "2012-10-17"}"#, "", "{", "no Statement element"),
        (
            document(valid, version: "2012-10-18"), "Version", "\"2012-10-18\"",
            "unsupported Version \"2012-10-18\""
        ),
        (#"{"Version": 2012, "Statement": []}"#, "Version", "2012", "expected a string"),
        (#"{"Statements": []}"#, "Statements", "\"Statements\"", "unknown element \"Statements\""),
        (#"{"statement": []}"#, "statement", "\"statement\"", "write \"Statement\""),
        (#"{"Statement": "Allow"}"#, "Statement", "\"Allow\"", "a statement object or an array"),
        (
            #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}, 7]}"#,
            "Statement[1]", "7", "expected a statement object"
        ),
        (
            document(#""Effect": "allow", "Principal": "*", "Action": "*", "Resource": "*""#),
            "Statement[0].Effect", "\"allow\"", "write \"Allow\""
        ),
        (
            document(#""Effect": "DENY", "Principal": "*", "Action": "*", "Resource": "*""#),
            "Statement[0].Effect", "\"DENY\"", "write \"Deny\""
        ),
        (
            document(#""Effect": "Permit", "Principal": "*", "Action": "*", "Resource": "*""#),
            "Statement[0].Effect", "\"Permit\"", "must be \"Allow\" or \"Deny\""
        ),
        (
            document(#""Effect": true, "Principal": "*", "Action": "*", "Resource": "*""#),
            "Statement[0].Effect", "true", "found a boolean"
        ),
        (
            document(#""Principal": "*", "Action": "*", "Resource": "*""#), "Statement[0]",
            "{\n      \"Principal", "Effect element is missing"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "NotAction": "iam:*", "Resource": "*""#
            ), "Statement[0].NotAction", "\"NotAction\"", "Action or NotAction, not both"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "NotAction": "iam:*", "Action": "*", "Resource": "*""#
            ), "Statement[0].Action", "\"Action\": \"*\"", "not both"
        ),
        (
            document(#""Effect": "Allow", "Principal": "*", "Resource": "*""#), "Statement[0]",
            "{\n      \"Effect", "neither Action nor NotAction"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "NotResource": "arn:aws:s3:::b""#
            ), "Statement[0].NotResource", "\"NotResource\"", "Resource or NotResource, not both"
        ),
        (
            document(#""Effect": "Allow", "Principal": "*", "Action": "*""#), "Statement[0]",
            "{\n      \"Effect", "neither Resource nor NotResource"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "NotPrincipal": {"AWS": "111122223333"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].NotPrincipal", "\"NotPrincipal\"",
            "Principal or NotPrincipal, not both"
        ),
        (
            document(#""Effect": "Allow", "Action": "*", "Resource": "*""#), "Statement[0]",
            "{\n      \"Effect", "neither Principal nor NotPrincipal"
        ),
        (
            document(#""Effect": "Allow", "Principal": "*", "Action": [], "Resource": "*""#),
            "Statement[0].Action", "[]", "at least one action"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", 5], "Resource": "*""#
            ), "Statement[0].Action[1]", "5]", "expected a string, found a number"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": {"s3": "GetObject"}, "Resource": "*""#
            ), "Statement[0].Action", "{\"s3\"", "a string or a list of strings"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "s3GetObject", "Resource": "*""#),
            "Statement[0].Action", "\"s3GetObject\"", "not an action"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", "s3:Get:Object"], "Resource": "*""#
            ), "Statement[0].Action[1]", "\"s3:Get:Object\"", "not an action"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "dag-bucket""#),
            "Statement[0].Resource", "\"dag-bucket\"", "neither \"*\" nor an ARN"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": ["*", "arn:aws:s3"]"#
            ), "Statement[0].Resource[1]", "\"arn:aws:s3\"", "nor an ARN"
        ),
        (
            document(#""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": []"#),
            "Statement[0].Resource", "[]", "at least one resource"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "arn:aws:s3:::b/${aws:username""#
            ), "Statement[0].Resource", "\"arn:aws:s3:::b/${", "never closed"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "arn:aws:s3:::b/${aws:username, nobody}""#
            ), "Statement[0].Resource", "\"arn:aws:s3:::b/${", "single quotes"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "arn:aws:s3:::b/${}""#
            ), "Statement[0].Resource", "\"arn:aws:s3:::b/${", "not a policy variable"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal", "\"arn:aws:iam::111122223333:root\"", "must be \"*\""
        ),
        (
            document(#""Effect": "Allow", "Principal": 42, "Action": "*", "Resource": "*""#),
            "Statement[0].Principal", "42", "found a number"
        ),
        (
            document(#""Effect": "Allow", "Principal": {}, "Action": "*", "Resource": "*""#),
            "Statement[0].Principal", "{}", "principal map is empty"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"aws": "*"}, "Action": "*", "Resource": "*""#),
            "Statement[0].Principal.aws", "\"aws\"", "write \"AWS\""
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"User": "alice"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.User", "\"User\"", "unknown element \"User\""
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/*"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.AWS", "\"arn:aws:iam::111122223333:role/*\"",
            "aws:PrincipalArn"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"AWS": ["111122223333", "1111*"]}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.AWS[1]", "\"1111*\"", "bare \"*\""
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"AWS": "alice"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.AWS", "\"alice\"", "not an AWS principal"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"AWS": "arn:aws:s3:::bucket"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.AWS", "\"arn:aws:s3:::bucket\"", "not an AWS principal"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:group/Admins"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.AWS", "\"arn:aws:iam::111122223333:group/Admins\"",
            "not an AWS principal"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1234:root"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.AWS", "\"arn:aws:iam::1234:root\"", "not an AWS principal"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"ForAnyValue:ForAllValues:StringEquals": {"k": "v"}}"#
            ), "Statement[0].Condition.ForAnyValue:ForAllValues:StringEquals",
            "\"ForAnyValue:ForAll", "unknown condition operator"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"Service": "*.amazonaws.com"}, "Action": "*", "Resource": "*""#
            ), "Statement[0].Principal.Service", "\"*.amazonaws.com\"", "bare \"*\""
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"Service": ""}, "Action": "*", "Resource": "*""#),
            "Statement[0].Principal.Service", "\"\"", "empty string"
        ),
        (
            document(
                #""Effect": "Allow", "Principal": {"AWS": []}, "Action": "*", "Resource": "*""#),
            "Statement[0].Principal.AWS", "[]", "at least one principal"
        ),
        (
            document(
                #""Sid": 5, "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*""#),
            "Statement[0].Sid", "5", "expected a string"
        ),
        (
            document(#""Effects": "Allow", "Principal": "*", "Action": "*", "Resource": "*""#),
            "Statement[0].Effects", "\"Effects\"", "unknown element \"Effects\""
        ),
        (
            document(#""effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*""#),
            "Statement[0].effect", "\"effect\"", "write \"Effect\""
        ),
        (
            document(valid + #", "Condition": "none""#), "Statement[0].Condition", "\"none\"",
            "a map of condition operators"
        ),
        (
            document(valid + #", "Condition": {"StringEqual": {"aws:SourceVpce": "vpce-1"}}"#),
            "Statement[0].Condition.StringEqual", "\"StringEqual\"",
            "unknown condition operator \"StringEqual\""
        ),
        (
            document(valid + #", "Condition": {"stringequals": {"aws:SourceVpce": "vpce-1"}}"#),
            "Statement[0].Condition.stringequals", "\"stringequals\"", "case-sensitive"
        ),
        (
            document(
                valid
                    + #", "Condition": {"ForAnyValues:StringEquals": {"aws:SourceVpce": "vpce-1"}}"#
            ), "Statement[0].Condition.ForAnyValues:StringEquals", "\"ForAnyValues:",
            "unknown condition operator"
        ),
        (
            document(valid + #", "Condition": {"NullIfExists": {"aws:SourceVpce": "true"}}"#),
            "Statement[0].Condition.NullIfExists", "\"NullIfExists\"", "Null takes no IfExists"
        ),
        (
            document(valid + #", "Condition": {"ForAllValues:Null": {"aws:SourceVpce": "true"}}"#),
            "Statement[0].Condition.ForAllValues:Null", "\"ForAllValues:Null\"",
            "takes no ForAnyValue:/ForAllValues: prefix"
        ),
        (
            document(valid + #", "Condition": {"StringEquals": "vpce-1"}"#),
            "Statement[0].Condition.StringEquals", "\"vpce-1\"", "a map of condition keys"
        ),
        (
            document(valid + #", "Condition": {"StringEquals": {}}"#),
            "Statement[0].Condition.StringEquals", "{}", "names no condition keys"
        ),
        (
            document(valid + #", "Condition": {"StringEquals": {"aws:SourceVpce": {"v": 1}}}"#),
            "Statement[0].Condition.StringEquals.aws:SourceVpce", "{\"v\"",
            "a string, number or boolean"
        ),
        (
            document(
                valid + #", "Condition": {"StringEquals": {"aws:SourceVpce": ["vpce-1", null]}}"#),
            "Statement[0].Condition.StringEquals.aws:SourceVpce[1]", "null", "found null"
        ),
        (
            document(valid + #", "Condition": {"StringEquals": {"aws:SourceVpce": []}}"#),
            "Statement[0].Condition.StringEquals.aws:SourceVpce", "[]", "at least one value"
        ),
        (
            document(valid + #", "Condition": {"NumericLessThan": {"s3:max-keys": "ten"}}"#),
            "Statement[0].Condition.NumericLessThan.s3:max-keys", "\"ten\"", "expected a number"
        ),
        (
            document(
                valid + #", "Condition": {"NumericLessThan": {"s3:max-keys": ["1", "${aws:x}"]}}"#),
            "Statement[0].Condition.NumericLessThan.s3:max-keys[1]", "\"${aws:x}\"",
            "expected a number"
        ),
        (
            document(
                valid + #", "Condition": {"DateGreaterThan": {"aws:CurrentTime": "yesterday"}}"#),
            "Statement[0].Condition.DateGreaterThan.aws:CurrentTime", "\"yesterday\"", "ISO 8601"
        ),
        (
            document(
                valid + #", "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2025-02-30"}}"#),
            "Statement[0].Condition.DateGreaterThan.aws:CurrentTime", "\"2025-02-30\"", "ISO 8601"
        ),
        (
            document(valid + #", "Condition": {"Bool": {"aws:SecureTransport": "yes"}}"#),
            "Statement[0].Condition.Bool.aws:SecureTransport", "\"yes\"", "expected true or false"
        ),
        (
            document(valid + #", "Condition": {"IpAddress": {"aws:SourceIp": "300.1.1.1/8"}}"#),
            "Statement[0].Condition.IpAddress.aws:SourceIp", "\"300.1.1.1/8\"",
            "address or CIDR block"
        ),
        (
            document(
                valid
                    + #", "Condition": {"NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8", "10.0.0.0/33"]}}"#
            ), "Statement[0].Condition.NotIpAddress.aws:SourceIp[1]", "\"10.0.0.0/33\"",
            "prefix length"
        ),
        (
            document(valid + #", "Condition": {"BinaryEquals": {"k": "***"}}"#),
            "Statement[0].Condition.BinaryEquals.k", "\"***\"", "base64"
        ),
        (
            document(valid + #", "Condition": {"Null": {"aws:SourceVpce": "maybe"}}"#),
            "Statement[0].Condition.Null.aws:SourceVpce", "\"maybe\"", "true (the key is absent)"
        ),
        (
            document(
                valid + #", "Condition": {"StringLike": {"aws:SourceVpce": "${aws:SourceVpc"}}"#),
            "Statement[0].Condition.StringLike.aws:SourceVpce", "\"${aws:SourceVpc\"",
            "never closed"
        ),
    ]

    @Test("each problem is reported with its element path and line:column", arguments: cases)
    func located(text: String, path: String, anchor: String, message: String) throws {
        let error = try #require(Sample.error(text))
        #expect(error.path == path)
        #expect(error.message.contains(message), "message was: \(error.message)")
        if anchor.isEmpty {
            #expect(error.location == nil)
        } else {
            let expected = try #require(Sample.position(of: anchor, in: text))
            #expect(error.line == expected.line && error.column == expected.column, "\(error)")
        }
    }

    @Test("the description reads line:column: path: message")
    func description() throws {
        let text = Self.document(
            #""Effect": "allow", "Principal": "*", "Action": "*", "Resource": "*""#)
        let error = try #require(Sample.error(text))
        #expect(
            error.description.hasPrefix(
                "5:17: Statement[0].Effect: Effect must be \"Allow\" or \"Deny\""))
    }

    @Test("the third statement's condition error names Statement[2] and its own line")
    func deepPath() throws {
        let text = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
              {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
              {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*",
               "Condition": {
                 "StringEquals": {"aws:SourceVpce": "vpce-1"},
                 "StringEqualz": {"aws:SourceVpc": "vpc-1"}}}]}
            """
        let error = try #require(Sample.error(text))
        #expect(error.path == "Statement[2].Condition.StringEqualz")
        #expect(error.line == 7 && error.column == 6)
    }

    @Test(
        "identity-based policies reject Principal and NotPrincipal",
        arguments: ["Principal", "NotPrincipal"])
    func identityPrincipal(name: String) throws {
        let text = Self.document(
            #""Effect": "Allow", "\#(name)": "*", "Action": "*", "Resource": "*""#)
        let error = try #require(Sample.error(text, kind: .identityBased))
        #expect(error.path == "Statement[0].\(name)")
        #expect(error.message.contains("identity-based policy may not have \(name)"))
        #expect(error.line == 5)
    }
}
