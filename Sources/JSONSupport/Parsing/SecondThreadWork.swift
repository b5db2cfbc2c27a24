/// The second thread's part of a split parse: it finds where its parts begin (the first
/// thread meanwhile parses from the start), publishes each, and parses them in document
/// order.
///
/// Holds the caller's buffer; ``JSONParser`` waits for ``run()`` to finish (the last
/// result's ``SplitResult/stop(countingIn:)``) before the buffer goes away, which is what
/// makes sending it to another thread safe.
struct SecondThreadWork: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    let options: JSONParser.Options
    let maximumDepth: Int
    /// What the first thread takes over, in document order: one part, or two when a
    /// root member's value and an array after it may be split off.
    let results: [SplitResult]

    func run() {
        let base = buffer.baseAddress!
        defer { results[results.count - 1].stop(countingIn: buffer) }
        let first =
            options.splitMember.flatMap {
                SplitPoint.find(member: $0, in: base, count: buffer.count)
            } ?? SplitPoint.find(in: base, count: buffer.count)
        guard let first, var parser = makeParser(from: first) else { return publishNone(from: 0) }
        results[0].publish(first)
        let end = parse(&parser, into: results[0])
        guard results.count > 1 else { return }
        guard first.memberName != nil, let end, let member = options.splitArrayMember,
            let later = SplitPoint.find(arrayIn: member, after: end, in: base, count: buffer.count),
            var laterParser = makeParser(from: later)
        else { return publishNone(from: 1) }
        results[1].publish(later)
        _ = parse(&laterParser, into: results[1])
    }

    /// A parser from `split`; `nil` when a skipped path ends on the way there.
    private func makeParser(from split: SplitPoint) -> ByteParser? {
        var parser = ByteParser(
            base: buffer.baseAddress!, count: buffer.count, maximumDepth: maximumDepth,
            skippedPaths: options.skippedPaths, continuing: split)
        parser?.predictsNames = options.predictsNames
        return parser
    }

    /// Parses one part and hands it over; where it ends, `nil` on an error (the first
    /// thread then reads that part itself, and reports the error where it is).
    private func parse(_ parser: inout ByteParser, into result: SplitResult) -> Int? {
        do throws(JSONSyntaxError) {
            let part = try parser.parseSecondPart()
            result.finish(part)
            return part.end
        } catch {
            result.finish(nil)
            return nil
        }
    }

    /// Tells the first thread there are no parts from `results[first]` on.
    private func publishNone(from first: Int) {
        for result in results[first...] { result.publish(nil) }
    }
}
