import BenchmarkSupport
import NetworkModel
import Reachability

/// What one size's phases share: the input, and what earlier phases produced.
struct BenchmarkRun {
    let sizeName: String
    let input: [UInt8]
    let inputName: String
    /// The `why` phase's question; nil skips the phase (a user's file names no workloads
    /// the benchmark knows).
    let whyFrom: String?
    let whyTo: String?
    let whyPort: UInt16?
    /// Whether the input is a saved plan, whose prior state the diff phase compares with
    /// the planned one; a user's file (`--input`) is always compared, a state with itself.
    let isPlan: Bool
    var snapshot: NetworkSnapshot?
    var analyzer: ReachabilityAnalyzer?

    var megabytes: Double { Double(input.count) / 1_000_000 }
}
