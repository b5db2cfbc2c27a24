import NetworkModel

/// libFuzzer entry point: any text must parse or throw; what parses must print as text
/// that parses back to the same value (a failed round trip traps, which libFuzzer
/// reports as a crash). The first finding, `0-65535`, was this harness's own mistake:
/// it read back `PortRange.description`, which says "all ports".
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAddressParsers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let cidr = try? CIDR(text) {
        precondition((try? CIDR(cidr.description)) == cidr, "CIDR round trip: \(text)")
        _ = cidr.firstAddress...cidr.lastAddress
    }
    if let address = try? IPAddress(text) {
        precondition((try? IPAddress(address.description)) == address, "address round trip")
    }
    if let ports = try? PortRange(text) {
        // `description` is for people ("all ports"); the input form is FROM-TO.
        let written = "\(ports.lowerBound)-\(ports.upperBound)"
        precondition((try? PortRange(written)) == ports, "port range round trip")
    }
    _ = try? IPProtocol(awsName: text)
    return 0
}
