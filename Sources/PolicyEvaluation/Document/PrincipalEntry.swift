/// One principal named in a `Principal` or `NotPrincipal` element.
public enum PrincipalEntry: Sendable, Hashable, CustomStringConvertible {
    /// `"*"` or `{"AWS": "*"}`: every caller, including anonymous ones.
    case anyone
    /// A whole account, written as its ID or as `arn:PARTITION:iam::ACCOUNT:root`.
    /// Through a gateway endpoint it means only the account's root user.
    case account(String)
    /// An IAM or STS principal ARN: a role (and so its sessions), a user, a role
    /// session or a federated user.
    case iamARN(String)
    /// A unique ID such as `AROA…`, which AWS shows after the principal was deleted; it
    /// matches no request.
    case uniqueID(String)
    /// `{"Service": …}`, such as `airflow.amazonaws.com`; `"*"` is any service.
    case service(String)
    /// `{"Federated": …}`, an identity provider.
    case federated(String)
    /// `{"CanonicalUser": …}`, an S3 canonical user ID.
    case canonicalUser(String)

    public var description: String {
        switch self {
        case .anyone: "\"*\""
        case .account(let id): "AWS account \(id)"
        case .iamARN(let arn): "AWS \(arn)"
        case .uniqueID(let id): "AWS unique ID \(id)"
        case .service(let name): "Service \(name)"
        case .federated(let provider): "Federated \(provider)"
        case .canonicalUser(let id): "CanonicalUser \(id)"
        }
    }
}
