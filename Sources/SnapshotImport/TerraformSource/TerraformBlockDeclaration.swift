/// A top-level block of a `.tf` file that `TerraformSourceIndex` records: a resource, a
/// data source, or a module call, with where it starts.
public struct TerraformBlockDeclaration: Sendable, Hashable {
    /// What the block declares.
    public enum Kind: String, Sendable, Hashable {
        /// `resource "TYPE" "NAME"`.
        case resource
        /// `data "TYPE" "NAME"`.
        case data
        /// `module "NAME"`; `type` holds its local `source` directory, or `""`.
        case module
    }

    public var kind: Kind
    /// The resource type (`aws_security_group`); for a module, its `source` when it is a
    /// local path (`./modules/exposure`), otherwise `""`.
    public var type: String
    /// The block's name label (`mwaa`, `exposure`).
    public var name: String
    /// The file, as the directory was named plus the path inside it.
    public var path: String
    /// The 1-based line of the block's first line.
    public var line: Int

    public init(kind: Kind, type: String, name: String, path: String, line: Int) {
        self.kind = kind
        self.type = type
        self.name = name
        self.path = path
        self.line = line
    }
}
