import Checks
import JSONSupport
import Reports
import Testing

@Suite("check: SARIF")
struct CheckSARIFTests {
    static func log(
        _ result: CheckResult, repository: RepositoryPaths = RepositoryPaths(),
        locate: ResourceLocator = { _ in nil }
    ) throws -> JSONValue {
        let text = SampleResults.report(result).sarif(repository: repository, locate: locate)
            .serialized()
        return try JSONParser.parse(text).root
    }

    static func locator(_ resource: FindingResource) -> (path: String, line: Int)? {
        resource.address == "aws_security_group.mwaa" ? ("/repo/infra/main.tf", 329) : nil
    }

    @Test(
        "the log has every field the 2.1.0 schema requires, and nothing it forbids",
        arguments: [SampleResults.mixed, SampleResults.clean])
    func schema(_ result: CheckResult) throws {
        #expect(SARIFSchema.problems(in: try Self.log(result)) == [])
        let located = try Self.log(
            result, repository: RepositoryPaths(root: "/repo", workingDirectory: "/repo/infra"),
            locate: Self.locator)
        #expect(SARIFSchema.problems(in: located) == [])
    }

    @Test("the schema check catches what code scanning rejects")
    func schemaCheckIsNotVacuous() throws {
        let broken = try JSONParser.parse(
            """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "",
              "rules": [{"id": "r", "properties": {"security-severity": "11"}}]}},
              "results": [{"ruleId": "r", "ruleIndex": 1, "level": "fatal", "message": {},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b"},
                  "region": {"startLine": 0}}}], "extra": 1}]}]}
            """
        ).root
        let problems = SARIFSchema.problems(in: broken)
        #expect(problems.count == 8, "\(problems)")
        #expect(
            SARIFSchema.problems(in: .object(["runs": []])) == [
                "$: missing required version", "$.version: not 2.1.0",
            ])
    }

    @Test("the driver describes every rule: titles, help, level, tags, precision, score")
    func rules() throws {
        let driver = try #require(try Self.log(SampleResults.mixed)["runs"]?[0]?["tool"]?["driver"])
        #expect(driver["name"] == "vpcreach")
        #expect(driver["version"] == "0.1.0")
        #expect(driver["informationUri"] == "https://github.com/vpcreach/vpcreach")
        let rules = try #require(driver["rules"]?.array)
        #expect(
            rules.map { $0["id"]?.string } == [
                "mwaa-metadata-db", "open-to-world", "unknown-value",
            ])
        let rule = rules[0]
        #expect(rule["name"] == "MwaaMetadataDb")
        #expect(
            rule["shortDescription"] == ["text": "The environment reaches its metadata database"])
        #expect(rule["fullDescription"]?["text"]?.string?.hasPrefix("MWAA's workers") == true)
        #expect(
            rule["help"]?["text"]
                == "Allow TCP 5432 from the environment's security group to itself.\n\nSource: https://docs.aws.amazon.com/mwaa/latest/userguide/vpc-security.html"
        )
        #expect(rule["defaultConfiguration"] == ["level": "error"])
        #expect(
            rule["properties"] == [
                "tags": ["mwaa", "network"], "precision": "very-high", "security-severity": "8.0",
            ])
        #expect(rules[1]["properties"]?["security-severity"] == "6.5")
        #expect(rules[2]["properties"]?["security-severity"] == "1.0")
    }

    @Test(
        "tags are unique, and scores outside 0.1–10.0 are clamped",
        arguments: [
            (-3.0, "0.1"), (0.04, "0.1"), (9.96, "10.0"), (42, "10.0"), (Double.nan, "0.1"),
        ])
    func clampedScores(score: Double, expected: String) throws {
        var rule = SampleResults.metadataRule
        rule.securitySeverity = score
        rule.tags = ["mwaa", "network", "mwaa"]
        var result = SampleResults.mixed
        result.rules = [rule]
        let log = try Self.log(result)
        let properties = log["runs"]?[0]?["tool"]?["driver"]?["rules"]?[0]?["properties"]
        #expect(properties?["tags"] == ["mwaa", "network"])
        #expect(properties?["security-severity"]?.string == (score > 0 ? expected : nil))
        #expect(SARIFSchema.problems(in: log) == [])
    }

    @Test("a result points at the first resource, in the input JSON without a locator")
    func jsonLocation() throws {
        let results = try #require(try Self.log(SampleResults.mixed)["runs"]?[0]?["results"]?.array)
        #expect(results.count == 3)
        let first = results[0]
        #expect(first["ruleId"] == "mwaa-metadata-db")
        #expect(first["ruleIndex"] == 0)
        #expect(first["level"] == "error")
        let location = try #require(first["locations"]?.array)
        #expect(location.count == 1)
        #expect(
            location[0]["physicalLocation"] == [
                "artifactLocation": ["uri": "examples/plan.json"],
                "region": ["startLine": 120, "startColumn": 7],
            ])
        #expect(
            location[0]["logicalLocations"] == [
                [
                    "name": "aws_security_group.mwaa",
                    "fullyQualifiedName": "aws_security_group.mwaa", "kind": "resource",
                ]
            ])
        let related = try #require(first["relatedLocations"]?[0])
        #expect(related["id"] == 1)
        #expect(related["physicalLocation"]?["region"] == ["startLine": 1])
        #expect(related["message"] == ["text": "aws_mwaa_environment.analytics"])
        #expect(
            first["message"]?["text"]
                == "The environment cannot reach its metadata database on TCP 5432.\nblocked at security-group-ingress\nFix: Allow TCP 5432 within the group"
        )
        #expect(
            results[1]["locations"]?[0]?["physicalLocation"]?["artifactLocation"] == [
                "uri": "plan,%20v2.json"
            ])
        #expect(results[1]["locations"]?[0]?["physicalLocation"]?["region"] == ["startLine": 40])
    }

    @Test("a finding with no location points at the first input's first line")
    func fallbackLocation() throws {
        let result = try #require(try Self.log(SampleResults.mixed)["runs"]?[0]?["results"]?[2])
        #expect(
            result["locations"]?[0]?["physicalLocation"] == [
                "artifactLocation": ["uri": "examples/plan.json"], "region": ["startLine": 1],
            ])
        #expect(result["properties"] == ["fingerprint": "unknown-value|aws_route.private_nat"])
    }

    @Test("the locator's Terraform line wins, relative to the repository root")
    func terraformLocation() throws {
        let log = try Self.log(
            SampleResults.mixed,
            repository: RepositoryPaths(root: "/repo", workingDirectory: "/repo/infra"),
            locate: Self.locator)
        let results = try #require(log["runs"]?[0]?["results"]?.array)
        #expect(
            results[0]["locations"]?[0]?["physicalLocation"] == [
                "artifactLocation": ["uri": "infra/main.tf"], "region": ["startLine": 329],
            ])
        #expect(
            results[0]["relatedLocations"]?[0]?["physicalLocation"]?["artifactLocation"]
                == ["uri": "infra/examples/plan.json"])
    }

    @Test("partial fingerprints are the FNV-1a hash of the finding's fingerprint")
    func fingerprints() throws {
        let results = try #require(try Self.log(SampleResults.mixed)["runs"]?[0]?["results"]?.array)
        let hashes = results.compactMap {
            $0["partialFingerprints"]?["vpcreachFindingHash/v1"]?.string
        }
        #expect(hashes.count == 3 && Set(hashes).count == 3)
        // Pinned: code scanning stores these; a change here reopens every alert.
        #expect(hashes[0] == "db3051982cca4014")
        #expect(hashes.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
        let again = try #require(try Self.log(SampleResults.mixed)["runs"]?[0]?["results"]?.array)
        #expect(
            again.compactMap { $0["partialFingerprints"]?["vpcreachFindingHash/v1"]?.string }
                == hashes)
    }

    @Test(
        "the hash is FNV-1a 64 of the fingerprint (published test vectors)",
        arguments: [("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func fnv1a(fingerprint: String, hash: String) throws {
        let finding = Finding(
            rule: fingerprint, severity: .note, message: "m", resources: [],
            evidence: Evidence(summary: "s"))
        #expect(finding.fingerprint == fingerprint)
        let result = CheckResult(
            findings: [finding], environments: [], inputs: ["plan.json"], rules: [])
        let log = try Self.log(result)
        #expect(
            log["runs"]?[0]?["results"]?[0]?["partialFingerprints"]
                == ["vpcreachFindingHash/v1": .string(hash)])
        #expect(SARIFSchema.problems(in: log) == [])
    }

    @Test("a finding whose rule the result does not describe gets a minimal rule")
    func undescribedRule() throws {
        var result = SampleResults.mixed
        result.rules = [SampleResults.openRule]
        let log = try Self.log(result)
        #expect(SARIFSchema.problems(in: log) == [])
        let rules = try #require(log["runs"]?[0]?["tool"]?["driver"]?["rules"]?.array)
        #expect(
            rules.map { $0["id"]?.string } == [
                "open-to-world", "mwaa-metadata-db", "unknown-value",
            ])
        #expect(log["runs"]?[0]?["results"]?[0]?["ruleIndex"] == 1)
    }

    @Test("at most 25,000 results and 1,000 related locations; the rest are counted")
    func limits() throws {
        var many = SampleResults.unlocatedFinding
        many.resources = (0...1_001).map { FindingResource(address: "aws_security_group.g\($0)") }
        let findings = [many] + Array(repeating: SampleResults.unlocatedFinding, count: 25_000)
        let result = CheckResult(
            findings: findings, environments: [], inputs: ["plan.json"],
            rules: [SampleResults.unknownRule])
        // Inspected as built: parsing 25,000 results back costs seconds in debug builds.
        let run = try #require(SampleResults.report(result).sarif()["runs"]?[0])
        #expect(run["results"]?.array?.count == 25_000)
        #expect(run["results"]?[0]?["relatedLocations"]?.array?.count == 1_000)
        #expect(run["properties"] == ["suppressed": 0, "omittedResults": 1])
    }
}

