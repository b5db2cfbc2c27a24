import Checks

/// Finds where a resource is declared in the Terraform source (`main.tf`, line 329), for
/// formats that annotate code (SARIF, GitHub). The path is a file path (relative to the
/// working directory, or absolute), not a URI; `nil` when the source is not known.
public typealias ResourceLocator = (FindingResource) -> (path: String, line: Int)?
