/// An array or object the parser has opened and not yet closed.
///
/// The parser keeps these on an explicit stack instead of recursing, so nesting depth
/// is limited by ``JSONParser/Options/maximumDepth`` and never by the thread's stack.
struct ContainerFrame {
    /// Whether this is an object (otherwise an array).
    let isObject: Bool
    /// Offset of the opening `[` or `{`.
    let offset: Int
    /// Where this container's children start on the parser's shared element or member
    /// stack.
    let firstChild: Int
    /// For objects: the key whose value is being read.
    var pendingKey = ""
    /// For objects: offset of the pending key's opening quote.
    var pendingKeyOffset = 0
    /// For objects: the pending key's ``KeyFingerprint/short(_:)``.
    var pendingKeyFingerprint: UInt32 = 0
    /// For large objects: key → position, to find duplicates without a quadratic scan.
    var positions: [String: Int]?
    /// Skipped paths (bits of ``JSONParser/Options/skippedPaths``) that lead into this
    /// container.
    var pathMask: UInt64 = 0
    /// For arrays: the skipped paths that lead on into every element.
    var elementPathMask: UInt64 = 0
    /// For objects: members left out because their path is skipped, for finding
    /// duplicates of their names.
    var skippedKeys: [(key: String, offset: Int)] = []
    /// For objects: whether every name so far was the ``PredictedKey`` for its position,
    /// which makes it unique (the names predicted come from one object read before).
    var followsKeyPredictions = true
    /// For objects: whether a name was written with escapes (so it cannot be predicted
    /// by its bytes).
    var hasEscapedKey = false
    /// The name this container is the value of (for an element, its array's name), as
    /// a ``KeyFingerprint/short(_:)``: with the depth, where its ``KeyPredictions`` are.
    var name: UInt32 = 0
    /// The ``KeyPredictions`` slot of that place.
    var predictionSlot = 0

    init(isObject: Bool, offset: Int, firstChild: Int) {
        self.isObject = isObject
        self.offset = offset
        self.firstChild = firstChild
    }
}
