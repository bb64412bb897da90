import Testing

@testable import KCPLint

/// An invalid catalogue is rejected with problems located in its YAML.
@Suite struct CatalogueLoaderTests {
    private func problems(_ yaml: String) -> [CatalogueProblem] {
        do {
            _ = try Catalogue(sources: [CatalogueSource(name: "user.yaml", text: yaml)])
            return []
        } catch {
            return error.problems
        }
    }

    private func first(_ yaml: String) -> (String, String)? {
        problems(yaml).first.map { ("\($0.location.position)", $0.message) }
    }

    static let header = "catalogue: t\nversion: 1\nkinds:\n  - id: k\n    title: K\n    detect: {present: a}\n"

    /// `input-unreadable` is what the command line reports unreadable files with; a rule cannot take it.
    @Test func theUnreadableInputIdIsReserved() {
        let rule = Self.rule(
            id: "input-unreadable",
            examples: "    examples: {valid: ['{\"a\": 1}'], invalid: [{payload: '{}', pointer: /a}]}\n"
        )
        let problem = first(rule)
        #expect(problem?.0 == "8:9")
        #expect(problem?.1 == "rule id `input-unreadable` is reserved: kcplint reports files it cannot read with it")
    }

    @Test func tagsOutsideTheCoreSchemaAreRefused() {
        let problem = first("catalogue: !!binary dA==\nversion: 1\n")
        #expect(problem?.0 == "1:12")
        #expect(problem?.1.hasPrefix("tag `!!binary` is not supported") == true)
    }

    @Test func yamlSyntaxErrorIsLocated() {
        let problem = first("catalogue: t\nversion: 1\nrules: [\n  {id: x,\n")
        #expect(problem?.0.hasPrefix("5:") == true || problem?.0.hasPrefix("4:") == true)
    }

    @Test func aKindSourceIsAnHTTPSURLOfANewKind() {
        let kind = "catalogue: t\nversion: 1\nkinds:\n  - id: k\n    title: K\n    detect: {present: a}\n"
        #expect(problems(kind + "    source: https://example.com/k\n").isEmpty)
        let message =
            "`source` must be an https URL with a host (spaces, quotes and non-ASCII characters percent-encoded)"
        #expect(first(kind + "    source: http://example.com/k\n")?.1 == message)
        // SARIF's `helpUri` must be a URI: what would break it is refused.
        for bad in [
            "https://", "'https://exa mple.com/a'", #"'https://example.com/a"b'"#, "https://example.com/%zz",
            "https://example.com/가", "https://@/x", "https://:80/", "https://./", "https://[::1/", "https://a.b:8x/",
            "https://-a.com/",
        ] {
            #expect(first(kind + "    source: \(bad)\n")?.1 == message, "\(bad)")
        }
        for good in [
            "https://example.com", "https://developers.portone.io/x?v=v1#a", "https://example.com/%EA%B0%80",
            "https://localhost:8443/a", "https://[::1]:80/x",
        ] {
            #expect(problems(kind + "    source: \(good)\n").isEmpty, "\(good)")
        }
        let extended = kind + "  - id: k\n    source: https://example.com/other\n"
        #expect(first(extended)?.1 == "`source` cannot change kind `k` defined earlier; an extension adds fields only")
    }

    @Test func unknownTopLevelKeyWithSuggestion() {
        let problem = first("catalogue: t\nversion: 1\nrulez: []\n")
        #expect(problem?.0 == "3:1")
        #expect(problem?.1.contains("did you mean `rules`") == true)
    }

    @Test func unknownOperatorIsLocated() {
        let yaml =
            Self.header + """
                rules:
                  - id: r
                    title: T
                    severity: error
                    message: {en: m, ko: 메}
                    rationale: x
                    source: https://developers.portone.io/x
                    assert: {path: a, maxi: 3}
                    examples: {valid: ['{}'], invalid: [{payload: '{}', pointer: ''}]}
                """
        let problem = first(yaml)
        #expect(problem?.0 == "14:23")
        #expect(problem?.1.contains("unknown assertion operator `maxi`") == true)
    }

