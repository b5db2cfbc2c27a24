import Foundation
import Synchronization

/// Turns a `SIGBUS` in a mapped input file into an error message and exit status 2.
///
/// Reading a page of a mapped file that has been truncated since (by
/// `terraform show -json > plan.json` run again, say) raises `SIGBUS`. The handler looks
/// the faulting address up in a fixed table of the mapped files, written before each
/// mapping is read, and for one of them writes the message made for it when it was
/// mapped and exits: both async-signal-safe calls. Any other `SIGBUS` goes to the handler
/// that was there before (the Swift runtime's crash report), or the default action.
enum MappedFileGuard {
    /// A mapped file's addresses and the message for it, as the handler reads them.
    private struct Region {
        var start: UInt = 0
        var end: UInt = 0
        var message: UnsafeMutablePointer<UInt8>?
        var messageCount = 0
    }

    /// At most this many files are mapped at once; more are read.
    static let capacity = 64

    /// Plain memory that the handler reads without locks or allocation.
    nonisolated(unsafe) private static let regions: UnsafeMutablePointer<Region> = {
        let table = UnsafeMutablePointer<Region>.allocate(capacity: capacity)
        table.initialize(repeating: Region(), count: capacity)
        return table
    }()
    nonisolated(unsafe) private static var previousAction = sigaction()
    /// Which slots of ``regions`` are taken, and whether the handler is installed.
    private static let slots = Mutex(
        (taken: [Bool](repeating: false, count: capacity), installed: false))

    /// Records a mapped file, installing the handler first; `nil` when the table is full
    /// or the handler cannot be installed.
    static func register(from start: UInt, count: Int, path: String) -> Int? {
        slots.withLock { slots -> Int? in
            if !slots.installed {
                guard install() else { return nil }
                slots.installed = true
            }
            guard let slot = slots.taken.firstIndex(of: false) else { return nil }
            let text = Array(
                "error: \(path): the file got shorter, or could no longer be read, while vpcreach was reading it\n  hint: run again once nothing is writing to it\n"
                    .utf8)
            let message = UnsafeMutablePointer<UInt8>.allocate(capacity: text.count)
            message.initialize(from: text, count: text.count)
            regions[slot] = Region(
                start: start, end: start + UInt(count), message: message, messageCount: text.count)
            slots.taken[slot] = true
            return slot
        }
    }

    /// Forgets a mapping, before it is unmapped.
    static func unregister(_ slot: Int) {
        slots.withLock { slots in
            let message = regions[slot].message
            regions[slot] = Region()
            message?.deallocate()
            slots.taken[slot] = false
        }
    }

    private static func install() -> Bool {
        _ = regions
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { signal, info, _ in
            let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
            for slot in 0..<MappedFileGuard.capacity {
                let region = MappedFileGuard.regions[slot]
                guard region.start <= address, address < region.end, let message = region.message
                else { continue }
                _ = write(STDERR_FILENO, message, region.messageCount)
                _exit(2)
            }
            // Not a mapped input: as if this handler had never been there. Returning
            // runs the faulting instruction again, which the restored action handles.
            var previous = MappedFileGuard.previousAction
            _ = sigaction(signal, &previous, nil)
        }
        action.sa_flags = SA_SIGINFO
        sigemptyset(&action.sa_mask)
        return sigaction(SIGBUS, &action, &previousAction) == 0
    }
}
