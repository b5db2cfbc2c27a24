extension JSONParser {
    /// Limits that keep hostile input from exhausting the machine, and what to leave out.
    public struct Options: Sendable, Equatable {
        /// How many arrays and objects may be nested inside one another; deeper input
        /// is rejected with an error. The parser never recurses, so any limit is safe
        /// while parsing, but very deep values make comparing, writing and freeing them
        /// recurse, so keep this in the thousands at most.
        public var maximumDepth: Int

        /// Members whose values are validated but left out of the document; at most
        /// ``maximumSkippedPaths`` of them (later ones are ignored).
        public var skippedPaths: [JSONSkippedPath]

        /// How many skipped paths one parse follows.
        public static let maximumSkippedPaths = 64

        /// Documents at least this large are parsed on two threads when the machine has
        /// two cores: a second thread reads the later part of the largest array. The
        /// result, errors included, is the same as on one thread.
        public var parallelMinimumSize: Int

        /// For callers that know the layout: a member of the root object that the second
        /// thread should read (a plan's `resource_changes`). It is found by a search for
        /// `"name":` instead of a look at the structure up to the middle of the text,
        /// which on a 270 MB plan takes a tenth of a second before the second thread can
        /// start. A guess that is wrong (the name written deeper, or nowhere) costs the
        /// second thread's work or the search, never a different result.
        public var splitMember: String?

        /// With ``splitMember``: a later member of the root object whose values the first
        /// thread would otherwise build alone after it (a plan's `prior_state`, when it is
        /// kept). Once the second thread has read `splitMember`'s value it goes on with the
        /// second half of this member's outermost array (found by a search from the end,
        /// then a look at the structure), so that neither thread does most of the work.
        /// Like `splitMember`, a guess that can only cost time when wrong.
        public var splitArrayMember: String?
        /// When no ``splitMember`` is found: the array the second thread should read the
        /// second half of (a state's resources), its element there found by a search from
        /// the middle of the text instead of a look at the structure up to there. A guess
        /// that can only cost time when wrong; see ``JSONElementSplit``.
        public var splitElements: JSONElementSplit?

        /// Whether member names that repeat the last object's in the same place are
        /// recognised by their bytes (``PredictedKey``); on except where tests and the
        /// fuzz harness compare the two ways.
        @_spi(Testing) public var predictsNames = true

        /// Creates options; the default depth of 512 is far beyond any real plan.
        public init(
            maximumDepth: Int = 512, skippedPaths: [JSONSkippedPath] = [],
            parallelMinimumSize: Int = 4 << 20, splitMember: String? = nil,
            splitArrayMember: String? = nil, splitElements: JSONElementSplit? = nil
        ) {
            self.maximumDepth = maximumDepth
            self.skippedPaths = skippedPaths
            self.parallelMinimumSize = parallelMinimumSize
            self.splitMember = splitMember
            self.splitArrayMember = splitArrayMember
            self.splitElements = splitElements
        }
    }
}
