/// Something wrong with a JSON input, located by byte offsets into the input as given.
///
/// Syntax and limit problems make the input unusable (the reader returns no document); duplicate keys and
/// a UTF-8 byte order mark are reported while the document is still produced.
public struct JSONProblem: Sendable, Hashable {
    /// The broad class of a problem; the raw value is the diagnostic rule identifier.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The input is not RFC 8259 JSON (or not UTF-8).
        case syntax = "json-syntax"
        /// An object has the same key twice.
        case duplicateKey = "json-duplicate-key"
        /// The input starts with a UTF-8 byte order mark.
        case bom = "json-bom"
        /// The input exceeds a configured ``JSONLimits`` value.
        case limit = "json-limit"
    }

    /// What the reader was looking for when a syntax problem occurred.
    public enum Expectation: Sendable, Hashable {
        /// Any JSON value.
        case value
        /// A value or `]` (just after `[`).
        case valueOrArrayEnd
        /// A double-quoted key or `}` (just after `{`).
        case keyOrObjectEnd
        /// A double-quoted key (after `,` in an object).
        case key
        /// The `:` after a key.
        case colon
        /// `,` or `}` after an object member.
        case commaOrObjectEnd
        /// `,` or `]` after an array item.
        case commaOrArrayEnd
        /// The rest of the literal `true`, `false` or `null`.
        case literal(String)
    }

    /// Exactly what is wrong.
    public enum Reason: Sendable, Hashable {
        /// The input is empty or only whitespace.
        case emptyInput
        /// The input ends where more was required.
        case unexpectedEnd(expected: Expectation)
        /// A character that cannot appear here.
        case unexpectedCharacter(Unicode.Scalar, expected: Expectation)
        /// A closing bracket that does not match the open container (`found` instead of `expected`).
        case mismatchedBracket(found: Unicode.Scalar, expected: Unicode.Scalar)
        /// A comma directly before the closing bracket `closer` (`}` or `]`).
        case trailingComma(before: Unicode.Scalar)
        /// Two members or items with no comma between them.
        case missingComma(inObject: Bool)
        /// A `//` or `/* */` comment.
        case comment
        /// A string or key in single quotes.
        case singleQuote
        /// An object key without quotes.
        case unquotedKey
        /// A number with a superfluous leading zero, such as `01` or `-01`.
        case leadingZero
        /// A number written with a leading `+`.
        case plusSign
        /// A number starting with `.`, such as `.5`.
        case missingIntegerPart
        /// A number ending in `.`, such as `1.`.
        case missingFractionDigits
        /// A number whose exponent has no digits, such as `1e` or `1e+`.
        case missingExponentDigits
        /// A `-` not followed by a digit.
        case invalidNumber
        /// `NaN`, `Infinity` or `-Infinity`, which JSON cannot represent.
        case nonFiniteNumber(String)
        /// A bare word that is not `true`, `false` or `null` (the word is given).
        case invalidLiteral(String)
        /// A string that is not closed before the end of the input.
        case unterminatedString
        /// An unescaped control character (below U+0020) inside a string.
        case controlCharacterInString(UInt8)
        /// A backslash escape that JSON does not define, such as `\x` (the character after the backslash).
        case invalidEscape(Unicode.Scalar)
        /// A `\u` escape without four hexadecimal digits.
        case invalidUnicodeEscape
        /// A `\u` escape of a UTF-16 surrogate that is not part of a high–low pair (the code unit is given).
        case loneSurrogate(UInt16)
        /// Bytes that are not well-formed UTF-8 (overlong, surrogate, out of range, truncated, stray).
        case invalidUTF8
        /// Something other than whitespace after the top-level value.
        case trailingData
        /// The input is encoded in UTF-16 or UTF-32 (the encoding name is given), not UTF-8.
        case wrongEncoding(String)
        /// The same key appears twice in one object (the decoded key is given).
        case duplicateKey(String)
        /// A UTF-8 byte order mark at the start of the input.
        case byteOrderMark
        /// Arrays and objects nested deeper than the limit.
        case tooDeep(limit: Int)
        /// An input larger than the limit, in bytes.
        case tooLarge(limit: Int)
        /// A string longer than the limit, in bytes.
        case stringTooLong(limit: Int)
    }

    /// The broad class of the problem (its rule identifier).
    public var kind: Kind
    /// Exactly what is wrong.
    public var reason: Reason
    /// Where it is, as byte offsets into the input; an empty range is a point.
    public var byteRange: Range<Int>
    /// A second location that explains the problem, such as the first occurrence of a duplicate key.
    public var related: Range<Int>?

    /// Creates a problem.
    public init(kind: Kind, reason: Reason, byteRange: Range<Int>, related: Range<Int>? = nil) {
        self.kind = kind
        self.reason = reason
        self.byteRange = byteRange
        self.related = related
    }

    /// The message for the problem, starting in lowercase, without a trailing period.
    public func message(in language: Language) -> String {
        reason.message(in: language)
    }

    /// The note for ``related``, such as "first defined here", or `nil` when there is no related location.
    public func relatedMessage(in language: Language) -> String? {
        guard related != nil else { return nil }
        let english = language == .en
        switch reason {
        case .duplicateKey:
            return english ? "first defined here" : "처음 정의된 위치"
        case .unterminatedString:
            return english ? "string starts here" : "문자열이 시작된 위치"
        case .unexpectedEnd, .mismatchedBracket:
            return english ? "unclosed bracket opened here" : "닫히지 않은 괄호가 열린 위치"
        default:
            return english ? "related location" : "관련 위치"
        }
    }
}

