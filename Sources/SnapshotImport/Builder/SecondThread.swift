import Foundation

/// Whether a step of the import runs on a second thread.
enum SecondThread {
    /// As `forced` (tests and the differential fuzzer turn it on and off), else with two
    /// cores and at least `minimum` items of `work`.
    static func isUsed(forced: Bool?, work: Int, minimum: Int) -> Bool {
        forced ?? (ProcessInfo.processInfo.activeProcessorCount >= 2 && work >= minimum)
    }
}
