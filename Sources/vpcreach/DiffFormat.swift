/// The formats `vpcreach diff` writes.
enum DiffFormat: String, CaseIterable {
    case text, json, markdown, sarif, github
}