    @Test func badRegexIsLocatedInsideThePattern() {
        let yaml =
            Self.header + """
                rules:
                  - id: r
                    title: T
                    severity: error
                    message: {en: m, ko: 메}
                    rationale: x
                    source: https://developers.portone.io/x
                    assert: {path: a, pattern: '(a)\\1'}
                    examples: {valid: ['{}'], invalid: [{payload: '{}', pointer: ''}]}
                """
        let found = problems(yaml)
        #expect(found.first?.message.hasPrefix("invalid regular expression") == true)
        #expect(found.first?.location.position.line == 14)
    }

    /// A user rule that takes the id of a default one points at the default rule's line, loaded from the
    /// compiled-in snapshot or from the YAML files.
    @Test func aDuplicateOfADefaultRulePointsAtItsLine() throws {
        let yaml = """
            catalogue: x
            version: 1
            rules:
              - id: amount-not-integer
                title: {en: t, ko: t}
                severity: warning
                assert: {require: name}
                message: {en: m, ko: m}
                rationale: r
                source: https://example.com

            """
        let defined = try #require(try Catalogue.standard().ruleSummaries.first { $0.id == "amount-not-integer" })
            .location
        #expect(defined.position.line > 1)
        for examples in [false, true] {
            do {
                _ = try Catalogue.standard(
                    extendedWith: [CatalogueSource(name: "user.yaml", text: yaml)],
                    examples: examples
                )
                Issue.record("a duplicate id is a problem")
            } catch {
                #expect(error.problems.first?.location.position == SourcePosition(line: 4, column: 9))
                #expect(error.problems.first?.note?.location == defined, "examples: \(examples)")
            }
        }
    }

    @Test func duplicateRuleIdPointsAtBoth() {
        let rule = """
              - id: r
                title: T
                severity: error
                message: {en: m, ko: 메}
                rationale: x
                source: https://developers.portone.io/x
                assert: {require: a}
                examples: {valid: ['{"a": 1}'], invalid: [{payload: '{}', pointer: /a}]}

            """
        let found = problems(Self.header + "rules:\n" + rule + rule)
        #expect(found.first?.message == "duplicate rule id `r`")
        #expect(found.first?.location.position.line == 16)
        #expect(found.first?.note?.location.position.line == 8)
    }

    @Test func wrongTypeUnknownKindFormatAndFieldSet() {
        let yaml =
            Self.header + """
                rules:
                  - id: r
                    title: T
                    severity: fatal
                    kinds: [sdk-paymnt]
                    message: {en: m, ko: 메}
                    rationale: x
                    source: https://developers.portone.io/x
                    assert: {path: a, format: uuid}
                    examples: {valid: ['{}'], invalid: [{payload: '{}', pointer: ''}]}
                """
        let messages = problems(yaml).map(\.message)
        #expect(messages.contains { $0.contains("severity is error, warning or info") })
        #expect(messages.contains { $0.contains("unknown kind `sdk-paymnt`") })
        #expect(messages.contains { $0.contains("unknown format `uuid`") })
    }

    @Test func aSafeFixMustChangeThePayloadAndFlagsAreBooleans() {
        let yaml =
            Self.header + """
                rules:
                  - id: r
                    title: T
                    severity: error
                    message: {en: m, ko: 메}
                    rationale: x
                    source: https://developers.portone.io/x
                    assert: {path: a, type: string}
                    fix: {message: "say it", safe: true}
                    alongside: sometimes
                    examples: {valid: ['{}'], invalid: [{payload: '{}', pointer: ''}]}
                """
        let messages = problems(yaml).map(\.message)
        #expect(messages.contains("only a fix that changes the payload (replace, rename or map) can be `safe`"))
        #expect(messages.contains { $0.contains("`alongside`") })
    }

    @Test func missingExamplesAndMessageAreErrors() {
        let yaml =
            Self.header + """
                rules:
                  - id: r
                    title: T
                    severity: error
                    rationale: x
                    source: https://developers.portone.io/x
                    assert: {require: a}
                """
        let messages = problems(yaml).map(\.message)
        #expect(messages.contains("rule `r` needs a `message`"))
        #expect(messages.contains("rule `r` needs `examples` (valid and invalid)"))
    }

