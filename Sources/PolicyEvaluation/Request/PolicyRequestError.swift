/// A request that cannot be evaluated: a principal, action or path that is not in the
/// form IAM uses.
public struct PolicyRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what form is expected.
    public let message: String

    /// Creates an error with a message.
    public init(message: String) {
        self.message = message
    }

    public var description: String { message }

    static func principal(_ text: String) -> PolicyRequestError {
        PolicyRequestError(
            message: "\"\(text)\" is not a principal this tool evaluates; give an IAM ARN "
                + "(arn:aws:iam::ACCOUNT:root, …:user/NAME, …:role/PATH/NAME), a session ARN "
                + "(arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION or …:federated-user/NAME), "
                + "or a service principal such as airflow.amazonaws.com")
    }

    static func action(_ text: String) -> PolicyRequestError {
        PolicyRequestError(
            message: "\"\(text)\" is not an action; write service:Action without wildcards, "
                + "such as sqs:SendMessage")
    }

    static let emptyResource = PolicyRequestError(
        message: "the request names no resource; give the resource's ARN, or \"*\" for actions "
            + "that take no resource")

    static func rolePath(_ path: String) -> PolicyRequestError {
        PolicyRequestError(
            message: "\"\(path)\" is not a role path; a path starts and ends with \"/\", such "
                + "as /service-role/")
    }
}
