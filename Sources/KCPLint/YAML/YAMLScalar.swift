/// A YAML scalar: its text after unquoting and folding, how it was written, and its explicit tag.
///
/// `resolved` gives the scalar's meaning under the YAML 1.2 core schema; `jsonNumberText` gives the exact
/// text of a plain scalar that is also a valid JSON number, so a converter can emit it verbatim.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar was written in the source.
    public enum Style: Sendable, Hashable {
        /// Unquoted, e.g. `12` or `hello`.
        case plain
        /// Single-quoted, e.g. `'hello'`.
        case singleQuoted
        /// Double-quoted, e.g. `"hello\n"`.
        case doubleQuoted
        /// A literal block scalar (`|`).
        case literal
        /// A folded block scalar (`>`).
        case folded
    }

    /// A scalar's value under the YAML 1.2 core schema.
    public enum Resolved: Sendable, Hashable {
        /// `null`, `Null`, `NULL`, `~` or the empty plain scalar (or anything tagged `!!null` that fits).
        case null
        /// `true`/`True`/`TRUE`/`false`/`False`/`FALSE`.
        case bool(Bool)
        /// An integer that fits `Int`: decimal (`-12`, `+3`, `012`), octal (`0o17`) or hexadecimal (`0x1F`).
        case int(Int)
        /// A float: `1.5`, `.5`, `1e3`, `.inf`, `-.inf`, `.nan` (`1e400` is `+infinity`); also an integer too
        /// big for `Int`, as its nearest `Double` (its exact decimal text is in `jsonNumberText`).
        case double(Double)
        /// Any other text, and every quoted or block scalar without a type tag.
        case string(String)
    }

    /// The scalar's content: quotes removed, escapes decoded, lines folded. May contain NUL.
    public var value: String
    /// How the scalar was written.
    public var style: Style
    /// The explicit tag, the same as the node's (`"!!str"`, `"!"`, `"!local"`); nil when untagged.
    public var tag: String?

    /// Creates a scalar.
    public init(value: String, style: Style = .plain, tag: String? = nil) {
        self.value = value
        self.style = style
        self.tag = tag
    }

    /// The scalar's meaning under the YAML 1.2 core schema.
    ///
    /// Untagged plain scalars are resolved by the core-schema patterns; `yes`, `no`, `on`, `off`, `Y`, `N`
    /// stay strings (those are YAML 1.1 booleans only). Quoted and block scalars are strings. The tags
    /// `!!str`, `!!int`, `!!float`, `!!bool` and `!!null` force their type whatever the style; a value that
    /// does not fit its tag, and any other tag, falls back to `.string`. An integer that overflows `Int`
    /// (`123456789012345678901234567890`) resolves to `.double` with the nearest value; a converter that
    /// must keep every digit emits `jsonNumberText` instead.
    public var resolved: Resolved {
        switch tag {
        case nil:
            return style == .plain ? YAMLCoreSchema.resolvePlain(value) : .string(value)
        case "!!str":
            return .string(value)
        case "!!null":
            return YAMLCoreSchema.isNull(value) ? .null : .string(value)
        case "!!bool":
            return YAMLCoreSchema.bool(value).map(Resolved.bool) ?? .string(value)
        case "!!int":
            return YAMLCoreSchema.integer(value) ?? .string(value)
        case "!!float":
            if let double = YAMLCoreSchema.float(value) { return .double(double) }
            switch YAMLCoreSchema.integer(value) {
            case .int(let int): return .double(Double(int))
            case .double(let double): return .double(double)
            default: return .string(value)
            }
        default:
            return .string(value)
        }
    }

    /// The exact text of a plain scalar that is a valid JSON number (`-12`, `1.50`, `1e400`); nil otherwise.
    ///
    /// Only untagged (or `!!int`/`!!float`-tagged) plain scalars qualify. YAML-only spellings such as
    /// `+3`, `01`, `.5`, `1.`, `0x1F`, `0o17`, `1_000` and `.inf` give nil.
    public var jsonNumberText: String? {
        guard style == .plain, tag == nil || tag == "!!int" || tag == "!!float" else { return nil }
        return YAMLCoreSchema.isJSONNumber(value) ? value : nil
    }
}

/// The YAML 1.2 core schema's resolution patterns, matched on UTF-8 bytes.
enum YAMLCoreSchema {
    /// Resolves an untagged plain scalar.
    static func resolvePlain(_ text: String) -> YAMLScalar.Resolved {
        if isNull(text) { return .null }
        if let bool = bool(text) { return .bool(bool) }
        if let integer = integer(text) { return integer }
        if let double = float(text) { return .double(double) }
        return .string(text)
    }

    /// `null | Null | NULL | ~ | ""`.
    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// `true | True | TRUE | false | False | FALSE`.
    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// `[-+]? [0-9]+ | 0o [0-7]+ | 0x [0-9a-fA-F]+` as `.int`, or as the nearest `.double` when it
    /// overflows `Int`.
    static func integer(_ text: String) -> YAMLScalar.Resolved? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = String(decoding: bytes[2...], as: UTF8.self)
            if bytes[1] == UInt8(ascii: "o") {
                guard bytes[2...].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }) else {
                    return nil
                }
                return Int(digits, radix: 8).map(YAMLScalar.Resolved.int) ?? .double(bigIntegerAsDouble(text))
            }
            if bytes[1] == UInt8(ascii: "x") {
                guard bytes[2...].allSatisfy(isHexDigit) else { return nil }
                return Int(digits, radix: 16).map(YAMLScalar.Resolved.int) ?? .double(bigIntegerAsDouble(text))
            }
        }
        var index = 0
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
        guard index < bytes.count, bytes[index...].allSatisfy(isDigit) else { return nil }
        return Int(text).map(YAMLScalar.Resolved.int) ?? .double(bigIntegerAsDouble(text))
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, `[-+]? \.inf` (three spellings)
    /// and `\.nan` (three spellings).
    static func float(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            index += 1
        }
        let integerDigits = countDigits(bytes, from: index)
        index += integerDigits
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = countDigits(bytes, from: index)
            index += fractionDigits
            // `.` needs digits before it or after it.
            guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        } else {
            guard integerDigits > 0 else { return nil }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
            let exponentDigits = countDigits(bytes, from: index)
            guard exponentDigits > 0 else { return nil }
            index += exponentDigits
        }
        guard index == bytes.count else { return nil }
        return Double(text)
    }

    /// The nearest `Double` to a core-schema integer that does not fit `Int` (decimal, octal or hex).
    static func bigIntegerAsDouble(_ text: String) -> Double {
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"),
            bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x")
        {
            let radix = bytes[1] == UInt8(ascii: "o") ? 8.0 : 16.0
            return bytes[2...].reduce(0.0) { $0 * radix + Double(hexValue($1)) }
        }
        return Double(text) ?? 0
    }

    /// `-? ( 0 | [1-9][0-9]* ) ( \. [0-9]+ )? ( [eE] [-+]? [0-9]+ )?` (RFC 8259).
    static func isJSONNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerDigits = countDigits(bytes, from: index)
        guard integerDigits > 0 else { return false }
        if integerDigits > 1, bytes[index] == UInt8(ascii: "0") { return false }
        index += integerDigits
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionDigits = countDigits(bytes, from: index)
            guard fractionDigits > 0 else { return false }
            index += fractionDigits
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
            let exponentDigits = countDigits(bytes, from: index)
            guard exponentDigits > 0 else { return false }
            index += exponentDigits
        }
        return index == bytes.count
    }

    private static func countDigits(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        return index - start
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }

    private static func hexValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return 0
        }
    }
}
