import Foundation
import Testing

@testable import KCPLint

/// Every condition operator and assertion has a passing and a failing case.
@Suite struct OperatorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var when: String?
        var assert: String
        var passing: String
        var failing: String
        var pointers: [String]
        var testDescription: String { name }
    }

    static let assertions: [Case] = [
        Case(
            name: "require",
            assert: "{require: b.c}",
            passing: #"{"b": {"c": 1}}"#,
            failing: #"{"b": {}}"#,
            pointers: ["/b/c"]
        ),
        Case(
            name: "require blank string",
            assert: "{require: a}",
            passing: #"{"a": "x"}"#,
            failing: #"{"a": "  "}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "require null",
            assert: "{require: a}",
            passing: #"{"a": 0}"#,
            failing: #"{"a": null}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "require wildcard",
            assert: "{require: 'p[*].n'}",
            passing: #"{"p": [{"n": 1}]}"#,
            failing: #"{"p": [{"n": 1}, {}]}"#,
            pointers: ["/p/1/n"]
        ),
        Case(name: "forbid", assert: "{forbid: a}", passing: #"{"b": 1}"#, failing: #"{"a": 1}"#, pointers: ["/a"]),
        Case(
            name: "requireAny",
            assert: "{requireAny: [a, b]}",
            passing: #"{"b": 1}"#,
            failing: #"{"c": 1}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "exclusive",
            assert: "{exclusive: [a, b]}",
            passing: #"{"a": 1}"#,
            failing: #"{"a": 1, "b": 2}"#,
            pointers: ["/b"]
        ),
        Case(
            name: "type",
            assert: "{path: a, type: integer}",
            passing: #"{"a": 10000000000000000001}"#,
            failing: #"{"a": 27806.999999999996}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "type list",
            assert: "{path: a, type: [string, array]}",
            passing: #"{"a": []}"#,
            failing: #"{"a": 1}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "enum",
            assert: "{path: a, enum: [ko, en]}",
            passing: #"{"a": "en"}"#,
            failing: #"{"a": "kr"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "enum numbers",
            assert: "{path: a, enum: [0, 2]}",
            passing: #"{"a": 2.0}"#,
            failing: #"{"a": 1}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "notIn",
            assert: "{path: a, notIn: [order_no_0001]}",
            passing: #"{"a": "o-1"}"#,
            failing: #"{"a": "order_no_0001"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "equals",
            assert: "{path: a, equals: card}",
            passing: #"{"a": "card"}"#,
            failing: #"{"a": "trans"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "equals bool",
            assert: "{path: a, equals: true}",
            passing: #"{"a": true}"#,
            failing: #"{"a": "true"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "pattern",
            assert: #"{path: a, pattern: '^\d{2}$'}"#,
            passing: #"{"a": "00"}"#,
            failing: #"{"a": "0"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "notPattern",
            assert: #"{path: a, notPattern: '\{[^}]*\}'}"#,
            passing: #"{"a": "x"}"#,
            failing: #"{"a": "{채널키}"}"#,
            pointers: ["/a"]
        ),
        Case(name: "min", assert: "{path: a, min: 1}", passing: #"{"a": 1}"#, failing: #"{"a": 0}"#, pointers: ["/a"]),
        Case(
            name: "max",
            assert: "{path: a, max: 10}",
            passing: #"{"a": 10}"#,
            failing: #"{"a": 10.5}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "max with path",
            assert: "{path: t, max: {path: a}}",
            passing: #"{"a": 10, "t": 10}"#,
            failing: #"{"a": 10, "t": 11}"#,
            pointers: ["/t"]
        ),
        Case(
            name: "length",
            assert: "{path: a, length: {max: 3}}",
            passing: #"{"a": "상품명"}"#,
            failing: #"{"a": "상품명칭"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "length of array",
            assert: "{path: a, length: {min: 1}}",
            passing: #"{"a": [1]}"#,
            failing: #"{"a": []}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "bytes",
            assert: "{path: a, bytes: {max: 6}}",
            passing: #"{"a": "상품"}"#,
            failing: #"{"a": "상품명"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "format",
            assert: "{path: a, format: url}",
            passing: #"{"a": "https://x.kr/a"}"#,
            failing: #"{"a": "/a"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "notFormat",
            assert: "{path: a, notFormat: local-url}",
            passing: #"{"a": "https://x.kr/a"}"#,
            failing: #"{"a": "http://localhost:8080/hook"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "notPast",
            assert: "{path: a, notPast: true}",
            passing: #"{"a": "2026-01"}"#,
            failing: #"{"a": "2025-12"}"#,
            pointers: ["/a"]
        ),
        Case(
            name: "unique",
            assert: "{path: s, unique: m}",
            passing: #"{"s": [{"m": "a"}, {"m": "b"}]}"#,
            failing: #"{"s": [{"m": "a"}, {"m": "b"}, {"m": "a"}]}"#,
            pointers: ["/s/2/m"]
        ),
        Case(
            name: "that",
            assert: "{path: c, that: {present: code}}",
            passing: #"{"c": {"code": "367"}}"#,
            failing: #"{"c": {"quota": 3}}"#,
            pointers: ["/c"]
        ),
        Case(
            name: "wildcard assertion",
            assert: "{path: 'p[*].q', type: integer}",
            passing: #"{"p": [{"q": 1}]}"#,
            failing: #"{"p": [{"q": 1}, {"q": "2"}, {"q": 3.5}]}"#,
            pointers: ["/p/1/q", "/p/2/q"]
        ),
        Case(
            name: "root path in quantifier",
            assert: "{path: 's[*]', that: {path: a, lte: {path: $.max}}}",
            passing: #"{"max": 5, "s": [{"a": 5}]}"#,
            failing: #"{"max": 5, "s": [{"a": 6}]}"#,
            pointers: ["/s/0"]
        ),
        Case(
            name: "escaped pointer",
            assert: "{forbid: \"['a/b~c']\"}",
            passing: #"{"x": 1}"#,
            failing: #"{"a/b~c": 1}"#,
            pointers: ["/a~1b~0c"]
        ),
    ]

    static let conditions: [Case] = [
        Case(
            name: "present",
            when: "{present: a}",
            assert: "{forbid: x}",
            passing: #"{"x": 1}"#,
            failing: #"{"a": 1, "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "absent",
            when: "{absent: a}",
            assert: "{forbid: x}",
            passing: #"{"a": 1, "x": 1}"#,
            failing: #"{"x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "equals",
            when: "{path: m, equals: phone}",
            assert: "{require: n}",
            passing: #"{"m": "card"}"#,
            failing: #"{"m": "phone"}"#,
            pointers: ["/n"]
        ),
        Case(
            name: "in",
            when: "{path: m, in: [cultureland, booknlife]}",
            assert: "{require: n}",
            passing: #"{"m": "card"}"#,
            failing: #"{"m": "booknlife"}"#,
            pointers: ["/n"]
        ),
        Case(
            name: "matches",
            when: "{path: pg, matches: '^kcp_billing'}",
            assert: "{require: n}",
            passing: #"{"pg": "kcp.A"}"#,
            failing: #"{"pg": "kcp_billing.A"}"#,
            pointers: ["/n"]
        ),
        Case(
            name: "type",
            when: "{path: b, type: string}",
            assert: "{require: n}",
            passing: #"{"b": {}}"#,
            failing: #"{"b": "{}"}"#,
            pointers: ["/n"]
        ),
        Case(
            name: "lt constant",
            when: "{path: a, lt: 50000}",
            assert: "{forbid: q}",
            passing: #"{"a": 50000, "q": 3}"#,
            failing: #"{"a": 49999, "q": 3}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "lte",
            when: "{path: a, lte: 0}",
            assert: "{forbid: q}",
            passing: #"{"a": 1, "q": 3}"#,
            failing: #"{"a": 0, "q": 3}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "gt field",
            when: "{path: t, gt: {path: a}}",
            assert: "{forbid: q}",
            passing: #"{"a": 5, "t": 5, "q": 1}"#,
            failing: #"{"a": 5, "t": 6, "q": 1}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "gte",
            when: "{path: a, gte: 2}",
            assert: "{forbid: q}",
            passing: #"{"a": 1, "q": 1}"#,
            failing: #"{"a": 2, "q": 1}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "length",
            when: "{path: a, length: {min: 3}}",
            assert: "{forbid: q}",
            passing: #"{"a": "ab", "q": 1}"#,
            failing: #"{"a": "abc", "q": 1}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "bytes",
            when: "{path: a, bytes: {min: 4}}",
            assert: "{forbid: q}",
            passing: #"{"a": "abc", "q": 1}"#,
            failing: #"{"a": "가나", "q": 1}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "format",
            when: "{path: a, format: email}",
            assert: "{forbid: q}",
            passing: #"{"a": "x", "q": 1}"#,
            failing: #"{"a": "a@b.kr", "q": 1}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "empty",
            when: "{path: a, empty: true}",
            assert: "{forbid: q}",
            passing: #"{"a": [1], "q": 1}"#,
            failing: #"{"a": [], "q": 1}"#,
            pointers: ["/q"]
        ),
        Case(
            name: "some",
            when: "{path: s, some: {path: q, gte: 2}}",
            assert: "{forbid: x}",
            passing: #"{"s": [{"q": 0}], "x": 1}"#,
            failing: #"{"s": [{"q": 0}, {"q": 3}], "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "every",
            when: "{path: s, every: {present: q}}",
            assert: "{forbid: x}",
            passing: #"{"s": [{"q": 0}, {}], "x": 1}"#,
            failing: #"{"s": [{"q": 0}], "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "none",
            when: "{path: s, none: {present: q}}",
            assert: "{forbid: x}",
            passing: #"{"s": [{"q": 0}], "x": 1}"#,
            failing: #"{"s": [{}], "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "some settled by the first item",
            when: "{path: s, some: {path: q, gte: 2}}",
            assert: "{forbid: x}",
            passing: #"{"s": [], "x": 1}"#,
            failing: #"{"s": [{"q": 3}, {"q": 0}], "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "every settled by the first item, and on no items",
            when: "{path: s, every: {present: q}}",
            assert: "{forbid: x}",
            passing: #"{"s": [{}, {"q": 0}], "x": 1}"#,
            failing: #"{"s": [], "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "none settled by a later item, and on no items",
            when: "{path: s, none: {present: q}}",
            assert: "{forbid: x}",
            passing: #"{"s": [{}, {"q": 0}], "x": 1}"#,
            failing: #"{"s": [], "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "wildcard path is existential",
            when: "{path: 's[*].q', gte: 2}",
            assert: "{forbid: x}",
            passing: #"{"s": [{"q": 1}], "x": 1}"#,
            failing: #"{"s": [{"q": 1}, {"q": 2}], "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "all",
            when: "{all: [{present: a}, {present: b}]}",
            assert: "{forbid: x}",
            passing: #"{"a": 1, "x": 1}"#,
            failing: #"{"a": 1, "b": 1, "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "any",
            when: "{any: [{present: a}, {present: b}]}",
            assert: "{forbid: x}",
            passing: #"{"c": 1, "x": 1}"#,
            failing: #"{"b": 1, "x": 1}"#,
            pointers: ["/x"]
        ),
        Case(
            name: "not",
            when: "{not: {present: a}}",
            assert: "{forbid: x}",
            passing: #"{"a": 1, "x": 1}"#,
            failing: #"{"x": 1}"#,
            pointers: ["/x"]
        ),
    ]

    @Test(arguments: assertions + conditions)
    func operatorPassesAndFails(_ test: Case) throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(rules: EngineFixture.rule(when: test.when, assert: test.assert))
        )
        #expect(EngineFixture.pointers(validator, test.passing).isEmpty, "passing payload reported")
        #expect(EngineFixture.pointers(validator, test.failing).sorted() == test.pointers.sorted())
        // The interpreter alone (the rule screen off) answers the same.
        var unscreened = ValidationOptions(now: 1_767_193_200)
        unscreened.screensRules = false
        func pointers(_ payload: String) -> [String] {
            validator.validate(payload, options: unscreened).diagnostics.filter { $0.ruleID == "r" }.map(\.pointer)
        }
        #expect(pointers(test.passing).isEmpty, "passing payload reported without the screen")
        #expect(pointers(test.failing).sorted() == test.pointers.sorted(), "without the screen")
    }

    @Test func conditionalRuleNamesItsTrigger() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(
                    when: "{path: pay_method, equals: phone}",
                    assert: "{require: bypass.shop_user_id}"
                )
            )
        )
        let payload = "{\n  \"pay_method\": \"phone\",\n  \"bypass\": {}\n}"
        let diagnostic = try #require(validator.validate(payload).diagnostics.first { $0.ruleID == "r" })
        #expect(diagnostic.pointer == "/bypass/shop_user_id")
        // The nearest existing ancestor is the `bypass` key.
        #expect(diagnostic.span.start == SourcePosition(line: 3, column: 3))
        let note = try #require(diagnostic.notes.first)
        #expect(note.message == "because `/pay_method` is \"phone\"")
        #expect(note.span?.start == SourcePosition(line: 2, column: 17))
    }

    @Test func aMemberTestedTwiceByTheConditionGetsOneNote() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(
                    when: "{all: [{path: pg, type: string}, {path: pg, matches: '^nice'}, {path: amount, gte: 1}]}",
                    assert: "{forbid: [pg, escrow]}"
                )
            )
        )
        let findings = validator.validate(#"{"pg": "nice_v2", "amount": 5, "escrow": true}"#).diagnostics.filter {
            $0.ruleID == "r"
        }
        let escrow = try #require(findings.first { $0.pointer == "/escrow" })
        #expect(escrow.notes.map(\.pointer) == ["/pg", "/amount"])
        // At `pg` itself, no note points at the finding.
        let pg = try #require(findings.first { $0.pointer == "/pg" })
        #expect(pg.notes.map(\.pointer) == ["/amount"])
    }

    @Test func aRulesOwnBecauseIsOneNoteAwayFromTheFinding() throws {
        // The reported member is one of the triggers: the rule's `because` is said once, at the other trigger.
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(
                    when: "{all: [{path: currency, equals: USD}, {path: pay_method, equals: trans}]}",
                    assert: "{path: currency, notIn: [USD]}"
                ) + "\n  because: {en: \"not a card payment\", ko: \"카드 결제가 아님\"}"
            )
        )
        let diagnostic = try #require(
            validator.validate(#"{"currency": "USD", "pay_method": "trans"}"#).diagnostics.first { $0.ruleID == "r" }
        )
        #expect(diagnostic.pointer == "/currency")
        #expect(diagnostic.notes.map(\.message) == ["not a card payment"])
        #expect(diagnostic.notes.map(\.pointer) == ["/pay_method"])
    }

    @Test func atReportsAMemberOfTheCheckedValue() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(
                    assert: "{path: 'items[*]', at: fee, that: {any: [{absent: fee}, {path: fee, lte: {path: total}}]}}"
                )
            )
        )
        // Reported at the item's `fee`, with its value in the message; items that pass are not.
        let payload = #"{"items": [{"fee": 5, "total": 10}, {"fee": 50, "total": 10}]}"#
        let diagnostic = try #require(validator.validate(payload).diagnostics.first { $0.ruleID == "r" })
        #expect(diagnostic.pointer == "/items/1/fee")
        #expect(diagnostic.message.hasPrefix("bad /items/1/fee 50"))
        #expect(EngineFixture.pointers(validator, payload) == ["/items/1/fee"])
        // `at` a member that is missing: reported where it should be.
        let missing = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(assert: "{path: 'items[*]', at: fee, that: {present: fee}}")
            )
        )
        #expect(EngineFixture.pointers(missing, #"{"items": [{"total": 10}]}"#) == ["/items/0/fee"])
        // `at` is a plain path below the value.
        for bad in ["'$.fee'", "'a[*]'"] {
            #expect(throws: CatalogueError.self) {
                _ = try EngineFixture.validator(
                    EngineFixture.catalogue(
                        rules: EngineFixture.rule(assert: "{path: 'items[*]', at: \(bad), that: {present: fee}}")
                    )
                )
            }
        }
    }

    @Test func missingMemberOfRootPointsAtTheObject() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(rules: EngineFixture.rule(assert: "{require: a.b}"))
        )
        let diagnostic = try #require(validator.validate("  {\"c\": 1}").diagnostics.first { $0.ruleID == "r" })
        #expect(diagnostic.pointer == "/a/b")
        #expect(diagnostic.span.start == SourcePosition(line: 1, column: 3))
    }
    @Test(arguments: [
        (#"{"a": ""}"#, "an empty string", "빈 문자열"),
        (#"{"a": " \t"}"#, "a blank string", "공백뿐인 문자열"),
        (#"{"a": null}"#, "null", "null"),
    ])
    func requiredMemberSentEmptyIsExplained(payload: String, en: String, ko: String) throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(rules: EngineFixture.rule(assert: "{require: a}"))
        )
        let diagnostic = try #require(validator.validate(payload).diagnostics.first { $0.ruleID == "r" })
        #expect(diagnostic.notes.map(\.message) == ["`/a` is sent, but as \(en): that counts as missing"])
        #expect(diagnostic.notes.first?.span?.start == SourcePosition(line: 1, column: 7))
        let korean = try #require(
            validator.validate(payload, options: ValidationOptions(language: .ko)).diagnostics.first {
                $0.ruleID == "r"
            }
        )
        #expect(korean.notes.map(\.message) == ["`/a`이(가) \(ko)로 전송되어 누락으로 간주됩니다"])
    }

    @Test func missingRequiredMemberHasNoNote() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(rules: EngineFixture.rule(assert: "{require: a}"))
        )
        let diagnostic = try #require(validator.validate(#"{"b": 1}"#).diagnostics.first { $0.ruleID == "r" })
        #expect(diagnostic.notes.isEmpty)
    }

    @Test func missingMemberNamesALookalikeTheCatalogueDoesNotKnow() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(rules: EngineFixture.rule(assert: "{require: merchant_uid}"))
        )
        let payload = "{\n  \"merchantUid\": \"ORD-1\"\n}"
        let diagnostic = try #require(validator.validate(payload).diagnostics.first { $0.ruleID == "r" })
        let note = try #require(diagnostic.notes.first)
        #expect(note.message == "`/merchantUid` is sent: is it `merchant_uid` misspelt?")
        #expect(note.pointer == "/merchantUid")
        #expect(note.span?.start == SourcePosition(line: 2, column: 3))
        let korean = try #require(
            validator.validate(payload, options: ValidationOptions(language: .ko)).diagnostics.first {
                $0.ruleID == "r"
            }
        )
        #expect(korean.notes.map(\.message) == ["`/merchantUid`이(가) 전송되었습니다. `merchant_uid`의 오타인가요?"])
        // Nothing alike: no note.
        let unrelated = try #require(validator.validate(#"{"order": "ORD-1"}"#).diagnostics.first { $0.ruleID == "r" })
        #expect(unrelated.notes.isEmpty)
    }

    @Test func aLookalikeTheCatalogueKnowsIsNotAMisspelling() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(assert: "{require: merchant_uid}") + "\n"
                    + EngineFixture.rule(id: "other", assert: "{require: merchant_id}")
            )
        )
        let diagnostic = try #require(
            validator.validate(#"{"merchant_id": "M-1"}"#).diagnostics.first { $0.ruleID == "r" }
        )
        #expect(diagnostic.notes.isEmpty)
    }

    /// A failed `that` gives `{expected}` the condition that does not hold, in the message's language.
    @Test func thatNamesItsConditionAsExpected() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(assert: "{path: c, that: {path: code, sameAs: $.want}}")
                    .replacingOccurrences(of: "ko: \"잘못됨 {field}\"", with: "ko: \"잘못됨 {field} {expected}\"")
            )
        )
        let payload = #"{"c": {"code": "367"}, "want": "361"}"#
        let english = try #require(validator.validate(payload).diagnostics.first { $0.ruleID == "r" })
        #expect(english.message.hasSuffix(" `code` equals `$.want`"), "\(english.message)")
        let korean = try #require(
            validator.validate(payload, options: ValidationOptions(language: .ko)).diagnostics.first {
                $0.ruleID == "r"
            }
        )
        #expect(korean.message.hasSuffix(" `code` = `$.want`"), "\(korean.message)")
    }
}
