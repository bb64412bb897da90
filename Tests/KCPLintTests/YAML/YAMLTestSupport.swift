import KCPLint

/// A YAML fixture with its position markers (`1️⃣`, `2️⃣`, … `9️⃣`) removed.
///
/// Each marker's position is computed with `LineTable` on the stripped text, so a test states where an
/// error or node must be by pointing at it in the fixture itself.
struct YAMLMarkedSource {
    /// The text without markers.
    var text: String
    /// Marker number → position in `text`.
    var markers: [Int: SourcePosition]

    /// Strips the markers of `fixture`.
    init(_ fixture: String) {
        var bytes: [UInt8] = []
        var offsets: [Int: Int] = [:]
        var scalars = Array(fixture.unicodeScalars)[...]
        while let first = scalars.first {
            if let digit = Self.markerDigit(scalars) {
                offsets[digit] = bytes.count
                scalars = scalars.dropFirst(3)
                continue
            }
            bytes.append(contentsOf: Array(String(first).utf8))
            scalars = scalars.dropFirst()
        }
        let table = LineTable(bytes)
        text = String(decoding: bytes, as: UTF8.self)
        markers = offsets.mapValues { table.position(ofByte: $0) }
    }

    /// The position of marker `number` (1:1 if absent, which fails the test's comparison).
    subscript(_ number: Int) -> SourcePosition {
        markers[number] ?? SourcePosition(line: 1, column: 1)
    }

    /// A keycap marker is a digit, U+FE0F, U+20E3.
    private static func markerDigit(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard scalars.count >= 3 else { return nil }
        let start = scalars.startIndex
        let digit = scalars[start].value
        guard (0x31...0x39).contains(digit), scalars[start + 1].value == 0xFE0F, scalars[start + 2].value == 0x20E3
        else { return nil }
        return Int(digit - 0x30)
    }
}

/// Parses `text` and returns the error it must throw (nil, failing the caller's expectation, if it parses).
func yamlError(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLReader.parse(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// Parses `bytes` and returns the error it must throw.
func yamlError(bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLReader.parse(bytes: bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// Shorthand for a 1-based position.
func yamlPosition(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}

/// Shorthand for a span between two 1-based positions.
func yamlSpan(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceSpan {
    SourceSpan(start: SourcePosition(line: line, column: column), end: SourcePosition(line: endLine, column: endColumn))
}
