import NetworkModel
import Reachability
import SnapshotImport

/// libFuzzer entry point: any bytes given as one file of AWS CLI output must import or be
/// rejected with an `InputError`; what imports must answer a `why` between its first two
/// workloads without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAWSCLIImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let snapshot = try? AWSCLIImporter.load(bytes: bytes, file: "fuzz.json") else {
        return 0
    }
    let workloads = snapshot.workloads.map(\.id.rawValue)
    guard let from = workloads.first else { return 0 }
    let to = workloads.dropFirst().first ?? "internet"
    _ = try? ReachabilityAnalyzer(snapshot: snapshot).answer(
        ReachabilityQuestion(from: from, to: to))
    return 0
}
