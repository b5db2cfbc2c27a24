/// A malformed `${…}` policy variable; the parser adds the element path and location.
struct TemplateSyntaxError: Error, Sendable, Hashable {
    let message: String
}
