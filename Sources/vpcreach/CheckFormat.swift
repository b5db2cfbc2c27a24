/// The formats `vpcreach check` writes.
enum CheckFormat: String, CaseIterable {
    case text, json, sarif, junit, github, markdown
}
