// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "vpcreach",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vpcreach", targets: ["vpcreach"]),
        .library(name: "JSONSupport", targets: ["JSONSupport"]),
        .library(name: "NetworkModel", targets: ["NetworkModel"]),
        .library(name: "SnapshotImport", targets: ["SnapshotImport"]),
        .library(name: "Reports", targets: ["Reports"]),
        // For the fuzz harnesses in Fuzz/, which depend on this package by path.
        .library(name: "Reachability", targets: ["Reachability"]),
        .library(name: "PolicyEvaluation", targets: ["PolicyEvaluation"]),
    ],
    targets: [
        // A JSON reader that keeps the byte offset of every value (for line:column in
        // messages) and a deterministic writer for our own output.
        .target(name: "JSONSupport"),
        // The vendor-neutral network model: value types only, no I/O.
        .target(name: "NetworkModel"),
        // Exact packet sets and the reachability engine over the model.
        .target(name: "Reachability", dependencies: ["NetworkModel"]),
        // IAM policy documents: parsing and exact evaluation of requests.
        .target(name: "PolicyEvaluation", dependencies: ["NetworkModel", "JSONSupport"]),
        // Analyses that combine the engine and policy evaluation: service access, findings.
        .target(
            name: "Checks",
            dependencies: ["Reachability", "PolicyEvaluation", "NetworkModel", "JSONSupport"]),
        // Input formats → model. Knows Terraform; knows nothing about analysis.
        .target(name: "SnapshotImport", dependencies: ["NetworkModel", "JSONSupport"]),
        // Renders results for people and machines.
        .target(
            name: "Reports",
            dependencies: [
                "Checks", "NetworkModel", "Reachability", "PolicyEvaluation", "JSONSupport",
            ]),
        // The thin command-line front end.
        .executableTarget(
            name: "vpcreach",
            dependencies: [
                "SnapshotImport", "Reports", "Checks", "Reachability", "PolicyEvaluation",
                "NetworkModel",
            ]),

        // The benchmark (`swift run -c release vpcreach-bench`): a seeded generator of
        // Terraform plans of sizes S to XL, and the phases it times. No shipped target
        // depends on either.
        .target(name: "BenchmarkSupport"),
        .executableTarget(
            name: "vpcreach-bench",
            dependencies: [
                "BenchmarkSupport", "SnapshotImport", "Checks", "Reachability", "NetworkModel",
                "JSONSupport", "Reports",
            ]),

        .testTarget(name: "JSONSupportTests", dependencies: ["JSONSupport", "BenchmarkSupport"]),
        .testTarget(name: "NetworkModelTests", dependencies: ["NetworkModel"]),
        .testTarget(name: "ReachabilityTests", dependencies: ["Reachability", "NetworkModel"]),
        .testTarget(name: "PolicyEvaluationTests", dependencies: ["PolicyEvaluation"]),
        .testTarget(
            name: "ChecksTests",
            dependencies: [
                "Checks", "Reachability", "PolicyEvaluation", "NetworkModel", "SnapshotImport",
                "BenchmarkSupport",
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "SnapshotImportTests",
            dependencies: ["SnapshotImport", "NetworkModel", "BenchmarkSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Checks", "JSONSupport"]),
        .testTarget(name: "vpcreachTests", dependencies: ["vpcreach", "JSONSupport"]),
        .testTarget(
            name: "AWSCLIImportTests",
            dependencies: ["SnapshotImport", "NetworkModel", "Reachability", "Checks"],
            resources: [.copy("Fixtures")]),
        // Hostile input: huge, deep, cyclic and malformed documents built in memory.
        .testTarget(
            name: "HostileInputTests",
            dependencies: [
                "SnapshotImport", "PolicyEvaluation", "Reachability", "NetworkModel", "JSONSupport",
                "BenchmarkSupport", "Checks",
            ]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
