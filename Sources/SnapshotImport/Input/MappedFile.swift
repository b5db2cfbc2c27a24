import Foundation
import JSONSupport

/// A large input file mapped read-only into memory rather than read into an array.
///
/// The parser reads the file's pages straight from the page cache, all mapped at once
/// (`MAP_POPULATE`): no copy, and no fresh pages to fault in and zero. Reading the XL
/// plan (273 MB) took 0.23–0.28 s on the benchmark's machine, mapping it 0.02 s.
/// A file that gets shorter while it is mapped would make reading its lost pages raise
/// `SIGBUS`; ``MappedFileGuard`` turns that into an error message and exit status 2.
final class MappedFile: @unchecked Sendable {
    /// Files from this size on are mapped; smaller ones are read.
    static let minimumSize = 1 << 20

    private let start: UnsafeMutableRawPointer
    private let count: Int
    private let guardSlot: Int

    /// Maps `size` bytes of the open file `descriptor`; `nil` when it cannot be mapped
    /// (the caller reads it instead).
    init?(descriptor: Int32, size: Int, path: String) {
        guard size > 0,
            let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0),
            address != MAP_FAILED
        else { return nil }
        guard
            let slot = MappedFileGuard.register(
                from: UInt(bitPattern: address), count: size, path: path)
        else {
            munmap(address, size)
            return nil
        }
        start = address
        count = size
        guardSlot = slot
    }

    deinit {
        // Forgotten first: a later mapping may be given the same addresses.
        MappedFileGuard.unregister(guardSlot)
        munmap(start, count)
    }

    /// The file's bytes, kept mapped while the text (or a document parsed from it) lives.
    var text: JSONText {
        JSONText(
            borrowing: UnsafeBufferPointer(
                start: start.assumingMemoryBound(to: UInt8.self), count: count),
            keptBy: self)
    }
}
