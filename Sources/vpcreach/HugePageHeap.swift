#if os(Linux) && canImport(Glibc)
    import Glibc

    /// Backs the allocator's heap with 2 MiB pages before a large import, on Linux with
    /// glibc.
    ///
    /// A command on an XL state faults in about 400 MB of fresh memory for the parsed
    /// tree and the model, and on 4 KiB pages the faults and the zeroing behind them were
    /// 17% of `inventory`'s samples. With the kernel's transparent huge pages in
    /// `madvise` mode, the common default, memory comes in 2 MiB pages only where a
    /// program asks for it, and glibc asks for its heap only when started with
    /// `GLIBC_TUNABLES=glibc.malloc.hugetlb=1`. This does the same from inside the
    /// process, with the allocator's public settings: the heap grows once by what the
    /// import will need, the kernel is advised to back that range with huge pages, and
    /// the allocator keeps the range instead of returning it when memory is freed.
    /// Measured on the 2-core machine: 2–5% off `check` and `inventory` on L and XL
    /// inputs as whole processes (docs/performance.md, thirteenth round).
    ///
    /// Only the main heap is covered: what other threads allocate comes from their own
    /// heaps. Set `VPCREACH_HUGE_PAGES=off` to leave the allocator as it starts.
    enum HugePageHeap {
        /// Inputs smaller than this together are imported on the heap as it is: below
        /// 16 MB the difference was inside the noise.
        static let minimumInputSize = 16 << 20

        /// How much heap an import needs per byte of input, about: an XL state of 72 MB
        /// peaks at 425 MB in `check`.
        static let heapBytesPerInputByte = 6

        /// The most the heap is grown by ahead of use (address space only: pages are
        /// faulted in as they are first written).
        static let maximumReservation = 1 << 30

        private static let hugePageSize = 2 << 20

        /// Prepares the heap for importing `inputSize` bytes, unless the input is small
        /// or `environment` turns this off; returns the address range advised to use
        /// huge pages, or `nil` when nothing was done.
        @discardableResult
        static func prepare(forInputOfSize inputSize: Int, environment: [String: String])
            -> Range<Int>?
        {
            guard environment["VPCREACH_HUGE_PAGES"] != "off", inputSize >= minimumInputSize
            else { return nil }
            return reserve(bytes: min(inputSize * heapBytesPerInputByte, maximumReservation))
        }

        /// Grows the main heap by about `bytes` and advises huge pages for the new range.
        static func reserve(bytes: Int) -> Range<Int>? {
            guard let setOption = allocatorOption, let padding = Int32(exactly: bytes) else {
                return nil
            }
            // Freed memory stays in the heap (a command exits soon and returns it then),
            // so the advised range is never trimmed away and grown back without advice.
            _ = setOption(trimThresholdOption, Int32.max)
            // The next growth of the heap adds `padding` bytes; small blocks are taken
            // until it happens (what the heap has free comes first), then given back.
            _ = setOption(topPaddingOption, padding)
            let before = Int(bitPattern: sbrk(0))
            var blocks: [UnsafeMutableRawPointer] = []
            while blocks.count < maximumProbeBlocks, Int(bitPattern: sbrk(0)) == before {
                guard let block = malloc(probeBlockSize) else { break }
                blocks.append(block)
            }
            for block in blocks { free(block) }
            _ = setOption(topPaddingOption, defaultTopPadding)
            let after = Int(bitPattern: sbrk(0))
            let start = (before + hugePageSize - 1) / hugePageSize * hugePageSize
            let end = after / hugePageSize * hugePageSize
            guard end > start,
                madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
                    == 0
            else { return nil }
            return start..<end
        }

        /// `mallopt(3)`, looked up at run time: Swift's Glibc module leaves out
        /// `malloc.h`, which declares it.
        private static let allocatorOption: (@convention(c) (Int32, Int32) -> Int32)? = {
            guard let symbol = dlsym(nil, "mallopt") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        }()

        // The values of M_TRIM_THRESHOLD and M_TOP_PAD in malloc.h, and the latter's
        // default (mallopt(3)).
        private static let trimThresholdOption: Int32 = -1
        private static let topPaddingOption: Int32 = -2
        private static let defaultTopPadding: Int32 = 128 << 10

        /// Below the allocator's default 128 KiB, above which blocks are mapped apart
        /// from the heap.
        private static let probeBlockSize = 120 << 10
        /// 128 MiB of probes at most: more free heap than that and nothing is done.
        private static let maximumProbeBlocks = 1024
    }
#endif
