import Dispatch

/// What the second thread of a split parse hands over: the elements of the split array
/// from the split point on (or the split member's value, alone), where they end, and the
/// lines it saw.
final class SplitResult: @unchecked Sendable {
    let split: SplitPoint
    private let done = DispatchSemaphore(value: 0)
    /// Set by the second thread before it signals; `nil` when it met an error (the first
    /// thread then reads that part itself, and reports the error where it is).
    private var parsed: (elements: [JSONValue], end: Int, lineStarts: [Int])?
    /// Whether the first thread has waited for the result (and taken it).
    private var isTaken = false

    init(split: SplitPoint) {
        self.split = split
    }

    /// Called once by the second thread.
    func finish(_ parsed: (elements: [JSONValue], end: Int, lineStarts: [Int])?) {
        self.parsed = parsed
        done.signal()
    }

    /// Waits for the second thread and takes what it parsed; call once.
    func take() -> (elements: [JSONValue], end: Int, lineStarts: [Int])? {
        done.wait()
        isTaken = true
        defer { parsed = nil }
        return parsed
    }

    /// Waits for the second thread to finish, unless its result was taken (then it has).
    /// Called by the first thread once it is done with the buffer.
    func waitUntilFinished() {
        if !isTaken { done.wait() }
    }
}
