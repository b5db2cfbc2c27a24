import JSONSupport

/// A statement that grants more than a least-privilege policy would, with the reasons.
public struct PermissiveStatement: Sendable, Hashable, CustomStringConvertible {
    /// The statement's index in the document.
    public let index: Int
    /// The statement's `Sid`, if any.
    public let sid: String?
    /// The statement's element path.
    public let path: String
    /// Where the statement starts in the policy text.
    public let location: SourceLocation?
    /// Why it counts as permissive; never empty.
    public let reasons: [PermissivenessReason]

    /// Creates an entry.
    public init(
        index: Int, sid: String?, path: String, location: SourceLocation?,
        reasons: [PermissivenessReason]
    ) {
        self.index = index
        self.sid = sid
        self.path = path
        self.location = location
        self.reasons = reasons
    }

    public var description: String {
        let label = sid.map { "\(path) (Sid \"\($0)\")" } ?? path
        return "\(label) " + reasons.map(\.description).joined(separator: "; it ")
    }
}
