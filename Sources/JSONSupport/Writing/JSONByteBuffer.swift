import Foundation

/// The bytes ``JSONWriter`` has written so far, in memory grown with `realloc`.
///
/// An array grown by appending checks that it is uniquely referenced on every byte and
/// copies itself on every doubling; `realloc` of a large block moves its pages instead.
/// For an XL inventory's 73 MB that was most of the writer's time. The owner calls
/// ``deallocate()`` when done with the bytes.
struct JSONByteBuffer {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 4096
        start = Self.allocate(capacity, resizing: nil)
    }

    /// The bytes written.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toAtLeast: count + bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of a literal such as `null` or `"[]"`.
    mutating func append(literal text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(utf8Of text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    func deallocate() { free(start) }

    private mutating func grow(toAtLeast needed: Int) {
        capacity = max(needed, 2 * capacity)
        start = Self.allocate(capacity, resizing: start)
    }

    private static func allocate(_ capacity: Int, resizing old: UnsafeMutablePointer<UInt8>?)
        -> UnsafeMutablePointer<UInt8>
    {
        guard let memory = realloc(old, capacity) else {
            fatalError("out of memory for \(capacity) bytes of JSON output")
        }
        return memory.assumingMemoryBound(to: UInt8.self)
    }
}
