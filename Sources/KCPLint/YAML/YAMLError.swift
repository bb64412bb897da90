/// A located error from reading YAML: a syntax error reported by libyaml, or a structural one of ours
/// (duplicate key, non-scalar key, undefined alias, limits, more than one document).
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Secondary information with its own position.
    public struct Note: Sendable, Hashable {
        /// The note's text, e.g. `"while parsing a flow mapping"` or `"first defined here"`.
        public var message: String
        /// Where the note points.
        public var position: SourcePosition

        /// Creates a note.
        public init(message: String, position: SourcePosition) {
            self.message = message
            self.position = position
        }
    }

    /// What went wrong: libyaml's problem text (`"did not find expected key"`) or ours (`"duplicate key 'id'"`).
    public var message: String
    /// Where it went wrong (1-based; columns in Unicode scalars).
    public var position: SourcePosition
    /// libyaml's context (`"while parsing a block mapping"`) or, for a duplicate key, `"first defined here"`.
    public var note: Note?

    /// Creates an error.
    public init(message: String, position: SourcePosition, note: Note? = nil) {
        self.message = message
        self.position = position
        self.note = note
    }

    /// `L:C: error: message`, followed by ` (note at L:C)` when there is a note.
    public var description: String {
        var text = "\(position): error: \(message)"
        if let note { text += " (\(note.message) at \(note.position))" }
        return text
    }
}

/// Resource limits for reading a YAML text.
public struct YAMLLimits: Sendable {
    /// Largest accepted input, in bytes (default 16 MiB).
    public var maxBytes: Int
    /// Largest number of nodes (keys included) after alias expansion (default 1,000,000).
    public var maxNodes: Int
    /// Deepest accepted nesting of mappings and sequences (default 256).
    public var maxDepth: Int

    /// Creates limits; every parameter defaults to the value of `default`.
    public init(maxBytes: Int = 16 << 20, maxNodes: Int = 1_000_000, maxDepth: Int = 256) {
        self.maxBytes = maxBytes
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    /// 16 MiB, 1,000,000 nodes, depth 256.
    public static let `default` = YAMLLimits()
}
