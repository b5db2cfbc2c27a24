import Synchronization
import Testing

@testable import SnapshotImport

/// Whether a ``FreeRecorder`` was freed.
private final class FreedFlag: Sendable {
    private let flag = Atomic(false)
    var isSet: Bool { flag.load(ordering: .sequentiallyConsistent) }
    func set() { flag.store(true, ordering: .sequentiallyConsistent) }
}

/// A value that records when it is freed.
private final class FreeRecorder: Sendable {
    let freed: FreedFlag
    init(_ freed: FreedFlag) { self.freed = freed }
    deinit { freed.set() }
}

/// Imports hand their parsed documents to ``BackgroundRelease``: freed on another
/// thread, or, in a program that exits after one command, kept until it exits.
@Suite("Releasing what an import no longer needs", .serialized)
struct BackgroundReleaseTests {
    @Test("a released value is freed on another thread by default")
    func freedByDefault() {
        let freed = FreedFlag()
        BackgroundRelease.release(FreeRecorder(freed))
        SnapshotLoader.waitForFreedMemory()
        #expect(freed.isSet)
    }

    @Test("with keepFreedMemoryUntilExit, a released value is kept")
    func keptUntilExit() async throws {
        defer { BackgroundRelease.keepsUntilExit.store(false, ordering: .relaxed) }
        SnapshotLoader.keepFreedMemoryUntilExit()
        let freed = FreedFlag()
        BackgroundRelease.release(FreeRecorder(freed))
        BackgroundRelease.release(lastReference: FreeRecorder(freed))
        try await Task.sleep(for: .milliseconds(200))
        #expect(!freed.isSet)
    }
}
