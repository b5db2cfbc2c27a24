/// One resource instance of a generated plan: its address parts and its attribute
/// values as compact JSON text.
struct GeneratedResource {
    let type: String
    let name: String
    /// The `count` index, if the resource block uses `count`.
    let index: Int?
    /// The attribute object, compact JSON.
    var values: String

    var address: String { "\(type).\(name)" + (index.map { "[\($0)]" } ?? "") }

    /// The resource object of a module's `resources` list.
    var stateObject: String {
        let indexMember = index.map { #","index":\#($0)"# } ?? ""
        return
            #"{"address":"\#(address)","mode":"managed","type":"\#(type)","name":"\#(name)"\#(indexMember),"provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,"values":\#(values),"sensitive_values":{}}"#
    }

    /// The entry of a plan's `resource_changes`: `no-op` when `before` equals `after`.
    static func change(before: GeneratedResource, after: GeneratedResource) -> String {
        let action = before.values == after.values ? "no-op" : "update"
        let indexMember = after.index.map { #","index":\#($0)"# } ?? ""
        return
            #"{"address":"\#(after.address)","mode":"managed","type":"\#(after.type)","name":"\#(after.name)"\#(indexMember),"provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["\#(action)"],"before":\#(before.values),"after":\#(after.values),"after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}"#
    }
}
