/// A compiled regular expression that always matches in linear time.
///
/// kcplint runs catalogue patterns (`pattern`, `matches`) on payload strings, sometimes inside services on request
/// bodies from the internet, so no pattern may backtrack catastrophically. `Pattern` compiles a practical subset of
/// ECMAScript/PCRE syntax to a Thompson NFA and simulates it over the input's Unicode scalars: matching costs
/// O(pattern size × input length) whatever the pattern and the input. Constructs that need backtracking
/// (backreferences, lookahead, lookbehind, atomic groups, possessive quantifiers) are rejected when compiling.
///
/// Semantics, in short (ECMAScript with the `u` flag, except where noted):
/// - search semantics like `RegExp.test`: a match may start anywhere; anchor with `^` and `$`;
/// - `^` is the start and `$` the end of the whole input (no multiline mode; `$` does not match before a final
///   `\n`); `.` is any scalar except `\n`;
/// - `\d`, `\w`, `\b` are ASCII (`[0-9]`, `[A-Za-z0-9_]`); `\s` is ECMAScript white space and line terminators;
/// - `(?i)` at the very start makes ASCII letters match either case;
/// - lazy quantifiers (`*?`, `{2,5}?`) match exactly what greedy ones match (only yes/no is computed).
///
/// A `Pattern` is immutable and `Sendable`: one value can be used from many threads at once.
public struct Pattern: Sendable, Hashable, CustomStringConvertible {
    /// The source and the compiled program, in one reference: a pattern is copied wherever a rule that uses it
    /// runs, and one reference costs one retain where the program's arrays cost several.
    fileprivate final class Storage: Sendable {
        let source: String
        let program: PatternProgram

        init(source: String, program: PatternProgram) {
            self.source = source
            self.program = program
        }
    }

    private let storage: Storage

    /// The source the pattern was compiled from.
    public var source: String { storage.source }
    var program: PatternProgram { storage.program }

    /// Compiles `source`; throws a located error for unsupported or invalid syntax.
    public init(_ source: String) throws(PatternError) {
        self.storage = Storage(source: source, program: try PatternProgram(PatternParser.parse(source)))
    }

    /// True if the pattern matches somewhere in `text` (search semantics like JavaScript's `RegExp.test`;
    /// use ^ and $ to anchor).
    public func matches(_ text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ program.matches($0) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBufferPointer { program.matches($0) }
    }

    /// True if the pattern matches somewhere in the UTF-8 `bytes`; a bad byte sequence reads as U+FFFD
    /// (one per maximal ill-formed subpart, as `String(decoding:as:)` does) and never crashes.
    public func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        program.matches(bytes)
    }

    /// A handle that matches with this pattern's program without reference counting, for tables that the
    /// threads sharing a validator read item after item (a copied `Pattern` retains its storage, and two cores
    /// retaining one object contend for it). Valid while the pattern is kept alive elsewhere.
    struct UnretainedMatcher {
        fileprivate let storage: Unmanaged<Storage>

        /// ``Pattern/matches(utf8:)``.
        func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            storage._withUnsafeGuaranteedRef { $0.program.matches(bytes) }
        }
    }

    /// The pattern's ``UnretainedMatcher``; the caller keeps the pattern alive as long as the handle.
    var unretainedMatcher: UnretainedMatcher { UnretainedMatcher(storage: .passUnretained(storage)) }

    /// True if the pattern matches somewhere in the UTF-8 `bytes`; a bad byte sequence reads as U+FFFD.
    public func matches(utf8 bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { program.matches($0) }
    }

    /// The pattern source.
    public var description: String { source }

    /// Two patterns are equal when their sources are (compilation is deterministic).
    public static func == (lhs: Pattern, rhs: Pattern) -> Bool {
        lhs.source == rhs.source
    }

    /// Hashes the source.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }
}
