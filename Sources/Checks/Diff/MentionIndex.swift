/// Finds which of many resource addresses the components and rules of an answer
/// mention, in time that does not grow with the number of addresses.
///
/// A text mentions an address when it is the address, begins with it followed by a space,
/// a dot or a comma (`aws_security_group.a.ingress[0]`, `aws_network_acl.a (subnet …)`,
/// `aws_security_group.a, aws_security_group.b`), or holds it right after a space.
struct MentionIndex {
    /// A trie of the addresses' UTF-8 bytes: each node's children, and the address that
    /// ends at it.
    private var children: [[UInt8: Int]] = [[:]]
    private var addressEndingAt: [String?] = [nil]
    /// Where each address is in the list given.
    private var positionsByAddress: [String: [Int]] = [:]

    init(addresses: [String]) {
        for (position, address) in addresses.enumerated() {
            positionsByAddress[address, default: []].append(position)
            var node = 0
            for byte in address.utf8 {
                if let next = children[node][byte] {
                    node = next
                } else {
                    children.append([:])
                    addressEndingAt.append(nil)
                    children[node][byte] = children.count - 1
                    node = children.count - 1
                }
            }
            addressEndingAt[node] = address
        }
    }

    /// The positions of `address` in the list the index was built from.
    func positions(of address: String) -> [Int] { positionsByAddress[address] ?? [] }

    /// The addresses that some text of `texts` mentions.
    func mentioned(in texts: [String]) -> Set<String> {
        var found: Set<String> = []
        for text in texts {
            let bytes = Array(text.utf8)
            walk(bytes, from: 0, atBoundaryOnly: true, into: &found)
            for (position, byte) in bytes.enumerated() where byte == UInt8(ascii: " ") {
                walk(bytes, from: position + 1, atBoundaryOnly: false, into: &found)
            }
        }
        return found
    }

    /// Follows `bytes` from `start` down the trie, collecting the addresses met; at the
    /// start of a text only those followed by its end, a space, a dot or a comma.
    private func walk(
        _ bytes: [UInt8], from start: Int, atBoundaryOnly: Bool, into found: inout Set<String>
    ) {
        var node = 0
        var position = start
        while true {
            if position > start, let address = addressEndingAt[node] {
                let boundary =
                    position == bytes.count || bytes[position] == UInt8(ascii: " ")
                    || bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ",")
                if boundary || !atBoundaryOnly { found.insert(address) }
            }
            guard position < bytes.count, let next = children[node][bytes[position]] else {
                return
            }
            node = next
            position += 1
        }
    }
}
