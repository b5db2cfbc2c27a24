/// Turns file paths into paths and URIs relative to the repository root, as SARIF and
/// GitHub annotations want them.
///
/// Pure path arithmetic: nothing is read from the file system. Relative paths are taken
/// relative to `workingDirectory`; `.` and `..` are resolved lexically.
public struct RepositoryPaths: Sendable, Hashable {
    /// The repository root; `nil` means the working directory.
    public var root: String?
    /// The directory relative paths start from (absolute); `nil` when not known.
    public var workingDirectory: String?

    public init(root: String? = nil, workingDirectory: String? = nil) {
        self.root = root
        self.workingDirectory = workingDirectory
    }

    /// `path` relative to the root (`infra/main.tf`), or `nil` when it is outside the
    /// root, is the root itself, or cannot be related to it.
    public func relativePath(_ path: String) -> String? {
        guard !path.isEmpty else { return nil }
        let rootPath = root ?? "."
        let file: [String]
        let base: [String]
        if let absoluteFile = absoluteComponents(of: path),
            let absoluteBase = absoluteComponents(of: rootPath)
        {
            (file, base) = (absoluteFile, absoluteBase)
        } else if !path.hasPrefix("/"), !rootPath.hasPrefix("/") {
            (file, base) = (Self.components(of: path), Self.components(of: rootPath))
        } else {
            return nil
        }
        guard file.count > base.count, Array(file.prefix(base.count)) == base,
            file.first != "..", base.first != ".."
        else { return nil }
        return file.dropFirst(base.count).joined(separator: "/")
    }

    /// The components of `path` made absolute, or `nil` when it is relative and the
    /// working directory is not known.
    private func absoluteComponents(of path: String) -> [String]? {
        if path.hasPrefix("/") { return Self.components(of: path) }
        guard let workingDirectory, workingDirectory.hasPrefix("/") else { return nil }
        return Self.resolve(
            Self.components(of: workingDirectory) + path.split(separator: "/").map(String.init))
    }

    /// A URI for `path`: relative to the root when it is inside it (`infra/main.tf`), a
    /// `file://` URI when it is absolute, or the path as given otherwise; percent-encoded.
    public func uri(for path: String) -> String {
        if let relative = relativePath(path) { return Self.percentEncoded(relative) }
        if let absolute = absoluteComponents(of: path) {
            return "file://" + Self.percentEncoded("/" + absolute.joined(separator: "/"))
        }
        let components = Self.components(of: path)
        return Self.percentEncoded(components.isEmpty ? "." : components.joined(separator: "/"))
    }

    /// The path's components with `.` and empty ones dropped and `..` resolved where it
    /// can be (a leading `..` of a relative path stays; one above `/` is dropped).
    static func components(of path: String) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        return resolve(parts, isAbsolute: path.hasPrefix("/"))
    }

    private static func resolve(_ parts: [String], isAbsolute: Bool = true) -> [String] {
        var result: [String] = []
        for part in parts {
            switch part {
            case "", ".": continue
            case "..":
                if let last = result.last, last != ".." {
                    result.removeLast()
                } else if !isAbsolute {
                    result.append("..")
                }
            default: result.append(part)
            }
        }
        return result
    }

    /// `text` with every byte outside RFC 3986's unreserved characters, `/` and the
    /// sub-delimiters that are safe in a path encoded as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        let allowed = Set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@"
                .utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if allowed.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
