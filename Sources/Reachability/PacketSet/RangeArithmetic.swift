/// Arithmetic on the closed integer ranges that make up a packet box.
///
/// The helpers never form `upperBound + 1` or `lowerBound - 1` past the type's limits, so
/// ranges that reach `0` or `max` (the whole IPv6 space, port 65535) are safe.
enum RangeArithmetic {
    /// The values both ranges contain, `nil` when they are disjoint.
    static func intersection<Bound: FixedWidthInteger>(
        _ first: ClosedRange<Bound>, _ second: ClosedRange<Bound>
    ) -> ClosedRange<Bound>? {
        let lower = max(first.lowerBound, second.lowerBound)
        let upper = min(first.upperBound, second.upperBound)
        return lower <= upper ? lower...upper : nil
    }

    /// The parts of `range` below and above `cut`, which must lie inside `range`.
    static func remainders<Bound: FixedWidthInteger>(
        of range: ClosedRange<Bound>, outside cut: ClosedRange<Bound>
    ) -> (below: ClosedRange<Bound>?, above: ClosedRange<Bound>?) {
        let below =
            range.lowerBound < cut.lowerBound ? range.lowerBound...(cut.lowerBound - 1) : nil
        let above =
            cut.upperBound < range.upperBound ? (cut.upperBound + 1)...range.upperBound : nil
        return (below, above)
    }

    /// Whether `upper` starts right after `lower` ends, so the two join into one range.
    static func adjoins<Bound: FixedWidthInteger>(
        _ lower: ClosedRange<Bound>, _ upper: ClosedRange<Bound>
    ) -> Bool {
        lower.upperBound < Bound.max && lower.upperBound + 1 == upper.lowerBound
    }

    /// Whether `range` holds every value of its type.
    static func isFull<Bound: FixedWidthInteger>(_ range: ClosedRange<Bound>) -> Bool {
        range.lowerBound == Bound.min && range.upperBound == Bound.max
    }

    /// The whole range of the type.
    static func full<Bound: FixedWidthInteger>(_ type: Bound.Type = Bound.self) -> ClosedRange<
        Bound
    > {
        Bound.min...Bound.max
    }
}
