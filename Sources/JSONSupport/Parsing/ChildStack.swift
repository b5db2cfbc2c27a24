/// The children of open containers, waiting for their container to close.
///
/// A hand-rolled stack rather than an `Array` so that closing a container can *move*
/// its children into their final array: copying and then removing them would retain and
/// release every string and child array once more, which costs about a tenth of the
/// parse time.
final class ChildStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of children waiting.
    private(set) var count = 0

    init() {
        capacity = 256
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Adds a child of the innermost open container.
    @inline(__always)
    func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The children from `first` on, for looking at without taking them.
    func children(from first: Int) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: storage + first, count: count - first)
    }

    /// Removes the children from `first` on and returns them in order.
    ///
    /// Reserving and appending is specialized for `Element` in this module; creating the
    /// array uninitialized goes through the standard library's generic code, which looks
    /// up the array's storage type at run time: about 450 instructions per container.
    func take(from first: Int) -> [Element] {
        let taken = count - first
        guard taken > 0 else { return [] }
        count = first
        var children: [Element] = []
        children.reserveCapacity(taken)
        for offset in 0..<taken { children.append((storage + first + offset).move()) }
        return children
    }

    /// Drops the children from `first` on.
    func remove(from first: Int) {
        guard count > first else { return }
        (storage + first).deinitialize(count: count - first)
        count = first
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
