/// Tells which elements are new to the lists of many owners (an endpoint's route tables,
/// a VPC's CIDR blocks), so that n resources each adding one element to a list cost n
/// steps rather than n² scans.
///
/// Each owner's list is read once, the first time an element is offered for it; after
/// that the filter assumes every element it called new was appended.
struct NewElementFilter<Owner: Hashable, Element: Hashable> {
    private var seen: [Owner: Set<Element>] = [:]

    /// Whether `element` is not yet in the list of `owner`, whose elements are `current`
    /// (read only the first time). Records it as added.
    mutating func isNew(
        _ element: Element, for owner: Owner, current: @autoclosure () -> [Element]
    ) -> Bool {
        if seen[owner] == nil { seen[owner] = Set(current()) }
        return seen[owner]!.insert(element).inserted
    }
}
