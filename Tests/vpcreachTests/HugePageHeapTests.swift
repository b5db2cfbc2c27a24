#if os(Linux) && canImport(Glibc)
    import Foundation
    import Testing

    @testable import vpcreach

    /// The heap a large import gets: grown ahead of use, in a range the kernel is advised
    /// to back with huge pages, and left alone for small inputs or when turned off.
    @Suite("The heap backed by huge pages")
    struct HugePageHeapTests {
        @Test("small inputs and VPCREACH_HUGE_PAGES=off leave the heap as it is")
        func leftAlone() {
            #expect(HugePageHeap.prepare(forInputOfSize: 1 << 20, environment: [:]) == nil)
            #expect(
                HugePageHeap.prepare(
                    forInputOfSize: 64 << 20, environment: ["VPCREACH_HUGE_PAGES": "off"])
                    == nil)
        }

        /// The CLI reserves on its main thread, whose heap is the one that grows by
        /// `sbrk`; a test runs on another thread, whose heap is mapped apart and is left
        /// as it is. Either way the allocator goes on working.
        @Test("the main thread's heap is advised to use huge pages, another thread's is left")
        func advised() throws {
            let threadPath = try FileManager.default.destinationOfSymbolicLink(
                atPath: "/proc/thread-self")
            let onMainThread = threadPath == "\(getpid())/task/\(getpid())"
            if let range = HugePageHeap.reserve(bytes: 32 << 20) {
                #expect(onMainThread)
                #expect(range.count >= 28 << 20)
                #expect(range.lowerBound % (2 << 20) == 0)
                // The kernel marks advised mappings `hg` in their VmFlags.
                let maps = try String(contentsOfFile: "/proc/self/smaps", encoding: .utf8)
                #expect(Self.flags(ofMappingAt: range.lowerBound, in: maps)?.contains("hg") == true)
            } else {
                #expect(!onMainThread)
            }
            let block = try #require(malloc(1 << 20))
            memset(block, 1, 1 << 20)
            free(block)
        }

        /// The VmFlags of the mapping of `smaps` that holds `address`.
        static func flags(ofMappingAt address: Int, in smaps: String) -> [Substring]? {
            var holds = false
            for line in smaps.split(separator: "\n") {
                if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "),
                    let low = Int(line[..<dash], radix: 16),
                    let high = Int(line[line.index(after: dash)..<space], radix: 16)
                {
                    holds = (low..<high).contains(address)
                } else if holds, line.hasPrefix("VmFlags:") {
                    return line.dropFirst("VmFlags:".count).split(separator: " ")
                }
            }
            return nil
        }
    }
#endif