extension JSONProblem.Expectation {
    /// English noun phrase: "a value", "':'".
    fileprivate var english: String {
        switch self {
        case .value: "a value"
        case .valueOrArrayEnd: "a value or ']'"
        case .keyOrObjectEnd: "a double-quoted key or '}'"
        case .key: "a double-quoted key"
        case .colon: "':'"
        case .commaOrObjectEnd: "',' or '}'"
        case .commaOrArrayEnd: "',' or ']'"
        case .literal(let word): "'\(word)'"
        }
    }

    /// Korean noun phrase with its subject particle: "값이", "콜론(':')이".
    fileprivate var korean: String {
        switch self {
        case .value: "값이"
        case .valueOrArrayEnd: "값이나 닫는 대괄호(']')가"
        case .keyOrObjectEnd: "큰따옴표로 감싼 키나 닫는 중괄호('}')가"
        case .key: "큰따옴표로 감싼 키가"
        case .colon: "콜론(':')이"
        case .commaOrObjectEnd: "쉼표(',')나 닫는 중괄호('}')가"
        case .commaOrArrayEnd: "쉼표(',')나 닫는 대괄호(']')가"
        case .literal(let word): "'\(word)' 리터럴이"
        }
    }
}

extension JSONProblem.Reason {
    /// A bare word as a message quotes it: in full when it is a word (`undefined`, `True`), cut to its first 3
    /// characters when it holds 4 digits or more, which may be card data (`x4556737586899855`, an unquoted birth
    /// date).
    static func shown(_ word: String) -> String {
        guard word.utf8.lazy.filter({ $0 &- 0x30 < 10 }).count >= 4 else { return word }
        return String(word.prefix(3)) + "…"
    }

    /// The message text in `language`.
    fileprivate func message(in language: Language) -> String {
        language == .en ? english : korean
    }

