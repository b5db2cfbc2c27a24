import Dispatch
import Synchronization

/// Frees large values on another thread, or keeps them until the process exits.
///
/// Freeing a parsed document's tree (millions of strings, arrays and objects) takes about
/// a tenth of an import, and nothing needs to wait for it: the snapshot is complete. Pass
/// the last reference, with `consume`, so that the freeing happens on the other thread.
///
/// A program that exits once its command is done (the CLI) turns on
/// ``keepsUntilExit``: freeing then only competes with the analysis for the cores
/// (0.4–0.5 s of CPU time in `check` on an XL state), while exiting returns the memory
/// at once.
enum BackgroundRelease {
    /// Whether released values are kept until the process exits instead of freed.
    static let keepsUntilExit = Atomic<Bool>(false)

    /// What was released while ``keepsUntilExit`` was on.
    private static let kept = Mutex<[any Sendable]>([])

    /// The releases still freeing on another thread.
    private static let pending = DispatchGroup()

    static func release<Value: Sendable>(_ value: consuming Value) {
        let value = value
        guard !keepsUntilExit.load(ordering: .relaxed) else {
            kept.withLock { $0.append(value) }
            return
        }
        // Freed inside the work item, before it leaves the group, so that
        // `waitUntilFreed` returns only once the value is gone.
        nonisolated(unsafe) var held: Value? = value
        DispatchQueue.global(qos: .utility).async(group: pending) { _ = held.take() }
    }

    /// Waits until every value released so far has been freed.
    static func waitUntilFreed() {
        pending.wait()
    }

    /// The same for a value that is not `Sendable` (a model builder with its indices):
    /// safe because the caller gives up its last reference, so nothing else can touch the
    /// value while the other thread frees it (or while it is kept).
    static func release<Value>(lastReference value: consuming Value) {
        release(LastReference(value: value))
    }

    /// A value whose last reference was handed over, which makes sending it safe.
    private struct LastReference<Wrapped>: @unchecked Sendable {
        let value: Wrapped
    }
}
