// Parsing of pattern sources into a small syntax tree.
//
// The grammar is a practical subset of ECMAScript (with the `u` flag) and PCRE; everything that would need
// backtracking to run (backreferences, lookaround, atomic groups, possessive quantifiers) is rejected with a
// located `PatternError`, as is every ambiguous or malformed construct, so that a catalogue author learns about
// a mistake when the catalogue is loaded instead of by a rule that silently never fires.

/// A set of Unicode scalar values, kept as sorted, disjoint, non-adjacent closed ranges.
struct PatternScalarSet: Hashable, Sendable {
    /// Largest Unicode scalar value.
    static let maximum: UInt32 = 0x10_FFFF

    /// The ranges, sorted by lower bound, disjoint and non-adjacent.
    private(set) var ranges: [ClosedRange<UInt32>]

    /// The empty set.
    init() {
        ranges = []
    }

    /// The set holding `scalar` only.
    init(_ scalar: UInt32) {
        ranges = [scalar...scalar]
    }

    /// The union of `ranges`, which may be unsorted and overlapping.
    init(ranges: [ClosedRange<UInt32>]) {
        self.ranges = ranges
        normalize()
    }

    /// `[0-9]` (ASCII digits only, as in ECMAScript).
    static let digit = PatternScalarSet(ranges: [0x30...0x39])
    /// `[A-Za-z0-9_]` (ASCII only, as in ECMAScript).
    static let word = PatternScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// ECMAScript white space and line terminators.
    static let space = PatternScalarSet(ranges: [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
        0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ])
    /// What `.` matches: every scalar except `\n`.
    static let dot = PatternScalarSet(0x0A).inverted()

    /// Adds the scalars of `other`.
    mutating func formUnion(_ other: PatternScalarSet) {
        ranges += other.ranges
        normalize()
    }

    /// Every scalar not in this set.
    func inverted() -> PatternScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= Self.maximum { result.append(next...Self.maximum) }
        var set = PatternScalarSet()
        set.ranges = result
        return set
    }

    /// This set plus the other-case partner of each ASCII letter in it.
    func caseFolded() -> PatternScalarSet {
        var all = ranges
        for range in ranges {
            let lowerLow = max(range.lowerBound, 0x61)
            let lowerHigh = min(range.upperBound, 0x7A)
            if lowerLow <= lowerHigh { all.append((lowerLow - 0x20)...(lowerHigh - 0x20)) }
            let upperLow = max(range.lowerBound, 0x41)
            let upperHigh = min(range.upperBound, 0x5A)
            if upperLow <= upperHigh { all.append((upperLow + 0x20)...(upperHigh + 0x20)) }
        }
        return PatternScalarSet(ranges: all)
    }

    /// The only member, if the set has exactly one.
    var singleScalar: UInt32? {
        guard ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound else { return nil }
        return ranges[0].lowerBound
    }

    private mutating func normalize() {
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        merged.reserveCapacity(ranges.count)
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
    }
}

/// A zero-width test of the position between two scalars.
enum PatternAssertion: Sendable, Hashable {
    /// `^`: the start of the input.
    case start
    /// `$`: the end of the input.
    case end
    /// `\b`: a word scalar on exactly one side.
    case wordBoundary
    /// `\B`: word scalars on both sides or on neither.
    case notWordBoundary
}

/// The syntax tree of a pattern. Groups leave no node of their own: they only shape the tree.
indirect enum PatternNode: Sendable, Hashable {
    /// Matches the empty string.
    case empty
    /// Matches one scalar of the set.
    case scalars(PatternScalarSet)
    /// Matches the empty string where the assertion holds.
    case assertion(PatternAssertion)
    /// Matches the parts one after the other.
    case concatenation([PatternNode])
    /// Matches any one of the branches.
    case alternation([PatternNode])
    /// Matches `node` at least `min` and at most `max` (nil: unbounded) times; `offset` locates the quantifier.
    case repetition(PatternNode, min: Int, max: Int?, offset: Int)
}

