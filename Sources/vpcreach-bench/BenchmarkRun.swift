import BenchmarkSupport
import NetworkModel
import Reachability

/// What one size's phases share: the input, and what earlier phases produced.
struct BenchmarkRun {
    let sizeName: String
    let input: [UInt8]
    let inputName: String
    let whyFrom: String
    let whyTo: String
    let whyPort: UInt16?
    var snapshot: NetworkSnapshot?
    var analyzer: ReachabilityAnalyzer?

    var megabytes: Double { Double(input.count) / 1_000_000 }

    /// Whether the input is a saved plan (the diff phase needs its prior state).
    var isPlan: Bool { inputName.hasSuffix("-plan.json") }
}
