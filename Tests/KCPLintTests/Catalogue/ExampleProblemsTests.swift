import Foundation
import Testing

@testable import KCPLint

/// ``Validator/exampleProblems(_:)``: a catalogue's examples run against the catalogue, each contradiction located at
/// its example (the command line runs it on user catalogues; `CatalogueExampleTests` on the default one).
@Suite struct ExampleProblemsTests {
    /// Kinds `k` (with `a` present, `a` an integer) and `k2` (with `z` present), then `rest`.
    static let header = """
        catalogue: t
        version: 1
        kinds:
          - id: k
            title: K
            detect: {present: a}
            fields: {a: {type: integer}, b: {type: string}, d: {type: string}}
            open: true
          - id: k2
            title: K2
            detect: {present: z}
            open: true

        """

    /// A rule `r` requiring `b`, with `examples` at the indentation of its keys.
    static func rule(_ examples: String, extra: String = "") -> String {
        """
        rules:
          - id: r
            title: T
            severity: error
            assert: {require: b}
            message: m
            rationale: x
            source: https://example.com
        \(extra)\(examples)
        """
    }

    private func problems(_ sources: [String], scope: ExampleScope = .all) throws -> [(String, String)] {
        let catalogue = try Catalogue(
            sources: sources.enumerated().map { CatalogueSource(name: "f\($0.offset).yaml", text: $0.element) }
        )
        return Validator(catalogue: catalogue).exampleProblems(scope).map { ("\($0.location)", $0.message) }
    }

    @Test func examplesThatHoldAreNoProblem() throws {
        let yaml =
            Self.header
            + Self.rule(
                "    examples: {valid: ['{\"a\": 1, \"b\": \"x\"}'], invalid: [{payload: {a: 1}, pointer: /b}]}"
            )
        #expect(try problems([yaml]).isEmpty)
    }

