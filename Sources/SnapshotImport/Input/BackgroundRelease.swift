import Dispatch

/// Frees large values on another thread.
///
/// Freeing a parsed document's tree (millions of strings, arrays and objects) takes about
/// a tenth of an import, and nothing needs to wait for it: the snapshot is complete. Pass
/// the last reference, with `consume`, so that the freeing happens on the other thread.
enum BackgroundRelease {
    static func release<Value: Sendable>(_ value: consuming Value) {
        let value = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }

    /// The same for a value that is not `Sendable` (a model builder with its indices):
    /// safe because the caller gives up its last reference, so nothing else can touch the
    /// value while the other thread frees it.
    static func release<Value>(lastReference value: consuming Value) {
        nonisolated(unsafe) let value = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }
}
