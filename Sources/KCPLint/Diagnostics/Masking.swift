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
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = range.lowerBound
            for item in inside where item.range.lowerBound >= cursor {
                let before = UnsafeBufferPointer(rebasing: buffer[cursor..<item.range.lowerBound])
                copied += before.count
                appendFolded(before, to: &oneLine, lastWasSpace: &lastWasSpace)
                var masked = String(decoding: buffer[item.range], as: UTF8.self)
                masked = item.kind == .pan ? maskCardNumber(masked) : maskFully(masked)
                copied += masked.utf8.count
                masked.withUTF8 { appendFolded($0, to: &oneLine, lastWasSpace: &lastWasSpace) }
                cursor = item.range.upperBound
                if copied > limit * 4 { break }
            }
            if cursor < range.upperBound, copied <= limit * 4 {
                let rest = UnsafeBufferPointer(rebasing: buffer[cursor..<min(range.upperBound, cursor + limit * 4)])
                appendFolded(rest, to: &oneLine, lastWasSpace: &lastWasSpace)
            }
        }
        guard oneLine.count > limit else { return String(decoding: oneLine, as: UTF8.self) }
        // ASCII text (line breaks are gone) has one character per byte: cut without counting characters.
        if limit > 0, !oneLine.contains(where: { $0 >= 0x80 }) {
            return String(decoding: oneLine[..<(limit - 1)], as: UTF8.self) + "…"
        }
        let line = String(decoding: oneLine, as: UTF8.self)
        guard line.count > limit else { return line }
        return String(line.prefix(limit - 1)) + "…"
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
