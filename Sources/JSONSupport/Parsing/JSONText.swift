/// The bytes of a document as the parser reads them: an array, or memory that an owner
/// keeps valid and unchanged for as long as it lives (a file mapped read-only).
///
/// Reading a 273 MB plan with `read(2)` into a fresh array took 0.23–0.28 s on the
/// benchmark's machine, most of it faulting in and zeroing the array's pages; mapping
/// the file took 0.02 s. ``JSONDocument`` keeps its text, so the owner of borrowed
/// bytes lives as long as the document.
public struct JSONText: @unchecked Sendable {
    private enum Storage {
        case array([UInt8])
        case borrowed(UnsafeBufferPointer<UInt8>, owner: AnyObject)
    }

    private let storage: Storage

    /// Text held in an array.
    public init(_ bytes: [UInt8]) {
        storage = .array(bytes)
    }

    /// Text in memory that `owner` keeps valid and unchanged for as long as it lives.
    public init(borrowing bytes: UnsafeBufferPointer<UInt8>, keptBy owner: any AnyObject & Sendable)
    {
        storage = .borrowed(bytes, owner: owner)
    }

    /// The number of bytes.
    public var count: Int {
        switch storage {
        case .array(let bytes): bytes.count
        case .borrowed(let bytes, _): bytes.count
        }
    }

    /// Whether there are no bytes.
    public var isEmpty: Bool { count == 0 }

    /// Calls `body` with the bytes, which stay valid only during the call.
    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Result
    {
        switch storage {
        case .array(let bytes): bytes.withUnsafeBufferPointer(body)
        case .borrowed(let bytes, let owner): withExtendedLifetime(owner) { body(bytes) }
        }
    }

    /// Whether the text begins with `prefix`.
    public func starts(with prefix: [UInt8]) -> Bool {
        withUnsafeBufferPointer { $0.starts(with: prefix) }
    }

    /// Whether the bytes are borrowed from an owner rather than held in an array.
    var isBorrowed: Bool {
        if case .borrowed = storage { return true }
        return false
    }

    /// A copy of the bytes in an array.
    public var bytes: [UInt8] {
        switch storage {
        case .array(let bytes): bytes
        case .borrowed(let bytes, let owner): withExtendedLifetime(owner) { Array(bytes) }
        }
    }
}
