import Testing

@testable import KCPLint

@Suite("JSON reader: syntax errors")
struct JSONReaderSyntaxTests {
    /// One failing fixture per error class; `1️⃣` marks the offending byte, `2️⃣` the related location.
    static let failures: [(String, JSONProblem.Reason)] = [
        // Trailing commas.
        (#"{"a": 11️⃣,}"#, .trailingComma(before: "}")),
        (#"{"a": 1 1️⃣, }"#, .trailingComma(before: "}")),
        (#"[1, 21️⃣,]"#, .trailingComma(before: "]")),
        ("[11️⃣,\n]", .trailingComma(before: "]")),
        // Comments.
        ("{\"a\": 1 1️⃣// note\n}", .comment),
        (#"1️⃣/* c */ {}"#, .comment),
        (#"{1️⃣// c"#, .comment),
        (#"[1,1️⃣/*x*/2]"#, .comment),
        (#"{} 1️⃣// end"#, .comment),
        // Quotes and keys.
        (#"{"a": 1️⃣'x'}"#, .singleQuote),
        (#"{1️⃣'a': 1}"#, .singleQuote),
        (#"{1️⃣a: 1}"#, .unquotedKey),
        (#"{"a": 1, 1️⃣amount: 2}"#, .unquotedKey),
        (#"{1️⃣상품명: 1}"#, .unquotedKey),
        (#"{1️⃣1: 2}"#, .unquotedKey),
        // Numbers.
        (#"1️⃣01"#, .leadingZero),
        (#"-1️⃣01"#, .leadingZero),
        (#"{"amount": 1️⃣007}"#, .leadingZero),
        (#"1️⃣+1"#, .plusSign),
        (#"[1️⃣+1]"#, .plusSign),
        (#"1️⃣.5"#, .missingIntegerPart),
        (#"-1️⃣.5"#, .missingIntegerPart),
        (#"1.1️⃣"#, .missingFractionDigits),
        (#"[1.1️⃣]"#, .missingFractionDigits),
        (#"1.1️⃣e5"#, .missingFractionDigits),
        (#"1e1️⃣"#, .missingExponentDigits),
        (#"1e+1️⃣"#, .missingExponentDigits),
        (#"[1E1️⃣]"#, .missingExponentDigits),
        (#"-1️⃣"#, .invalidNumber),
        (#"[-1️⃣a]"#, .invalidNumber),
        (#"[-1️⃣ 1]"#, .invalidNumber),
        (#"1️⃣NaN"#, .nonFiniteNumber("NaN")),
        (#"[1️⃣Infinity]"#, .nonFiniteNumber("Infinity")),
        (#"{"a": 1️⃣-Infinity}"#, .nonFiniteNumber("-Infinity")),
        (#"[1️⃣-NaN]"#, .nonFiniteNumber("-NaN")),
        // Literals.
        (#"1️⃣True"#, .invalidLiteral("True")),
        (#"[1️⃣undefined]"#, .invalidLiteral("undefined")),
        (#"1️⃣nulx"#, .invalidLiteral("nulx")),
        (#"1️⃣truex"#, .invalidLiteral("truex")),
        (#"[1️⃣None]"#, .invalidLiteral("None")),
        (#"nul1️⃣"#, .unexpectedEnd(expected: .literal("null"))),
        (#"[fals1️⃣"#, .unexpectedEnd(expected: .literal("false"))),
        // Strings.
        ("\"a1️⃣\nb\"", .controlCharacterInString(0x0A)),
        ("\"tab1️⃣\there\"", .controlCharacterInString(0x09)),
        ("[\"1️⃣\u{01}\"]", .controlCharacterInString(0x01)),
        ("\"1️⃣\u{0}\"", .controlCharacterInString(0x00)),
        (#""1️⃣\x""#, .invalidEscape("x")),
        (#""ab1️⃣\'""#, .invalidEscape("'")),
        (#""1️⃣\U0041""#, .invalidEscape("U")),
        (#""1️⃣\u12G4""#, .invalidUnicodeEscape),
        (#""1️⃣\u12""#, .invalidUnicodeEscape),
        (#""1️⃣\ud800""#, .loneSurrogate(0xD800)),
        (#""1️⃣\udc00""#, .loneSurrogate(0xDC00)),
        (#""1️⃣\uD800\u0041""#, .loneSurrogate(0xD800)),
        (#""1️⃣\uDBFF x""#, .loneSurrogate(0xDBFF)),
        (#""\ud83d\ude001️⃣\ude00""#, .loneSurrogate(0xDE00)),
        (#""\ud8001️⃣\uZZZZ""#, .invalidUnicodeEscape),
        // Truncated input: reported at the end, the unclosed bracket or string as related.
        (#"2️⃣{"a":1️⃣"#, .unexpectedEnd(expected: .value)),
        (#"{"a": 2️⃣[1, 21️⃣"#, .unexpectedEnd(expected: .commaOrArrayEnd)),
        (#"2️⃣{"a"1️⃣"#, .unexpectedEnd(expected: .colon)),
        (#"2️⃣{1️⃣"#, .unexpectedEnd(expected: .keyOrObjectEnd)),
        (#"2️⃣{"a": 1,1️⃣"#, .unexpectedEnd(expected: .key)),
        (#"2️⃣[1️⃣"#, .unexpectedEnd(expected: .valueOrArrayEnd)),
        (#"2️⃣{"a": 11️⃣"#, .unexpectedEnd(expected: .commaOrObjectEnd)),
        (#"2️⃣"abc1️⃣"#, .unterminatedString),
        (#"{"a": 2️⃣"abc\1️⃣"#, .unterminatedString),
        (#"2️⃣"\u001️⃣"#, .unterminatedString),
        (#"2️⃣"\ud8001️⃣"#, .unterminatedString),
        // Trailing data.
        (#"{} 1️⃣x"#, .trailingData),
        (#"1 1️⃣2"#, .trailingData),
        (#"{}1️⃣}"#, .trailingData),
        (#""a"1️⃣"b""#, .trailingData),
        // Empty input.
        ("1️⃣", .emptyInput),
        ("1️⃣  \n\t\r\n", .emptyInput),
        // Unexpected characters, including non-JSON whitespace and full-width punctuation.
        (#"[1,1️⃣,2]"#, .unexpectedCharacter(",", expected: .value)),
        (#"{"a":1️⃣}"#, .unexpectedCharacter("}", expected: .value)),
        (#"{"a" 1️⃣1}"#, .unexpectedCharacter("1", expected: .colon)),
        (#"{"a"1️⃣=1}"#, .unexpectedCharacter("=", expected: .colon)),
        ("[1,1️⃣\u{0C}2]", .unexpectedCharacter("\u{0C}", expected: .value)),
        ("{1️⃣\u{A0}}", .unexpectedCharacter("\u{A0}", expected: .keyOrObjectEnd)),
        ("[1️⃣\u{FEFF}1]", .unexpectedCharacter("\u{FEFF}", expected: .valueOrArrayEnd)),
        (#"{"a": 1 1️⃣，"b": 2}"#, .unexpectedCharacter("，", expected: .commaOrObjectEnd)),
        (#"{"a": 1 1️⃣: 2}"#, .unexpectedCharacter(":", expected: .commaOrObjectEnd)),
        (#"[1 1️⃣:]"#, .unexpectedCharacter(":", expected: .commaOrArrayEnd)),
        (#"1️⃣]"#, .unexpectedCharacter("]", expected: .value)),
        (#"{"a": 1, 1️⃣, "b": 2}"#, .unexpectedCharacter(",", expected: .key)),
        // Missing commas and mismatched brackets.
        (#"{"a": 1 1️⃣"b": 2}"#, .missingComma(inObject: true)),
        (#"[1 1️⃣2]"#, .missingComma(inObject: false)),
        (#"[{} 1️⃣{}]"#, .missingComma(inObject: false)),
        (#"{"a": 2️⃣[11️⃣}"#, .mismatchedBracket(found: "}", expected: "]")),
        (#"2️⃣{"a": 11️⃣]"#, .mismatchedBracket(found: "]", expected: "}")),
    ]

    @Test("each error class is reported at the offending byte", arguments: failures)
    func failure(_ fixture: String, _ reason: JSONProblem.Reason) {
        expectJSONProblem(fixture, reason)
    }

    @Test("line and column count Hangul as one column each")
    func koreanColumns() {
        expectJSONProblem(#"{"name": "상품명", "amount": 1️⃣01}"#, .leadingZero, at: "1:27")
        expectJSONProblem("{\n  \"name\": \"상품명\",\n  \"amount\": 1️⃣01\n}", .leadingZero, at: "3:13")
        expectJSONProblem("{\r\n  \"상품\": \"가나다\" 1️⃣\"b\": 1}", .missingComma(inObject: true), at: "2:15")
        expectJSONProblem("{\"name\": \"상품명1️⃣\n\"}", .controlCharacterInString(0x0A), at: "1:14")
        expectJSONProblem("[\"한글\",\n 1️⃣'x']", .singleQuote, at: "2:2")
    }

    @Test("the first syntax error stops reading; earlier duplicate keys are kept")
    func stopsAtFirstError() {
        let result = expectJSONProblem(#"[{"a": 1, "a": 2}, 1️⃣01, 02]"#, .leadingZero)
        #expect(result.problems.map(\.kind) == [.duplicateKey, .syntax])
        #expect(result.problems.map(\.byteRange.lowerBound) == [10, 19])
    }

    @Test("invalid UTF-8 is reported at the first byte of the bad sequence")
    func invalidUTF8() {
        let cases: [([UInt8], Int)] = [
            ([0x22, 0xFF, 0x22], 1),  // never valid
            ([0x22, 0x61, 0xC0, 0x80, 0x22], 2),  // overlong NUL
            ([0x22, 0xC1, 0xBF, 0x22], 1),  // overlong
            ([0x22, 0xE0, 0x80, 0x80, 0x22], 1),  // overlong 3-byte
            ([0x22, 0xF0, 0x80, 0x80, 0x80, 0x22], 1),  // overlong 4-byte
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),  // UTF-16 surrogate U+D800 encoded in UTF-8
            ([0x22, 0xED, 0xBF, 0xBF, 0x22], 1),  // U+DFFF
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),  // U+110000
            ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], 1),  // lead byte beyond Unicode
            ([0x22, 0xE4, 0xB8, 0x22], 1),  // truncated before the closing quote
            ([0x22, 0xE4, 0xB8], 1),  // truncated at the end of input
            ([0x22, 0x80, 0x22], 1),  // stray continuation byte
            ([0x22, 0xEC, 0x83, 0x81, 0xED, 0x92, 0x22], 4),  // "상" then a truncated "품"
            // Within a run of three-byte characters ("가나"), which is checked apart from other sequences.
            ([0x22, 0xEA, 0xB0, 0x80, 0xEB, 0x82, 0x98, 0xED, 0xA0, 0x80, 0x22], 7),  // then U+D800
            ([0x22, 0xEA, 0xB0, 0x80, 0xE4, 0xB8, 0x22], 4),  // then a truncated one
            ([0x22, 0xEA, 0xB0, 0x80, 0xE4, 0x41, 0x80, 0x22], 4),  // then a bad second byte
            ([0x22, 0xEA, 0xB0, 0x80, 0xE4, 0xB8, 0xC0, 0x22], 4),  // then a bad third byte
            ([0x22, 0xEA, 0xB0, 0x80, 0xEA, 0xB0], 4),  // then the end of input
            ([0x5B, 0xFF, 0x5D], 1),  // outside strings
            ([0x7B, 0x7D, 0x20, 0xC0, 0x80], 3),  // after the top-level value
            ([0x7B, 0xC0, 0x80, 0x7D], 1),  // at a key position
            ([0x22, 0x5C, 0xFF, 0x22], 2),  // after a backslash
        ]
        for (bytes, offset) in cases {
            let result = JSONReader().read(bytes)
            #expect(result.document == nil)
            #expect(result.problems.count == 1)
            #expect(result.problems.first?.reason == .invalidUTF8, "\(bytes)")
            #expect(result.problems.first?.kind == .syntax)
            #expect(result.problems.first?.byteRange.lowerBound == offset, "\(bytes)")
        }
        // Well-formed 2-, 3- and 4-byte sequences, including the extremes, are accepted.
        let valid: [UInt8] = [
            0x22, 0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80,
            0xEF, 0xBF, 0xBF, 0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF, 0x22,
        ]
        let result = JSONReader().read(valid)
        #expect(result.problems.isEmpty)
        #expect(result.document?.scalarCount(ofString: JSONNodeID(0)) == 8)
    }

    @Test("UTF-16 and UTF-32 inputs are rejected at offset 0")
    func wideEncodings() {
        let cases: [([UInt8], String)] = [
            ([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "UTF-16LE"),
            ([0xFE, 0xFF, 0x00, 0x7B, 0x00, 0x7D], "UTF-16BE"),
            ([0x7B, 0x00, 0x7D, 0x00], "UTF-16LE"),
            ([0x00, 0x7B, 0x00, 0x7D], "UTF-16BE"),
            ([0xFF, 0xFE, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00], "UTF-32LE"),
            ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x7B], "UTF-32BE"),
            ([0x7B, 0x00, 0x00, 0x00, 0x7D, 0x00, 0x00, 0x00], "UTF-32LE"),
            ([0x00, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00, 0x7D], "UTF-32BE"),
        ]
        for (bytes, name) in cases {
            let result = JSONReader().read(bytes)
            #expect(result.document == nil)
            #expect(result.problems == [JSONProblem(kind: .syntax, reason: .wrongEncoding(name), byteRange: 0..<0)])
        }
        // A NUL byte that is not such a pattern is an ordinary unexpected character.
        let nul = JSONReader().read([0x5B, 0x31, 0x2C, 0x00, 0x5D])
        #expect(nul.problems.first?.reason == .unexpectedCharacter("\u{0}", expected: .value))
        #expect(nul.problems.first?.byteRange == 3..<4)
    }
}

@Suite("JSON reader: valid documents, duplicates, BOM and limits")
struct JSONReaderAcceptanceTests {
    static let validDocuments: [String] = [
        "{}", "[]", "0", "-0", "1", "-1.5e-3", "2E+10", "0.0", "1e400", "10000000000000000001",
        "27806.999999999996", #""""#, #""x""#, "true", "false", "null", " \t\r\n{} \n", "\n[ ]\r\n",
        #"{"a":{"b":[1,{"c":null}],"d":[]},"e":{}}"#,
        #"[[[[[]]]], [[]], {"x": [[{}]]}]"#,
        #""\"\\\/\b\f\n\r\t\u0041\u00e9\uAC00""#,
        #""\ud83d\ude00 \uD834\uDD1E""#,
        #""\u0000""#,
        #"{"": 1, " ": 2}"#,
        #"{"상품명": "아메리카노", "amount": 4500, "buyer_name": "홍길동"}"#,
        #"["😀", "\u2028", "é"]"#,
        #"[true,false,null,0,-0,1.0,-1e-9]"#,
        "[1,\r\n2,\t3]",
    ]

    @Test("a document of several MiB is read whole, whether its separators are counted exactly or not")
    func largeDocuments() throws {
        // Items with commas and colons inside strings make the separator count an overestimate; plain
        // items make it exact.
        for text in [#""a,b:c,[{""#, "7"] {
            let count = 200_000
            let body =
                "[" + Array(repeating: #"{"k": \#(text), "n": [1, 2]}"#, count: count).joined(separator: ",") + "]"
            #expect(body.utf8.count > 1 << 20)
            let read = JSONReader().read(body)
            #expect(read.problems.isEmpty)
            let document = try #require(read.document)
            let items = document.items(of: document.root)
            #expect(items.count == count)
            let last = try #require(items.last)
            let member = try #require(document.member(of: last, named: "n"))
            #expect(document.count(of: member.value) == 2)
        }
    }

    @Test("valid documents read without problems", arguments: validDocuments)
    func valid(_ text: String) {
        let result = JSONReader().read(Array(text.utf8))
        #expect(result.problems.isEmpty)
        #expect(result.document != nil)
        if let document = result.document {
            let range = document.byteRange(of: document.root)
            let trimmed = text.trimmingWhitespaceForTest()
            #expect(Array(document.bytes[range]) == Array(trimmed.utf8))
        }
    }

    @Test("nesting up to the depth limit is accepted; one more level is a limit problem")
    func depthLimit() {
        let deep = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(JSONReader().read(Array(deep.utf8)).problems.isEmpty)
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        let result = JSONReader().read(Array(tooDeep.utf8))
        #expect(result.document == nil)
        #expect(result.problems == [JSONProblem(kind: .limit, reason: .tooDeep(limit: 256), byteRange: 256..<257)])
        let objects = String(repeating: #"{"a":"#, count: 10) + "1" + String(repeating: "}", count: 10)
        expectJSONProblem(
            #"{"a":{"a":{"a":1️⃣{"a":1}}}}"#,
            .tooDeep(limit: 3),
            kind: .limit,
            limits: JSONLimits(maxDepth: 3)
        )
        #expect(JSONReader(limits: JSONLimits(maxDepth: 10)).read(Array(objects.utf8)).problems.isEmpty)
    }

    @Test("100,000 and 1,000,000 open brackets neither crash nor overflow the stack")
    func hugeNesting() {
        let brackets = [UInt8](repeating: 0x5B, count: 100_000)
        let result = JSONReader().read(brackets)
        #expect(result.document == nil)
        #expect(result.problems.first?.kind == .limit)
        #expect(result.problems.first?.byteRange.lowerBound == 256)

        let unlimited = JSONReader(limits: JSONLimits(maxDepth: .max))
        let million = unlimited.read([UInt8](repeating: 0x5B, count: 1_000_000))
        #expect(million.problems.first?.reason == .unexpectedEnd(expected: .valueOrArrayEnd))
        #expect(million.problems.first?.related == 999_999..<1_000_000)
        let balanced = [UInt8](repeating: 0x5B, count: 200_000) + [UInt8](repeating: 0x5D, count: 200_000)
        #expect(unlimited.read(balanced).problems.isEmpty)
    }

    @Test("inputs over the size limit are refused at offset 0")
    func sizeLimit() {
        let reader = JSONReader(limits: JSONLimits(maxBytes: 10))
        let result = reader.read(Array(#"{"a": 1234}"#.utf8))
        #expect(result.document == nil)
        #expect(result.problems == [JSONProblem(kind: .limit, reason: .tooLarge(limit: 10), byteRange: 0..<0)])
        #expect(reader.read(Array(#"{"a": 123}"#.utf8)).problems.isEmpty)
    }

    @Test("strings over the string limit are refused at their opening quote")
    func stringLimit() {
        let limits = JSONLimits(maxStringBytes: 4)
        expectJSONProblem(#"{"a": 1️⃣"abcde"}"#, .stringTooLong(limit: 4), kind: .limit, limits: limits)
        expectJSONProblem(#"{1️⃣"long key": 1}"#, .stringTooLong(limit: 4), kind: .limit, limits: limits)
        #expect(JSONReader(limits: limits).read(Array(#"["abcd", "상"]"#.utf8)).problems.isEmpty)
    }

    @Test("a duplicate key is reported at the second key with the first as related")
    func duplicateKey() {
        let result = expectJSONProblem(
            #"{2️⃣"amount": 1, 1️⃣"amount": 2}"#,
            .duplicateKey("amount"),
            kind: .duplicateKey,
            at: "1:15"
        )
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.byteRange == 14..<22)
        #expect(result.problems.first?.related == 1..<9)
        guard let document = result.document else {
            Issue.record("no document")
            return
        }
        #expect(document.members(of: document.root).count == 2)
        #expect(document.members(of: document.root).map(\.key) == ["amount", "amount"])
        let amount = document.member(of: document.root, named: "amount")
        #expect(amount.map { document.numberText(of: $0.value) } == "1")
        #expect(amount?.keyRange == 1..<9)
    }

    @Test("duplicates compare decoded keys, in nested and large objects")
    func duplicateVariants() {
        expectJSONProblem(#"{2️⃣"a": 1, 1️⃣"\u0061": 2}"#, .duplicateKey("a"), kind: .duplicateKey)
        expectJSONProblem(#"{2️⃣"\u0061": 1, 1️⃣"a": 2}"#, .duplicateKey("a"), kind: .duplicateKey)
        expectJSONProblem(#"{2️⃣"\uAC00": 1, 1️⃣"\uac00": 2}"#, .duplicateKey("가"), kind: .duplicateKey)
        expectJSONProblem(#"{"x": {2️⃣"b": 1, 1️⃣"b": 2}, "b": 3}"#, .duplicateKey("b"), kind: .duplicateKey)
        // Same decoded length but different bytes: not a duplicate.
        #expect(JSONReader().read(Array(#"{"ab": 1, "a\u0062x": 2, "ac": 3}"#.utf8)).problems.isEmpty)

        // A triple key is reported twice, both related to the first occurrence.
        let triple = JSONReader().read(Array(#"{"k": 1, "k": 2, "k": 3}"#.utf8))
        #expect(triple.problems.map(\.byteRange.lowerBound) == [9, 17])
        #expect(triple.problems.map(\.related) == [1..<4, 1..<4])

        // More than 16 members: hashed detection, escapes included.
        var members = (0..<40).map { #""key\#($0)": \#($0)"# }
        members.append(#""key7": 0"#)
        members.append(#""\u006bey12": 0"#)
        members.append(#""key\u0033\u0039": 0"#)
        let text = "{" + members.joined(separator: ", ") + "}"
        let large = JSONReader().read(Array(text.utf8))
        #expect(large.document != nil)
        #expect(
            large.problems.map(\.reason) == [
                .duplicateKey("key7"), .duplicateKey("key12"),
                .duplicateKey("key39"),
            ]
        )
        let bytes = Array(text.utf8)
        for problem in large.problems {
            guard let related = problem.related else {
                Issue.record("missing related range")
                continue
            }
            #expect(problem.byteRange.lowerBound > related.lowerBound)
            #expect(bytes[related.lowerBound] == 0x22)
        }
        // A large object without duplicates.
        let unique = "{" + (0..<100).map { #""k\#($0)": [\#($0)]"# }.joined(separator: ",") + "}"
        #expect(JSONReader().read(Array(unique.utf8)).problems.isEmpty)
    }

    @Test("keys sharing their first, middle and last bytes still find duplicates (hash fallback)")
    func collidingKeys() {
        // Same length, same first/middle/last eight bytes: identical quick hashes, forcing the fallback.
        let keys = (0..<300).map { index -> String in
            let digits = String(index)
            let code = String(repeating: "0", count: 3 - digits.count) + digits
            return "aaaaaaaaaa" + code + "aaaaaaaaaaaaaaaaaaaaaaaaaaa"
        }
        var members = keys.map { #""\#($0)": 1"# }
        members.append(#""\#(keys[123])": 2"#)
        members.append(#""\#(keys[7])": 3"#)
        let text = "{" + members.joined(separator: ",") + "}"
        let result = JSONReader().read(Array(text.utf8))
        #expect(result.document != nil)
        #expect(result.problems.map(\.reason) == [.duplicateKey(keys[123]), .duplicateKey(keys[7])])
    }

    /// With a key table, names it holds are compared by id (escaped spellings too) and others by their bytes.
    @Test(
        "duplicate detection agrees with a naive reference on generated objects",
        arguments: [nil, KeyTable(["a0": 0, "b1": 1, "ab2": 2, "상0": 3, "key_name_long_enough1": 4])]
    )
    func duplicatesAgainstReference(table: KeyTable?) {
        var generator = SeededRandom(seed: 42)
        let alphabet = [
            "a", "b", "ab", "ba", "\\u0061", "\\u0062", "상", "\\uc0c1", "aaaaaaaaaaaaaaaaaaaa",
            "aaaaaaaaaa\\u0061aaaaaaaaa", "key_name_long_enough",
        ]
        for _ in 0..<200 {
            let count = Int(generator.next() % 60) + 1
            let spelled = (0..<count).map { _ in
                alphabet[Int(generator.next() % UInt64(alphabet.count))] + String(generator.next() % 3)
            }
            let text = "{" + spelled.map { #""\#($0)": 0"# }.joined(separator: ",") + "}"
            let result = JSONReader().read(Array(text.utf8), keys: table)
            guard let document = result.document else {
                Issue.record("no document for \(text)")
                continue
            }
            let keys = document.members(of: document.root).map(\.key)
            var seen: Set<String> = []
            var expected: [JSONProblem.Reason] = []
            for key in keys {
                if seen.contains(key) { expected.append(.duplicateKey(key)) } else { seen.insert(key) }
            }
            #expect(result.problems.map(\.reason) == expected, "\(text)")
        }
    }

    @Test("special bytes are found at every offset of a long string (word-at-a-time scanning)")
    func stringScanningOffsets() {
        for offset in 0..<20 {
            let prefix = [UInt8](repeating: 0x61, count: offset)
            let suffix = [UInt8](repeating: 0x62, count: 20 - offset)
            let cases: [([UInt8], JSONProblem.Reason?)] = [
                ([0x22] + prefix + suffix + [0x22], nil),
                ([0x22] + prefix + [0x5C, 0x6E] + suffix + [0x22], nil),
                ([0x22] + prefix + [0xEC, 0x83, 0x81] + suffix + [0x22], nil),
                ([0x22] + prefix + [0x0A] + suffix + [0x22], .controlCharacterInString(0x0A)),
                ([0x22] + prefix + [0x1F] + suffix + [0x22], .controlCharacterInString(0x1F)),
                ([0x22] + prefix + [0xFF] + suffix + [0x22], .invalidUTF8),
                ([0x22] + prefix + [0x5C, 0x78] + suffix + [0x22], .invalidEscape("x")),
                ([0x22] + prefix + [0x22] + suffix + [0x22], .trailingData),
            ]
            for (bytes, reason) in cases {
                let result = JSONReader().read(bytes)
                #expect(result.problems.first?.reason == reason, "offset \(offset): \(bytes)")
                if reason != nil {
                    let expected = offset + 1 + (reason == .trailingData ? 1 : 0)
                    #expect(result.problems.first?.byteRange.lowerBound == expected)
                } else {
                    #expect(
                        result.document.map { $0.utf8Count(ofString: $0.root) } == bytes.count - 2
                            - (bytes.contains(0x5C) ? 1 : 0)
                    )
                }
            }
        }
        // Delimiters in the last bytes of the input, where no full word is left.
        #expect(JSONReader().read(Array(#"["abcdefghijklmnop"]"#.utf8)).problems.isEmpty)
        #expect(JSONReader().read(Array(#""abcdefghijklmno"#.utf8)).problems.first?.reason == .unterminatedString)
    }

    @Test("a UTF-8 BOM is reported and the document still read with real offsets")
    func byteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        let result = JSONReader().read(bytes)
        #expect(result.problems == [JSONProblem(kind: .bom, reason: .byteOrderMark, byteRange: 0..<3)])
        guard let document = result.document else {
            Issue.record("no document")
            return
        }
        #expect(document.bytes == bytes)
        #expect(document.byteRange(of: document.root) == 3..<11)
        #expect(document.members(of: document.root).first?.keyRange == 4..<7)

        let onlyBOM = JSONReader().read([0xEF, 0xBB, 0xBF, 0x20])
        #expect(onlyBOM.document == nil)
        #expect(onlyBOM.problems.map(\.reason) == [.byteOrderMark, .emptyInput])
        #expect(onlyBOM.problems.last?.byteRange == 3..<3)

        let error = JSONReader().read([0xEF, 0xBB, 0xBF] + Array("[1,]".utf8))
        #expect(error.problems.map(\.kind) == [.bom, .syntax])
        #expect(error.problems.last?.byteRange == 5..<6)
    }

    @Test("no input crashes the reader: every prefix and many byte substitutions of a payload")
    func robustness() {
        let payload = Array(Self.payload.utf8)
        let reader = JSONReader(limits: JSONLimits(maxDepth: 4, maxStringBytes: 64))
        for length in 0..<payload.count {
            let result = JSONReader().read(Array(payload[0..<length]))
            #expect(result.document == nil || length == 0 || result.problems.isEmpty)
            #expect(result.problems.allSatisfy { $0.byteRange.upperBound <= length })
        }
        let replacements: [UInt8] = [
            0x00, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x2D, 0x30, 0x80, 0xFF, 0xED,
        ]
        for index in stride(from: 0, to: payload.count, by: 3) {
            for replacement in replacements {
                var mutated = payload
                mutated[index] = replacement
                let result = reader.read(mutated)
                let sorted = result.problems.map(\.byteRange.lowerBound)
                #expect(sorted == sorted.sorted())
                #expect(result.problems.allSatisfy { $0.byteRange.upperBound <= mutated.count })
                if let document = result.document {
                    #expect(document.count(of: document.root) >= 0)
                }
            }
        }
    }

    @Test("problem messages are non-empty, bilingual, lowercase and without a trailing period")
    func messages() {
        let reasons: [JSONProblem.Reason] = [
            .emptyInput, .unexpectedEnd(expected: .value), .unexpectedEnd(expected: .literal("null")),
            .unexpectedCharacter("x", expected: .commaOrObjectEnd), .unexpectedCharacter("\u{A0}", expected: .key),
            .unexpectedCharacter("，", expected: .colon), .mismatchedBracket(found: "}", expected: "]"),
            .trailingComma(before: "}"), .missingComma(inObject: true), .missingComma(inObject: false), .comment,
            .singleQuote, .unquotedKey, .leadingZero, .plusSign, .missingIntegerPart, .missingFractionDigits,
            .missingExponentDigits, .invalidNumber, .nonFiniteNumber("NaN"), .invalidLiteral("True"),
            .unterminatedString, .controlCharacterInString(0x0A), .controlCharacterInString(0x1F),
            .invalidEscape("x"), .invalidUnicodeEscape, .loneSurrogate(0xD800), .invalidUTF8, .trailingData,
            .wrongEncoding("UTF-16LE"), .duplicateKey("amount"), .byteOrderMark, .tooDeep(limit: 256),
            .tooLarge(limit: 10), .stringTooLong(limit: 4), .unexpectedEnd(expected: .valueOrArrayEnd),
            .unexpectedCharacter("=", expected: .keyOrObjectEnd),
        ]
        for reason in reasons {
            let problem = JSONProblem(kind: .syntax, reason: reason, byteRange: 0..<0)
            let english = problem.message(in: .en)
            let korean = problem.message(in: .ko)
            #expect(!english.isEmpty && !korean.isEmpty)
            #expect(english != korean)
            #expect(english.first?.isUppercase == false || english.hasPrefix("UTF"), "\(english)")
            #expect(!english.hasSuffix(".") && !korean.hasSuffix("."))
            #expect(korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(korean)")
        }
        let duplicate = JSONProblem(
            kind: .duplicateKey,
            reason: .duplicateKey("amount"),
            byteRange: 5..<13,
            related: 1..<9
        )
        #expect(duplicate.message(in: .en) == "duplicate key 'amount'")
        #expect(duplicate.relatedMessage(in: .en) == "first defined here")
        #expect(duplicate.relatedMessage(in: .ko) == "처음 정의된 위치")
        let comma = JSONProblem(kind: .syntax, reason: .trailingComma(before: "}"), byteRange: 5..<6)
        #expect(comma.message(in: .en) == "trailing comma before '}'")
        #expect(comma.message(in: .ko) == "'}' 앞에 불필요한 쉼표가 있습니다")
        #expect(comma.relatedMessage(in: .en) == nil)
        let unexpected = JSONProblem(
            kind: .syntax,
            reason: .unexpectedCharacter("\u{A0}", expected: .value),
            byteRange: 0..<2
        )
        #expect(unexpected.message(in: .en) == "expected a value, found U+00A0")
        let fullWidth = JSONProblem(
            kind: .syntax,
            reason: .unexpectedCharacter("，", expected: .commaOrObjectEnd),
            byteRange: 0..<3
        )
        #expect(fullWidth.message(in: .en) == "expected ',' or '}', found '，' (U+FF0C)")
        #expect(fullWidth.message(in: .ko) == "쉼표(',')나 닫는 중괄호('}')가 와야 할 자리에 '，' (U+FF0C) 문자가 있습니다")
        #expect(
            JSONProblem.Kind.allCases.map(\.rawValue) == [
                "json-syntax", "json-duplicate-key", "json-bom",
                "json-limit",
            ]
        )
    }

    static let payload = #"""
        {
          "pg": "kcp.A52CY",
          "pay_method": "card",
          "merchant_uid": "order_no_0001",
          "name": "주문명:결제테스트 \"특가\" \u0026 무료배송",
          "amount": 64900,
          "tax_free": 0,
          "vat_amount": 5900.0,
          "currency": "KRW",
          "buyer_email": "gildong@gmail.com",
          "buyer_name": "홍길동",
          "buyer_tel": "010-4242-4242",
          "buyer_addr": "서울특별시 강남구 신사동",
          "buyer_postcode": "01181",
          "m_redirect_url": "https://www.example.com/payments/complete/mobile",
          "notice_url": ["https://www.example.com/webhook"],
          "display": {"card_quota": [0, 2, 3, 6], "only_installment": false},
          "custom_data": {"coupon": null, "items": [{"id": 1, "qty": 2, "price": 27806.999999999996}]},
          "kcpProducts": [
            {"orderNumber": "xxx", "name": "상품명", "quantity": 3, "amount": 1000}
          ]
        }
        """#
}

extension String {
    /// The text without leading and trailing JSON whitespace.
    fileprivate func trimmingWhitespaceForTest() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        var text = Substring(self)
        while let first = text.first, isSpace(first) { text.removeFirst() }
        while let last = text.last, isSpace(last) { text.removeLast() }
        return String(text)
    }
}

@Suite("JSON reader: key ids")
struct JSONReaderKeyIDTests {
    /// With a key table, every object key carries its id, escaped keys included; other strings are untouched.
    @Test func keysCarryTheirIDs() throws {
        let table = KeyTable(["pay_method": 0, "card": 1, "카드": 2])
        let text = #"{"pay_method": "card", "card": {"pay\u005fmethod": ["card"], "x": 1}, "\uCE74\uB4DC": 0}"#
        let document = try #require(JSONReader().read(Array(text.utf8), keys: table).document)
        #expect(document.hasKeyIDs)
        var ids: [String: [Int32]] = [:]
        func collect(_ node: JSONNodeID) {
            document.forEachKeyIndex(of: node) { keyIndex in
                ids[document.member(atKey: keyIndex).key, default: []].append(document.keyID(atKey: keyIndex))
                collect(JSONNodeID(keyIndex + 1))
            }
        }
        collect(document.root)
        #expect(ids == ["pay_method": [0, 0], "card": [1], "x": [-1], "카드": [2]])
        #expect(try #require(JSONReader().read(Array(text.utf8)).document).hasKeyIDs == false)
    }

    /// A large input remembers recent keys by their length and ends: keys alike in those (`a_x_b`, `a_y_b`), keys
    /// the table lacks and escaped keys all still get their own ids.
    @Test func keysOfLargeInputsKeepTheirIDs() throws {
        let table = KeyTable(["a_x_b": 0, "a_y_b": 1, "amount": 2, "abcdefghijk_long_name": 3])
        let names = [
            "a_x_b", "a_y_b", "a_z_b", "amount", "amouNt", #"a\u005fx_b"#, "abcdefghijk_long_name",
            "abcdefghijk_LONG_name",
        ]
        let expected: [Int32] = [0, 1, -1, 2, -1, 0, 3, -1]
        var random = SeededRandom(seed: 0x4E75)
        var order: [Int] = []
        var text = "["
        while text.utf8.count < 1 << 17 {
            let pick = (0..<3).map { _ in Int(random.next() % UInt64(names.count)) }
            text += (order.isEmpty ? "" : ",") + "{" + pick.map { #""\#(names[$0])": 1"# }.joined(separator: ",") + "}"
            order += pick
        }
        text += "]"
        let document = try #require(JSONReader().read(Array(text.utf8), keys: table).document)
        var ids: [Int32] = []
        for item in document.items(of: document.root) {
            document.forEachKeyIndex(of: item) { ids.append(document.keyID(atKey: $0)) }
        }
        #expect(ids == order.map { expected[$0] })
    }
}

@Suite("JSON reader: sizing")
struct JSONReaderSizingTests {
    /// The count that sizes the tape of a large input, eight bytes at a time, is exact: every length, every
    /// alignment, bytes that differ from the separators in one bit.
    @Test func separatorsAreCountedExactly() {
        var random = SeededRandom(seed: 0x5E9A_8A70)
        let alphabet: [UInt8] =
            Array(",:[{]} \"aZ".utf8) + [0xAC, 0xBA, 0xDB, 0xFB, 0x0C, 0x1A, 0x3B, 0x5A, 0x7A, 0x2D]
        for length in Array(0..<40) + [255 * 8 - 1, 255 * 8, 255 * 8 + 9, 5_000] {
            let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let expected = bytes.filter { $0 == 0x2C || $0 == 0x3A || $0 == 0x5B || $0 == 0x7B }.count
            #expect(bytes.withUnsafeBufferPointer { JSONReader.countSeparators($0) } == expected, "length \(length)")
        }
        let all = [UInt8](repeating: UInt8(ascii: ","), count: 256 * 8 + 3)
        #expect(all.withUnsafeBufferPointer { JSONReader.countSeparators($0) } == all.count)
    }

    /// A large input's tape is sized from its first MiB: a uniform input fits without growing, and the size never
    /// passes one node per two bytes.
    @Test func largeTapesAreSizedFromTheirFirstMebibyte() {
        let item = Array(#"{"amount": 9900, "name": "정기구독", "tags": [1, 2, 3]},"#.utf8)
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        while bytes.count < 3 << 20 { bytes += item }
        bytes[bytes.count - 1] = UInt8(ascii: "]")
        let capacity = bytes.withUnsafeBufferPointer(JSONReader.tapeCapacity)
        let document = JSONReader().read(bytes).document
        #expect(document.map { $0.tape.count <= capacity } == true)
        #expect(capacity <= bytes.count / 2 + 16)
        let commas = [UInt8](repeating: UInt8(ascii: ","), count: 2 << 20)
        #expect(commas.withUnsafeBufferPointer(JSONReader.tapeCapacity) == commas.count / 2 + 16)
        let small = Array(#"{"a": 1}"#.utf8)
        #expect(small.withUnsafeBufferPointer(JSONReader.tapeCapacity) == small.count / 11 + 2)
        // A typical payload's first tape stays within glibc's per-thread cache (1,032 bytes).
        let typical = [UInt8](repeating: 0x20, count: 680)
        let typicalCapacity = typical.withUnsafeBufferPointer(JSONReader.tapeCapacity)
        #expect(typicalCapacity * MemoryLayout<JSONTapeNode>.stride <= 1032)
    }

    /// Indentation after a line feed is skipped eight bytes at a time: every width, up to the end of the input, and
    /// the first byte after it is where reading goes on.
    @Test func indentationOfEveryWidthIsSkipped() throws {
        for width in 0..<20 {
            let pad = String(repeating: " ", count: width)
            let text = "[\n\(pad)1,\n\(pad)\t2,\r\n\(pad) \"a\"\n\(pad)]\n\(pad)"
            let document = try #require(JSONReader().read(Array(text.utf8)).document, "width \(width)")
            let items = document.items(of: document.root).map { document.byteRange(of: $0).lowerBound }
            let bytes = Array(text.utf8)
            #expect(items.map { bytes[$0] } == [0x31, 0x32, 0x22], "width \(width)")
            let bad = JSONReader().read(Array("[\n\(pad)x]".utf8))
            #expect(bad.problems.first?.byteRange.lowerBound == 2 + width, "width \(width)")
        }
    }

    /// With a key table, small objects tell keys apart by their ids: the duplicates found are those found by
    /// comparing bytes (escaped spellings of a known name, two unknown names, a known and an unknown one).
    @Test func duplicateKeysByIDMatchDuplicatesByBytes() {
        let keys = KeyTable(["amount": 0, "name": 1])
        let objects = [
            #"{"amount": 1, "\u0061mount": 2}"#, #"{"x": 1, "y": 2, "x": 3}"#, #"{"amount": 1, "amounts": 2}"#,
            #"{"name": 1, "x": 2, "n\u0061me": 3, "x": 4}"#, #"{"a": 1, "b": 2}"#, #"{"amount": 1, "x": 2}"#,
        ]
        for object in objects {
            let bytes = Array(object.utf8)
            let byIDs = JSONReader().read(bytes, keys: keys).problems.map(\.byteRange)
            let byBytes = JSONReader().read(bytes).problems.map(\.byteRange)
            #expect(byIDs == byBytes, "\(object)")
        }
        #expect(JSONReader().read(Array(objects[0].utf8), keys: keys).problems.count == 1)
        #expect(JSONReader().read(Array(objects[3].utf8), keys: keys).problems.count == 2)
    }
}
