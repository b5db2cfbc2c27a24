/// A place in a document whose values the parser checks but does not keep.
///
/// A Terraform plan holds most values four times; a reader that needs one of them can
/// have the parser validate the others (syntax, UTF-8, escapes, duplicate names, the
/// depth limit) without building them, which is several times faster and keeps them out
/// of memory. A skipped member is left out of its object as if it had not been written.
///
/// ```swift
/// // `prior_state`, and `after` in every element of `resource_changes`' `change`:
/// let paths: [JSONSkippedPath] = [
///     JSONSkippedPath(member: "prior_state"),
///     JSONSkippedPath([.member("resource_changes"), .anyElement, .member("change")], member: "after"),
/// ]
/// ```
public struct JSONSkippedPath: Sendable, Hashable {
    /// One step from a container to a value inside it.
    public enum Step: Sendable, Hashable {
        /// The member of an object with this name.
        case member(String)
        /// Every element of an array.
        case anyElement
    }

    /// When a member on the path is skipped.
    public enum Condition: Sendable, Hashable {
        /// Whenever it is reached.
        case always
        /// Only when the same object has a member `member`, written before it, that is an
        /// array without the string `element`; otherwise the member is kept. (A plan's
        /// `before` is needed only where `actions`, written first, has `delete`.)
        case earlierArray(member: String, lacks: String)
    }

    /// The steps from the document's root to the skipped member, ending with it.
    public let steps: [Step]
    /// When the member is skipped.
    public let condition: Condition

    /// The member named `member` of the object reached from the root by `container`.
    public init(_ container: [Step] = [], member: String, when condition: Condition = .always) {
        steps = container + [.member(member)]
        self.condition = condition
    }
}
