/// The shapes of Terraform output the importer reads.
public enum TerraformDocumentKind: String, Sendable {
    /// `terraform show -json` of a state: `values.root_module`.
    case state = "terraform show -json (state)"
    /// `terraform show -json` of a saved plan: `planned_values`, `resource_changes`,
    /// `prior_state`, `configuration`.
    case plan = "terraform show -json (plan)"
    /// A raw `terraform.tfstate`, version 4: `resources[].instances[].attributes`.
    case rawState = "terraform.tfstate (version 4)"
}