    /// A valid example the rule reports, and invalid ones it misses or reports elsewhere, each at its example.
    @Test func contradictionsAreLocatedAtTheirExamples() throws {
        let examples = """
                examples:
                  valid:
                    - {a: 1}
                  invalid:
                    - payload: {a: 1, b: x}
                      pointer: /b
                    - payload: {a: 1}
                      pointers: [/b, /c]
                    - payload: {q: 1}
                      pointer: /b
                    - payload: {z: 1}
                      pointer: /b
            """
        let found = try problems([Self.header + Self.rule(examples, extra: "    kinds: [k]\n")])
        #expect(
            found.map(\.0) == ["f0.yaml:24:11", "f0.yaml:26:11", "f0.yaml:28:11", "f0.yaml:30:11", "f0.yaml:32:11"]
        )
        #expect(found.first?.1 == #"valid example draws rule `r` at "/b" (m)"#)
        #expect(
            found.dropFirst().first?.1
                == #"invalid example must draw rule `r` at "/b", but draws it nowhere (checked as kind `k`)"#
        )
        #expect(
            found.dropFirst(2).first?.1
                == #"invalid example must draw rule `r` at "/b", "/c", but draws it at "/b" (m)"#
        )
        // Why it was not drawn: no kind detected, or another kind.
        #expect(
            found.dropFirst(3).first?.1.hasPrefix(
                #"invalid example must draw rule `r` at "/b", but draws it nowhere (it draws kind-unknown at "" ("#
            ) == true
        )
        #expect(found.last?.1.hasSuffix("(checked as kind `k2`)") == true)
    }

    /// Each example runs with its set's clock and its own `kind`.
    @Test func theExampleClockAndKindAreUsed() throws {
        let rule = """
            rules:
              - id: r
                title: T
                severity: error
                kinds: [k]
                assert: {path: d, notPast: true}
                message: m
                rationale: x
                source: https://example.com
                examples:
                  now: 2030-01-01T00:00:00+09:00
                  valid: ['{"a": 1, "d": "2031-01-01"}', '{"z": 1, "d": "2029-06-01"}']
                  invalid:
                    - {payload: '{"a": 1, "d": "2029-06-01"}', pointer: /d}
                    - {payload: '{"z": 1, "d": "2029-06-01"}', pointer: /d, kind: k}
            """
        #expect(try problems([Self.header + rule]).isEmpty)
        // With the default clock (2026-01-01) the date is not past; without `kind` the payload is `k2`'s.
        let defaults = rule.replacingOccurrences(of: "      now: 2030-01-01T00:00:00+09:00\n", with: "")
            .replacingOccurrences(of: ", kind: k}", with: "}")
        let found = try problems([Self.header + defaults])
        #expect(found.count == 2, "\(found)")
        #expect(
            found.allSatisfy { $0.1.hasPrefix(#"invalid example must draw rule `r` at "/d", but draws it nowhere"#) }
        )
    }

    /// A rule turned off (by `overrides`) is turned on for its own examples: they are checked all the same.
    @Test func aRuleTurnedOffIsCheckedAllTheSame() throws {
        let good = Self.rule(
            "    examples: {valid: ['{\"a\": 1, \"b\": \"x\"}'], invalid: [{payload: {a: 1}, pointer: /b}]}"
        )
        let off = "\noverrides: {r: off}\n"
        #expect(try problems([Self.header + good + off]).isEmpty)
        let bad = Self.rule("    examples: {valid: ['{\"a\": 1}'], invalid: [{payload: {a: 1, b: x}, pointer: /b}]}")
        #expect(try problems([Self.header + bad + off]).count == 2)
        // As a rule turned off by a later file.
        #expect(try problems([Self.header + bad, "catalogue: u\nversion: 1\noverrides: {r: off}\n"]).count == 2)
    }

    /// A kind's valid examples draw no dictionary finding; its invalid ones draw their `rule` at their pointers.
    @Test func kindExamples() throws {
        let kind = """
            kinds:
              - id: k
                examples:
                  valid: ['{"a": 1}', '{"a": "1"}']
                  invalid:
                    - {payload: '{"a": "x"}', pointer: /a, rule: field-type}
                    - {payload: '{"a": 1}', pointer: /a, rule: field-type}
                    - {payload: '{"a": 1, "b": 2}', pointer: /b, rule: field-type}
            """
        let extended = "catalogue: u\nversion: 1\n" + kind
        let found = try problems([Self.header, extended])
        #expect(found.map(\.0) == ["f1.yaml:6:27", "f1.yaml:9:11"])
        #expect(found.first?.1.hasPrefix(#"valid example of kind `k` draws field-type at "/a" ("#) == true)
        #expect(
            found.last?.1
                == #"invalid example must draw rule `field-type` at "/a", but draws it nowhere (checked as kind `k`)"#
        )
    }

    /// A scope runs the examples of some rules, kinds or files only; problems come in file order, then by position.
    @Test func aScopeLimitsWhatRuns() throws {
        let first =
            Self.header + Self.rule("    examples: {valid: ['{\"a\": 1}'], invalid: [{payload: {a: 1}, pointer: /b}]}")
        let second = """
            catalogue: u
            version: 1
            kinds:
              - id: k
                examples: {valid: ['{"a": "1"}'], invalid: [{payload: '{"a": 1}', pointer: /a, rule: field-type}]}
            rules:
              - id: s
                title: S
                severity: error
                assert: {forbid: q}
                message: m
                rationale: x
                source: https://example.com
                examples: {valid: ['{"a": 1, "q": 1}'], invalid: [{payload: '{"a": 1}', pointer: /q}]}
            """
        let all = try problems([first, second]).map(\.0)
        #expect(all == ["f0.yaml:21:24", "f1.yaml:5:24", "f1.yaml:5:49", "f1.yaml:14:24", "f1.yaml:14:55"])
        #expect(try problems([first, second], scope: .files(["f1.yaml"])).map(\.0) == Array(all.dropFirst()))
        #expect(try problems([first, second], scope: .rule("s")).map(\.0) == ["f1.yaml:14:24", "f1.yaml:14:55"])
        #expect(try problems([first, second], scope: .kind("k")).map(\.0) == ["f1.yaml:5:24", "f1.yaml:5:49"])
        #expect(try problems([first, second], scope: .rule("r")).map(\.0) == ["f0.yaml:21:24"])
    }
}
