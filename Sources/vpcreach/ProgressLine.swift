import Foundation
import SnapshotImport
import Synchronization

/// One line on standard error saying what a long command is doing ("reading plan.json
/// (273.2 MB)…", then "checking 50 environments…"), rewritten in place and erased before
/// the command's output is written.
///
/// It is shown only when standard error is a terminal (not `TERM=dumb`) and the inputs
/// hold at least ``minimumInputSize`` bytes together: logs, pipes and runs of a second or
/// less see nothing.
final class ProgressLine: Sendable {
    /// Below this much input a command finishes in about a second on two cores.
    static let minimumInputSize = 16 << 20

    /// The line of this process, on its standard error.
    static let standardError = ProgressLine(
        isTerminal: isatty(STDERR_FILENO) == 1
            && ProcessInfo.processInfo.environment["TERM"] != "dumb",
        write: { FileHandle.standardError.write(Data($0.utf8)) })

    private struct State {
        var isShown = false
        var hasText = false
    }

    private let isTerminal: Bool
    private let write: @Sendable (String) -> Void
    private let state = Mutex(State())

    /// A line written through `write`, shown at all only when `isTerminal`.
    init(isTerminal: Bool, write: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Says that `paths` are being read, and from now on shows each step, when they are
    /// large enough to take a while.
    func reading(_ paths: [String]) {
        let size = SnapshotLoader.size(of: paths)
        guard isTerminal, size >= Self.minimumInputSize else { return }
        state.withLock { $0.isShown = true }
        let names = paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        show("reading \(names) (\(String(format: "%.1f", Double(size) / 1e6)) MB)")
    }

    /// Replaces the line with `step`, if the line is shown.
    func show(_ step: String) {
        let isShown = state.withLock { state in
            if state.isShown { state.hasText = true }
            return state.isShown
        }
        if isShown { write("\r\u{1B}[Kvpcreach: \(step)…") }
    }

    /// Erases the line, leaving the cursor where it was before the first step.
    func erase() {
        let hadText = state.withLock { state in
            defer { state.hasText = false }
            return state.hasText
        }
        if hadText { write("\r\u{1B}[K") }
    }
}
