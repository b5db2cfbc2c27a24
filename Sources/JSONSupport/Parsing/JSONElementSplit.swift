/// For callers that know a document's layout: the array whose elements the second thread
/// of a split parse should read, and how its elements begin.
///
/// A Terraform state is one long array, `values.root_module.resources`, each element an
/// object whose first member is `"address"`. Instead of looking at the structure from the
/// start of the text to its middle (a tenth of a second on a 70 MB state, before the
/// second thread can start), the parser looks only at the first bytes, to find that the
/// array opens first and where, and searches from the middle for the first element
/// written there: `,` then `{"address":` and a string. The element is a guess: the first
/// thread takes the second's elements over only when it reads an element of that array
/// starting exactly there, and otherwise reads on alone. A wrong guess costs time, never
/// a different result.
///
/// ```swift
/// let resources = JSONElementSplit(
///     path: ["values", "root_module", "resources"], firstMember: "address",
///     unlessValueStartsWith: "module.")
/// ```
public struct JSONElementSplit: Sendable, Equatable {
    /// The members from the root object to the array.
    public var path: [String]
    /// The name of the first member of each of the array's elements.
    public var firstMember: String
    /// When the first element found after the middle has a string value for
    /// ``firstMember`` starting with this, it belongs to another array (a state's child
    /// modules' resources, whose addresses start `module.`): the parser looks at the
    /// structure instead.
    public var unlessValueStartsWith: String?

    /// Creates the description of an array at `path` whose elements are objects starting
    /// with the member `firstMember`.
    public init(path: [String], firstMember: String, unlessValueStartsWith: String? = nil) {
        self.path = path
        self.firstMember = firstMember
        self.unlessValueStartsWith = unlessValueStartsWith
    }
}
