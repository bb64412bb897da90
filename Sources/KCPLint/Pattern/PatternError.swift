/// Why a pattern cannot be compiled, and where in its source the problem is.
///
/// Thrown by `Pattern.init(_:)` for invalid syntax (`[z-a]`, `*a`, an unterminated class) and for syntax that
/// kcplint rejects on purpose because it cannot run in linear time (backreferences, lookaround, atomic groups).
public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in English, e.g. "backreferences are not supported (kcplint patterns must run in linear time)".
    public var message: String
    /// Where the problem is: a 0-based offset in Unicode scalars into the pattern source.
    public var offset: Int

    /// Creates an error with `message` at scalar `offset` of the pattern source.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message followed by its offset, e.g. `nothing to repeat (at offset 0)`.
    public var description: String { "\(message) (at offset \(offset))" }
}

extension PatternError {
    /// The reason given whenever a construct is refused because it would need backtracking.
    static let linearTimeReason = "(kcplint patterns must run in linear time)"
}
