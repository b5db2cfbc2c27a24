import NetworkModel

/// Where each distinct part of one model object is — a security group's rules, a network
/// ACL's entries, a route table's routes — by what makes two parts the same, so that
/// merging a part declared again costs one lookup, not a scan of the object's parts.
///
/// Parts with many declarations keep their citations here while parts arrive (see
/// ``CitedDeclarations``) until ``writeDeclarations(_:)``: merging into their list by a
/// scan would make one part declared by n resources cost n² steps.
///
/// A class: the builder keeps one per object and updates it in place while parts arrive,
/// without copying the table or looking the object up again for every part.
final class DeclaredPartIndex<Key: Hashable> {
    private var positions: [Key: Int]
    private var manyTimesDeclared: [Key: CitedDeclarations] = [:]

    /// An empty index with room for `capacity` parts before it grows.
    init(capacity: Int = 0) {
        positions = [Key: Int](minimumCapacity: capacity)
    }

    /// The index of object `id` in `indices`, created empty with room for `capacity`
    /// parts the first time it is asked for.
    static func index(
        of id: ObjectID, in indices: inout [ObjectID: DeclaredPartIndex], capacity: Int = 0
    ) -> DeclaredPartIndex {
        if let index = indices[id] { return index }
        let index = DeclaredPartIndex(capacity: capacity)
        indices[id] = index
        return index
    }

    /// The position of the part with `key`; a new key is recorded at `newPosition` (the
    /// end of its list) and that is returned. One hash lookup either way.
    func position(of key: Key, recordingNewAt newPosition: Int) -> Int {
        Self.current(&positions[key, default: newPosition])
    }

    /// Cites `added` on the part with `key`, whose list is `declarations`: merged into the
    /// list while it is short, kept here once it is long.
    func cite(
        _ added: [Provenance], onPartWith key: Key, declaredBy declarations: inout [Provenance]
    ) {
        if manyTimesDeclared[key] != nil {
            manyTimesDeclared[key]?.cite(added)
        } else if declarations.count < CitedDeclarations.scanLimit {
            TerraformModelBuilder.mergeDeclarations(added, into: &declarations)
        } else {
            var citations = CitedDeclarations(declarations)
            citations.cite(added)
            manyTimesDeclared[key] = citations
        }
    }

    /// The part's first declaration in citing order, when its citations are kept here.
    func firstDeclaration(ofPartWith key: Key) -> Provenance? {
        manyTimesDeclared[key]?.first
    }

    /// Hands each part whose citations are kept here to `write`, with its position and
    /// its declarations in citing order.
    func writeDeclarations(
        _ write: (_ position: Int, _ key: Key, _ declarations: [Provenance]) -> Void
    ) {
        for (key, citations) in manyTimesDeclared {
            guard let position = positions[key] else { continue }
            write(position, key, citations.all)
        }
        manyTimesDeclared.removeAll()
    }

    /// Reads a dictionary slot through its in-place accessor, which inserts the default.
    private static func current(_ slot: inout Int) -> Int { slot }
}
