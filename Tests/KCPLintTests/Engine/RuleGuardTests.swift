import Testing

@testable import KCPLint

/// The members a rule needs before it can report, derived from its condition and assertions.
@Suite struct RuleGuardTests {
    /// The guard of the one rule of a test catalogue, as member names.
    private func requirement(when: String?, assert: String) throws -> (all: [String], any: [String]?) {
        let catalogue = try Catalogue(sources: [
            CatalogueSource(
                name: "test.yaml",
                text: EngineFixture.catalogue(rules: EngineFixture.rule(when: when, assert: assert))
            )
        ])
        let rule = try #require(catalogue.rules.first { $0.id == "r" })
        let names = Dictionary(uniqueKeysWithValues: catalogue.keyIDs.map { ($0.value, $0.key) })
        let requirement = RuleGuard(when: rule.when, assertions: rule.assertions)
        return (
            requirement.all.compactMap { names[$0] }.sorted(),
            requirement.any.map { $0.compactMap { names[$0] }.sorted() }
        )
    }

    @Test func conditionsNeedTheMembersTheyTest() throws {
        #expect(try requirement(when: "{path: a.b, equals: 1}", assert: "{require: c}") == (["a"], nil))
        #expect(try requirement(when: "{all: [{present: a}, {absent: b}]}", assert: "{require: c}") == (["a"], nil))
        #expect(
            try requirement(when: "{all: [{path: a, equals: 1}, {path: b, gt: 2}]}", assert: "{require: c}") == (
                ["a", "b"], nil
            )
        )
        // `any` needs only what every branch needs; `not` and absence tests need nothing.
        #expect(
            try requirement(
                when: "{any: [{path: a, equals: 1}, {all: [{present: a}, {present: b}]}]}",
                assert: "{require: c}"
            ) == (["a"], nil)
        )
        #expect(
            try requirement(when: "{any: [{path: a, equals: 1}, {path: b, equals: 1}]}", assert: "{require: c}") == (
                [], nil
            )
        )
        #expect(try requirement(when: "{not: {path: a, equals: 1}}", assert: "{require: c}") == ([], nil))
        #expect(try requirement(when: "{absent: a}", assert: "{require: c}") == ([], nil))
    }

    @Test func assertionsNeedOneOfTheMembersTheyReportOn() throws {
        #expect(try requirement(when: nil, assert: "{forbid: [a, b.c]}") == ([], ["a", "b"]))
        #expect(try requirement(when: nil, assert: "{exclusive: [a, b]}") == ([], ["a", "b"]))
        #expect(try requirement(when: nil, assert: "{path: a, type: string}") == ([], ["a"]))
        #expect(try requirement(when: nil, assert: "[{path: a, type: string}, {forbid: b}]") == ([], ["a", "b"]))
        // A missing member is what these report on: nothing can be skipped.
        #expect(try requirement(when: nil, assert: "{require: a}") == ([], nil))
        #expect(try requirement(when: nil, assert: "{requireAny: [a, b]}") == ([], nil))
        #expect(try requirement(when: nil, assert: "[{forbid: a}, {require: b}]") == ([], nil))
        #expect(try requirement(when: nil, assert: "{path: ., type: object}") == ([], nil))
    }

    @Test func guardedRulesStillReport() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(rules: EngineFixture.rule(when: "{path: a, equals: 1}", assert: "{forbid: b}"))
        )
        #expect(EngineFixture.pointers(validator, #"{"a": 1, "b": 2}"#) == ["/b"])
        #expect(EngineFixture.pointers(validator, #"{"a": 1}"#).isEmpty)
        #expect(EngineFixture.pointers(validator, #"{"b": 2}"#).isEmpty)
    }
}
