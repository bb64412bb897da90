import Foundation
import KCPLint
import Testing

// Differential tests: kcplint's `Pattern` against ICU's `NSRegularExpression` as the oracle (Foundation is
// used in the tests only). The tables avoid the documented differences: ICU's `$` also matches before a final
// line terminator (so the oracle gets `\z` instead), ICU's `.` also stops at `\r` and U+2028/9, ICU's `\d`, `\w`,
// `\b` and `(?i)` are Unicode-aware (so their alphabets are ASCII), and ICU writes `\u{…}` as `\x{…}`.

/// A pattern, its oracle spelling (if different), the alphabet of its random inputs and inputs to mutate.
struct PatternDifferentialCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let oracle: String
    let alphabet: [Character]
    let seeds: [String]
    /// False for the few patterns that match every input.
    let canFail: Bool

    init(_ pattern: String, oracle: String? = nil, _ alphabet: String, seeds: [String] = [], canFail: Bool = true) {
        self.pattern = pattern
        self.oracle = oracle ?? pattern.replacingOccurrences(of: "$", with: "\\z")
        self.alphabet = Array(alphabet)
        self.seeds = seeds
        self.canFail = canFail
    }

    var testDescription: String { "/\(pattern)/" }
}

private let differentialCases: [PatternDifferentialCase] = [
    PatternDifferentialCase("^[0-9]{4}-(0[1-9]|1[0-2])$", "01239-", seeds: ["2024-01", "1999-12", "2000-10"]),
    PatternDifferentialCase(#"^\d{6}$"#, "0123456789a", seeds: ["123456"]),
    PatternDifferentialCase(#"^kcp(\.[A-Za-z0-9]+)?$"#, "kcp.aZ9-", seeds: ["kcp", "kcp.abc", "kcp.V2"]),
    PatternDifferentialCase(
        "^channel-key-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$",
        "0af-g",
        seeds: ["channel-key-0123abcd-0000-1111-2222-0123456789ab"]
    ),
    PatternDifferentialCase("^[A-Za-z0-9_-]+$", "aZ9_- .", seeds: ["store_id-01"]),
    PatternDifferentialCase(#"\{[^}]*\}"#, "{}a ", seeds: ["{a}"]),
    PatternDifferentialCase("(a+)+$", "ab", seeds: ["aaa"]),
    PatternDifferentialCase("(a|aa)*b", "abc", seeds: ["aab"]),
    PatternDifferentialCase("a.c", "abc\n", seeds: ["abc"]),
    PatternDifferentialCase("^.*$", "ab\n", seeds: ["ab"]),
    PatternDifferentialCase("^.+x.?$", "ax\n가", seeds: ["aax"]),
    PatternDifferentialCase(#"\bfoo\b"#, "fo x_", seeds: ["foo", "x foo x"]),
    PatternDifferentialCase(#"\Bo\B"#, "fo _", seeds: ["foo"]),
    PatternDifferentialCase(#"^\w+\b.\b\w+$"#, "ab _-", seeds: ["ab-ab", "a b"]),
    PatternDifferentialCase("(?i)^abc$", "aAbBcC", seeds: ["abc", "ABC"]),
    PatternDifferentialCase("(?i)[a-c]+x", "aBcXx", seeds: ["ax"]),
    PatternDifferentialCase("(?i)^[^a]+$", "aAbB", seeds: ["bB"]),
    PatternDifferentialCase("^[가-힣]+$", "가힣나a", seeds: ["가나"]),
    PatternDifferentialCase("[^가-힣 ]", "가힣 ", seeds: ["가 ", "가a"]),
    PatternDifferentialCase(#"^\s*$"#, " \t\na", seeds: [" "]),
    PatternDifferentialCase(#"\S+@\S+"#, "a@ b", seeds: ["a@b"]),
    PatternDifferentialCase(#"^\w+$"#, "a_9-", seeds: ["a_9"]),
    PatternDifferentialCase(#"\W"#, "a_!", seeds: ["a!"]),
    PatternDifferentialCase(#"^\D\S\W$"#, "1a !", seeds: ["aa!"]),
    PatternDifferentialCase("^a{2,4}$", "ab", seeds: ["aaa"]),
    PatternDifferentialCase("^(ab){2,}$", "ab", seeds: ["abab"]),
    PatternDifferentialCase("^a{0}b$", "ab", seeds: ["b"]),
    PatternDifferentialCase("^(a|b|c){3}d?$", "abcd", seeds: ["abc", "abcd"]),
    PatternDifferentialCase("x*?y+?z??", "xyz", seeds: ["xy"]),
    PatternDifferentialCase("^(?:a|ab)(?:c|bcd)$", "abcd", seeds: ["abcd", "ac"]),
    PatternDifferentialCase(#"^[\d-]+$"#, "0-a", seeds: ["0-0"]),
    PatternDifferentialCase(#"^[\w.-]+@[\w-]+\.[a-z]{2,}$"#, "a.-@bc", seeds: ["a.b@c-d.ab"]),
    PatternDifferentialCase(#"[^\d\s]"#, "1 a", seeds: ["1 "]),
    PatternDifferentialCase(#"^\u0041\x42\u{43}$"#, oracle: #"^\u0041\x42\x{43}\z"#, "ABCa", seeds: ["ABC"]),
    PatternDifferentialCase(#"^\$\d+(\.\d{2})?$"#, oracle: #"^\$\d+(\.\d{2})?\z"#, "$1.0", seeds: ["$1.00"]),
    PatternDifferentialCase(#"^(?<year>\d{4})$"#, "12a", seeds: ["1212"]),
    PatternDifferentialCase("^[-a]+[b-]$", "-ab", seeds: ["a-"]),
    PatternDifferentialCase("a|b|", "abc", canFail: false),
    PatternDifferentialCase("^(a*)*$", "ab", seeds: ["aa"]),
    PatternDifferentialCase("^(a?){5}a{5}$", "ab", seeds: ["aaaaa"]),
    PatternDifferentialCase(#"^\d{3}-\d{4}-\d{4}$"#, "01-", seeds: ["010-1234-5678"]),
    PatternDifferentialCase(#"^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$"#, "AZ09", seeds: ["KR12ABC"]),
    PatternDifferentialCase(#"\d+(,\d{3})*$"#, "1,a", seeds: ["1,000"]),
    PatternDifferentialCase(
        #"^(\+82|0)1[016789]-?\d{3,4}-?\d{4}$"#,
        "+8201679-",
        seeds: ["010-1234-5678", "+821012345678"]
    ),
    PatternDifferentialCase(#"^[^@\s]+@[^@\s]+$"#, "a@ ", seeds: ["a@a"]),
    PatternDifferentialCase(#"^(?:[01]\d|2[0-3]):[0-5]\d$"#, "01239:", seeds: ["23:59", "09:00"]),
    PatternDifferentialCase("colou?r", "colur", seeds: ["color", "colour"]),
    PatternDifferentialCase(#"^\t\r?\n$"#, "\t\r\na", seeds: ["\t\r\n"]),
    PatternDifferentialCase("(^|,)x(,|$)", "x,a", seeds: ["a,x"]),
    PatternDifferentialCase("^(?:(a)|b)*?c{1,3}?$", "abc", seeds: ["abcc"]),
]

/// Builds inputs for `testCase`: random strings over its alphabet and small mutations of its seeds.
private func inputs(for testCase: PatternDifferentialCase, using generator: inout SeededRandom) -> [String] {
    var result = [""] + testCase.seeds
    let longest = testCase.seeds.map(\.count).max() ?? 0
    let alphabet = testCase.alphabet
    for _ in 0..<250 {
        let length = Int.random(in: 0...max(8, longest + 2), using: &generator)
        result.append(String((0..<length).compactMap { _ in alphabet.randomElement(using: &generator) }))
    }
    for seed in testCase.seeds {
        for _ in 0..<150 {
            var characters = Array(seed)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: 0...characters.count, using: &generator)
                guard let replacement = alphabet.randomElement(using: &generator) else { continue }
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: characters.insert(replacement, at: position)
                case 1 where position < characters.count: characters.remove(at: position)
                default: if position < characters.count { characters[position] = replacement }
                }
            }
            result.append(String(characters))
        }
    }
    return result
}

private func oracleMatches(_ regex: NSRegularExpression, _ text: String) -> Bool {
    regex.firstMatch(in: text, options: [], range: NSRange(location: 0, length: text.utf16.count)) != nil
}

// MARK: - Random patterns

/// A random pattern in both spellings, from a grammar restricted to where ICU and kcplint agree.
private struct RandomPattern {
    var ours = ""
    var oracle = ""
    /// Whether inputs may hold Hangul, which ICU counts as word characters (so no `\w`, `\W`, `\b`, `\B`).
    let hangul: Bool

    mutating func add(_ both: String) {
        ours += both
        oracle += both
    }

    mutating func add(ours: String, oracle: String) {
        self.ours += ours
        self.oracle += oracle
    }
}

private func randomAtom(_ pattern: inout RandomPattern, depth: Int, using generator: inout SeededRandom) {
    var atoms = [
        "a", "b", "c", "A", ".", "[ab]", "[^b]", "[a-c]", "[^a-cA]", #"[\d-]"#, #"[^\s]"#, #"\d"#, #"\s"#, #"\S"#,
        #"\D"#, "1", " ", #"\n"#, #"\x61"#, #"\u0062"#,
    ]
    atoms += pattern.hangul ? ["가", "[가-힣]", "[^가]", "[나-힣a]"] : [#"\w"#, #"\W"#, "_", #"[\w-]"#, #"[^\W1]"#]
    var lazy = ["*?", "+?", "??", "{2,3}?"]
    switch Int.random(in: 0..<10, using: &generator) {
    case 0 where depth < 3:
        pattern.add(Bool.random(using: &generator) ? "(" : "(?:")
        randomAlternation(&pattern, depth: depth + 1, using: &generator)
        pattern.add(")")
        // ICU answers wrongly for lazy loops over groups that can match empty, e.g. /(?:(x)??)+?\z/ on "a1"
        // or /.(?:a|^)*?[ab]/ on "c-ab" (Python's `re` and ECMAScript agree with kcplint), so groups get
        // greedy quantifiers only; lazy ones compile to the same code in kcplint anyway.
        lazy = []
    default:
        pattern.add(atoms.randomElement(using: &generator) ?? "a")
    }
    let quantifiers = ["", "", "", "", "*", "+", "?", "{2}", "{1,}", "{0,2}", "{1,3}", "{0}"] + lazy
    pattern.add(quantifiers.randomElement(using: &generator) ?? "")
}

private func randomConcatenation(_ pattern: inout RandomPattern, depth: Int, using generator: inout SeededRandom) {
    if Int.random(in: 0..<6, using: &generator) == 0 { pattern.add("^") }
    for _ in 0..<Int.random(in: 0...3, using: &generator) {
        if !pattern.hangul, Int.random(in: 0..<8, using: &generator) == 0 {
            pattern.add(Bool.random(using: &generator) ? #"\b"# : #"\B"#)
        }
        randomAtom(&pattern, depth: depth, using: &generator)
    }
    if Int.random(in: 0..<6, using: &generator) == 0 { pattern.add(ours: "$", oracle: #"\z"#) }
}

private func randomAlternation(_ pattern: inout RandomPattern, depth: Int, using generator: inout SeededRandom) {
    randomConcatenation(&pattern, depth: depth, using: &generator)
    while Int.random(in: 0..<4, using: &generator) == 0 {
        pattern.add("|")
        randomConcatenation(&pattern, depth: depth, using: &generator)
    }
}

@Suite("Pattern versus NSRegularExpression")
struct PatternDifferentialTests {
    @Test("agrees with NSRegularExpression", arguments: differentialCases)
    func agreesWithOracle(_ testCase: PatternDifferentialCase) throws {
        let pattern = try Pattern(testCase.pattern)
        let oracle = try NSRegularExpression(pattern: testCase.oracle)
        var generator = SeededRandom(seed: UInt64(truncatingIfNeeded: testCase.pattern.utf8.count) &* 0x1234_5678)
        var outcomes = (matched: 0, failed: 0)
        for text in inputs(for: testCase, using: &generator) {
            let expected = oracleMatches(oracle, text)
            #expect(pattern.matches(text) == expected, "\(text.debugDescription)")
            #expect(pattern.matches(utf8: Array(text.utf8)) == expected, "\(text.debugDescription)")
            if expected { outcomes.matched += 1 } else { outcomes.failed += 1 }
        }
        #expect(outcomes.matched > 0)
        #expect(outcomes.failed > 0 || !testCase.canFail)
    }

    @Test(arguments: [false, true])
    func randomPatternsAgreeWithNSRegularExpression(hangul: Bool) throws {
        var generator = SeededRandom(seed: hangul ? 0x0DD5_EED5 : 0x5EED_0DD5)
        let alphabet = Array(hangul ? "abcA1 \n가나" : "abcA1 \n_-")
        var compared = 0
        for _ in 0..<500 {
            var random = RandomPattern(hangul: hangul)
            if Int.random(in: 0..<5, using: &generator) == 0 { random.add("(?i)") }
            randomAlternation(&random, depth: 0, using: &generator)
            let pattern = try Pattern(random.ours)
            // The group keeps ICU from refusing an empty pattern; (?i) stays in front.
            let oracleSource =
                random.oracle.hasPrefix("(?i)")
                ? "(?i)(?:" + random.oracle.dropFirst(4) + ")" : "(?:" + random.oracle + ")"
            let oracle = try NSRegularExpression(pattern: oracleSource)
            for _ in 0..<40 {
                let length = Int.random(in: 0...7, using: &generator)
                let text = String((0..<length).compactMap { _ in alphabet.randomElement(using: &generator) })
                let expected = oracleMatches(oracle, text)
                #expect(pattern.matches(text) == expected, "/\(random.ours)/ on \(text.debugDescription)")
                compared += 1
            }
        }
        #expect(compared == 20_000)
    }
}
