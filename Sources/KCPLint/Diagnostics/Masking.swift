/// Masks the values of sensitive fields wherever payload text is printed.
public enum Masking {
    /// Masks a card number: digits after the first 6 and before the last 4 become `*` (all of them when
    /// the number has fewer than 13 digits); separators and quotes are kept.
    public static func maskCardNumber(_ text: String) -> String {
        let digitCount = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        var seen = 0
        var output = ""
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                seen += 1
                let keep = digitCount >= 13 && (seen <= 6 || seen > digitCount - 4)
                output.unicodeScalars.append(keep ? scalar : "*")
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A fully masked value: quotes are kept for strings, the content is replaced by `***`.
    public static func maskFully(_ text: String) -> String {
        text.hasPrefix("\"") ? "\"***\"" : "***"
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
        var text = ""
        var cursor = range.lowerBound
        for item in sensitive.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where item.range.lowerBound >= cursor && item.range.upperBound <= range.upperBound {
            text += String(decoding: bytes[cursor..<item.range.lowerBound], as: UTF8.self)
            let raw = String(decoding: bytes[item.range], as: UTF8.self)
            text += item.kind == .pan ? maskCardNumber(raw) : maskFully(raw)
            cursor = item.range.upperBound
        }
        if cursor < range.upperBound { text += String(decoding: bytes[cursor..<range.upperBound], as: UTF8.self) }
        // One line, bounded length.
        var oneLine = ""
        var lastWasSpace = false
        for character in text {
            if character == "\n" || character == "\r" || character == "\t" || character == " " {
                if !lastWasSpace { oneLine.append(" ") }
                lastWasSpace = true
            } else {
                oneLine.append(character)
                lastWasSpace = false
            }
        }
        if oneLine.count > limit { oneLine = String(oneLine.prefix(limit - 1)) + "…" }
        return oneLine
    }

    /// `line` of `bytes` (a byte range) with every sensitive range that overlaps it masked: used for code frames.
    public static func maskedLine(_ bytes: [UInt8], line: Range<Int>, sensitive: [MaskedRange]) -> String {
        var text = ""
        var cursor = line.lowerBound
        for item in sensitive.sorted(by: { $0.byteRange.lowerBound < $1.byteRange.lowerBound })
        where item.byteRange.upperBound > cursor && item.byteRange.lowerBound < line.upperBound {
            let start = max(item.byteRange.lowerBound, cursor)
            let end = min(item.byteRange.upperBound, line.upperBound)
            text += String(decoding: bytes[cursor..<start], as: UTF8.self)
            let raw = String(decoding: bytes[start..<end], as: UTF8.self)
            if item.kind == .pan, start == item.byteRange.lowerBound, end == item.byteRange.upperBound {
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
