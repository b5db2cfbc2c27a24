import Foundation

/// Reads strict JSON (RFC 8259) and remembers where every value came from.
///
/// Rejects everything the RFC does not allow (comments, trailing commas, leading
/// zeros, NaN, invalid escapes and invalid UTF-8) and duplicate member names, and
/// reports each problem with a line and column. Nesting is limited by
/// ``Options/maximumDepth``; the parser uses no recursion, so hostile input can cost
/// time and memory in proportion to its size but never crash it.
public struct JSONParser: Sendable {
    /// The limits applied while parsing.
    public var options: Options

    /// Creates a parser with the given limits.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Parses a whole file: UTF-8 (with or without a byte-order mark), or UTF-16 with a
    /// byte-order mark.
    public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        try parse(JSONText(bytes))
    }

    /// Parses a whole document whose bytes are in `bytes`, an array or memory kept by its
    /// owner (see ``JSONText``).
    public func parse(_ bytes: JSONText) throws(JSONSyntaxError) -> JSONDocument {
        try parseCountingHandOvers(bytes).document
    }

    /// ``parse(_:)``, and how many parts the first thread took over from the second.
    func parseCountingHandOvers(_ bytes: JSONText) throws(JSONSyntaxError) -> (
        document: JSONDocument, partsTakenOver: Int
    ) {
        let text = try InputEncoding.utf8Text(from: bytes)
        guard !text.isEmpty else { throw .emptyFile }
        // Offsets are stored in 32 bits; see `JSONValue.offset`.
        guard text.count <= Int(Int32.max) else { throw .fileTooLarge }
        let maximumDepth = max(1, options.maximumDepth)
        let outcome = text.withUnsafeBufferPointer {
            buffer -> Result<(document: JSONDocument, partsTakenOver: Int), JSONSyntaxError> in
            guard let base = buffer.baseAddress else { return .failure(.emptyFile) }
            let handOvers = startSecondThread(on: buffer, maximumDepth: maximumDepth)
            var parser = ByteParser(
                base: base, count: buffer.count, maximumDepth: maximumDepth,
                skippedPaths: options.skippedPaths, handingOver: handOvers)
            parser.predictsNames = options.predictsNames
            // The second thread reads this buffer until it stops after its last part:
            // wait for it before leaving.
            let lastHandOver = handOvers.last
            defer { lastHandOver?.waitUntilFinished() }
            do throws(JSONSyntaxError) {
                let root = try parser.parseDocument()
                let counts =
                    lastHandOver?.continuationCounts(in: buffer)
                    ?? LineTable.continuationCounts(in: buffer)
                let lines = LineTable(lineStarts: parser.lineStarts, continuationsBefore: counts)
                return .success(
                    (JSONDocument(root: root, text: text, lines: lines), parser.partsTakenOver))
            } catch {
                var located = error
                located.location = LineTable.location(ofOffset: error.offset, scanning: buffer)
                return .failure(located)
            }
        }
        return try outcome.get()
    }

    /// For a large document on a machine with two cores: finds a split point (and, with
    /// ``Options/splitArrayMember``, a second one after it) and starts a thread parsing
    /// from each in turn; the hand-overs in document order, none when the document is
    /// parsed by one thread.
    private func startSecondThread(on buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int)
        -> [SplitResult]
    {
        guard buffer.count >= options.parallelMinimumSize,
            ProcessInfo.processInfo.activeProcessorCount >= 2,
            let base = buffer.baseAddress,
            let split = options.splitMember.flatMap({
                SplitPoint.find(member: $0, in: base, count: buffer.count)
            })
                ?? options.splitElements.flatMap({
                    SplitPoint.find(elementsOf: $0, in: base, count: buffer.count)
                }) ?? SplitPoint.find(in: base, count: buffer.count),
            let parser = secondParser(from: split, in: buffer, maximumDepth: maximumDepth)
        else { return [] }
        var parts = [SecondThreadWork.Part(parser: parser, result: SplitResult(split: split))]
        if split.memberName != nil, let member = options.splitArrayMember,
            let later = SplitPoint.find(
                arrayIn: member, after: split.offset, in: base, count: buffer.count),
            let laterParser = secondParser(from: later, in: buffer, maximumDepth: maximumDepth)
        {
            parts.append(
                SecondThreadWork.Part(parser: laterParser, result: SplitResult(split: later)))
        }
        let work = SecondThreadWork(parts: parts)
        DispatchQueue.global(qos: .userInitiated).async { work.run() }
        return parts.map(\.result)
    }

    private func secondParser(
        from split: SplitPoint, in buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int
    ) -> ByteParser? {
        var parser = ByteParser(
            base: buffer.baseAddress!, count: buffer.count, maximumDepth: maximumDepth,
            skippedPaths: options.skippedPaths, continuing: split)
        parser?.predictsNames = options.predictsNames
        return parser
    }

    /// Parses a whole file with the given limits.
    public static func parse(_ bytes: [UInt8], options: Options = Options())
        throws(JSONSyntaxError) -> JSONDocument
    {
        try JSONParser(options: options).parse(bytes)
    }

    /// Parses `bytes` (an array or memory kept by its owner) with the given limits.
    public static func parse(_ bytes: JSONText, options: Options = Options())
        throws(JSONSyntaxError) -> JSONDocument
    {
        try JSONParser(options: options).parse(bytes)
    }

    /// Parses text already held in a string.
    public static func parse(_ text: String, options: Options = Options())
        throws(JSONSyntaxError) -> JSONDocument
    {
        try JSONParser(options: options).parse(Array(text.utf8))
    }
}
