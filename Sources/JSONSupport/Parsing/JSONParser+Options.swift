extension JSONParser {
    /// Limits that keep hostile input from exhausting the machine.
    public struct Options: Sendable, Equatable {
        /// How many arrays and objects may be nested inside one another; deeper input
        /// is rejected with an error. The parser never recurses, so any limit is safe
        /// while parsing, but very deep values make comparing, writing and freeing them
        /// recurse, so keep this in the thousands at most.
        public var maximumDepth: Int

        /// Creates options; the default depth of 512 is far beyond any real plan.
        public init(maximumDepth: Int = 512) {
            self.maximumDepth = maximumDepth
        }
    }
}
