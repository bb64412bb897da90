/// How the catalogue's operators see a JSON value, shared by the rule interpreter and the ``RuleScreen``: the two
/// must agree exactly, so each question is answered in one place.
extension JSONDocument {
    /// The types `node` has for `type:` checks (a number without fraction or exponent is also an integer).
    func valueTypes(of node: JSONNodeID) -> TypeSet {
        entry(node).map(Self.valueTypes) ?? .null
    }

    /// The types a value of tape node `entry` has.
    static func valueTypes(_ entry: JSONTapeNode) -> TypeSet {
        switch entry.kind {
        case .object: .object
        case .array: .array
        case .string: .string
        // `3.0` is an integer too, as JSON Schema counts them (PHP and .NET clients write whole numbers so).
        case .number:
            entry.flags & (JSONTapeNode.isInteger | JSONTapeNode.isWholeFraction) != 0 ? [.number, .integer] : .number
        case .true, .false: .boolean
        case .null: .null
        }
    }

    /// Whether `node` equals `literal` (strings decoded, numbers by value).
    func equals(_ node: JSONNodeID, _ literal: JSONLiteral) -> Bool {
        switch (kind(of: node), literal) {
        case (.string, .string(let text)): return stringEquals(node, text)
        case (.number, .number(let value, _)): return doubleValue(of: node) == value
        case (.true, .bool(true)), (.false, .bool(false)), (.null, .null): return true
        default: return false
        }
    }

    /// Whether `node` and `other` are equal scalars: strings by their decoded text, numbers by value, `true`,
    /// `false` and `null` by kind. Objects and arrays are equal to nothing.
    func scalarsEqual(_ node: JSONNodeID, _ other: JSONNodeID) -> Bool {
        guard let left = entry(node), let right = entry(other) else { return false }
        return bytes.withUnsafeBufferPointer { Self.scalarsEqual(left, right, in: $0) }
    }

    /// ``scalarsEqual(_:_:)`` for tape nodes of the document whose bytes are `buffer`.
    static func scalarsEqual(_ left: JSONTapeNode, _ right: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        switch (left.kind, right.kind) {
        case (.string, .string):
            var leftBytes = JSONStringDecoder(buffer, Int(left.start) + 1..<Int(left.end) - 1)
            var rightBytes = JSONStringDecoder(buffer, Int(right.start) + 1..<Int(right.end) - 1)
            while true {
                let byte = leftBytes.next()
                guard byte == rightBytes.next() else { return false }
                if byte == nil { return true }
            }
        case (.number, .number):
            guard let value = doubleValue(left, in: buffer) else { return false }
            return value == doubleValue(right, in: buffer)
        case (.true, .true), (.false, .false), (.null, .null): return true
        default: return false
        }
    }

    /// Whether `node` is a string that `pattern` matches.
    func matches(_ node: JSONNodeID, _ pattern: Pattern) -> Bool {
        withStringBytes(node) { pattern.matches(utf8: $0) } ?? false
    }

    /// Whether the length of a string (in Unicode scalars) or array is within `low...high`, or nil for other
    /// values.
    func length(of node: JSONNodeID, isWithin low: Int, _ high: Int) -> Bool? {
        guard let entry = entry(node) else { return nil }
        return bytes.withUnsafeBufferPointer { Self.length(of: entry, in: $0, isWithin: low, high) }
    }

    /// ``length(of:isWithin:_:)`` for the tape node `entry` of the document whose bytes are `buffer`. A string of
    /// `n` UTF-8 bytes without escapes has between `n / 4` and `n` scalars: when both ends are within the bounds,
    /// nothing is counted.
    static func length(of entry: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>, isWithin low: Int, _ high: Int)
        -> Bool?
    {
        if let bytes = rawStringByteCount(entry), (bytes + 3) / 4 >= low, bytes <= high { return true }
        return length(of: entry, in: buffer).map { $0 >= low && $0 <= high }
    }

    /// Characters of a string or items of an array; nil for other values.
    func length(of node: JSONNodeID) -> Int? {
        guard let entry = entry(node) else { return nil }
        return bytes.withUnsafeBufferPointer { Self.length(of: entry, in: $0) }
    }

    /// ``length(of:)`` for the tape node `entry` of the document whose bytes are `buffer`.
    static func length(of entry: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        switch entry.kind {
        case .string: scalarCount(ofString: entry, in: buffer)
        case .array: Int(entry.count)
        default: nil
        }
    }

