/// An error in a path expression.
struct FieldPathError: Error {
    var message: String
}

extension FieldPath {
    /// Parses `a.b[*].c`, `a[0]`, `['a.b']`, `.` (the current value) and `$.a` (from the root).
    static func parse(_ text: String) throws(FieldPathError) -> FieldPath {
        if text == "." { return FieldPath(segments: [], fromRoot: false, text: text) }
        var scalars = Array(text.unicodeScalars)
        var fromRoot = false
        if scalars.first == "$" {
            fromRoot = true
            scalars.removeFirst()
            if scalars.isEmpty { return FieldPath(segments: [], fromRoot: true, text: text) }
            guard scalars.first == "." || scalars.first == "[" else {
                throw FieldPathError(message: "`$` is followed by `.` or `[`")
            }
            if scalars.first == "." { scalars.removeFirst() }
        }
        var segments: [PathSegment] = []
        var index = 0
        var expectName = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[" {
                guard let close = scalars[index...].firstIndex(of: "]") else {
                    throw FieldPathError(message: "unclosed `[`")
                }
                let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                if inner == "*" {
                    segments.append(.wildcard)
                } else if let number = Int(inner), number >= 0 {
                    segments.append(.index(number))
                } else if inner.count >= 2, let first = inner.first, first == "'" || first == "\"", inner.last == first
                {
                    segments.append(.key(String(inner.dropFirst().dropLast())))
                } else {
                    throw FieldPathError(message: "`[\(inner)]` is not `[*]`, an index or a quoted name")
                }
                index = close + 1
                expectName = false
                continue
            }
            if scalar == "." {
                if expectName { throw FieldPathError(message: "empty member name") }
                index += 1
                expectName = true
                continue
            }
            if !expectName { throw FieldPathError(message: "expected `.` or `[` before `\(scalar)`") }
            var end = index
            while end < scalars.count, scalars[end] != ".", scalars[end] != "[" {
                if scalars[end] == "]" || scalars[end] == "*" {
                    throw FieldPathError(message: "unexpected `\(scalars[end])`")
                }
                end += 1
            }
            segments.append(.key(String(String.UnicodeScalarView(scalars[index..<end]))))
            index = end
            expectName = false
        }
        if expectName, !segments.isEmpty || !fromRoot {
            throw FieldPathError(message: "a path ends with a member name")
        }
        return FieldPath(segments: segments, fromRoot: fromRoot, text: text)
    }
}

/// "Did you mean" suggestions: case and separator folding first, then edit distance.
enum Suggestion {
    /// The candidate closest to `word`, or nil when none is close enough.
    ///
    /// A candidate equal to `word` once case, `_`, `-` and spaces are folded away wins (the first in sorted
    /// order); otherwise the one with the smallest edit distance within a quarter of the shorter length, or one that is
    /// the other cut short (six letters at least; the distance is what was cut) (ties go
    /// to the first in sorted order).
    static func closest(to word: String, among candidates: [String]) -> String? {
        closest(to: word, among: Candidates(candidates))
    }

    /// Names to suggest, folded once (a field dictionary folds its member names when it is built).
    struct Candidates: Sendable {
        let names: [String]
        let folded: [[UInt32]]
        let scalarCounts: [Int]
        /// Which of 64 buckets (scalar value modulo 64) each folded name has a scalar in.
        let presence: [UInt64]

        init(_ names: [String]) {
            self.names = names
            self.folded = names.map(Suggestion.fold)
            self.scalarCounts = names.map(\.unicodeScalars.count)
            self.presence = folded.map(Suggestion.presence)
        }
    }

    /// ``closest(to:among:)`` over pre-folded candidates.
    static func closest(to word: String, among candidates: Candidates) -> String? {
        let folded = fold(word)
        let wordPresence = presence(folded)
        var foldedMatch: String?
        var best: (candidate: String, distance: Int)?
        for (index, candidate) in candidates.names.enumerated() where candidate != word {
            let other = candidates.folded[index]
            if other == folded {
                if foldedMatch.map({ candidate < $0 }) ?? true { foldedMatch = candidate }
                continue
            }
            guard foldedMatch == nil else { continue }
            // A quarter: typos (`buyer_nmae`, `merchant_id`) are one or two edits; at a third, other words of the same
            // length came close enough (`orderName` → `buyer_name`, `paymentId` → `pay_method`).
            let limit = max(1, min(folded.count, candidates.scalarCounts[index]) / 4)
            // One name cut short of the other (`buyer_addr` for `buyer_address`), of six letters or more, is the
            // same name: its distance is what was cut.
            let shorter = min(folded.count, other.count)
            if shorter >= 6, folded.count != other.count, folded.prefix(shorter) == other.prefix(shorter) {
                let distance = abs(other.count - folded.count)
                if best.map({ (distance, candidate) < ($0.distance, $0.candidate) }) ?? true {
                    best = (candidate, distance)
                }
                continue
            }
            // The distance is at least the difference in length, and at least half the number of buckets only one
            // of the two has (an edit adds or removes at most two): most candidates stop at one of these.
            guard abs(other.count - folded.count) <= limit,
                (wordPresence ^ candidates.presence[index]).nonzeroBitCount <= 2 * limit
            else { continue }
            let distance = editDistance(folded, other, limit: limit)
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.candidate) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return foldedMatch ?? best?.candidate
    }

