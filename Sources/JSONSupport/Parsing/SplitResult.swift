import Dispatch
import Synchronization

/// What the second thread of a split parse hands over: the elements of the split array
/// from the split point on (or the split member's value, alone), where they end, and the
/// lines it saw; and, when it finishes its part first, the document's count of UTF-8
/// continuation bytes for its ``LineTable``.
final class SplitResult: @unchecked Sendable {
    let split: SplitPoint
    /// Signalled when `parsed` is set.
    private let done = DispatchSemaphore(value: 0)
    /// Signalled when the second thread has stopped reading the buffer.
    private let stopped = DispatchSemaphore(value: 0)
    /// Set by the second thread before it signals; `nil` when it met an error (the first
    /// thread then reads that part itself, and reports the error where it is).
    private var parsed: (elements: [JSONValue], end: Int, lineStarts: [Int])?
    /// Whether a thread has taken on counting the continuation bytes.
    private let countClaimed = Atomic(false)
    /// The count, when the second thread took it on; set before `stopped` is signalled.
    private var continuations: [Int]?
    /// Whether the first thread has waited for the second to stop.
    private var hasStopped = false

    init(split: SplitPoint) {
        self.split = split
    }

    /// Called once by the second thread.
    func finish(_ parsed: (elements: [JSONValue], end: Int, lineStarts: [Int])?) {
        self.parsed = parsed
        done.signal()
    }

    /// Called once by the second thread when it is done with the buffer: it counts the
    /// continuation bytes of `text` first unless the first thread already does.
    func stop(countingIn text: UnsafeBufferPointer<UInt8>) {
        if claimCount() { continuations = LineTable.continuationCounts(in: text) }
        stopped.signal()
    }

    /// Waits for the second thread and takes what it parsed; call once.
    func take() -> (elements: [JSONValue], end: Int, lineStarts: [Int])? {
        done.wait()
        defer { parsed = nil }
        return parsed
    }

    /// The continuation counts of `text` (the whole buffer), made here unless the second
    /// thread took them on, else waited for.
    func continuationCounts(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        if claimCount() { return LineTable.continuationCounts(in: text) }
        waitUntilFinished()
        return continuations ?? LineTable.continuationCounts(in: text)
    }

    /// Waits for the second thread to stop reading the buffer. Called by the first thread
    /// once it is done with the buffer.
    func waitUntilFinished() {
        if !hasStopped {
            stopped.wait()
            hasStopped = true
        }
    }

    private func claimCount() -> Bool {
        countClaimed.compareExchange(
            expected: false, desired: true, ordering: .acquiringAndReleasing
        )
        .exchanged
    }
}
