import NetworkModel
import Reachability
@_spi(Testing) import SnapshotImport

/// libFuzzer entry point: any bytes must import or be rejected with an `InputError`, the
/// same with the builder's second thread converting rules ahead as without it (forced
/// on, as fuzz inputs are below the size that starts it); what imports must answer a
/// `why` between its first two workloads without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTerraformImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let alone = imported(bytes, usingSecondThread: false)
    let ahead = imported(bytes, usingSecondThread: true)
    guard description(alone) == description(ahead) else {
        fatalError(
            "rules converted ahead change the import:\n\(description(alone))\n\(description(ahead))"
        )
    }
    guard case .success(let snapshot) = alone else { return 0 }
    let workloads = snapshot.workloads.map(\.id.rawValue)
    guard let from = workloads.first else { return 0 }
    let to = workloads.dropFirst().first ?? "internet"
    _ = try? ReachabilityAnalyzer(snapshot: snapshot).answer(
        ReachabilityQuestion(from: from, to: to))
    return 0
}

private func imported(_ bytes: [UInt8], usingSecondThread: Bool) -> Result<
    NetworkSnapshot, InputError
> {
    Result { () throws(InputError) in
        try TerraformImporter.load(
            bytes: bytes, file: "fuzz.json", view: .planned, usingSecondThread: usingSecondThread)
    }
}

/// The whole snapshot as text (every part is an array, so in its order), or the error.
private func description(_ result: Result<NetworkSnapshot, InputError>) -> String {
    switch result {
    case .success(let snapshot): String(describing: snapshot)
    case .failure(let error): "error: \(error)"
    }
}