    private var english: String {
        switch self {
        case .emptyInput:
            return "empty input, expected a JSON value"
        case .unexpectedEnd(let expected):
            return "unexpected end of input, expected \(expected.english)"
        case .unexpectedCharacter(let found, let expected):
            return "expected \(expected.english), found \(jsonDescribe(found))"
        case .mismatchedBracket(let found, let expected):
            return "expected '\(expected)' to close the \(expected == "}" ? "object" : "array"), found '\(found)'"
        case .trailingComma(let closer):
            return "trailing comma before '\(closer)'"
        case .missingComma(let inObject):
            return inObject ? "missing ',' between object members" : "missing ',' between array items"
        case .comment:
            return "comments are not allowed in JSON"
        case .singleQuote:
            return "strings must be enclosed in double quotes, not single quotes"
        case .unquotedKey:
            return "object keys must be double-quoted strings"
        case .leadingZero:
            return "numbers cannot have leading zeros"
        case .plusSign:
            return "numbers cannot start with '+'"
        case .missingIntegerPart:
            return "expected a digit before '.'"
        case .missingFractionDigits:
            return "expected a digit after '.'"
        case .missingExponentDigits:
            return "expected a digit in the exponent"
        case .invalidNumber:
            return "expected a digit after '-'"
        case .nonFiniteNumber(let word):
            return "'\(word)' is not a valid JSON number"
        case .invalidLiteral(let word):
            return "invalid literal '\(Self.shown(word))', expected true, false or null"
        case .unterminatedString:
            return "unterminated string, missing closing '\"'"
        case .controlCharacterInString(let byte):
            return "control character \(jsonHex(byte)) in a string must be escaped as \(jsonEscapeSpelling(byte))"
        case .invalidEscape(let scalar):
            return "invalid escape sequence '\\\(jsonPrintable(scalar))'"
        case .invalidUnicodeEscape:
            return "'\\u' must be followed by four hexadecimal digits"
        case .loneSurrogate(let unit):
            return "unpaired UTF-16 surrogate '\\u\(jsonHex4(unit))'"
        case .invalidUTF8:
            return "invalid UTF-8 byte sequence"
        case .trailingData:
            return "unexpected data after the JSON value"
        case .wrongEncoding(let name):
            return "input is \(name), not UTF-8"
        case .duplicateKey(let key):
            return "duplicate key '\(key)'"
        case .byteOrderMark:
            return "input starts with a UTF-8 byte order mark (BOM)"
        case .tooDeep(let limit):
            return "arrays and objects nested deeper than \(limit) levels"
        case .tooLarge(let limit):
            return "input larger than \(limit) bytes"
        case .stringTooLong(let limit):
            return "string longer than \(limit) bytes"
        }
    }

    private var korean: String {
        switch self {
        case .emptyInput:
            return "입력이 비어 있어 JSON 값이 없습니다"
        case .unexpectedEnd(let expected):
            return "\(expected.korean) 와야 하는데 입력이 끝났습니다"
        case .unexpectedCharacter(let found, let expected):
            return "\(expected.korean) 와야 할 자리에 \(jsonDescribe(found)) 문자가 있습니다"
        case .mismatchedBracket(let found, let expected):
            let container = expected == "}" ? "객체를" : "배열을"
            return "\(container) 닫는 '\(expected)' 괄호가 와야 할 자리에 '\(found)' 문자가 있습니다"
        case .trailingComma(let closer):
            return "'\(closer)' 앞에 불필요한 쉼표가 있습니다"
        case .missingComma(let inObject):
            return inObject ? "객체 멤버 사이에 쉼표(',')가 빠졌습니다" : "배열 항목 사이에 쉼표(',')가 빠졌습니다"
        case .comment:
            return "JSON에는 주석을 쓸 수 없습니다"
        case .singleQuote:
            return "문자열은 작은따옴표가 아니라 큰따옴표로 감싸야 합니다"
        case .unquotedKey:
            return "객체 키는 큰따옴표로 감싼 문자열이어야 합니다"
        case .leadingZero:
            return "숫자는 불필요한 0으로 시작할 수 없습니다"
        case .plusSign:
            return "숫자는 '+'로 시작할 수 없습니다"
        case .missingIntegerPart:
            return "소수점('.') 앞에 숫자가 있어야 합니다"
        case .missingFractionDigits:
            return "소수점('.') 뒤에 숫자가 있어야 합니다"
        case .missingExponentDigits:
            return "지수 부분에 숫자가 있어야 합니다"
        case .invalidNumber:
            return "'-' 뒤에 숫자가 있어야 합니다"
        case .nonFiniteNumber(let word):
            return "JSON에서는 '\(word)' 값을 숫자로 쓸 수 없습니다"
        case .invalidLiteral(let word):
            return "알 수 없는 리터럴 '\(Self.shown(word))'입니다 (true, false, null만 쓸 수 있습니다)"
        case .unterminatedString:
            return "문자열이 닫히지 않았습니다 (닫는 큰따옴표가 없습니다)"
        case .controlCharacterInString(let byte):
            return "문자열 안의 제어 문자(\(jsonHex(byte)))는 \(jsonEscapeSpelling(byte)) 형태로 이스케이프해야 합니다"
        case .invalidEscape(let scalar):
            return "잘못된 이스케이프 시퀀스('\\\(jsonPrintable(scalar))')입니다"
        case .invalidUnicodeEscape:
            return "'\\u' 뒤에는 16진수 숫자 네 자리가 와야 합니다"
        case .loneSurrogate(let unit):
            return "짝이 없는 UTF-16 서로게이트('\\u\(jsonHex4(unit))')가 있습니다"
        case .invalidUTF8:
            return "올바르지 않은 UTF-8 바이트 시퀀스가 있습니다"
        case .trailingData:
            return "JSON 값 뒤에 불필요한 데이터가 있습니다"
        case .wrongEncoding(let name):
            return "입력이 UTF-8이 아니라 \(name)로 인코딩되어 있습니다"
        case .duplicateKey(let key):
            return "중복된 키 '\(key)'"
        case .byteOrderMark:
            return "입력 맨 앞에 UTF-8 바이트 순서 표시(BOM)가 있습니다"
        case .tooDeep(let limit):
            return "배열과 객체의 중첩 깊이가 한도(\(limit)단계)를 넘었습니다"
        case .tooLarge(let limit):
            return "입력 크기가 한도(\(limit)바이트)를 넘었습니다"
        case .stringTooLong(let limit):
            return "문자열 길이가 한도(\(limit)바이트)를 넘었습니다"
        }
    }
}