@Suite("check: paths relative to the repository")
struct RepositoryPathsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var root: String?
        var workingDirectory: String?
        var path: String
        var uri: String
        var testDescription: String {
            "\(root ?? "nil") \(workingDirectory ?? "nil") \(path) → \(uri)"
        }
    }

    static let cases: [Case] = [
        Case(root: nil, workingDirectory: nil, path: "plan.json", uri: "plan.json"),
        Case(root: nil, workingDirectory: nil, path: "./infra/../plan.json", uri: "plan.json"),
        Case(
            root: "/repo", workingDirectory: "/repo/infra", path: "plan.json",
            uri: "infra/plan.json"),
        Case(root: "/repo", workingDirectory: "/elsewhere", path: "/repo/main.tf", uri: "main.tf"),
        Case(root: "..", workingDirectory: "/repo/infra", path: "main.tf", uri: "infra/main.tf"),
        Case(
            root: "/repo/", workingDirectory: nil, path: "/repo/a b/c#d.tf", uri: "a%20b/c%23d.tf"),
        Case(
            root: "/repo", workingDirectory: "/tmp", path: "plan.json", uri: "file:///tmp/plan.json"
        ),
        Case(
            root: "/repo", workingDirectory: nil, path: "/other/x:y.json",
            uri: "file:///other/x%3Ay.json"),
        Case(root: nil, workingDirectory: nil, path: "../outside.json", uri: "../outside.json"),
        Case(root: nil, workingDirectory: nil, path: "é.tf", uri: "%C3%A9.tf"),
    ]

    @Test("paths become URIs relative to the root, or file URIs outside it", arguments: cases)
    func uri(_ testCase: Case) {
        let paths = RepositoryPaths(
            root: testCase.root, workingDirectory: testCase.workingDirectory)
        #expect(paths.uri(for: testCase.path) == testCase.uri)
    }

    @Test("paths outside the root have no relative path")
    func outside() {
        let paths = RepositoryPaths(root: "/repo", workingDirectory: "/repo")
        #expect(paths.relativePath("../x.tf") == nil)
        #expect(paths.relativePath("/repo") == nil)
        #expect(paths.relativePath("/repository/x.tf") == nil)
        #expect(paths.relativePath("sub/x.tf") == "sub/x.tf")
    }
}