    /// The buckets (scalar value modulo 64) that `folded` has a scalar in, one bit each.
    static func presence(_ folded: [UInt32]) -> UInt64 {
        folded.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    /// `text` in lowercase without `_`, `-` and spaces, as Unicode scalar values.
    static func fold(_ text: String) -> [UInt32] {
        var folded: [UInt32] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5F, 0x2D, 0x20: continue
            case 0x41...0x5A: folded.append(scalar.value + 0x20)
            case 0..<0x80: folded.append(scalar.value)
            default: folded += String(scalar).lowercased().unicodeScalars.map(\.value)
            }
        }
        return folded
    }

    /// Optimal string alignment distance (edits and adjacent transpositions), or any value above `limit` as
    /// soon as the distance is sure to exceed it.
    static func editDistance(_ a: [UInt32], _ b: [UInt32], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rows in one scratch buffer: the one before the previous (for transpositions), the previous and
        // the current.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { scratch in
            guard let base = scratch.baseAddress else { return 0 }
            var older = base
            var previous = base + width
            var current = base + 2 * width
            for j in 0..<width {
                older[j] = 0
                previous[j] = j
            }
            var previousMinimum = 0
            for i in 1...a.count {
                current[0] = i
                var minimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, older[j - 2] + 1)
                    }
                    current[j] = value
                    minimum = min(minimum, value)
                }
                // Every later cell is at least one of these two rows' minimum (plus one): past the limit, stop.
                if minimum > limit, previousMinimum > limit { return minimum }
                previousMinimum = minimum
                (older, previous, current) = (previous, current, older)
            }
            return previous[b.count]
        }
    }
}

/// JSON text helpers.
public enum JSONText {
    /// `value` as a JSON string literal.
    public static func quote(_ value: String) -> String {
        var output = ""
        appendQuoted(value, to: &output)
        return output
    }

    /// Appends `value` as a JSON string literal.
    static func appendQuoted(_ value: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(value, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Whether any of the eight bytes of `word` is a control character, `"`, `\\` or 0xE2 (which starts U+2028,
    /// U+2029 and the bidirectional formatting characters): the classic "has a byte below n / equal to c" word tests,
    /// exact for existence.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below = (word &- 0x20 &* ones) & ~word & highs
        return below | hasZero(word ^ (0x22 &* ones)) | hasZero(word ^ (0x5C &* ones)) | hasZero(word ^ (0xE2 &* ones))
            != 0
    }

    /// Appends `value` as a JSON string literal, as UTF-8: runs of bytes that need no escape are copied at once.
    static func appendQuoted<Sink: ByteSink>(_ value: String, to output: inout Sink) {
        var value = value
        value.withUTF8 { bytes in
            output.append(0x22)
            var runStart = 0
            var index = 0
            func flush(_ end: Int) {
                if end > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while index < bytes.count {
                // Most bytes need no escape: skip eight at a time while none of them may.
                if index + 8 <= bytes.count, let base = bytes.baseAddress,
                    !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else {
                    index += 1
                    continue
                }
                var escape: StaticString?
                var width = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20:
                    flush(index)
                    let digits: StaticString = "0123456789abcdef"
                    output.append(literal: "\\u00")
                    output.append(digits.utf8Start[Int(byte >> 4)])
                    output.append(digits.utf8Start[Int(byte & 0x0F)])
                    runStart = index + 1
                case 0xE2
                where index + 2 < bytes.count
                    && (bytes[index + 1] == 0x80 && (0xA8...0xAE).contains(bytes[index + 2])
                        || bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x8E || bytes[index + 2] == 0x8F)
                        || bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2])):
                    // U+2028 and U+2029 are valid JSON but break JavaScript string literals; the bidirectional
                    // formatting characters (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) would reorder what a
                    // reader of the raw report sees. Both are written as escapes: the same string once parsed.
                    flush(index)
                    let digits: StaticString = "0123456789abcdef"
                    let scalar = (Int(bytes[index + 1] & 0x3F) << 6) | Int(bytes[index + 2] & 0x3F) | 0x2000
                    output.append(literal: "\\u")
                    for shift in [12, 8, 4, 0] { output.append(digits.utf8Start[(scalar >> shift) & 0x0F]) }
                    runStart = index + 3
                    width = 3
                default:
                    break
                }
                if let escape {
                    flush(index)
                    output.append(literal: escape)
                    runStart = index + width
                }
                index += width
            }
            flush(bytes.count)
            output.append(0x22)
        }
    }
}

/// A minimal ISO 8601 date-time reader (`2026-01-01T00:00:00+09:00`, `…Z`, or a date alone in KST).
public enum ISO8601 {
    /// Unix seconds of `text`, or nil when it is not of the accepted forms (a date, or a date and time with an
    /// optional fraction and offset; a second of 60 only at 23:59 UTC, where leap seconds go).
    public static func parse(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            return Formats.digits(bytes[range])
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            CivilTime.isValidDate(year: year, month: month, day: day)
        else { return nil }
        if bytes.count == 10 { return CivilTime.unixSeconds(year: year, month: month, day: day) }
        guard bytes.count >= 19, bytes[10] | 0x20 == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            // A fraction has at least one digit.
            index += 1
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
        let local =
            CivilTime.daysFromCivil(year: year, month: month, day: day) * 86_400
            + Int64(hour * 3600 + minute * 60 + second)
        var offset = CivilTime.kstOffset
        if index == bytes.count {
            // Korea time.
        } else if bytes[index] | 0x20 == UInt8(ascii: "z"), index + 1 == bytes.count {
            offset = 0
        } else {
            guard index + 6 == bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
                bytes[index + 3] == UInt8(ascii: ":"), let offsetHours = number((index + 1)..<(index + 3)),
                let offsetMinutes = number((index + 4)..<(index + 6)), offsetHours < 24, offsetMinutes < 60
            else { return nil }
            offset = Int64(offsetHours * 3600 + offsetMinutes * 60) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        }
        let seconds = local - offset
        // A leap second is the last of a UTC day (read as the first second of the next).
        if second == 60, seconds % 86_400 != 0 { return nil }
        return seconds
    }
}
