import NetworkModel

/// The declarations of one part of the model (a security group rule, a network ACL
/// entry, a route) that many resources or blocks declare, kept while parts arrive so
/// that citing one more costs a hash lookup rather than a scan of those cited.
///
/// The part cites its separate resources in input order, then its inline blocks in input
/// order, each once (``all``): the order ``TerraformModelBuilder/mergeDeclarations(_:into:)``
/// keeps for short lists.
struct CitedDeclarations {
    /// Parts with fewer declarations than this are merged into their list directly.
    static let scanLimit = 8

    private var separate: [Provenance] = []
    private var inline: [Provenance] = []
    private var seen: Set<Provenance> = []

    /// Starts from the declarations a part already cites.
    init(_ declarations: [Provenance]) {
        seen.reserveCapacity(2 * declarations.count)
        cite(declarations)
    }

    /// Cites each declaration not cited yet.
    mutating func cite(_ declarations: [Provenance]) {
        for declaration in declarations where seen.insert(declaration).inserted {
            if declaration.attributePath == nil {
                separate.append(declaration)
            } else {
                inline.append(declaration)
            }
        }
    }

    /// The first declaration in citing order: the part's `provenance`.
    var first: Provenance? { separate.first ?? inline.first }

    /// The declarations in citing order.
    var all: [Provenance] { separate + inline }
}
