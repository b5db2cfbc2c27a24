import BenchmarkSupport
import Checks
import Reports
import SnapshotImport

/// `--repeated N`: imports each ``RepeatedPart`` network with N and with 2N parts, runs
/// `check` and the inventory on it, and `diff` from the network with half as many parts.
/// Time linear in the parts shows as a ratio near 2.
enum RepeatedPartsBenchmark {
    /// With `directory`, also writes each network there as `repeated-CASE-PARTS.json`.
    static func run(count: Int, writingTo directory: String?) throws {
        print(
            "\n| many parts of one object | parts | import s | check s | inventory s | diff n/2 → n s | total s | 2n / n |\n|---|---:|---:|---:|---:|---:|---:|---:|"
        )
        for part in RepeatedPart.allCases {
            var previousTotal: Double?
            var half = try TerraformImporter.load(
                bytes: RepeatedPartsGenerator(part: part, count: count / 2).generate(),
                file: "repeated.json")
            for parts in [count, 2 * count] {
                let input = RepeatedPartsGenerator(part: part, count: parts).generate()
                if let directory {
                    try BenchmarkCommand.write(
                        input, named: "repeated-\(part)-\(parts).json", to: directory)
                }
                let (snapshot, importing) = try timed {
                    try TerraformImporter.load(bytes: input, file: "repeated.json")
                }
                let (_, checking) = timed { CheckRunner(snapshot: snapshot).run() }
                let (_, listing) = timed { InventoryReport(snapshot: snapshot).text() }
                let (_, comparing) = timed { DiffAnalyzer(before: half, after: snapshot).run() }
                half = snapshot
                let total = importing + checking + listing + comparing
                let ratio = previousTotal.map { BenchmarkCommand.format(total / $0, digits: 2) }
                previousTotal = total
                print(
                    "| \(part.rawValue) | \(parts) | \(format(importing)) | \(format(checking)) | \(format(listing)) | \(format(comparing)) | \(format(total)) | \(ratio ?? "") |"
                )
            }
        }
    }

    private static func timed<Result>(_ work: () throws -> Result) rethrows -> (Result, Double) {
        let started = ContinuousClock.now
        let result = try work()
        return (result, BenchmarkCommand.seconds(ContinuousClock.now - started))
    }

    private static func format(_ seconds: Double) -> String {
        BenchmarkCommand.format(seconds, digits: 3)
    }
}
