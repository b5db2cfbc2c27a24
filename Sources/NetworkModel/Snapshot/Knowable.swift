/// A value that is either known or explicitly unknown (and why).
public enum Knowable<Value: Sendable & Hashable>: Sendable, Hashable {
    case known(Value)
    case unknown(UnknownValue)

    /// The value when known.
    public var value: Value? {
        if case .known(let value) = self { return value }
        return nil
    }

    /// The reason when unknown.
    public var unknown: UnknownValue? {
        if case .unknown(let unknown) = self { return unknown }
        return nil
    }
}
