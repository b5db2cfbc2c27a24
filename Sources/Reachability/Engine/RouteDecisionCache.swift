import NetworkModel
import Synchronization

/// Each subnet's route decisions, worked out once per analyzer: every question through a
/// subnet asks for them, and a table with many routes (or a VPC with many blocks) makes
/// working them out cost more than the question itself. Safe to share between the
/// threads `check` runs environments on.
final class RouteDecisionCache: Sendable {
    private let decisions = Mutex<[ObjectID: [RouteEvaluator.Decision]]>([:])

    /// The subnet's decisions, made by `make` the first time they are asked for.
    func decisions(
        forSubnet subnet: ObjectID, make: () -> [RouteEvaluator.Decision]
    ) -> [RouteEvaluator.Decision] {
        if let known = decisions.withLock({ $0[subnet] }) { return known }
        // Made outside the lock: two threads may both make them, with the same result.
        let made = make()
        decisions.withLock { $0[subnet] = made }
        return made
    }
}
