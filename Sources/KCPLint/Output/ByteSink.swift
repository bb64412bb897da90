// Writing report text as UTF-8 bytes: what every report writer (and `JSONText`) appends with.

/// Where UTF-8 text is appended, a byte or a run at a time: a byte array, or memory reserved beforehand.
protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension [UInt8]: ByteSink {}

/// Writes into memory the caller sized for everything written (no capacity checks).
struct ReservedBytes: ByteSink {
    /// Where the next byte goes.
    private(set) var cursor: UnsafeMutablePointer<UInt8>

    init(_ start: UnsafeMutablePointer<UInt8>) {
        cursor = start
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        cursor.initialize(to: byte)
        cursor += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        cursor.initialize(from: base, count: bytes.count)
        cursor += bytes.count
    }
}

extension ByteSink {
    /// Appends the UTF-8 bytes of a literal.
    @inline(__always)
    mutating func append(literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 bytes of `text` as they are (no quotes, no escapes).
    mutating func append(text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends the four numbers of `span` (start line and column, end line and column), each after its label.
    mutating func append(_ span: SourceSpan, labels: (StaticString, StaticString, StaticString, StaticString)) {
        append(literal: labels.0)
        append(decimal: span.start.line)
        append(literal: labels.1)
        append(decimal: span.start.column)
        append(literal: labels.2)
        append(decimal: span.end.line)
        append(literal: labels.3)
        append(decimal: span.end.column)
    }

    /// Appends the UTF-8 bytes of `text`, but those that `replacement(bytes, index)` replaces: it returns the text
    /// to write instead of the bytes from `index` on, and how many of them it replaces (nil: keep the byte). The
    /// runs between replacements are copied whole.
    mutating func append(
        _ text: String,
        replacing replacement: (UnsafeBufferPointer<UInt8>, Int) -> (text: StaticString, width: Int)?
    ) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            var index = 0
            while index < bytes.count {
                guard let (instead, width) = replacement(bytes, index) else {
                    index += 1
                    continue
                }
                append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                append(literal: instead)
                index += width
                run = index
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
    }

    /// Appends `text` with each control character (C0 but tab, DEL, C1) and each bidirectional formatting character
    /// (the overrides, embeddings, isolates and marks that can reorder what a reader sees) written as U+FFFD: payload
    /// text in a terminal or a CI log (a member name, a path) cannot move the cursor, change colours, hide or reorder
    /// what follows. One character stands for one, so columns are kept.
    mutating func append(terminalSafe text: String) {
        append(text) { bytes, index in
            Self.controlWidth(bytes, index).map { ("\u{FFFD}", $0) }
        }
    }

    /// The number of bytes of the control character at `index` of UTF-8 `bytes` (C0 but tab, DEL, a C1 as two
    /// bytes, or a bidirectional formatting character: U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
    /// U+2069), or nil for any other character.
    @inline(__always)
    static func controlWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x20 && byte != 0x09 || byte == 0x7F { return 1 }
        guard byte == 0xC2 || byte == 0xD8 || byte == 0xE2, index + 1 < bytes.count else { return nil }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second >= 0x80 && second <= 0x9F ? 2 : nil }
        if byte == 0xD8 { return second == 0x9C ? 2 : nil }
        guard index + 2 < bytes.count else { return nil }
        let third = bytes[index + 2]
        if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return 3 }
        if second == 0x81, (0xA6...0xA9).contains(third) { return 3 }
        return nil
    }

    /// Appends `value` in decimal digits.
    mutating func append(decimal value: Int) {
        if value < 0 { append(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: magnitude / divisor % 10) + 0x30)
            divisor /= 10
        }
    }
}

extension String {
    /// Whether the UTF-8 bytes of the string hold those of `part` (`contains` compares characters, far slower).
    func utf8Contains(_ part: String) -> Bool {
        var text = self
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(needle) {
                        return true
                    }
                }
                return false
            }
        }
    }
}
