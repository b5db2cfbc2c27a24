/// A group's rule index filled on the second thread while inserting its inline rules
/// ahead of the pass (see ``ConvertedRules/insertedInto``).
///
/// Sending it is safe: the second thread fills it and then never touches it again, and
/// the pass reads it only after waiting for that thread to finish.
struct InsertedRuleIndex: @unchecked Sendable {
    let index: DeclaredPartIndex<SecurityGroupRuleKey>
}
