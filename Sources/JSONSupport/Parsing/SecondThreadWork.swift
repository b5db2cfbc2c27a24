/// The second thread's part of a split parse.
///
/// Holds a parser over the caller's buffer; ``JSONParser`` waits for ``run()`` to finish
/// before the buffer goes away, which is what makes sending it to another thread safe.
struct SecondThreadWork: @unchecked Sendable {
    var parser: ByteParser
    let result: SplitResult

    func run() {
        var parser = parser
        do throws(JSONSyntaxError) {
            result.finish(try parser.parseSecondPart())
        } catch {
            result.finish(nil)
        }
        result.stop(countingIn: UnsafeBufferPointer(start: parser.base, count: parser.end))
    }
}
