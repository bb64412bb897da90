/// A path pattern of the project configuration and of `--include` / `--exclude`.
///
/// Patterns match `/`-separated paths relative to a base folder (the folder of `.kcplint.yml`, or the
/// working directory for command-line flags):
///
/// - `*` matches any run of characters except `/`, `?` one character except `/`;
/// - `**` as a whole segment matches any number of folders, none included (`legacy/**`, `**/draft-*.json`);
/// - `[abc]`, `[a-z]` and `[!abc]` match one character of (or not of) a set;
/// - `{a,b}` matches either alternative (`{sdk,rest}/**/*.json`);
/// - a pattern without `/` matches the file name in any folder (`*.json`, `draft-*.json`);
/// - a leading `./` is ignored; a trailing `/` matches everything below a matching folder (`legacy/`, or
///   `fixtures/old/`; like other patterns, `legacy/` without another `/` matches a folder at any depth).
///
/// Matching costs at most (pattern length × path length) steps per alternative: no pattern can hang kcplint.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// One entry per `{…}` alternative: the segments to match.
    private let alternatives: [[Segment]]
    /// True when the pattern has no `/` and matches file names in any folder.
    private let matchesFileName: Bool
    /// True when the pattern ends with `/`: it matches what is below a matching folder.
    private let isFolderPattern: Bool
    /// The UTF-8 bytes every path the glob matches ends with (`.json` for `f/*1.json`: `1.json`), when it has one
    /// alternative: a path without them is refused before it is taken apart (a configuration may hold thousands of
    /// patterns, each tried on thousands of files).
    private let tail: [UInt8]
    /// The alternatives whose last part starts with a literal `.` (`.pay.json`, `**/.*.json`, `.a` of
    /// `{.a,*}.json`): they name hidden files on purpose.
    private let hiddenAlternatives: [[Segment]]

    /// Whether some alternative names hidden files on purpose (its last part starts with a literal `.`).
    public var namesHiddenFiles: Bool { !hiddenAlternatives.isEmpty }

    /// The largest number of alternatives a `{…}` pattern may expand to.
    static let maxAlternatives = 256

    private enum Segment: Hashable {
        /// `**`: any number of path segments.
        case anyFolders
        /// One path segment, matched by its wildcard atoms.
        case atoms([Atom])
    }

    private enum Atom: Hashable {
        case literal(Unicode.Scalar)
        case any
        case star
        case set([ClosedRange<UInt32>], negated: Bool)
    }

    /// Compiles `pattern`.
    /// - Throws: a ``GlobError`` for an empty pattern, an unclosed `[` or `{`, or too many alternatives.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        isFolderPattern = text.hasSuffix("/")
        while text.hasSuffix("/") { text.removeLast() }
        guard !text.isEmpty else {
            throw GlobError(LocalizedText(en: "the pattern is empty", ko: "패턴이 비어 있습니다"), pattern: pattern)
        }
        let expanded = try Self.expandBraces(Array(text.unicodeScalars), pattern: pattern)
        matchesFileName = !text.contains("/")
        var alternatives: [[Segment]] = []
        for alternative in expanded {
            var segments: [Segment] = []
            for part in alternative.split(separator: "/", omittingEmptySubsequences: true) {
                if part.elementsEqual("**".unicodeScalars) {
                    if segments.last != .anyFolders { segments.append(.anyFolders) }
                } else {
                    segments.append(.atoms(try Self.atoms(Array(part), pattern: pattern)))
                }
            }
            alternatives.append(segments)
        }
        self.alternatives = alternatives
        hiddenAlternatives = alternatives.filter { segments in
            guard case .atoms(let atoms)? = segments.last, case .literal(let first)? = atoms.first else { return false }
            return first == "."
        }
        var tail: [Unicode.Scalar] = []
        if !isFolderPattern, alternatives.count == 1, case .atoms(let atoms)? = alternatives[0].last {
            for atom in atoms.reversed() {
                guard case .literal(let scalar) = atom else { break }
                tail.append(scalar)
            }
        }
        self.tail = Array(String(String.UnicodeScalarView(tail.reversed())).utf8)
    }

    /// The pattern as written.
    public var description: String { pattern }

    /// The one path the glob matches when it has no wildcard, no alternatives and a folder in it
    /// (`checkout/pay.json`), as its `/`-separated parts; nil for any other glob. A set of such globs can be
    /// looked up instead of matched one by one.
    public var literalPath: String? {
        guard alternatives.count == 1, !matchesFileName, !isFolderPattern else { return nil }
        var parts: [String] = []
        for segment in alternatives[0] {
            guard case .atoms(let atoms) = segment else { return nil }
            var scalars = String.UnicodeScalarView()
            for atom in atoms {
                guard case .literal(let scalar) = atom else { return nil }
                scalars.append(scalar)
            }
            parts.append(String(scalars))
        }
        return parts.joined(separator: "/")
    }

    /// `path` as ``literalPath`` spells paths: its parts joined by single `/`, a leading `./` dropped.
    public static func normalized(_ path: String) -> String {
        parts(path).map { String(String.UnicodeScalarView($0)) }.joined(separator: "/")
    }

    /// True when the glob matches `path`, a `/`-separated path relative to the glob's base folder.
    public func matches(_ path: String) -> Bool {
        if !tail.isEmpty {
            var end = path.utf8.endIndex
            while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == UInt8(ascii: "/") {
                end = path.utf8.index(before: end)
            }
            guard path.utf8[..<end].reversed().starts(with: tail.reversed()) else { return false }
        }
        let parts = Self.parts(path)
        if isFolderPattern { return matchesFolder(of: parts) }
        return matchesParts(parts[...])
    }

    /// True when an alternative that names hidden files on purpose matches `path` (`.x.json` for `{.x,*}.json`,
    /// which `*` does not name).
    public func matchesHiddenFile(_ path: String) -> Bool {
        guard !hiddenAlternatives.isEmpty, !isFolderPattern else { return false }
        let parts = Self.parts(path)
        guard let last = parts.last else { return false }
        let target = matchesFileName ? [last] : parts
        return hiddenAlternatives.contains { Self.match($0, target) }
    }

    /// True when the glob matches `path` or one of its folders (`legacy` matches `legacy/a/b.json`).
    public func matchesPathOrFolder(_ path: String) -> Bool {
        let parts = Self.parts(path)
        return (!isFolderPattern && matchesParts(parts[...])) || matchesFolder(of: parts)
    }

    private static func parts(_ path: String) -> [[Unicode.Scalar]] {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        while parts.first == ["."] { parts.removeFirst() }
        return parts
    }

    /// True when a folder above the last part matches.
    private func matchesFolder(of parts: [[Unicode.Scalar]]) -> Bool {
        var end = parts.count - 1
        while end > 0 {
            if matchesParts(parts[0..<end]) { return true }
            end -= 1
        }
        return false
    }

    private func matchesParts(_ parts: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let last = parts.last else { return false }
        let target = matchesFileName ? [last] : Array(parts)
        return alternatives.contains { Self.match($0, target) }
    }

    // MARK: - Compiling

    private static func expandBraces(_ scalars: [Unicode.Scalar], pattern: String) throws(GlobError) -> [[Unicode
        .Scalar]]
    {
        var results: [[Unicode.Scalar]] = [[]]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[" {
                // Copy a character class verbatim: `{` and `,` inside it are ordinary.
                guard let close = classEnd(scalars, from: index) else {
                    throw GlobError(LocalizedText(en: "`[` is not closed", ko: "`[`가 닫히지 않았습니다"), pattern: pattern)
                }
                for i in results.indices { results[i] += scalars[index...close] }
                index = close + 1
                continue
            }
            guard scalar == "{" else {
                if scalar == "}" {
                    throw GlobError(LocalizedText(en: "`}` without `{`", ko: "`{` 없이 `}`가 있습니다"), pattern: pattern)
                }
                for i in results.indices { results[i].append(scalar) }
                index += 1
                continue
            }
            var depth = 0
            var close: Int?
            var commas: [Int] = []
            for j in index..<scalars.count {
                if scalars[j] == "{" { depth += 1 }
                if scalars[j] == "}" {
                    depth -= 1
                    if depth == 0 { close = j; break }
                }
                if scalars[j] == ",", depth == 1 { commas.append(j) }
            }
            guard let close else {
                throw GlobError(LocalizedText(en: "`{` is not closed", ko: "`{`가 닫히지 않았습니다"), pattern: pattern)
            }
            var options: [[Unicode.Scalar]] = []
            var start = index + 1
            for comma in commas + [close] {
                options += try expandBraces(Array(scalars[start..<comma]), pattern: pattern)
                start = comma + 1
            }
            var next: [[Unicode.Scalar]] = []
            for prefix in results {
                for option in options { next.append(prefix + option) }
            }
            guard next.count <= maxAlternatives else {
                throw GlobError(
                    LocalizedText(
                        en: "the pattern expands to more than \(maxAlternatives) alternatives",
                        ko: "패턴이 \(maxAlternatives)개가 넘는 대안으로 펼쳐집니다"
                    ),
                    pattern: pattern
                )
            }
            results = next
            index = close + 1
        }
        return results
    }

    /// The index of the `]` closing the class that starts at `start`, if any.
    private static func classEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" { index += 1 }
        // A `]` right after `[` or `[!` is a member.
        if index < scalars.count, scalars[index] == "]" { index += 1 }
        while index < scalars.count {
            if scalars[index] == "]" { return index }
            index += 1
        }
        return nil
    }

    private static func atoms(_ scalars: [Unicode.Scalar], pattern: String) throws(GlobError) -> [Atom] {
        var atoms: [Atom] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if atoms.last != .star { atoms.append(.star) }
                index += 1
            case "?":
                atoms.append(.any)
                index += 1
            case "[":
                guard let close = classEnd(scalars, from: index) else {
                    throw GlobError(LocalizedText(en: "`[` is not closed", ko: "`[`가 닫히지 않았습니다"), pattern: pattern)
                }
                var body = Array(scalars[(index + 1)..<close])
                var negated = false
                if let first = body.first, first == "!" || first == "^" {
                    negated = true
                    body.removeFirst()
                }
                var ranges: [ClosedRange<UInt32>] = []
                var i = 0
                while i < body.count {
                    if i + 2 < body.count, body[i + 1] == "-" {
                        guard body[i].value <= body[i + 2].value else {
                            throw GlobError(
                                LocalizedText(
                                    en: "the range `\(body[i])-\(body[i + 2])` is reversed",
                                    ko: "범위 `\(body[i])-\(body[i + 2])`의 순서가 거꾸로입니다"
                                ),
                                pattern: pattern
                            )
                        }
                        ranges.append(body[i].value...body[i + 2].value)
                        i += 3
                    } else {
                        ranges.append(body[i].value...body[i].value)
                        i += 1
                    }
                }
                atoms.append(.set(ranges, negated: negated))
                index = close + 1
            case "\\" where index + 1 < scalars.count:
                atoms.append(.literal(scalars[index + 1]))
                index += 2
            default:
                atoms.append(.literal(scalar))
                index += 1
            }
        }
        return atoms
    }

    // MARK: - Matching

    /// Segment matching with `**`, by dynamic programming over (pattern segment, path segment).
    private static func match(_ segments: [Segment], _ parts: [[Unicode.Scalar]]) -> Bool {
        // reachable[j]: the first i pattern segments can match the first j path segments.
        var reachable = [Bool](repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = [Bool](repeating: false, count: parts.count + 1)
            switch segment {
            case .anyFolders:
                var seen = false
                for j in 0...parts.count {
                    seen = seen || reachable[j]
                    next[j] = seen
                }
            case .atoms(let atoms):
                for j in 0..<parts.count where reachable[j] && matchSegment(atoms, parts[j]) {
                    next[j + 1] = true
                }
            }
            reachable = next
            if !reachable.contains(true) { return false }
        }
        return reachable[parts.count]
    }

    /// Wildcard matching of one segment: linear scans with a single backtrack point per `*`.
    private static func matchSegment(_ atoms: [Atom], _ text: [Unicode.Scalar]) -> Bool {
        var a = 0
        var t = 0
        var starAtom: Int?
        var starText = 0
        while t < text.count {
            if a < atoms.count {
                switch atoms[a] {
                case .star:
                    starAtom = a
                    starText = t
                    a += 1
                    continue
                case .any:
                    a += 1
                    t += 1
                    continue
                case .literal(let scalar) where scalar == text[t]:
                    a += 1
                    t += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(text[t].value) } != negated:
                    a += 1
                    t += 1
                    continue
                default:
                    break
                }
            }
            guard let star = starAtom else { return false }
            a = star + 1
            starText += 1
            t = starText
        }
        while a < atoms.count, atoms[a] == .star { a += 1 }
        return a == atoms.count
    }
}

/// A path pattern that cannot be compiled.
public struct GlobError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in both languages.
    public var reason: LocalizedText
    /// The pattern.
    public var pattern: String

    /// What is wrong, in English.
    public var message: String { reason.en }

    /// Creates an error whose message is the same in both languages.
    public init(message: String, pattern: String) {
        self.init(LocalizedText(message), pattern: pattern)
    }

    /// Creates an error.
    public init(_ reason: LocalizedText, pattern: String) {
        self.reason = reason
        self.pattern = pattern
    }

    /// `invalid pattern `…`: message`.
    public var description: String { description(in: .en) }

    /// `invalid pattern `…`: message` in `language`.
    public func description(in language: Language) -> String {
        switch language {
        case .en: "invalid pattern `\(pattern)`: \(reason.en)"
        case .ko: "잘못된 패턴 `\(pattern)`: \(reason.ko)"
        }
    }
}
