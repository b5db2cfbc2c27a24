import JSONSupport

/// One test of a `Condition` block: an operator applied to one context key with one or
/// more values, such as `"StringEquals": {"aws:SourceVpce": ["vpce-1", "vpce-2"]}`.
///
/// A statement applies only when all of its conditions hold.
public struct PolicyCondition: Sendable {
    /// The operator, with its `IfExists` suffix and set qualifier.
    public let conditionOperator: ConditionOperator
    /// The context key as written; keys are compared without regard to case.
    public let key: String
    /// The values as written (numbers and booleans as their JSON text).
    public let values: [String]
    /// `Statement[0].Condition.StringEquals.aws:SourceVpce`.
    public let path: String
    /// Where the key is written.
    public let location: SourceLocation?
    /// The values checked and converted for the operator.
    let operands: [ConditionOperand]

    init(
        conditionOperator: ConditionOperator, key: String, values: [String], path: String,
        location: SourceLocation?, operands: [ConditionOperand]
    ) {
        self.conditionOperator = conditionOperator
        self.key = key
        self.values = values
        self.path = path
        self.location = location
        self.operands = operands
    }
}
