/// Masks the values of sensitive fields wherever payload text is printed.
public enum Masking {
    /// Masks a card number: digits after the first 6 and before the last 4 become `*` (all of them when
    /// the number has fewer than 13 digits); separators and quotes are kept. Digits of any script count (the
    /// full-width `４５５６` a Korean input method types).
    public static func maskCardNumber(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let digitCount = text.unicodeScalars.reduce(0) { $0 + (isDecimalDigit($1) ? 1 : 0) }
            var seen = 0
            var masked = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                guard isDecimalDigit(scalar) else {
                    masked.append(scalar)
                    continue
                }
                seen += 1
                masked.append(digitCount >= 13 && (seen <= 6 || seen > digitCount - 4) ? scalar : "*")
            }
            return String(masked)
        }
        // Digits are ASCII: the text is masked byte by byte, other bytes are copied.
        var utf8 = Array(text.utf8)
        let digitCount = utf8.reduce(0) { $0 + (isDigit($1) ? 1 : 0) }
        var seen = 0
        for index in utf8.indices where isDigit(utf8[index]) {
            seen += 1
            let keep = digitCount >= 13 && (seen <= 6 || seen > digitCount - 4)
            if !keep { utf8[index] = UInt8(ascii: "*") }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether `scalar` is a decimal digit of any script.
    private static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isDigit(UInt8(scalar.value)) : scalar.properties.numericType == .decimal
    }

    /// `text` with every card number in it masked (``maskCardNumber(_:)``): a run of 13 to 19 digits (of any
    /// script), with single separators between them (a space or hyphen, or `+` or `%20` as URLs write a space), of
    /// a card network's range and Luhn-valid, wherever it is (a member name, a URL, a sentence); two numbers in
    /// one run are both masked. Published test card numbers are left as they are. The last line of defence for
    /// text built from a payload: values of sensitive members are masked before this.
    public static func maskEmbeddedCardNumbers(_ text: String) -> String {
        // Most texts have fewer than 13 digits in all: one pass over the bytes in place, nothing copied or changed.
        var text = text
        // At most this many digits: the ASCII ones and, in text that is not ASCII, every other character but Hangul
        // syllables (U+AC00 to U+D7FF, led by EA B0 to ED), which no digit is.
        let mayBeDigits = text.withUTF8 { bytes in
            let digits = bytes.reduce(0) { $0 + (isDigit($1) ? 1 : 0) }
            guard digits < 13, bytes.contains(where: { $0 >= 0xC0 }) else { return digits }
            var others = 0
            for index in bytes.indices where bytes[index] >= 0xC0 {
                let byte = bytes[index]
                let isHangul =
                    byte >= 0xEB && byte <= 0xED || byte == 0xEA && index + 1 < bytes.count && bytes[index + 1] >= 0xB0
                if !isHangul { others += 1 }
            }
            return digits + others
        }
        guard mayBeDigits >= 13 else { return text }
        let utf8 = Array(text.utf8)
        let units = CardUnits(utf8)
        var masked: [Range<Int>] = []
        var index = 0
        while index < units.kinds.count {
            guard isDigit(units.kinds[index]) else {
                index += 1
                continue
            }
            // A run: digits, with one separator at most between two of them.
            var end = index
            var digits = 0
            while end < units.kinds.count {
                if isDigit(units.kinds[end]) {
                    digits += 1
                    end += 1
                } else if units.kinds[end] == 0x20, end + 1 < units.kinds.count, isDigit(units.kinds[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            guard digits >= 13, let card = cardNumber(in: units.kinds, index..<end) else {
                index = end
                continue
            }
            // The digits after the first 6 and before the last 4.
            let positions = card.filter { isDigit(units.kinds[$0]) }
            for position in positions.dropFirst(6).dropLast(4) { masked.append(units.bytes[position]) }
            // The rest of the run may hold another card number.
            index = card.upperBound
        }
        guard !masked.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var cursor = 0
        for range in masked {
            output += utf8[cursor..<range.lowerBound]
            output.append(UInt8(ascii: "*"))
            cursor = range.upperBound
        }
        output += utf8[cursor...]
        return String(decoding: output, as: UTF8.self)
    }

    /// A text seen as digits and separators, for finding card numbers in it: each unit is a digit (of any script,
    /// as its ASCII digit), a separator (as a space: a space or dash of any kind, `+`, an invisible formatting
    /// character, or `%20`, `%2D`, `%2B` as URLs write them) or something else (`x`), with the bytes of the text it
    /// stands for. A JSON escape (`\u0034`, `\u00a0`, as a code frame shows a value written with them) is one unit.
    private struct CardUnits {
        var kinds: [UInt8] = []
        var bytes: [Range<Int>] = []

        init(_ utf8: [UInt8]) {
            kinds.reserveCapacity(utf8.count)
            bytes.reserveCapacity(utf8.count)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var length = 1
                var kind = UInt8(ascii: "x")
                if byte < 0x80 {
                    if isDigit(byte) {
                        kind = byte
                    } else if byte == 0x20 || byte == 0x2D || byte == 0x2B {
                        kind = 0x20
                    } else if byte == 0x25, index + 2 < utf8.count, utf8[index + 1] == UInt8(ascii: "2"),
                        utf8[index + 2] == UInt8(ascii: "0") || utf8[index + 2] | 0x20 == UInt8(ascii: "d")
                            || utf8[index + 2] | 0x20 == UInt8(ascii: "b")
                    {
                        kind = 0x20
                        length = 3
                    } else if byte == 0x5C, index + 5 < utf8.count, utf8[index + 1] == UInt8(ascii: "u"),
                        let value = Self.hex(utf8[(index + 2)..<(index + 6)]), let scalar = Unicode.Scalar(value)
                    {
                        kind = Self.kind(of: scalar)
                        length = 6
                    }
                } else {
                    length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    length = min(length, utf8.count - index)
                    if let scalar = String(decoding: utf8[index..<index + length], as: UTF8.self).unicodeScalars.first {
                        kind = Self.kind(of: scalar)
                    }
                }
                kinds.append(kind)
                bytes.append(index..<index + length)
                index += length
            }
        }

        /// The unit of a character.
        static func kind(of scalar: Unicode.Scalar) -> UInt8 {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                return isDigit(byte) ? byte : byte == 0x20 || byte == 0x2D || byte == 0x2B ? 0x20 : UInt8(ascii: "x")
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .decimalNumber:
                if let value = properties.numericValue, value >= 0, value <= 9 {
                    return UInt8(ascii: "0") + UInt8(value)
                }
            case .spaceSeparator, .dashPunctuation, .format:
                return 0x20
            default:
                // Minus, full-width plus, the Hangul fillers and other characters drawn as nothing.
                if scalar.value == 0x2212 || scalar.value == 0xFF0B || properties.isDefaultIgnorableCodePoint {
                    return 0x20
                }
            }
            return UInt8(ascii: "x")
        }

        /// The value of four hexadecimal digits.
        static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
            var value: UInt32 = 0
            for byte in digits {
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
    }

    /// The card number in a run of digit groups (`4556 7375 8689 9855 12`, a card followed by its expiry): the
    /// whole run, or else the first span of whole groups that holds 13 to 19 digits and is a card number; nil when
    /// none is.
    private static func cardNumber(in utf8: [UInt8], _ run: Range<Int>) -> Range<Int>? {
        func isCard(_ range: Range<Int>) -> Bool {
            let digits = utf8[range].filter(isDigit)
            guard (13...19).contains(digits.count) else { return false }
            return Evaluator.looksLikeCardNumber(String(decoding: utf8[range], as: UTF8.self))
                && !Evaluator.testCardNumbers.contains(String(decoding: digits, as: UTF8.self))
        }
        if isCard(run) { return run }
        // Group starts and ends: the separators split the run.
        var groups: [Range<Int>] = []
        var start = run.lowerBound
        for position in run where !isDigit(utf8[position]) {
            groups.append(start..<position)
            start = position + 1
        }
        groups.append(start..<run.upperBound)
        guard groups.count > 1 else { return nil }
        for first in groups.indices {
            var digits = 0
            for last in first..<groups.count {
                digits += groups[last].count
                if digits > 19 { break }
                let span = groups[first].lowerBound..<groups[last].upperBound
                if digits >= 13, span != run, isCard(span) { return span }
            }
        }
        return nil
    }

    /// A fully masked value: quotes are kept for strings, the content is replaced by `***`.
    public static func maskFully(_ text: String) -> String {
        text.hasPrefix("\"") ? "\"***\"" : "***"
    }

    /// The JSON text of a sensitive value, masked: a card number (a string or number of digits, not written with
    /// escapes) keeps its first six and last four digits; anything else (a `pan` member that holds an object or
    /// array, any `full` value) becomes `***`.
    static func masked(_ text: String, as kind: Sensitivity) -> String {
        kind == .pan && showsCardDigits(text) ? maskCardNumber(text) : maskFully(text)
    }

    /// Whether the JSON text of a `pan` value may keep some digits: a string or a number, not written with escapes
    /// (`"\u0034…"` would show its digits in hex); an object or array holds more than a card number.
    private static func showsCardDigits(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "\"") || first &- 0x30 < 10 else { return false }
        return !text.utf8.contains(0x5C)
    }

    /// The source text of `range` with every sensitive range inside it masked, shortened to one line.
    static func render(
        _ bytes: [UInt8],
        _ range: Range<Int>,
        sensitive: [(range: Range<Int>, kind: Sensitivity)],
        limit: Int = 80
    )
        -> String
    {
        // A range inside a sensitive value (a member of a `sensitive` object, an item of a `sensitive` array) is
        // masked whole, as the value is, with the strictest mask of the values that hold it (its own included).
        var enclosed = false
        var full = false
        for item in sensitive
        where item.range.lowerBound <= range.lowerBound && range.upperBound <= item.range.upperBound {
            enclosed = enclosed || item.range != range
            full = full || item.kind == .full
        }
        if enclosed {
            let text = String(decoding: bytes[range], as: UTF8.self)
            return full ? maskFully(text) : masked(text, as: .pan)
        }
        // Only the sensitive values inside the range matter; sort just those.
        let inside =
            sensitive.isEmpty
            ? []
            : sensitive.filter {
                $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound
            }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        // The text is taken (masked) up to about `limit * 4` bytes and made one line as it is copied: runs of
        // white space become one space.
        var oneLine: [UInt8] = []
        oneLine.reserveCapacity(min(range.count, limit * 4) + 8)
        var copied = 0
        var lastWasSpace = false
        var truncated = false
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = range.lowerBound
            for item in inside where item.range.lowerBound >= cursor {
                let before = UnsafeBufferPointer(rebasing: buffer[cursor..<item.range.lowerBound])
                copied += before.count
                appendFolded(before, to: &oneLine, lastWasSpace: &lastWasSpace)
                var masked = Self.masked(String(decoding: buffer[item.range], as: UTF8.self), as: item.kind)
                copied += masked.utf8.count
                masked.withUTF8 { appendFolded($0, to: &oneLine, lastWasSpace: &lastWasSpace) }
                cursor = item.range.upperBound
                if copied > limit * 4 { break }
            }
            if cursor < range.upperBound, copied <= limit * 4 {
                let end = min(range.upperBound, cursor + limit * 4)
                appendFolded(
                    UnsafeBufferPointer(rebasing: buffer[cursor..<end]),
                    to: &oneLine,
                    lastWasSpace: &lastWasSpace
                )
                cursor = end
            }
            truncated = cursor < range.upperBound
        }
        // Text cut short while copying (a few characters of many bytes each) still ends with an ellipsis.
        guard oneLine.count > limit || truncated else { return String(decoding: oneLine, as: UTF8.self) }
        // ASCII text (line breaks are gone) has one character per byte: cut without counting characters.
        if limit > 0, !oneLine.contains(where: { $0 >= 0x80 }) {
            // (Cut short while copying, folded white space can leave fewer bytes than the limit.)
            return String(decoding: oneLine[..<min(limit - 1, oneLine.count)], as: UTF8.self) + "…"
        }
        if let cut = simpleCut(oneLine, limit: limit), cut >= 0 || !truncated {
            return cut < 0
                ? String(decoding: oneLine, as: UTF8.self) : String(decoding: oneLine[..<cut], as: UTF8.self) + "…"
        }
        let line = String(decoding: oneLine, as: UTF8.self)
        guard line.count > limit || truncated else { return line }
        return String(line.prefix(limit - 1)) + "…"
    }

    /// For text of printable ASCII and precomposed Hangul syllables only, where each scalar is one character:
    /// -1 when it has at most `limit` characters, else the byte offset after its first `limit - 1`. Nil for
    /// other text (then characters must be counted as graphemes).
    private static func simpleCut(_ utf8: [UInt8], limit: Int) -> Int? {
        var index = 0
        var characters = 0
        var cut = -1
        while index < utf8.count {
            if characters == limit - 1 { cut = index }
            let byte = utf8[index]
            if byte >= 0x20, byte < 0x7F {
                index += 1
            } else if byte >= 0xEA, byte <= 0xED, index + 2 < utf8.count, utf8[index + 1] & 0xC0 == 0x80,
                utf8[index + 2] & 0xC0 == 0x80
            {
                // U+AC00 ... U+D7A3 is EA B0 80 ... ED 9E A3.
                let scalar =
                    (UInt32(byte & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6)
                    | UInt32(utf8[index + 2] & 0x3F)
                guard scalar >= 0xAC00, scalar <= 0xD7A3 else { return nil }
                index += 3
            } else {
                return nil
            }
            characters += 1
        }
        return characters > limit ? cut : -1
    }

    /// Appends `run` with each run of white space (space, tab, line breaks) as one space.
    private static func appendFolded(
        _ run: UnsafeBufferPointer<UInt8>,
        to output: inout [UInt8],
        lastWasSpace: inout Bool
    ) {
        for byte in run {
            if byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x20 {
                if !lastWasSpace { output.append(0x20) }
                lastWasSpace = true
            } else {
                output.append(byte)
                lastWasSpace = false
            }
        }
    }

    /// `line` of `bytes` (a byte range) with every sensitive range that overlaps it masked: used for code frames.
    public static func maskedLine(_ bytes: [UInt8], line: Range<Int>, sensitive: [MaskedRange]) -> String {
        var text = ""
        var cursor = line.lowerBound
        // Only the ranges on the line are sorted: a payload may hold thousands, and a report thousands of lines.
        let onLine = sensitive.filter {
            $0.byteRange.upperBound > line.lowerBound && $0.byteRange.lowerBound < line.upperBound
        }
        for item in onLine.sorted(by: { $0.byteRange.lowerBound < $1.byteRange.lowerBound })
        where item.byteRange.upperBound > cursor && item.byteRange.lowerBound < line.upperBound {
            let start = max(item.byteRange.lowerBound, cursor)
            let end = min(item.byteRange.upperBound, line.upperBound)
            text += String(decoding: bytes[cursor..<start], as: UTF8.self)
            let raw = String(decoding: bytes[start..<end], as: UTF8.self)
            // A card number cut by the line, or one that may not keep digits (see `showsCardDigits`): masked whole.
            if item.kind == .pan, start == item.byteRange.lowerBound, end == item.byteRange.upperBound,
                showsCardDigits(raw)
            {
                text += maskCardNumber(raw)
            } else {
                text += String(repeating: "*", count: raw.unicodeScalars.count)
            }
            cursor = end
        }
        if cursor < line.upperBound { text += String(decoding: bytes[cursor..<line.upperBound], as: UTF8.self) }
        return text
    }
}

/// A byte range of a payload that holds a sensitive value.
public struct MaskedRange: Sendable, Hashable {
    /// How the value is masked.
    public enum Kind: String, Sendable, Hashable {
        /// Nothing is shown.
        case full
        /// A card number: at most the first 6 and last 4 digits are shown.
        case pan
    }

    /// The value's bytes.
    public var byteRange: Range<Int>
    /// How to mask it.
    public var kind: Kind

    /// Creates a masked range.
    public init(byteRange: Range<Int>, kind: Kind) {
        self.byteRange = byteRange
        self.kind = kind
    }
}
