/// A list whose elements can be added once, removed and found in constant time, keeping
/// the order in which they were added: the subnets of a network ACL while associations
/// move subnets from one ACL to another.
struct MovableElements<Element: Hashable> {
    /// The elements in order; removed ones are `nil` until ``elements`` compacts them.
    private var slots: [Element?]
    /// Where each element is in `slots` (a list read from the input may repeat one).
    private var positions: [Element: [Int]] = [:]

    init(_ elements: [Element]) {
        slots = elements
        for (position, element) in elements.enumerated() {
            positions[element, default: []].append(position)
        }
    }

    /// The elements in the order they were added.
    var elements: [Element] { slots.compactMap { $0 } }

    /// Appends `element` unless it is there already.
    mutating func appendIfAbsent(_ element: Element) {
        guard positions[element] == nil else { return }
        positions[element] = [slots.count]
        slots.append(element)
    }

    /// Removes every copy of `element`.
    mutating func remove(_ element: Element) {
        guard let removed = positions.removeValue(forKey: element) else { return }
        for position in removed { slots[position] = nil }
    }
}