/// Recursive-descent parser from pattern source to `PatternNode`.
struct PatternParser {
    /// Largest count allowed in `{n}`, `{n,}` and `{n,m}`.
    static let maximumRepetition = 1000
    /// Deepest nesting of groups allowed (bounds the parser's and compiler's recursion).
    static let maximumGroupDepth = 100

    /// The result of parsing: the tree and the flags.
    struct Result: Sendable {
        /// The syntax tree.
        var root: PatternNode
        /// Whether the pattern started with `(?i)`.
        var caseInsensitive: Bool
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0
    private var caseInsensitive = false

    private init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// Parses `source`, throwing a located error for anything unsupported or malformed.
    static func parse(_ source: String) throws(PatternError) -> Result {
        var parser = PatternParser(source)
        return try parser.parsePattern()
    }

    // MARK: - Structure

    private mutating func parsePattern() throws(PatternError) -> Result {
        if scalars.starts(with: ["(", "?", "i", ")"]) {
            caseInsensitive = true
            index = 4
        }
        let root = try parseAlternation()
        if index < scalars.count {
            // parseAlternation stops only at the end or at a ')' that closes nothing.
            throw PatternError(message: "unmatched ')'", offset: index)
        }
        return Result(root: root, caseInsensitive: caseInsensitive)
    }

