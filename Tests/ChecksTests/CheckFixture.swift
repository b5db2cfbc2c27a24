import Checks
import Foundation
import NetworkModel
import SnapshotImport

/// The mwaa-private example as a model to change one thing at a time, and helpers to
/// run `check` on it.
enum CheckFixture {
    static let examples = ExampleFindingsTests.examplesFolder

    static func example(_ name: String, file: String = "state.json") throws -> NetworkSnapshot {
        try TerraformImporter.load([
            examples.appendingPathComponent(name).appendingPathComponent(file).path
        ])
    }

    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    static func run(_ snapshot: NetworkSnapshot, _ options: CheckOptions = CheckOptions())
        -> [Finding]
    {
        CheckRunner(snapshot: snapshot, options: options).run().findings
    }

    /// The findings of `rule`, notes included.
    static func findings(
        _ rule: String, _ snapshot: NetworkSnapshot, _ options: CheckOptions = CheckOptions()
    ) -> [Finding] {
        run(snapshot, options).filter { $0.rule == rule }
    }

    /// Replaces the first element of `array` matching `match`.
    static func change<T>(_ array: inout [T], where match: (T) -> Bool, _ edit: (inout T) -> Void) {
        guard let index = array.firstIndex(where: match) else { return }
        edit(&array[index])
    }
}
