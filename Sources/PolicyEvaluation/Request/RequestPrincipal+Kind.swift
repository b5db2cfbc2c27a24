extension RequestPrincipal {
    /// The sorts of principal a request can come from.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `arn:aws:iam::ACCOUNT:root`, the account's root user.
        case accountRoot
        /// An IAM user, `arn:aws:iam::ACCOUNT:user/PATH/NAME`.
        case user
        /// A role given by its ARN, standing for any of its sessions.
        case role
        /// One session of a role, `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
        case roleSession
        /// `arn:aws:sts::ACCOUNT:federated-user/NAME`.
        case federatedUser
        /// An AWS service principal such as `airflow.amazonaws.com`.
        case service
        /// An unauthenticated caller.
        case anonymous
    }
}
