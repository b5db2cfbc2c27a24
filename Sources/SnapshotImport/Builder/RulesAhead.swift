import Dispatch
import Synchronization

/// Converting security group rules on a second thread while the builder's pass runs.
///
/// The resources with rules are shared out as the pass goes: the pass takes them from the
/// first forwards, converting as it has always done, and the second thread from the last
/// backwards, so the two meet wherever the split happens to balance their work. When the
/// pass reaches the resources the second thread took, it waits for the thread once and
/// takes its results.
final class RulesAhead: Sendable {
    /// Instance indices of the resources with rules, in input order.
    let work: [Int]
    /// For each instance, its position in `work`; `-1` for resources without rules.
    private let positions: [Int32]
    /// Positions below `front` are the pass's; from `back` on, the second thread's.
    private let claims: Mutex<(front: Int, back: Int)>
    /// What the second thread converted, by position (empty for the pass's); complete
    /// once `finished` is.
    private let converted = Mutex([[ConvertedRules]]())
    private let finished = DispatchSemaphore(value: 0)

    init(work: [Int], instanceCount: Int) {
        self.work = work
        var positions = [Int32](repeating: -1, count: instanceCount)
        for (position, index) in work.enumerated() { positions[index] = Int32(position) }
        self.positions = positions
        claims = Mutex((front: 0, back: work.count))
    }

    /// Runs on the second thread: converts with `convert` (on a builder of its own) the
    /// resources the pass has not reached, last first, until the two meet.
    func run(_ convert: (Int) -> [ConvertedRules]) {
        var results = [[ConvertedRules]](repeating: [], count: work.count)
        while let position = claims.withLock({ claims -> Int? in
            guard claims.back > claims.front else { return nil }
            claims.back -= 1
            return claims.back
        }) {
            results[position] = convert(work[position])
        }
        converted.withLock { $0 = results }
        finished.signal()
    }

    /// For the pass, at the instance at `index`: the resource's position in ``work`` when
    /// the second thread took it; `nil` when the pass converts it itself (it takes the
    /// resource now if nobody has), or when the resource has no rules.
    func secondThreadPosition(ofInstanceAt index: Int) -> Int? {
        let position = Int(positions[index])
        guard position >= 0 else { return nil }
        let isPasses = claims.withLock { claims in
            if position < claims.front { return true }
            guard position < claims.back else { return false }
            claims.front = position + 1
            return true
        }
        return isPasses ? nil : position
    }

    /// What the second thread converted, by position in ``work``, once it has finished.
    func results() -> [[ConvertedRules]] {
        waitUntilFinished()
        return converted.withLock { results in
            defer { results = [] }
            return results
        }
    }

    /// Takes every resource the thread has not started on and waits for it to stop.
    func stop() {
        claims.withLock { $0.front = $0.back }
        waitUntilFinished()
    }

    /// Waits for the thread; the signal is passed on, so that every later wait returns.
    private func waitUntilFinished() {
        finished.wait()
        finished.signal()
    }
}
