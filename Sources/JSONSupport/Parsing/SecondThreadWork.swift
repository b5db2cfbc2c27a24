/// The second thread's part of a split parse: one or more parts, in document order.
///
/// Holds parsers over the caller's buffer; ``JSONParser`` waits for ``run()`` to finish
/// (the last part's ``SplitResult/stop(countingIn:)``) before the buffer goes away, which
/// is what makes sending it to another thread safe.
struct SecondThreadWork: @unchecked Sendable {
    /// One part: where it starts, and what the first thread takes over there.
    struct Part {
        var parser: ByteParser
        let result: SplitResult
    }

    let parts: [Part]

    func run() {
        for part in parts {
            var parser = part.parser
            do throws(JSONSyntaxError) {
                part.result.finish(try parser.parseSecondPart())
            } catch {
                part.result.finish(nil)
            }
        }
        guard let last = parts.last else { return }
        let parser = last.parser
        last.result.stop(countingIn: UnsafeBufferPointer(start: parser.base, count: parser.end))
    }
}
