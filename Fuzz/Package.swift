// swift-tools-version: 6.0
import PackageDescription

// libFuzzer harnesses for vpcreach's parsers of untrusted input. Build and run them with
// `Fuzz/run.sh SECONDS` (release, -sanitize=fuzzer,address); each harness is an executable
// whose `main` comes from libFuzzer.
let package = Package(
    name: "vpcreach-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "vpcreach", path: "..")],
    targets: [
        // Terraform JSON bytes → snapshot; when it imports, one `why` between workloads.
        .executableTarget(
            name: "FuzzTerraformImport",
            dependencies: [
                .product(name: "SnapshotImport", package: "vpcreach"),
                .product(name: "Reachability", package: "vpcreach"),
                .product(name: "NetworkModel", package: "vpcreach"),
            ]),
        // One file of AWS CLI output → snapshot; when it imports, one `why` between workloads.
        .executableTarget(
            name: "FuzzAWSCLIImport",
            dependencies: [
                .product(name: "SnapshotImport", package: "vpcreach"),
                .product(name: "Reachability", package: "vpcreach"),
                .product(name: "NetworkModel", package: "vpcreach"),
            ]),
        // IAM policy text → document; when it parses, one evaluation.
        .executableTarget(
            name: "FuzzPolicyParser",
            dependencies: [.product(name: "PolicyEvaluation", package: "vpcreach")]),
        // JSON bytes parsed on one thread and on two, with and without skipped paths:
        // the same values, offsets and errors.
        .executableTarget(
            name: "FuzzJSONParser",
            dependencies: [.product(name: "JSONSupport", package: "vpcreach")]),
        // Text → CIDR, IP address, port range, protocol, with round trips checked.
        .executableTarget(
            name: "FuzzAddressParsers",
            dependencies: [.product(name: "NetworkModel", package: "vpcreach")]),
    ],
    swiftLanguageModes: [.v6]
)