    @Test func userFileExtendsAndOverridesDefaultCatalogue() throws {
        let user = """
            catalogue: shop
            version: 1
            overrides:
              field-unknown: off
              json-bom: error
            kinds:
              - id: rest-again
                fields:
                  shop_memo: {type: string, maxLength: 10}
            rules:
              - id: shop-amount-cap
                title: {en: Amount cap, ko: 금액 상한}
                severity: warning
                kinds: [rest-again]
                assert: {path: amount, max: 1000000}
                message: {en: "`amount` is above our cap", ko: "`amount`가 상한을 넘습니다"}
                rationale: our shop never charges more
                source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
                examples:
                  valid: [{customer_uid: c-1, merchant_uid: m-1, amount: 1000}]
                  invalid: [{payload: {customer_uid: c-1, merchant_uid: m-1, amount: 2000000}, pointer: /amount}]
            """
        let catalogue = try Catalogue.standard(extendedWith: [CatalogueSource(name: "shop.yaml", text: user)])
        let summaries = catalogue.ruleSummaries
        #expect(summaries.first { $0.id == "field-unknown" }?.isEnabled == false)
        #expect(summaries.first { $0.id == "json-bom" }?.severity == .error)
        #expect(summaries.contains { $0.id == "shop-amount-cap" })
    }

    /// A rule whose examples are `examples` (YAML at the indentation of a rule's keys).
    private static func rule(id: String = "r", builtin: Bool = false, examples: String) -> String {
        Self.header + """
            rules:
              - id: \(id)
                title: T
                severity: error
                rationale: x
                source: https://developers.portone.io/x

            """ + (builtin ? "    builtin: true\n" : "    message: m\n    assert: {require: a}\n") + examples
    }