/// `'x'` for printable ASCII, `'가' (U+AC00)` for other printable characters, `U+0000` for the rest.
private func jsonDescribe(_ scalar: Unicode.Scalar) -> String {
    let code = "U+" + jsonHex4(scalar.value)
    if scalar.value >= 0x21 && scalar.value < 0x7F { return "'\(scalar)'" }
    if scalar.value <= 0xA0 || scalar.properties.isWhitespace || scalar.properties.generalCategory == .format {
        return code
    }
    switch scalar.properties.generalCategory {
    case .control, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
        return code
    default:
        return "'\(scalar)' (\(code))"
    }
}

/// The scalar itself when printable ASCII, otherwise its `U+XXXX` code.
private func jsonPrintable(_ scalar: Unicode.Scalar) -> String {
    scalar.value >= 0x21 && scalar.value < 0x7F ? String(scalar) : "U+" + jsonHex4(scalar.value)
}

/// `U+000A`.
private func jsonHex(_ byte: UInt8) -> String {
    "U+" + jsonHex4(UInt32(byte))
}

/// At least four uppercase hexadecimal digits.
private func jsonHex4<T: BinaryInteger>(_ value: T) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// How a control character is written escaped: `\n`, `\t`, or `\u001F`.
private func jsonEscapeSpelling(_ byte: UInt8) -> String {
    switch byte {
    case 0x08: "\\b"
    case 0x09: "\\t"
    case 0x0A: "\\n"
    case 0x0C: "\\f"
    case 0x0D: "\\r"
    default: "\\u" + jsonHex4(byte)
    }
}
