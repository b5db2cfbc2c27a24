/// The two values AWS accepts in a policy's `Version` element.
public enum PolicyVersion: String, Sendable, Hashable, CaseIterable {
    /// `2008-10-17`: the original grammar; `${…}` is literal text.
    case version2008 = "2008-10-17"
    /// `2012-10-17`: the current grammar; `${…}` are policy variables.
    case version2012 = "2012-10-17"
}
