import PolicyEvaluation

private let request = try! PolicyRequest(
    principal: "arn:aws:iam::111122223333:role/service-role/mwaa-exec", action: "s3:GetObject",
    resource: "arn:aws:s3:::airflow-bucket/dags/main.py",
    context: ["aws:SourceVpce": ["vpce-0123456789abcdef0"], "aws:PrincipalOrgID": ["o-a1b2c3"]])

/// libFuzzer entry point: any text must parse into a policy or a `PolicyError`; a policy
/// must evaluate and report its permissive statements without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicyParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for kind in [PolicyKind.resourceBased, .identityBased] {
        guard let document = try? PolicyDocument(text: text, kind: kind) else { continue }
        _ = PolicyEvaluator.evaluate(document, request)
        _ = document.permissiveStatements
    }
    return 0
}
