import KCPLint
import Testing

// Patterns that make backtracking engines take exponential (or high-polynomial) time, on 30,000-character inputs
// built to trigger it. kcplint simulates the NFA, so each must finish in well under a second even in a debug
// build; the elapsed times are printed for the record.

/// A catastrophic-backtracking pattern, an adversarial input and the right answer.
struct PatternReDoSCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let input: String
    let inputName: String
    let expected: Bool

    var testDescription: String { "/\(pattern)/ on \(inputName)" }
}

private let length = 30_000

private let reDoSCases: [PatternReDoSCase] = [
    PatternReDoSCase(
        pattern: "(a+)+$",
        input: String(repeating: "a", count: length - 1) + "!",
        inputName: "a…a!",
        expected: false
    ),
    PatternReDoSCase(pattern: "(a+)+$", input: String(repeating: "a", count: length), inputName: "a…a", expected: true),
    PatternReDoSCase(
        pattern: "^(a+)+$",
        input: String(repeating: "a", count: length - 1) + "!",
        inputName: "a…a!",
        expected: false
    ),
    PatternReDoSCase(
        pattern: "(a|aa)*b",
        input: String(repeating: "a", count: length),
        inputName: "a…a",
        expected: false
    ),
    PatternReDoSCase(
        pattern: "(a|aa)*b",
        input: String(repeating: "a", count: length - 1) + "b",
        inputName: "a…ab",
        expected: true
    ),
    PatternReDoSCase(
        pattern: "(.*a){12}",
        input: String(repeating: "a", count: 11) + String(repeating: "x", count: length - 11),
        inputName: "11 a then x…x",
        expected: false
    ),
    PatternReDoSCase(
        pattern: "(.*a){12}",
        input: String(repeating: "xa", count: length / 2),
        inputName: "xaxa…",
        expected: true
    ),
    PatternReDoSCase(
        pattern: #"^(\w+\s?)*$"#,
        input: String(repeating: "a ", count: length / 2 - 1) + "a!",
        inputName: "a a … a!",
        expected: false
    ),
    PatternReDoSCase(
        pattern: #"^(\w+\s?)*$"#,
        input: String(repeating: "ab ", count: length / 3),
        inputName: "ab ab …",
        expected: true
    ),
    PatternReDoSCase(
        pattern: #"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}"#
            + #"(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$"#,
        input: String(repeating: "a", count: length) + "!",
        inputName: "a…a!",
        expected: false
    ),
    PatternReDoSCase(
        pattern: #"\{[^}]*\}"#,
        input: String(repeating: "{", count: length),
        inputName: "{{{…",
        expected: false
    ),
    PatternReDoSCase(
        pattern: #"^(\d+)*[.]$"#,
        input: String(repeating: "1", count: length) + "x",
        inputName: "1…1x",
        expected: false
    ),
]

/// Typical catalogue patterns and payload values, for the timing record.
private let typicalPatterns: [(pattern: String, input: String)] = [
    ("^[0-9]{4}-(0[1-9]|1[0-2])$", "2024-12"),
    (#"^\d{6}$"#, "123456"),
    (#"^kcp(\.[A-Za-z0-9]+)?$"#, "kcp.payments"),
    ("^channel-key-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", "channel-key-0123abcd-0000-1111-2222-0123456789ab"),
    ("^[A-Za-z0-9_-]+$", "merchant_store-0001-x"),
    (#"\{[^}]*\}"#, "order for {customer}"),
    (#"\{[^}]*\}"#, "20 bytes of no brace"),
    ("^[가-힣]+$", "주식회사케이씨피"),
]

@Suite("Pattern in linear time")
struct PatternReDoSTests {
    @Test("linear time on adversarial input", arguments: reDoSCases)
    func linearTime(_ testCase: PatternReDoSCase) throws {
        let pattern = try Pattern(testCase.pattern)
        let clock = ContinuousClock()
        var result = !testCase.expected
        let elapsed = clock.measure { result = pattern.matches(testCase.input) }
        #expect(result == testCase.expected)
        // Sanitizer runs scale the bound (Scripts/sanitizers.sh sets KCPLINT_TIME_SCALE).
        #expect(elapsed < .seconds(HardeningSupport.bound(1)), "took \(elapsed)")
        print("ReDoS /\(testCase.pattern)/ on \(testCase.inputName) (\(testCase.input.utf8.count) bytes): \(elapsed)")
    }

    @Test func typicalPatternTimings() throws {
        let clock = ContinuousClock()
        let iterations = 20_000
        for (source, input) in typicalPatterns {
            let pattern = try Pattern(source)
            let bytes = Array(input.utf8)
            var hits = 0
            let elapsed = clock.measure {
                for _ in 0..<iterations where pattern.matches(utf8: bytes) { hits += 1 }
            }
            #expect(hits == iterations || hits == 0)
            let perMatch = elapsed / iterations
            print("timing /\(source)/ on \(bytes.count) bytes: \(perMatch) per match (matched: \(hits > 0))")
            // Loose bound so that a debug build on a shared machine passes; release is far below (see the report).
            #expect(perMatch < .microseconds(100))
        }
    }
}
