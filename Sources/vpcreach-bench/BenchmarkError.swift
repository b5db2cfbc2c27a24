/// Why the benchmark stopped.
enum BenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case help
    case failed(phase: String, String)

    var description: String {
        switch self {
        case .usage(let message): "error: \(message)\n\(BenchmarkOptions.usage)"
        case .help: BenchmarkOptions.usage
        case .failed(let phase, let message): "error: phase \(phase) failed: \(message)"
        }
    }
}
