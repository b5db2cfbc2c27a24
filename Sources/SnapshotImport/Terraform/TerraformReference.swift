/// A reference expression as Terraform's `configuration` lists it, split into its parts:
/// `module.net.aws_subnet.private["a"].id` → names `module`, `net`, `aws_subnet`,
/// `private` with index `["a"]` after `private`, then `id`.
struct TerraformReference: Sendable, Equatable {
    struct Part: Sendable, Equatable {
        var name: String
        /// The instance key written after the name, as Terraform prints it (`[0]`, `["a"]`).
        var index: String?
    }

    let text: String
    let parts: [Part]

    init(_ text: String) {
        self.text = text
        var parts: [Part] = []
        var current = ""
        var index: String?
        var iterator = Array(text).makeIterator()
        var inBracket = false
        var inQuote = false
        var bracket = ""
        while let character = iterator.next() {
            if inBracket {
                bracket.append(character)
                if inQuote {
                    if character == "\\", let escaped = iterator.next() {
                        bracket.append(escaped)
                    } else if character == "\"" {
                        inQuote = false
                    }
                } else if character == "\"" {
                    inQuote = true
                } else if character == "]" {
                    inBracket = false
                    index = bracket
                }
            } else if character == "[" {
                inBracket = true
                bracket = "["
            } else if character == "." {
                parts.append(Part(name: current, index: index))
                current = ""
                index = nil
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty || index != nil { parts.append(Part(name: current, index: index)) }
        self.parts = parts
    }
}