    /// Whether `node` is empty (`empty:`): nil for values that are neither strings nor containers.
    func isEmptyValue(_ node: JSONNodeID) -> Bool? {
        guard let entry = entry(node) else { return nil }
        return bytes.withUnsafeBufferPointer { Self.isEmptyValue(entry, in: $0) }
    }

    /// ``isEmptyValue(_:)`` for the tape node `entry` of the document whose bytes are `buffer`.
    static func isEmptyValue(_ entry: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch entry.kind {
        case .string: utf8Count(ofString: entry, in: buffer) == 0
        case .array, .object: entry.count == 0
        default: nil
        }
    }

    /// A value present for `require:`: not null and, for strings, not blank.
    func isFilled(_ node: JSONNodeID) -> Bool {
        guard let entry = entry(node) else { return false }
        return bytes.withUnsafeBufferPointer { Self.isFilled(entry, in: $0) }
    }

    /// ``isFilled(_:)`` for the tape node `entry` of the document whose bytes are `buffer`.
    static func isFilled(_ entry: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        switch entry.kind {
        case .null: return false
        case .string:
            // A string is blank when every character is whitespace, and a character is whitespace when its first
            // scalar is: a string whose first scalar is not whitespace (a visible ASCII byte, a Hangul syllable)
            // is filled without decoding the rest.
            return withStringBytes(entry, in: buffer) { bytes in
                guard let first = bytes.first else { return false }
                if startsNonBlank(first) { return true }
                var iterator = bytes.makeIterator()
                var decoder = Unicode.UTF8()
                if first >= 0x80, case .scalarValue(let scalar) = decoder.decode(&iterator),
                    !scalar.properties.isWhitespace
                {
                    return true
                }
                return !String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
            } ?? false
        default: return true
        }
    }

    /// Whether a decoded string whose first byte is `byte` is surely filled: a visible ASCII character, or the lead
    /// byte of scalars none of which is whitespace (all but C2: U+0085 and U+00A0; E1: U+1680; E2: U+2000 to
    /// U+205F; E3: U+3000).
    @inline(__always)
    static func startsNonBlank(_ byte: UInt8) -> Bool {
        (byte > 0x20 && byte < 0x7F) || (byte >= 0xC3 && byte != 0xE1 && byte != 0xE2 && byte != 0xE3)
    }

    /// Whether `node` is of `format` (see ``Formats/check(_:_:)``).
    func isFormat(_ node: JSONNodeID, _ format: NamedFormat) -> Bool {
        withFormatInput(node) { Formats.check(format, $0) }
    }

    /// Whether the moment `node` names lies before `now` (see ``Formats/isPast(_:now:)``).
    func isPast(_ node: JSONNodeID, now: Int64) -> Bool? {
        withFormatInput(node) { Formats.isPast($0, now: now) }
    }

    /// Calls `body` with the input of a named format check on `node`.
    func withFormatInput<Result>(_ node: JSONNodeID, _ body: (FormatInput) -> Result) -> Result {
        guard let entry = entry(node) else { return body(.other) }
        return bytes.withUnsafeBufferPointer { Self.withFormatInput(entry, in: $0, body) }
    }

    /// ``withFormatInput(_:_:)`` for the tape node `entry` of the document whose bytes are `buffer`: a string
    /// without escapes is read in place.
    static func withFormatInput<Result>(
        _ entry: JSONTapeNode,
        in buffer: UnsafeBufferPointer<UInt8>,
        _ body: (FormatInput) -> Result
    ) -> Result {
        switch entry.kind {
        case .string:
            return withStringBytes(entry, in: buffer) { body(.string($0)) } ?? body(.other)
        case .number:
            let start = Int(entry.start)
            let end = Int(entry.end)
            guard start >= 0, start <= end, end <= buffer.count else { return body(.other) }
            if entry.flags & JSONTapeNode.isWholeFraction != 0 {
                // `1893423600.0` or `1.8934236E9` is checked as the integer it is, written out in digits.
                let lexeme = UnsafeBufferPointer(rebasing: buffer[start..<end])
                guard let value = Formats.wholeValue(lexeme) else { return body(.other) }
                var digits = Array(String(value).utf8)
                return digits.withUnsafeMutableBufferPointer {
                    body(.number(text: UnsafeBufferPointer($0), isInteger: true))
                }
            }
            let isInteger = entry.flags & JSONTapeNode.isInteger != 0
            return body(.number(text: UnsafeBufferPointer(rebasing: buffer[start..<end]), isInteger: isInteger))
        default:
            return body(.other)
        }
    }
}
