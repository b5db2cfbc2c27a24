@_spi(Testing) import JSONSupport

/// libFuzzer entry point, differential: any bytes parsed on one thread and on two (the
/// split forced at every size, at a root `resource_changes` when the search finds one and
/// then in a later root `prior_state`'s outermost array, as a plan's import for both of
/// its states asks, or else at a state's resource found after the middle, as a state's
/// import asks) must give the same values, offsets and errors, with and
/// without the skipped paths a plan's import uses, and with member names recognised by
/// their bytes or not (tenth round); skipping must change no error; and
/// what the writer makes of a parsed value, pretty and compact, must read back as the
/// same value. A difference traps, which libFuzzer reports as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let change: [JSONSkippedPath.Step] = [
        .member("resource_changes"), .anyElement, .member("change"),
    ]
    let paths = [
        JSONSkippedPath(member: "prior_state"),
        JSONSkippedPath(change, member: "after"),
        JSONSkippedPath(
            change, member: "before", when: .earlierArray(member: "actions", lacks: "delete")),
    ]
    let resources = JSONElementSplit(
        path: ["values", "root_module", "resources"], firstMember: "address",
        unlessValueStartsWith: "module.")
    func parse(skipping: Bool, twoThreads: Bool, predicting: Bool = true) -> (
        shape: [String], error: JSONSyntaxError?
    ) {
        var options = JSONParser.Options(
            maximumDepth: 64, skippedPaths: skipping ? paths : [],
            parallelMinimumSize: twoThreads ? 0 : .max,
            splitMember: twoThreads ? "resource_changes" : nil,
            splitArrayMember: twoThreads ? "prior_state" : nil,
            splitElements: twoThreads ? resources : nil)
        options.predictsNames = predicting
        do throws(JSONSyntaxError) {
            return (shape(of: try JSONParser.parse(bytes, options: options).root), nil)
        } catch {
            return ([], error)
        }
    }
    let whole = parse(skipping: false, twoThreads: false)
    if whole.error == nil, let root = try? JSONParser.parse(bytes).root {
        for pretty in [true, false] {
            let written = JSONWriter(pretty: pretty).bytes(from: root)
            precondition(
                (try? JSONParser.parse(written).root) == root, "written JSON reads back otherwise")
        }
    }
    let unpredicted = parse(skipping: false, twoThreads: false, predicting: false)
    precondition(
        unpredicted.shape == whole.shape && unpredicted.error == whole.error,
        "recognising names by their bytes changed the document")
    let skipped = parse(skipping: true, twoThreads: false)
    precondition(skipped.error == whole.error, "skipping changed the error")
    let wholeShared = parse(skipping: false, twoThreads: true)
    precondition(
        wholeShared.shape == whole.shape && wholeShared.error == whole.error, "two threads differ")
    let skippedShared = parse(skipping: true, twoThreads: true)
    precondition(
        skippedShared.shape == skipped.shape && skippedShared.error == skipped.error,
        "two threads differ when skipping")
    return 0
}

/// Every value and member name with its kind, text and offset, in document order.
private func shape(of value: JSONValue) -> [String] {
    var result: [String] = []
    var pending = [value]
    while let next = pending.popLast() {
        switch next.kind {
        case .array(let elements):
            result.append("[\(elements.count)@\(next.offset)")
            pending += elements.reversed()
        case .object(let object):
            result.append("{\(object.count)@\(next.offset)")
            for member in object.members.reversed() {
                pending.append(member.value)
                pending.append(
                    JSONValue(kind: .string("key " + member.key), offset: member.keyOffset))
            }
        default:
            result.append("\(next)@\(next.offset)")
        }
    }
    return result
}
