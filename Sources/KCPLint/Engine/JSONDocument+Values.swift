/// How the catalogue's operators see a JSON value, shared by the rule interpreter and the ``RuleScreen``: the two
/// must agree exactly, so each question is answered in one place.
extension JSONDocument {
    /// The types `node` has for `type:` checks (a number without fraction or exponent is also an integer).
    func valueTypes(of node: JSONNodeID) -> TypeSet {
        switch kind(of: node) {
        case .object: .object
        case .array: .array
        case .string: .string
        case .number: isIntegerNumber(node) ? [.number, .integer] : .number
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
            // Most values start with a visible ASCII character: no need to decode them.
            let visible =
                withStringBytes(node) { bytes in bytes.first.map { $0 > 0x20 && $0 < 0x7F } ?? false } ?? false
            return visible || (string(of: node).map { !$0.allSatisfy(\.isWhitespace) } ?? false)
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
