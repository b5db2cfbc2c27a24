import Foundation

/// The process's resident memory, from Linux's `/proc/self/status`.
///
/// Before each phase the benchmark writes `5` to `/proc/self/clear_refs`, which resets
/// the peak (`VmHWM`) to the current resident size; after the phase `VmHWM` is the
/// highest the phase reached, including what was resident when it began (the input
/// bytes and the results of earlier phases). Elsewhere the figures are unavailable.
enum MemoryProbe {
    static func resetPeak() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        handle.write(Data("5".utf8))
        try? handle.close()
    }

    /// `VmHWM` in bytes.
    static func peakBytes() -> Int? { statusField("VmHWM") }

    /// `VmRSS` in bytes.
    static func residentBytes() -> Int? { statusField("VmRSS") }

    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
