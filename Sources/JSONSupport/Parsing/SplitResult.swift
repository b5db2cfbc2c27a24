import Dispatch

/// What the second thread of a split parse hands over: the elements of the split array
/// from the split point on, where the array ends, and the lines it saw.
final class SplitResult: @unchecked Sendable {
    let split: SplitPoint
    private let done = DispatchSemaphore(value: 0)
    /// Set by the second thread before it signals; `nil` when it met an error (the first
    /// thread then reads that part itself, and reports the error where it is).
    private var parsed: (elements: [JSONValue], end: Int, lineStarts: [Int])?

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
        defer { parsed = nil }
        return parsed
    }

    /// Waits for the second thread when its result was not taken.
    func waitUnlessTaken(taken: Bool) {
        if !taken { done.wait() }
    }
}
