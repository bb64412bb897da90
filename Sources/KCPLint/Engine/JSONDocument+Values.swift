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
        case .number: entry.flags & JSONTapeNode.isInteger != 0 ? [.number, .integer] : .number
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

    /// Whether `node` is a string that `pattern` matches.
    func matches(_ node: JSONNodeID, _ pattern: Pattern) -> Bool {
        withStringBytes(node) { pattern.matches(utf8: $0) } ?? false
    }

    /// Whether the length of a string (in Unicode scalars) or array is within `low...high`, or nil for other
    /// values. A string of `n` UTF-8 bytes without escapes has between `n / 4` and `n` scalars: when both ends
    /// are within the bounds, nothing is counted.
    func length(of node: JSONNodeID, isWithin low: Int, _ high: Int) -> Bool? {
        if let bytes = rawStringByteCount(node), (bytes + 3) / 4 >= low, bytes <= high { return true }
        return length(of: node).map { $0 >= low && $0 <= high }
    }

    /// Characters of a string or items of an array; nil for other values.
    func length(of node: JSONNodeID) -> Int? {
        switch kind(of: node) {
        case .string: scalarCount(ofString: node)
        case .array: count(of: node)
        default: nil
        }
    }

    /// Whether `node` is empty (`empty:`): nil for values that are neither strings nor containers.
    func isEmptyValue(_ node: JSONNodeID) -> Bool? {
        switch kind(of: node) {
        case .string: utf8Count(ofString: node) == 0
        case .array, .object: count(of: node) == 0
        default: nil
        }
    }

    /// A value present for `require:`: not null and, for strings, not blank.
    func isFilled(_ node: JSONNodeID) -> Bool {
        switch kind(of: node) {
        case .null: return false
        case .string:
            // A string is blank when every character is whitespace, and a character is whitespace when its first
            // scalar is: a string whose first scalar is not whitespace (a visible ASCII byte, a Hangul syllable)
            // is filled without decoding the rest.
            let decided: Bool? =
                withStringBytes(node) { bytes in
                    guard let first = bytes.first else { return false }
                    if first > 0x20 && first < 0x7F { return true }
                    var iterator = bytes.makeIterator()
                    var decoder = Unicode.UTF8()
                    if first >= 0x80, case .scalarValue(let scalar) = decoder.decode(&iterator),
                        !scalar.properties.isWhitespace
                    {
                        return true
                    }
                    return nil
                } ?? nil
            return decided ?? (string(of: node).map { !$0.allSatisfy(\.isWhitespace) } ?? false)
        default: return true
        }
    }

    /// The input of a named format check.
    func formatInput(_ node: JSONNodeID) -> FormatInput {
        switch kind(of: node) {
        case .string: return string(of: node).map { .string($0) } ?? .other
        case .number:
            return numberText(of: node).map { .number(text: $0, isInteger: isIntegerNumber(node)) } ?? .other
        default: return .other
        }
    }
}
