import Synchronization

/// Values worked out once per key and shared by every thread that asks for them.
///
/// `check` asks the same things of many environments at once: whether a network ACL
/// admits everything, what an endpoint's policy text reads as. Two threads may work out
/// the same key at the same time; both get equal values, and one is kept.
final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    /// The value for `key`, made by `make` unless it is already known.
    func value(for key: Key, making make: () -> Value) -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        let made = make()
        values.withLock { $0[key] = made }
        return made
    }
}
