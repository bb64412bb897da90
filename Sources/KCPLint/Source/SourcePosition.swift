/// A point in a source text: 1-based line and 1-based column.
///
/// Columns count Unicode scalars, the unit libyaml reports, so a JSON payload and a YAML catalogue
/// locate `"상품명"` the same way (one column per Hangul syllable, not three bytes).
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Line number, starting at 1.
    public var line: Int
    /// Column number in Unicode scalars, starting at 1.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders positions by line, then column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A half-open span of a source text, from `start` up to (not including) `end`.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    /// First position of the span.
    public var start: SourcePosition
    /// Position just after the span.
    public var end: SourcePosition

    /// Creates a span; `end` defaults to `start` for a point.
    public init(start: SourcePosition, end: SourcePosition? = nil) {
        self.start = start
        self.end = end ?? start
    }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}
