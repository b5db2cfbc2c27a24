import Dispatch
import Foundation
import Synchronization

/// The import's steps that run on a second thread: when they do, and how.
enum SecondThread {
    /// Whether a step runs on a second thread: as `forced` (tests and the differential
    /// fuzzer turn it on and off), else with two cores and at least `minimum` items of
    /// `work`.
    static func isUsed(forced: Bool?, work: Int, minimum: Int) -> Bool {
        forced ?? (ProcessInfo.processInfo.activeProcessorCount >= 2 && work >= minimum)
    }

    /// Runs `first` and `second` at once, one on each core, and returns what each gave.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firsts = Mutex<First?>(nil)
        let seconds = Mutex<Second?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let made = first()
                firsts.withLock { $0 = made }
            } else {
                let made = second()
                seconds.withLock { $0 = made }
            }
        }
        // `concurrentPerform` returns once both parts have run.
        return (firsts.withLock { $0! }, seconds.withLock { $0! })
    }
}
