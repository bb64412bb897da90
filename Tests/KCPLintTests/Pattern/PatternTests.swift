import KCPLint
import Testing

/// One pattern, one input, the expected answer.
struct PatternMatchCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let text: String
    let expected: Bool

    init(_ pattern: String, _ text: String, _ expected: Bool) {
        self.pattern = pattern
        self.text = text
        self.expected = expected
    }

    var testDescription: String { "/\(pattern)/ on \(text.debugDescription) → \(expected)" }
}

/// One rejected pattern, the expected offset and a fragment of the expected message.
struct PatternErrorCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let offset: Int
    let message: String

    init(_ pattern: String, _ offset: Int, _ message: String) {
        self.pattern = pattern
        self.offset = offset
        self.message = message
    }

    var testDescription: String { "/\(pattern)/ rejected at \(offset): \(message)" }
}

private let matchCases: [PatternMatchCase] = [
    // Literals and search semantics.
    PatternMatchCase("abc", "xxabcxx", true),
    PatternMatchCase("abc", "ab", false),
    PatternMatchCase("", "", true),
    PatternMatchCase("", "anything", true),
    PatternMatchCase("가나", "상품가나다", true),
    PatternMatchCase("😀", "a😀b", true),
    // Dot.
    PatternMatchCase(".", "", false),
    PatternMatchCase(".", "\n", false),
    PatternMatchCase(".", "\r", true),
    PatternMatchCase("a.c", "a가c", true),
    PatternMatchCase("^.$", "😀", true),
    PatternMatchCase("^.$", "e\u{301}", false),
    PatternMatchCase("^..$", "e\u{301}", true),
    // Hangul ranges.
    PatternMatchCase("^[가-힣]+$", "가나다", true),
    PatternMatchCase("^[가-힣]+$", "가a", false),
    PatternMatchCase("^[가-힣]+$", "", false),
    // Escaped syntax characters.
    PatternMatchCase(#"a\.b"#, "a.b", true),
    PatternMatchCase(#"a\.b"#, "axb", false),
    PatternMatchCase(#"^\\$"#, "\\", true),
    PatternMatchCase(#"^\/$"#, "/", true),
    PatternMatchCase(#"^\-$"#, "-", true),
    PatternMatchCase(#"^\[\]$"#, "[]", true),
    PatternMatchCase(#"^\(\)$"#, "()", true),
    PatternMatchCase(#"^\{\}$"#, "{}", true),
    PatternMatchCase(#"^\*\+\?$"#, "*+?", true),
    PatternMatchCase(#"^\|\^\$$"#, "|^$", true),
    PatternMatchCase(##"^\:\#\"\ $"##, ":#\" ", true),
    // Control and Unicode escapes.
    PatternMatchCase(#"^\n\r\t\f\v\0$"#, "\n\r\t\u{0C}\u{0B}\u{0}", true),
    PatternMatchCase(#"^\u0041\x42$"#, "AB", true),
    PatternMatchCase(#"^\u{1F600}$"#, "😀", true),
    PatternMatchCase(#"^\uD83D\uDE00$"#, "😀", true),
    PatternMatchCase(#"^\uAC00$"#, "가", true),
    // Class escapes are ASCII (except \s, which is ECMAScript white space).
    PatternMatchCase(#"^\d+$"#, "0123456789", true),
    PatternMatchCase(#"\d"#, "٣", false),
    PatternMatchCase(#"^\D$"#, "٣", true),
    PatternMatchCase(#"^\w+$"#, "az_AZ09", true),
    PatternMatchCase(#"\w"#, "가", false),
    PatternMatchCase(#"^\W$"#, "가", true),
    PatternMatchCase(#"^\s+$"#, " \t\n\r\u{0B}\u{0C}\u{A0}\u{3000}\u{FEFF}\u{2028}", true),
    PatternMatchCase(#"\s"#, "\u{85}", false),
    PatternMatchCase(#"^\S$"#, "x", true),
    PatternMatchCase(#"\S"#, " ", false),
    // Word boundaries.
    PatternMatchCase(#"\bfoo\b"#, "a foo b", true),
    PatternMatchCase(#"\bfoo\b"#, "afoo", false),
    PatternMatchCase(#"\bfoo\b"#, "foo_", false),
    PatternMatchCase(#"\bfoo\b"#, "foo", true),
    PatternMatchCase(#"\Boo\B"#, "xoox", true),
    PatternMatchCase(#"\Boo\B"#, "oo", false),
    PatternMatchCase(#"\B"#, "", true),
    PatternMatchCase(#"\b"#, "", false),
    PatternMatchCase(#"\b"#, "가", false),
    PatternMatchCase(#"a\b가"#, "a가", true),
    // Classes.
    PatternMatchCase("^[abc]+$", "cab", true),
    PatternMatchCase("^[abc]+$", "cabd", false),
    PatternMatchCase("^[^abc]$", "가", true),
    PatternMatchCase("^[^abc]$", "\n", true),
    PatternMatchCase("^[a-z0-9]+$", "abc123", true),
    PatternMatchCase("^[a-z0-9]+$", "abC", false),
    PatternMatchCase(#"^[\d-]+$"#, "010-1234", true),
    PatternMatchCase(#"^[\w.-]+$"#, "a.b-c_d", true),
    PatternMatchCase(#"^[\w.-]+$"#, "a b", false),
    PatternMatchCase("^[-a]+$", "-a-", true),
    PatternMatchCase("^[a-]+$", "-a-", true),
    PatternMatchCase("^[a-c-e]+$", "ace-", true),
    PatternMatchCase("^[a-c-e]+$", "d", false),
    PatternMatchCase("^[]a]+$", "]a", true),
    PatternMatchCase("^[^]a]$", "b", true),
    PatternMatchCase("^[^]a]$", "]", false),
    PatternMatchCase(#"^[\b]$"#, "\u{8}", true),
    PatternMatchCase("^[.]$", "x", false),
    PatternMatchCase("^[$^(){}|*+?.]+$", "$^(){}|*+?.", true),
    PatternMatchCase(#"^[\]\\\-]+$"#, "]\\-", true),
    PatternMatchCase(#"^[^\d\s]$"#, "a", true),
    PatternMatchCase(#"^[^\d\s]$"#, "1", false),
    PatternMatchCase(#"^[\D]$"#, "가", true),
    PatternMatchCase(#"^[\u{1F600}-\u{1F64F}]$"#, "😃", true),
    PatternMatchCase("^[[]$", "[", true),
    // Anchors: whole input only.
    PatternMatchCase("a$", "a\n", false),
    PatternMatchCase("a$", "ba", true),
    PatternMatchCase("^a", "ba", false),
    PatternMatchCase("a^", "a", false),
    PatternMatchCase("$a", "a", false),
    PatternMatchCase("^$", "", true),
    PatternMatchCase("^$", "\n", false),
    PatternMatchCase("^^a$$", "a", true),
    PatternMatchCase("(^a|b)c", "xbc", true),
    PatternMatchCase("(^a|b)c", "xac", false),
    // Groups and alternation.
    PatternMatchCase("^(?:ab)+$", "abab", true),
    PatternMatchCase("^(?:ab)+$", "aba", false),
    PatternMatchCase(#"^(?<year>\d{4})-(?<month>\d{2})$"#, "2024-05", true),
    PatternMatchCase("^()$", "", true),
    PatternMatchCase("^(a|)$", "", true),
    PatternMatchCase("a|b|", "zzz", true),
    PatternMatchCase("^(cat|dog)s?$", "dogs", true),
    PatternMatchCase("^(cat|dog)s?$", "cow", false),
    PatternMatchCase("^(a|b)(c|d)(e|f)$", "bdf", true),
    // Counted repetition.
    PatternMatchCase("^a{3}$", "aaa", true),
    PatternMatchCase("^a{3}$", "aa", false),
    PatternMatchCase("^a{2,3}$", "a", false),
    PatternMatchCase("^a{2,3}$", "aaa", true),
    PatternMatchCase("^a{2,3}$", "aaaa", false),
    PatternMatchCase("^a{2,}$", "aaaaaaa", true),
    PatternMatchCase("^a{2,}$", "a", false),
    PatternMatchCase("^a{0}$", "", true),
    PatternMatchCase("^a{0}$", "a", false),
    PatternMatchCase("^a{0,0}b$", "b", true),
    PatternMatchCase("^(ab){0,2}$", "abab", true),
    PatternMatchCase("^(ab){0,2}$", "ababab", false),
    PatternMatchCase("^[0-9a-f]{1000}$", String(repeating: "f", count: 1000), true),
    PatternMatchCase("^[0-9a-f]{1000}$", String(repeating: "f", count: 999), false),
    // Lazy quantifiers answer like greedy ones.
    PatternMatchCase("^a*?$", "aaa", true),
    PatternMatchCase("^a+?b$", "aab", true),
    PatternMatchCase("^a??b$", "b", true),
    PatternMatchCase("^a{2,3}?$", "aaa", true),
    PatternMatchCase("^a{2,}?$", "a", false),
    PatternMatchCase(#"\{[^}]*?\}"#, "x{y}", true),
    // Case-insensitive ASCII.
    PatternMatchCase("(?i)abc", "xABCx", true),
    PatternMatchCase("(?i)^[a-c]+$", "aBc", true),
    PatternMatchCase("(?i)^[^a]$", "A", false),
    PatternMatchCase("(?i)^[^a]$", "b", true),
    PatternMatchCase(#"(?i)^\w+$"#, "Ab_9", true),
    PatternMatchCase("(?i)^é$", "É", false),
    PatternMatchCase("(?i)^kcp$", "KCP", true),
    // Empty loops terminate.
    PatternMatchCase("^(a*)*b$", "aab", true),
    PatternMatchCase("^(a*)*b$", "aac", false),
    PatternMatchCase("^(a?)*$", "aaa", true),
    PatternMatchCase("^(|a)+$", "aa", true),
    PatternMatchCase("^(?:)*$", "", true),
    PatternMatchCase("^(a*)+$", "b", false),
    PatternMatchCase("^(^|a)+$", "aa", true),
    // Project-typical patterns (anchored literal prefixes, first-byte skipping).
    PatternMatchCase("^[0-9]{4}-(0[1-9]|1[0-2])$", "2024-12", true),
    PatternMatchCase("^[0-9]{4}-(0[1-9]|1[0-2])$", "2024-13", false),
    PatternMatchCase(#"^\d{6}$"#, "123456", true),
    PatternMatchCase(#"^\d{6}$"#, "1234567", false),
    PatternMatchCase(#"^kcp(\.[A-Za-z0-9]+)?$"#, "kcp", true),
    PatternMatchCase(#"^kcp(\.[A-Za-z0-9]+)?$"#, "kcp.v2", true),
    PatternMatchCase(#"^kcp(\.[A-Za-z0-9]+)?$"#, "kcp.", false),
    PatternMatchCase(#"^kcp(\.[A-Za-z0-9]+)?$"#, "kc", false),
    PatternMatchCase(#"^kcp(\.[A-Za-z0-9]+)?$"#, "xkcp", false),
    PatternMatchCase(
        "^channel-key-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$",
        "channel-key-0123abcd-0000-1111-2222-0123456789ab",
        true
    ),
    PatternMatchCase(
        "^channel-key-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$",
        "channel-key-0123abcd-0000-1111-2222-0123456789aZ",
        false
    ),
    PatternMatchCase("^[A-Za-z0-9_-]+$", "store_id-01", true),
    PatternMatchCase("^[A-Za-z0-9_-]+$", "store id", false),
    PatternMatchCase(#"\{[^}]*\}"#, "hello {name}!", true),
    PatternMatchCase(#"\{[^}]*\}"#, "hello {name!", false),
    PatternMatchCase(#"\{[^}]*\}"#, "", false),
    PatternMatchCase("^ab\\b", "ab c", true),
    PatternMatchCase("^ab\\b", "abc", false),
    PatternMatchCase("^가나", "가나다", true),
    PatternMatchCase("^가나", "가", false),
    PatternMatchCase(#"\bfoo"#, "barfoo foo", true),
    PatternMatchCase(#"\bfoo"#, "barfoo", false),
    PatternMatchCase("가", "abc가", true),
    PatternMatchCase("(?:^|,)x", "a,x", true),
    PatternMatchCase("x$", "ax", true),
]

private let errorCases: [PatternErrorCase] = [
    // Backtracking-only constructs.
    PatternErrorCase(#"\1"#, 0, "backreferences are not supported (kcplint patterns must run in linear time)"),
    PatternErrorCase(#"a(b)\1"#, 4, "backreferences"),
    PatternErrorCase(#"(?<n>a)\k<n>"#, 7, "backreferences"),
    PatternErrorCase("(?P=n)", 0, "backreferences"),
    PatternErrorCase("(?=a)", 0, "lookahead"),
    PatternErrorCase("a(?!b)", 1, "lookahead"),
    PatternErrorCase("(?<=a)b", 0, "lookbehind"),
    PatternErrorCase("x(?<!a)", 1, "lookbehind"),
    PatternErrorCase("(?>a)", 0, "atomic groups"),
    PatternErrorCase("a*+", 2, "possessive"),
    PatternErrorCase("a++", 2, "possessive"),
    PatternErrorCase("a{2}+", 4, "possessive"),
    PatternErrorCase("가나(?=x)", 2, "lookahead"),
    PatternErrorCase(#"😀\1"#, 1, "backreferences"),
    // Parentheses.
    PatternErrorCase("(a", 0, "missing ')'"),
    PatternErrorCase("((a)", 0, "missing ')'"),
    PatternErrorCase("a(b(c)", 1, "missing ')'"),
    PatternErrorCase("a)", 1, "unmatched ')'"),
    PatternErrorCase("(a))", 3, "unmatched ')'"),
    PatternErrorCase(")", 0, "unmatched ')'"),
    // Groups.
    PatternErrorCase("a(?i)b", 1, "only supported at the very start"),
    PatternErrorCase("^(?i)$", 1, "only supported at the very start"),
    PatternErrorCase("(?m)a", 0, "unsupported group syntax '(?m'"),
    PatternErrorCase("(?i:a)", 0, "unsupported group syntax"),
    PatternErrorCase("(?", 0, "unsupported group syntax"),
    PatternErrorCase("(?#note)", 0, "unsupported group syntax"),
    PatternErrorCase("(?P<n>a)", 0, "(?<name>…)"),
    PatternErrorCase("(?<1a>b)", 0, "invalid group name"),
    PatternErrorCase("(?<n", 0, "invalid group name"),
    PatternErrorCase("(?<>a)", 0, "invalid group name"),
    // Quantifiers.
    PatternErrorCase("*a", 0, "nothing to repeat"),
    PatternErrorCase("a|*", 2, "nothing to repeat"),
    PatternErrorCase("(*)", 1, "nothing to repeat"),
    PatternErrorCase("^*", 1, "nothing to repeat"),
    PatternErrorCase("$?", 1, "nothing to repeat"),
    PatternErrorCase(#"\b+"#, 2, "nothing to repeat"),
    PatternErrorCase("a**", 2, "nothing to repeat"),
    PatternErrorCase("a*??", 3, "nothing to repeat"),
    PatternErrorCase("a{2}{3}", 4, "nothing to repeat"),
    PatternErrorCase("(?i)*", 4, "nothing to repeat"),
    PatternErrorCase("{3}", 0, "nothing to repeat"),
    PatternErrorCase("a{1001}", 1, "repetition count above 1000"),
    PatternErrorCase("a{2,1001}", 1, "repetition count above 1000"),
    PatternErrorCase("a{99999999999999999999}", 1, "repetition count above 1000"),
    PatternErrorCase("a{3,2}", 1, "out of order"),
    PatternErrorCase("a{,3}", 1, "lower bound"),
    PatternErrorCase("a{1,2", 1, "starts no valid repetition"),
    PatternErrorCase("a{x}", 1, "starts no valid repetition"),
    PatternErrorCase("a{1, 2}", 1, "starts no valid repetition"),
    PatternErrorCase("a{", 1, "starts no valid repetition"),
    PatternErrorCase("{", 0, "lone '{'"),
    PatternErrorCase("a}", 1, "lone '}'"),
    PatternErrorCase("]", 0, "lone ']'"),
    // Classes.
    PatternErrorCase("[z-a]", 1, "out of order"),
    PatternErrorCase("[a-z9-0]", 4, "out of order"),
    PatternErrorCase("[가-가힣-가]", 4, "out of order"),
    PatternErrorCase("[abc", 0, "unterminated character class"),
    PatternErrorCase("a[", 1, "unterminated character class"),
    PatternErrorCase("[]", 0, "unterminated character class"),
    PatternErrorCase("[^]", 0, "unterminated character class"),
    PatternErrorCase(#"[a\]"#, 0, "unterminated character class"),
    PatternErrorCase(#"[\d-z]"#, 1, "cannot bound a range"),
    PatternErrorCase(#"[a-\d]"#, 3, "cannot bound a range"),
    PatternErrorCase(#"[\B]"#, 1, "\\B is not allowed"),
    PatternErrorCase("[[:alpha:]]", 1, "POSIX classes"),
    // Escapes.
    PatternErrorCase(#"\q"#, 0, "unknown escape '\\q'"),
    PatternErrorCase(#"a\z"#, 1, "use ^ for the start"),
    PatternErrorCase(#"\A"#, 0, "unknown escape"),
    PatternErrorCase(#"[\q]"#, 1, "unknown escape"),
    PatternErrorCase(#"\가"#, 0, "unknown escape"),
    PatternErrorCase(#"\c"#, 0, "unknown escape"),
    PatternErrorCase(#"\e"#, 0, "unknown escape"),
    PatternErrorCase(#"\p{L}"#, 0, "Unicode property escapes"),
    PatternErrorCase(#"\P{L}"#, 0, "Unicode property escapes"),
    PatternErrorCase(#"\08"#, 0, "octal escapes"),
    PatternErrorCase(#"\u12"#, 0, "invalid Unicode escape"),
    PatternErrorCase(#"\u{}"#, 0, "invalid Unicode escape"),
    PatternErrorCase(#"\u{1234567}"#, 0, "invalid Unicode escape"),
    PatternErrorCase(#"x\u{110000}"#, 1, "above U+10FFFF"),
    PatternErrorCase(#"\uD800"#, 0, "lone surrogate"),
    PatternErrorCase(#"\u{DC00}"#, 0, "lone surrogate"),
    PatternErrorCase(#"\xG1"#, 0, "two hex digits"),
    PatternErrorCase(#"\x4"#, 0, "two hex digits"),
    PatternErrorCase(#"abc\"#, 3, "lone backslash"),
    PatternErrorCase(#"[\"#, 1, "lone backslash"),
    // Limits.
    PatternErrorCase("(a{1000}){100}", 9, "pattern too large"),
    PatternErrorCase(String(repeating: "[ab]{1000}", count: 21), 4, "pattern too large"),
    PatternErrorCase(String(repeating: "x", count: 20_000), 0, "pattern too large"),
    PatternErrorCase(String(repeating: "(", count: 101) + "a" + String(repeating: ")", count: 101), 100, "nested"),
]

@Suite("Pattern")
struct PatternTests {
    @Test("matching", arguments: matchCases)
    func matching(_ testCase: PatternMatchCase) throws {
        let pattern = try Pattern(testCase.pattern)
        #expect(pattern.matches(testCase.text) == testCase.expected)
        #expect(pattern.matches(utf8: Array(testCase.text.utf8)) == testCase.expected)
    }

    @Test("rejection", arguments: errorCases)
    func rejection(_ testCase: PatternErrorCase) {
        do {
            let pattern = try Pattern(testCase.pattern)
            Issue.record("accepted /\(pattern)/")
        } catch {
            #expect(error.offset == testCase.offset, "\(error)")
            #expect(error.message.contains(testCase.message), "\(error)")
        }
    }

    @Test func largestAcceptedPatterns() throws {
        // 20 × 1000 consuming instructions plus the match: just over the limit, so 19 fit. (Anchored: unanchored,
        // every one of the 19,000 positions would start a thread, the worst case of the O(pattern × text) bound.)
        let nineteen = try Pattern("^" + String(repeating: "[ab]{1000}", count: 19))
        #expect(nineteen.matches(String(repeating: "a", count: 19_000)))
        #expect(!nineteen.matches(String(repeating: "a", count: 18_999)))
        let deep = String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)
        #expect(try Pattern(deep).matches("a"))
        let mixed = try Pattern("^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$")
        #expect(mixed.matches("192.168.0.1"))
        #expect(!mixed.matches("192.168.0"))
    }

    @Test func invalidUTF8ReadsAsReplacementCharacters() throws {
        let one = try Pattern("^.$")
        let two = try Pattern("^..$")
        #expect(one.matches(utf8: [0xFF]))
        #expect(try Pattern("^\\uFFFD$").matches(utf8: [0xFF]))
        #expect(one.matches(utf8: [0xE2, 0x82]))  // A truncated sequence is one maximal ill-formed subpart.
        #expect(two.matches(utf8: [0xC0, 0x80]))  // An overlong lead and a stray continuation byte.
        #expect(two.matches(utf8: [0xED, 0xA0, 0x80].dropLast()))  // A surrogate lead stops after one byte.
        #expect(try Pattern("^a\\uFFFDb$").matches(utf8: [0x61, 0xF4, 0x90, 0x80, 0x80, 0x62]) == false)
        #expect(try Pattern("^a\\uFFFD{4}b$").matches(utf8: [0x61, 0xF4, 0x90, 0x80, 0x80, 0x62]))
        #expect(try Pattern("\\uFFFD").matches(utf8: [0x61, 0x62, 0xFF]))
        #expect(try Pattern("^\\uFFFD").matches(utf8: [0xFF, 0x61]))
        #expect(!(try Pattern("^가")).matches(utf8: [0xEA, 0xB0]))
        #expect(!(try Pattern("가")).matches(utf8: [0xEA, 0xB0]))
        #expect(try Pattern("^[\\s\\S]*$").matches(utf8: [0xFF, 0xFE, 0x00, 0x80]))
    }

    @Test func emptyBuffers() throws {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(try Pattern("").matches(utf8: empty))
        #expect(try Pattern("^$").matches(utf8: empty))
        #expect(try Pattern("\\B").matches(utf8: empty))
        #expect(!(try Pattern("\\b")).matches(utf8: empty))
        #expect(!(try Pattern("a")).matches(utf8: empty))
        #expect(!(try Pattern("^a")).matches(utf8: []))
        #expect(try Pattern("a*$").matches(utf8: []))
    }

    @Test func bufferSlicesOfALargerDocument() throws {
        let document = Array(#"{"currency":"KRW","amount":"1200"}"#.utf8)
        let pattern = try Pattern("^[A-Z]{3}$")
        document.withUnsafeBufferPointer { whole in
            let value = UnsafeBufferPointer(rebasing: whole[13..<16])
            #expect(pattern.matches(utf8: value))
            #expect(!pattern.matches(utf8: UnsafeBufferPointer(rebasing: whole[12..<16])))
        }
    }

    @Test func decodingAgreesWithStringDecoding() throws {
        // `^[\s\S]{n}$` matches exactly when the bytes decode to n scalars, so this checks the on-the-fly decoder
        // against the standard library's replacement of ill-formed UTF-8, on bytes that are mostly almost valid.
        var generator = SeededRandom(seed: 0x6B63_706C_696E_7401)
        let interesting: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var patterns: [Int: Pattern] = [:]
        for _ in 0..<2000 {
            let length = Int.random(in: 0...8, using: &generator)
            let bytes = (0..<length).map { _ in interesting.randomElement(using: &generator) ?? 0 }
            let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.count
            let pattern = try patterns[scalars] ?? Pattern("^[\\s\\S]{\(scalars)}$")
            patterns[scalars] = pattern
            #expect(pattern.matches(utf8: bytes), "\(bytes) should be \(scalars) scalars")
            let shorter = try Pattern("^[\\s\\S]{0,\(max(scalars - 1, 0))}$")
            #expect(scalars == 0 || !shorter.matches(utf8: bytes), "\(bytes) should be \(scalars) scalars")
        }
    }

    @Test func identityAndDescriptions() throws {
        let first = try Pattern("^a+$")
        let second = try Pattern("^a+$")
        let other = try Pattern("^a*$")
        #expect(first == second)
        #expect(first != other)
        #expect(Set([first, second, other]).count == 2)
        #expect(first.source == "^a+$")
        #expect(first.description == "^a+$")
        let error = PatternError(message: "nothing to repeat", offset: 0)
        #expect(error.description == "nothing to repeat (at offset 0)")
        #expect(error == PatternError(message: "nothing to repeat", offset: 0))
    }

    @Test func sharedAcrossTasks() async throws {
        let pattern = try Pattern("^channel-key-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$")
        let good = "channel-key-0123abcd-0000-1111-2222-0123456789ab"
        let bad = "channel-key-0123abcd-0000-1111-2222-0123456789a"
        let failures = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var failures = 0
                    for _ in 0..<500 where !pattern.matches(good) || pattern.matches(bad) { failures += 1 }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }
}

/// Patterns that match without the NFA (`^` + fixed ASCII classes + `$`, or one ASCII class anywhere) give the
/// NFA's answers: each is compared with the same pattern written as an alternation of itself, which runs the NFA.
@Suite struct PatternShortcutTests {
    /// Each pattern with its alternation spelling (`(?i)` has to stay first).
    static let pairs: [(String, String)] = [
        (#"^\d{8}$"#, #"^\d{8}$|^\d{8}$"#),
        (
            #"(?i)^channel-key-[0-9a-f]{8}-[0-9a-f]{4}$"#,
            #"(?i)^channel-key-[0-9a-f]{8}-[0-9a-f]{4}$|^channel-key-[0-9a-f]{8}-[0-9a-f]{4}$"#
        ),
        (#"^[A-Z0-9]{5}$"#, #"^[A-Z0-9]{5}$|^[A-Z0-9]{5}$"#),
        ("^$", "^$|^$"), ("^a$", "^a$|^a$"), (#"[{}<>]"#, #"[{}<>]|[{}<>]"#), (#"[^0-9]"#, #"[^0-9]|[^0-9]"#),
        ("x", "x|x"), (#"\S"#, #"\S|\S"#), (#"\s"#, #"\s|\s"#), (#"[^0-9\s]"#, #"[^0-9\s]|[^0-9\s]"#),
        (#"[^A-Za-z0-9_-]"#, #"[^A-Za-z0-9_-]|[^A-Za-z0-9_-]"#),
    ]

    @Test func shortcutsAgreeWithTheSimulation() throws {
        for (source, alternation) in Self.pairs {
            try compare(try Pattern(source), try Pattern(alternation), source)
        }
    }

    private func compare(_ fast: Pattern, _ slow: Pattern, _ source: String) throws {
        var random = SeededRandom(seed: 3)
        let alphabet: [[UInt8]] = [
            [0x30], [0x35], [0x39], [0x41], [0x61], [0x66], [0x7B], [0x3C], [0x2D], [0x78], [0x20], [0x0A],
            Array("c".utf8), Array("채".utf8), [0xFF], [0xC3], Array("channel-key-".utf8), Array("\u{A0}".utf8),
            Array("\u{3000}".utf8), [0x09],
        ]
        for _ in 0..<3000 {
            let input = (0..<Int.random(in: 0...14, using: &random)).flatMap { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
            }
            #expect(fast.matches(utf8: input) == slow.matches(utf8: input), "\(source) on \(input)")
        }
    }
}