    /// Every example given as JSON text is read at load: one that is not JSON is located at the example (a valid one
    /// at its item, an invalid one at its `payload`), with the reader's message and where in the text it fails.
    @Test func anExampleThatIsNotJSONIsLocated() {
        let yaml = Self.rule(
            examples: """
                    examples:
                      valid:
                        - '{not json at all'
                        - hello
                        - {a: 1}
                      invalid:
                        - payload: '[[[['
                          pointer: /a
                        - payload: {b: [1, {c: null}]}
                          pointer: /a

                """
        )
        let found = problems(yaml).map { ("\($0.location.position)", $0.message) }
        #expect(found.count == 3, "\(found)")
        #expect(
            found.first?.0 == "17:11"
                && found.first?.1
                    == "example is not valid JSON: object keys must be double-quoted strings (character 2 of the payload)"
        )
        #expect(found.dropFirst().first?.0 == "18:11")
        #expect(found.dropFirst().first?.1.hasPrefix("example is not valid JSON: ") == true)
        #expect(found.last?.0 == "21:20")
        #expect(
            found.last?.1
                == "example is not valid JSON: unexpected end of input, expected a value or ']' (character 5 of the payload)"
        )
    }

    /// A kind's examples are read the same way.
    @Test func aKindExampleThatIsNotJSONIsLocated() {
        let yaml =
            Self.header + """
                    examples:
                      valid: ['{"a": 1,}']
                      invalid: [{payload: '{"a": "1"}', pointer: /a, rule: field-type}]
                """
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.location.position == SourcePosition(line: 8, column: 15))
        #expect(found.first?.message.hasPrefix("example is not valid JSON: ") == true)
    }

    /// The one exception: an invalid example of the rule the reader reports (`json-syntax`, `json-limit`) is meant
    /// to be unreadable, by that rule's failure; a valid one, or another failure, is still a problem.
    @Test func onlyTheReadersOwnRulesTakeUnreadableExamples() {
        let syntax = Self.rule(
            id: "json-syntax",
            builtin: true,
            examples: "    examples: {valid: ['{\"a\": 1}'], invalid: [{payload: '{\"a\": 1,}', pointer: ''}]}\n"
        )
        #expect(problems(syntax).isEmpty)
        let badValid = Self.rule(
            id: "json-syntax",
            builtin: true,
            examples: "    examples: {valid: ['{\"a\": 1,}'], invalid: [{payload: '{\"a\": 1,}', pointer: ''}]}\n"
        )
        #expect(problems(badValid).map(\.location.position) == [SourcePosition(line: 14, column: 24)])
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let limit = Self.rule(
            id: "json-limit",
            builtin: true,
            examples: "    examples: {valid: ['{}'], invalid: [{payload: '\(deep)', pointer: ''}]}\n"
        )
        #expect(problems(limit).isEmpty)
        // The limit is not a syntax error: `json-syntax` does not take it, and `json-limit` no syntax error.
        let wrongRule = Self.rule(
            id: "json-syntax",
            builtin: true,
            examples: "    examples: {valid: ['{}'], invalid: [{payload: '\(deep)', pointer: ''}]}\n"
        )
        #expect(problems(wrongRule).first?.message.hasPrefix("example exceeds a JSON reader limit: ") == true)
        let kind =
            Self.header
            + "    examples: {valid: ['{\"a\": 1}'], invalid: [{payload: '{,}', pointer: '', rule: json-syntax}]}\n"
        #expect(problems(kind).isEmpty)
        // A user rule expects its own finding, never the reader's.
        let user = Self.rule(
            examples: "    examples: {valid: ['{\"a\": 1}'], invalid: [{payload: '{,}', pointer: ''}]}\n"
        )
        #expect(problems(user).first?.message.hasPrefix("example is not valid JSON: ") == true)
    }

    /// A rule's examples expect the rule itself: `rule` (which names the finding a kind's example expects) is refused.
    @Test func aRuleExampleCannotNameARule() {
        let yaml = Self.rule(
            examples: "    examples: {valid: ['{\"a\": 1}'], invalid: [{payload: '{}', pointer: /a, rule: other}]}\n"
        )
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(
            found.first?.message == "`rule` is for the examples of a kind: a rule's examples expect the rule itself"
        )
    }

    @Test func overrideOfUnknownRuleIsLocated() {
        let problems = problems("catalogue: t\nversion: 1\noverrides:\n  no-such-rule: off\n")
        #expect(problems.first?.location.position == SourcePosition(line: 4, column: 3))
    }
}

/// `kcplint kinds` and the rule reference describe each kind's `detect` in either language.
@Suite struct ConditionTextTests {
    @Test func everyOperatorIsDescribedInBothLanguages() throws {
        let yaml = """
            catalogue: t
            version: 1
            kinds:
              - id: k
                title: K
                detect:
                  all:
                    - {present: a}
                    - {absent: b}
                    - not: {path: c, equals: 1}
                    - any: [{path: d, in: [x, y]}, {path: e, matches: '^z'}, {path: f, type: string}]
                    - {path: g, gte: 2}
                    - {path: h, length: {max: 3}}
                    - {path: i, format: url}
                    - {path: j, empty: true}
                    - {path: l, some: {path: m, present: true}}
            """
        let catalogue = try Catalogue(sources: [CatalogueSource(name: "t.yaml", text: yaml)])
        let detection = try #require(catalogue.kindSummaries.first).detection
        #expect(detection.en.hasPrefix("(`a` is present and `b` is absent and not `c` = 1 and (`d` in ["))
        #expect(detection.ko.hasPrefix("(`a` 있음 그리고 `b` 없음 그리고 아님(`c` = 1) 그리고 (`d` ∈ ["))
        #expect(detection.ko.contains("`e` ~ /^z/ 또는 `f` 문자열 유형)"))
        #expect(detection.en.contains("`g` ≥ 2 and `h` length ≤ 3 and `i` is url"))
        #expect(detection.ko.contains("`g` ≥ 2 그리고 `h` 길이 ≤ 3 그리고 `i` url 형식"))
        #expect(detection.ko.contains("`j` 비어 있음") && detection.ko.contains("`l` 항목 중 하나 이상이 `m` 있음"))
        #expect(!detection.ko.contains(" is ") && !detection.ko.contains(" and "))
    }
}