    private mutating func parseAlternation() throws(PatternError) -> PatternNode {
        var branches = [try parseConcatenation()]
        while peek == "|" {
            index += 1
            branches.append(try parseConcatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcatenation() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        while let scalar = peek, scalar != "|", scalar != ")" {
            let (atom, quantifiable) = try parseAtom()
            guard let quantifierStart = peek, isQuantifierStart(quantifierStart) else {
                items.append(atom)
                continue
            }
            guard quantifiable else { throw nothingToRepeat(at: index) }
            items.append(try parseQuantifier(applyingTo: atom))
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concatenation(items)
        }
    }

    private func isQuantifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "+" || scalar == "?" || scalar == "{"
    }

    private func nothingToRepeat(at offset: Int) -> PatternError {
        PatternError(message: "nothing to repeat", offset: offset)
    }

    /// Parses the quantifier at `index` (known to start one) and what may follow it.
    private mutating func parseQuantifier(applyingTo atom: PatternNode) throws(PatternError) -> PatternNode {
        let start = index
        let min: Int
        let max: Int?
        switch scalars[index] {
        case "*":
            (min, max) = (0, nil)
            index += 1
        case "+":
            (min, max) = (1, nil)
            index += 1
        case "?":
            (min, max) = (0, 1)
            index += 1
        default:
            (min, max) = try parseBraces()
        }
        if peek == "?" {
            index += 1  // Lazy: the same as greedy for a yes/no answer.
        } else if peek == "+" {
            throw PatternError(
                message: "possessive quantifiers are not supported \(PatternError.linearTimeReason)",
                offset: index
            )
        }
        if let next = peek, isQuantifierStart(next) { throw nothingToRepeat(at: index) }
        return .repetition(atom, min: min, max: max, offset: start)
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at `index`.
    private mutating func parseBraces() throws(PatternError) -> (Int, Int?) {
        let open = index
        index += 1
        if peek == "," {
            throw PatternError(message: "repetition needs a lower bound: write {0,m} instead of {,m}", offset: open)
        }
        guard let min = parseDecimal() else { throw incompleteBraces(at: open) }
        var max: Int? = min
        if peek == "," {
            index += 1
            max = parseDecimal()
        }
        guard peek == "}" else { throw incompleteBraces(at: open) }
        index += 1
        let limit = Self.maximumRepetition
        if min > limit || (max ?? 0) > limit {
            throw PatternError(message: "repetition count above \(limit) in {…}", offset: open)
        }
        if let max, max < min {
            throw PatternError(message: "repetition bounds out of order: {\(min),\(max)}", offset: open)
        }
        return (min, max)
    }

    private func incompleteBraces(at offset: Int) -> PatternError {
        PatternError(
            message: "'{' starts no valid repetition {n}, {n,} or {n,m}; write '\\{' for a literal brace",
            offset: offset
        )
    }

    /// Parses decimal digits at `index`, saturating far above the repetition limit.
    private mutating func parseDecimal() -> Int? {
        var value: Int?
        while let scalar = peek, let digit = decimalValue(scalar) {
            value = min((value ?? 0) * 10 + digit, 1_000_000)
            index += 1
        }
        return value
    }

    // MARK: - Atoms

    /// Parses one atom; the flag tells whether a quantifier may follow it.
    private mutating func parseAtom() throws(PatternError) -> (PatternNode, Bool) {
        let start = index
        let current = scalars[index]
        switch current {
        case "(":
            return (try parseGroup(), true)
        case "[":
            return (.scalars(try parseClass()), true)
        case ".":
            index += 1
            return (.scalars(PatternScalarSet.dot), true)
        case "^":
            index += 1
            return (.assertion(.start), false)
        case "$":
            index += 1
            return (.assertion(.end), false)
        case "\\":
            switch try parseEscape(inClass: false) {
            case .scalar(let value): return (.scalars(folded(PatternScalarSet(value))), true)
            case .set(let set): return (.scalars(folded(set)), true)
            case .assertion(let assertion): return (.assertion(assertion), false)
            }
        case "*", "+", "?":
            throw nothingToRepeat(at: start)
        case "{":
            if let next = scalar(at: index + 1), decimalValue(next) != nil { throw nothingToRepeat(at: start) }
            throw PatternError(message: "lone '{': write '\\{' for a literal brace", offset: start)
        case "}":
            throw PatternError(message: "lone '}': write '\\}' for a literal brace", offset: start)
        case "]":
            throw PatternError(message: "lone ']': write '\\]' for a literal bracket", offset: start)
        default:
            index += 1
            return (.scalars(folded(PatternScalarSet(current.value))), true)
        }
    }

    private mutating func parseGroup() throws(PatternError) -> PatternNode {
        let open = index
        index += 1
        if peek == "?" {
            try parseGroupPrefix(open: open)
        }
        depth += 1
        if depth > Self.maximumGroupDepth {
            throw PatternError(message: "groups nested more than \(Self.maximumGroupDepth) deep", offset: open)
        }
        let inner = try parseAlternation()
        guard peek == ")" else {
            throw PatternError(message: "missing ')' to close this group", offset: open)
        }
        index += 1
        depth -= 1
        return inner
    }

    /// Parses what follows `(?`: accepts `(?:` and `(?<name>`, rejects everything else with a reason.
    private mutating func parseGroupPrefix(open: Int) throws(PatternError) {
        let kind = scalar(at: index + 1)
        let reason = PatternError.linearTimeReason
        switch kind {
        case ":":
            index += 2
        case "=", "!":
            throw PatternError(message: "lookahead (?\(kind ?? "=") is not supported \(reason)", offset: open)
        case "<":
            let after = scalar(at: index + 2)
            if after == "=" || after == "!" {
                throw PatternError(
                    message: "lookbehind (?<\(after ?? "=") is not supported \(reason)",
                    offset: open
                )
            }
            index += 2
            try parseGroupName(open: open)
        case ">":
            throw PatternError(message: "atomic groups (?> are not supported \(reason)", offset: open)
        case "i" where scalar(at: index + 2) == ")":
            throw PatternError(
                message: "the flag (?i) is only supported at the very start of the pattern",
                offset: open
            )
        case "P" where scalar(at: index + 2) == "<":
            throw PatternError(message: "write a named group as (?<name>…), not (?P<name>…)", offset: open)
        case "P" where scalar(at: index + 2) == "=":
            throw PatternError(message: "backreferences are not supported \(reason)", offset: open)
        default:
            let shown = kind.map { "(?\($0)" } ?? "(?"
            throw PatternError(
                message: "unsupported group syntax '\(shown)' (supported: (…), (?:…), (?<name>…))",
                offset: open
            )
        }
    }

    /// Parses `name>` of a named group; the name is checked and then ignored.
    private mutating func parseGroupName(open: Int) throws(PatternError) {
        let nameStart = index
        while let scalar = peek, isNameScalar(scalar, first: index == nameStart) {
            index += 1
        }
        guard index > nameStart, peek == ">" else {
            throw PatternError(
                message: "invalid group name: expected (?<name>…) with a name of letters, digits and '_'",
                offset: open
            )
        }
        index += 1
    }

    private func isNameScalar(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "_": return true
        case "0"..."9": return !first
        default: return false
        }
    }

    // MARK: - Classes

    /// One element of a character class: a single scalar (may bound a range) or a class escape.
    private enum ClassItem {
        case scalar(UInt32)
        case set(PatternScalarSet)
    }

    /// Parses `[...]` at `index`, returning the (case-folded, possibly negated) set.
    private mutating func parseClass() throws(PatternError) -> PatternScalarSet {
        let open = index
        index += 1
        var negated = false
        if peek == "^" {
            negated = true
            index += 1
        }
        var collected: [ClosedRange<UInt32>] = []
        var first = true
        while true {
            guard let scalar = peek else {
                throw PatternError(message: "unterminated character class: missing ']'", offset: open)
            }
            if scalar == "]" && !first {
                index += 1
                break
            }
            first = false
            let itemStart = index
            let item = try parseClassItem()
            if peek == "-", let after = self.scalar(at: index + 1), after != "]" {
                guard case .scalar(let low) = item else {
                    throw PatternError(message: "a class escape like \\d cannot bound a range", offset: itemStart)
                }
                index += 1
                let endStart = index
                guard case .scalar(let high) = try parseClassItem() else {
                    throw PatternError(message: "a class escape like \\d cannot bound a range", offset: endStart)
                }
                guard low <= high else {
                    throw PatternError(message: "character class range out of order", offset: itemStart)
                }
                collected.append(low...high)
            } else {
                switch item {
                case .scalar(let value): collected.append(value...value)
                case .set(let set): collected += set.ranges
                }
            }
        }
        let set = folded(PatternScalarSet(ranges: collected))
        return negated ? set.inverted() : set
    }

    private mutating func parseClassItem() throws(PatternError) -> ClassItem {
        let scalar = scalars[index]
        if scalar == "\\" {
            switch try parseEscape(inClass: true) {
            case .scalar(let value): return .scalar(value)
            case .set(let set): return .set(set)
            case .assertion: return .set(PatternScalarSet())  // Not produced inside classes.
            }
        }
        if scalar == "[", self.scalar(at: index + 1) == ":" {
            var probe = index + 2
            while let letter = self.scalar(at: probe), ("a"..."z").contains(letter) { probe += 1 }
            if probe > index + 2, self.scalar(at: probe) == ":", self.scalar(at: probe + 1) == "]" {
                throw PatternError(
                    message: "POSIX classes like [:alpha:] are not supported; use ranges such as [A-Za-z] or \\d",
                    offset: index
                )
            }
        }
        index += 1
        return .scalar(scalar.value)
    }

    // MARK: - Escapes

    private enum Escape {
        case scalar(UInt32)
        case set(PatternScalarSet)
        case assertion(PatternAssertion)
    }

    /// Parses the escape whose backslash is at `index`.
    private mutating func parseEscape(inClass: Bool) throws(PatternError) -> Escape {
        let start = index
        index += 1
        guard let scalar = peek else {
            throw PatternError(message: "the pattern ends with a lone backslash", offset: start)
        }
        index += 1
        let reason = PatternError.linearTimeReason
        switch scalar {
        case "d": return .set(PatternScalarSet.digit)
        case "D": return .set(PatternScalarSet.digit.inverted())
        case "w": return .set(PatternScalarSet.word)
        case "W": return .set(PatternScalarSet.word.inverted())
        case "s": return .set(PatternScalarSet.space)
        case "S": return .set(PatternScalarSet.space.inverted())
        case "b": return inClass ? .scalar(0x08) : .assertion(.wordBoundary)
        case "B":
            if inClass { throw PatternError(message: "\\B is not allowed in a character class", offset: start) }
            return .assertion(.notWordBoundary)
        case "n": return .scalar(0x0A)
        case "r": return .scalar(0x0D)
        case "t": return .scalar(0x09)
        case "f": return .scalar(0x0C)
        case "v": return .scalar(0x0B)
        case "0":
            if let next = peek, decimalValue(next) != nil {
                throw PatternError(message: "octal escapes are not supported; use \\xHH or \\uXXXX", offset: start)
            }
            return .scalar(0)
        case "1"..."9":
            throw PatternError(message: "backreferences are not supported \(reason)", offset: start)
        case "k" where peek == "<":
            throw PatternError(message: "backreferences are not supported \(reason)", offset: start)
        case "u":
            return .scalar(try parseUnicodeEscape(start: start))
        case "x":
            guard let value = parseHex(exactly: 2) else {
                throw PatternError(message: "\\x must be followed by exactly two hex digits", offset: start)
            }
            return .scalar(value)
        case "p", "P":
            throw PatternError(message: "Unicode property escapes (\\p{…}) are not supported", offset: start)
        case "A", "z", "Z", "G":
            throw PatternError(
                message: "unknown escape '\\\(scalar)': use ^ for the start and $ for the end of the input",
                offset: start
            )
        default:
            // PCRE rule: any escaped ASCII punctuation (or space) is itself; letters and digits are reserved.
            if scalar.value >= 0x20, scalar.value < 0x7F, !isASCIIAlphanumeric(scalar) {
                return .scalar(scalar.value)
            }
            throw PatternError(message: "unknown escape '\\\(scalar)'", offset: start)
        }
    }

    /// Parses the rest of `\uXXXX` (combining an escaped surrogate pair) or `\u{X…}`.
    private mutating func parseUnicodeEscape(start: Int) throws(PatternError) -> UInt32 {
        let invalid = PatternError(message: "invalid Unicode escape: expected \\uXXXX or \\u{X…}", offset: start)
        if peek == "{" {
            index += 1
            let digitsStart = index
            var value: UInt32 = 0
            while let scalar = peek, let digit = hexValue(scalar) {
                value = min(value * 16 + digit, 0x11_0000)
                index += 1
            }
            guard index > digitsStart, index - digitsStart <= 6, peek == "}" else { throw invalid }
            index += 1
            return try checkedScalar(value, start: start)
        }
        guard let value = parseHex(exactly: 4) else { throw invalid }
        if (0xD800...0xDBFF).contains(value), scalar(at: index) == "\\", scalar(at: index + 1) == "u" {
            let saved = index
            index += 2
            if let low = parseHex(exactly: 4), (0xDC00...0xDFFF).contains(low) {
                return 0x1_0000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            index = saved
        }
        return try checkedScalar(value, start: start)
    }

    private func checkedScalar(_ value: UInt32, start: Int) throws(PatternError) -> UInt32 {
        if (0xD800...0xDFFF).contains(value) {
            throw PatternError(message: "a lone surrogate is not a Unicode scalar and never matches", offset: start)
        }
        guard value <= PatternScalarSet.maximum else {
            throw PatternError(message: "Unicode escape above U+10FFFF", offset: start)
        }
        return value
    }

    /// Parses exactly `count` hex digits at `index`; on failure consumes nothing.
    private mutating func parseHex(exactly count: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<count {
            guard let scalar = scalar(at: index + offset), let digit = hexValue(scalar) else { return nil }
            value = value * 16 + digit
        }
        index += count
        return value
    }

    // MARK: - Helpers

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func scalar(at position: Int) -> Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private func folded(_ set: PatternScalarSet) -> PatternScalarSet {
        caseInsensitive ? set.caseFolded() : set
    }

    private func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : nil
    }

    private func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    private func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return false
        }
    }
}
