import BenchmarkSupport
import Foundation
import SnapshotImport

/// `swift run -c release vpcreach-bench`: generates networks of each size, runs every
/// phase on them and prints a table of times, throughput and peak memory.
@main
struct BenchmarkCommand {
    static func main() {
        do {
            let options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
            try run(options)
        } catch {
            print(error)
            exit(error.isHelp ? 0 : 2)
        }
    }

    static func run(_ options: BenchmarkOptions) throws {
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpuModel())")
        print(
            "phases: median of \(options.repeats) run(s); wall and process CPU time; MB/s from wall time; peak = VmHWM during the phase\n"
        )
        print(
            "| input | MB | phase | wall s | CPU s | MB/s | peak RSS MB | note |\n|---|---:|---|---:|---:|---:|---:|---|"
        )
        for size in options.sizes {
            let started = ContinuousClock.now
            let generated = TerraformPlanGenerator(size: size, seed: options.seed).generate()
            let generation = seconds(ContinuousClock.now - started)
            if let directory = options.writeDirectory {
                try write(generated, size: size, to: directory)
            }
            print(
                "| \(size.name) | | generate | \(format(generation, digits: 3)) | | | | \(generated.resourceCount) resources, \(generated.ruleCount) rules written, \(generated.changedRules) changed in the plan |"
            )
            // The state is what `check` reads on a branch; the plan (4 copies of most
            // values: planned, before, after, prior) is what a pull request produces.
            for (kind, bytes) in [("state", generated.state), ("plan", generated.plan)] {
                let run = BenchmarkRun(
                    sizeName: "\(size.name) \(kind)", input: bytes,
                    inputName: "\(size.name)-\(kind).json", whyFrom: generated.whyFrom,
                    whyTo: generated.whyTo, whyPort: nil, isPlan: kind == "plan")
                try measure(run, repeats: options.repeats)
            }
        }
        if options.hostileRules > 0 {
            let generator = HostileGroupGenerator(ruleCount: options.hostileRules)
            let run = BenchmarkRun(
                sizeName: "hostile", input: generator.generate(), inputName: "hostile.json",
                whyFrom: generator.whyFrom, whyTo: generator.whyTo, whyPort: 5439, isPlan: false)
            try measure(run, repeats: options.repeats)
        }
        for path in options.inputPaths {
            let bytes: [UInt8]
            do {
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw BenchmarkError.failed(
                    phase: "read input", "cannot read \(path): \(error.localizedDescription)")
            }
            let name = (path as NSString).lastPathComponent
            let run = BenchmarkRun(
                sizeName: name, input: bytes, inputName: path, whyFrom: nil, whyTo: nil,
                whyPort: nil, isPlan: true)
            try measure(run, repeats: options.repeats)
        }
        if options.repeatedParts > 0 {
            try RepeatedPartsBenchmark.run(
                count: options.repeatedParts, writingTo: options.writeDirectory)
        }
    }

    /// Runs every phase `repeats` times; prints the median time and the highest peak.
    static func measure(_ template: BenchmarkRun, repeats: Int) throws {
        var times = Array(repeating: [Double](), count: BenchmarkPhase.all.count)
        var cpuTimes = Array(repeating: [Double](), count: BenchmarkPhase.all.count)
        var peaks = Array(repeating: 0, count: BenchmarkPhase.all.count)
        var notes = Array(repeating: "", count: BenchmarkPhase.all.count)
        for _ in 0..<repeats {
            var run = template
            for (index, phase) in BenchmarkPhase.all.enumerated() where phase.pendingReason == nil {
                // An earlier phase's import may still be freeing its tree on the other
                // core; that belongs to neither phase.
                SnapshotLoader.waitForFreedMemory()
                MemoryProbe.resetPeak()
                let startedCPU = processCPUSeconds()
                let started = ContinuousClock.now
                do {
                    notes[index] = try phase.run(&run)
                } catch {
                    throw BenchmarkError.failed(
                        phase: "\(phase.name) (\(template.inputName))", "\(error)")
                }
                times[index].append(seconds(ContinuousClock.now - started))
                cpuTimes[index].append(processCPUSeconds() - startedCPU)
                peaks[index] = max(peaks[index], MemoryProbe.peakBytes() ?? 0)
            }
        }
        for (index, phase) in BenchmarkPhase.all.enumerated() {
            let size = "| \(template.sizeName) | \(format(template.megabytes)) | \(phase.name) |"
            if let reason = phase.pendingReason {
                print("\(size) | | | | | \(reason) |")
                continue
            }
            let median = times[index].sorted()[times[index].count / 2]
            let cpu = cpuTimes[index].sorted()[cpuTimes[index].count / 2]
            let rate = phase.reportsThroughput ? format(template.megabytes / median) : ""
            print(
                "\(size) \(format(median, digits: 3)) | \(format(cpu, digits: 3)) | \(rate) | \(format(Double(peaks[index]) / 1_000_000, digits: 0)) | \(notes[index]) |"
            )
        }
    }

    static func write(_ generated: GeneratedPlan, size: BenchmarkSize, to directory: String) throws
    {
        for (name, bytes) in [("state", generated.state), ("plan", generated.plan)] {
            try write(bytes, named: "\(size.name)-\(name).json", to: directory)
        }
    }

    static func write(_ bytes: [UInt8], named name: String, to directory: String) throws {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// CPU time of the whole process (user and system); phases are single-threaded, so
    /// on a busy machine this is what the phase would take on an idle one.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    static func format(_ value: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func cpuModel() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line.map { String($0.split(separator: ":", maxSplits: 1).last ?? "") }?
            .trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    }
}

extension Error {
    fileprivate var isHelp: Bool {
        if case .help = self as? BenchmarkError { return true }
        return false
    }
}
