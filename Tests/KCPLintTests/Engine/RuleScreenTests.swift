import Foundation
import Testing

@testable import KCPLint

/// The rule screen skips only rules that cannot report: every catalogue example, and variations of each, give
/// the same diagnostics with and without it.
@Suite struct RuleScreenTests {
    /// Diagnostics as comparable text, with the screen on or off.
    private func findings(_ validator: Validator, _ json: String, kind: String?, now: Int64, screened: Bool) -> [String]
    {
        var options = ValidationOptions(kind: kind, language: .en, now: now)
        options.screensRules = screened
        return validator.validate(json, options: options).diagnostics.map {
            "\($0.ruleID) \($0.severity) \($0.pointer) \($0.span) \($0.byteRange) \($0.message) "
                + "\($0.fix.map { "\($0)" } ?? "") \($0.notes.map { "\($0)" })"
        }
    }

    /// Payload variations: each member removed, or given values of other types and shapes (one level down too).
    private func variations(of json: String, random: inout SeededRandom, count: Int) -> [String] {
        guard let data = json.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        let values: [Any] = [
            NSNull(), "", " ", "x", "card", "vbank", "kcp.AO09C", "2030-12", "010-1234-5678", 0, -1, 1.5, 3, 12, 99,
            1_000_000_000, true, false, [Any](), [2, 3], ["a"], [[String: Any]()], [String: Any](),
            ["code": "367", "quota": 3], "https://shop.example.com/done", "20300101", "4111111111111111",
        ]
        var results: [String] = []
        let keys = object.keys.sorted()
        for _ in 0..<count where !keys.isEmpty {
            var copy = object
            let key = keys[Int(random.next() % UInt64(keys.count))]
            switch random.next() % 4 {
            case 0: copy[key] = nil
            case 1:
                if var inner = copy[key] as? [String: Any], let innerKey = inner.keys.sorted().first {
                    inner[innerKey] = values[Int(random.next() % UInt64(values.count))]
                    copy[key] = inner
                } else if let items = copy[key] as? [Any], !items.isEmpty {
                    copy[key] = items + [values[Int(random.next() % UInt64(values.count))]]
                } else {
                    copy[key] = values[Int(random.next() % UInt64(values.count))]
                }
            default: copy[key] = values[Int(random.next() % UInt64(values.count))]
            }
            if let data = try? JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys]) {
                results.append(String(decoding: data, as: UTF8.self))
            }
        }
        return results
    }

    private func compare(_ validator: Validator, _ json: String, kinds: [String?], now: Int64) {
        for kind in kinds {
            let screened = findings(validator, json, kind: kind, now: now, screened: true)
            let full = findings(validator, json, kind: kind, now: now, screened: false)
            #expect(screened == full, "kind \(kind ?? "detected"), payload \(json)")
        }
    }

    @Test(arguments: CatalogueExampleTests.ruleIDs)
    func ruleExamplesAndVariationsAgree(_ id: String) throws {
        let catalogue = try CatalogueExampleTests.loaded.get()
        let validator = Validator(catalogue: catalogue)
        let rule = try #require(catalogue.rules.first { $0.id == id })
        var random = SeededRandom(seed: id.utf8.reduce(0x5C4E_E11E) { $0 &* 31 &+ UInt64($1) })
        for example in rule.examples.valid + rule.examples.invalid {
            let kinds: [String?] = example.kind.map { [$0] } ?? [nil] + catalogue.kinds.map(\.id)
            compare(validator, example.json, kinds: kinds, now: rule.examples.now)
            for variation in variations(of: example.json, random: &random, count: 12) {
                compare(validator, variation, kinds: [example.kind], now: rule.examples.now)
            }
        }
    }

    /// The verdicts' flags keep each rule's bit, past 64 and 128 rules too.
    @Test func ruleFlagsKeepEveryBit() {
        for count in [1, 64, 65, 128, 129, 300] {
            var flags = RuleScreen.RuleFlags(count: count)
            let set = Set([0, 1, 63, 64, 127, 128, 191, 192, 299].filter { $0 < count })
            for position in set { flags[position] = true }
            #expect(flags.count == count)
            #expect(flags.indices.filter { flags[$0] } == set.sorted(), "\(count) flags")
            for start in [0, 1, 64, 129] {
                var visited: [Int] = []
                flags.forEachSet(from: start) { visited.append($0) }
                #expect(visited == set.sorted().filter { $0 >= start }, "\(count) flags from \(start)")
            }
            for position in set { flags[position] = false }
            #expect(!flags.contains(true))
        }
    }

    @Test func kindExamplesAgree() throws {
        let catalogue = try CatalogueExampleTests.loaded.get()
        let validator = Validator(catalogue: catalogue)
        for kind in catalogue.kinds {
            guard let examples = kind.examples else { continue }
            for example in examples.valid + examples.invalid {
                compare(validator, example.json, kinds: [example.kind ?? kind.id, nil], now: examples.now)
            }
        }
    }

    @Test func fixturePayloadsAgree() throws {
        let validator = try Validator.standard()
        let folder = Repository.url("Tests/KCPLintTests/Snapshots/Fixtures/payloads")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var checked = 0
        for case let url as URL in files where url.pathExtension == "json" {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            compare(validator, text, kinds: [nil], now: 1_796_000_000)
            checked += 1
        }
        #expect(checked > 5)
    }

    /// The screen does skip rules: a rule whose condition fails, or whose assertions hold, is not run.
    @Test func screenSkipsRulesThatCannotReport() throws {
        let catalogue = try Catalogue(sources: [
            CatalogueSource(
                name: "test.yaml",
                text: EngineFixture.catalogue(
                    rules: EngineFixture.rule(when: "{path: pay_method, equals: vbank}", assert: "{require: vbank_due}")
                )
            )
        ])
        let plan = ValidationPlan(catalogue: catalogue)
        let kind = try #require(plan.kinds.first)
        func mayReport(_ json: String) throws -> [Bool] {
            try EngineFixture.withPass(json, plan) { pass in kind.screenEntries.map(pass.mayReport) }
        }
        #expect(try mayReport(#"{"pay_method": "card"}"#) == [false])
        #expect(try mayReport(#"{"pay_method": "vbank", "vbank_due": "202312312359"}"#) == [false])
        #expect(try mayReport(#"{"pay_method": "vbank"}"#) == [true])
        #expect(try mayReport(#"{"pay_method": "vbank", "vbank_due": "  "}"#) == [true])
        #expect(try mayReport(#"{"pay_method": "vbank", "vbank\u005fdue": "202312312359"}"#) == [false])
        #expect(try mayReport(#"{"pay\u005fmethod": "vbank", "vbank_du": "202312312359"}"#) == [true])
    }

    /// The first 64 distinct guard keys become bits, checked with two masks; rules guarded by later keys keep the
    /// loops over their keys. Both skip exactly the rules whose guard members are missing.
    @Test func guardsBeyondSixtyFourKeysKeepTheirLoops() throws {
        let count = 70
        let rules = (0..<count).map { index in
            EngineFixture.rule(id: "r\(index)", when: "{path: k\(index), equals: 1}", assert: "{forbid: k\(index)}")
        }
        let plan = try EngineFixture.plan(EngineFixture.catalogue(rules: rules.joined(separator: "\n")))
        let kind = try #require(plan.kinds.first)
        let masked = kind.screenEntries.map { plan.screen.rules[$0].guardIsMasked }
        #expect(masked == (0..<count).map { $0 < 64 })
        func mayReport(_ json: String) throws -> [Int] {
            let verdicts = try EngineFixture.withPass(json, plan) { pass in kind.screenEntries.map(pass.mayReport) }
            return verdicts.indices.filter { verdicts[$0] }
        }
        #expect(try mayReport("{}") == [])
        #expect(try mayReport(#"{"k0": 1, "k63": 1, "k64": 1, "k69": 1, "k5": 2}"#) == [0, 63, 64, 69])
        #expect(try mayReport(#"{"k1": 1, "k\u0036\u0035": 1}"#) == [1, 65])
    }

    /// Conditions run as flat programs: nested `all`, `any` and `not` and shared predicates answer
    /// exactly as their definitions, both ways (a rule always fails its assertion, so it may report exactly when its
    /// condition holds).
    @Test func conditionProgramsAnswerAsTheirDefinitions() throws {
        let conditions: [(String, ([String: Int]) -> Bool)] = [
            (
                "{all: [{path: a, equals: 1}, {any: [{path: b, equals: 1}, {not: {path: c, equals: 1}}]}]}",
                { $0["a"] == 1 && ($0["b"] == 1 || $0["c"] != 1) }
            ),
            (
                "{any: [{not: {all: [{path: a, equals: 1}, {path: b, equals: 1}]}}, {path: c, equals: 1}]}",
                { !($0["a"] == 1 && $0["b"] == 1) || $0["c"] == 1 }
            ),
            (
                "{not: {any: [{all: [{path: a, equals: 1}, {not: {path: a, equals: 1}}]}, {path: b, equals: 1}]}}",
                { $0["b"] != 1 }
            ),
        ]
        let rules = conditions.enumerated().map { index, condition in
            EngineFixture.rule(id: "r\(index)", when: condition.0, assert: "{forbid: .}")
        }
        let catalogue = try Catalogue(sources: [
            CatalogueSource(name: "test.yaml", text: EngineFixture.catalogue(rules: rules.joined(separator: "\n")))
        ])
        let plan = ValidationPlan(catalogue: catalogue)
        let kind = try #require(plan.kinds.first)
        for bits in 0..<8 {
            let values = ["a": bits & 1, "b": bits >> 1 & 1, "c": bits >> 2 & 1]
            let json =
                "{"
                + values.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
                .joined(separator: ", ") + "}"
            let verdicts = try EngineFixture.withPass(json, plan) { pass in kind.screenEntries.map(pass.mayReport) }
            #expect(verdicts == conditions.map { $0.1(values) }, "\(json)")
        }
    }
}

/// Every field-spec key and every operator, in a small catalogue, on random payloads: the screened run and the
/// full run agree (the default catalogue does not use every construct).
@Suite struct RuleScreenConstructTests {
    static let fields = """
        a: {type: string, enum: [x, y, card], maxLength: 3}
        b: {type: integer, minimum: 0, maximum: 10}
        c: {type: string, pattern: '^\\d{2}$', maxBytes: 4}
        d: {type: string, format: url}
        e:
          type: array
          minItems: 1
          maxItems: 3
          items:
            type: object
            properties:
              k: {type: integer, required: true}
              s: {type: string, sensitive: full}
        f:
          type: object
          properties:
            g: {type: string, minLength: 2}
            h: {type: any, deprecated: "use g", replacement: g}
        o: {type: object, open: true}
        p: {type: [string, number], sensitive: pan}
        z: {type: any}
        n: {type: [string, "null"], enum: [one, two, null]}
        """

    static let rules = [
        EngineFixture.rule(id: "r1", when: "{path: a, equals: x}", assert: "{require: b}"),
        EngineFixture.rule(id: "r2", when: "{path: b, in: [1, 2]}", assert: "{forbid: [c, 'e[*].s']}"),
        EngineFixture.rule(id: "r3", when: "{path: a, matches: '^[cx]'}", assert: "{path: b, min: {path: '$.e[0].k'}}"),
        EngineFixture.rule(id: "r4", when: "{all: [{present: e}, {absent: d}]}", assert: "{path: 'e[*].k', max: 5}"),
        EngineFixture.rule(
            id: "r5",
            when: "{any: [{path: b, lt: 3}, {path: b, gte: {path: 'e[*].k'}}]}",
            assert: "{requireAny: [c, d]}"
        ),
        EngineFixture.rule(id: "r6", when: "{not: {path: a, type: string}}", assert: "{exclusive: [a, b, c]}"),
        EngineFixture.rule(id: "r7", when: "{path: e, length: {min: 2}}", assert: "{path: e, unique: k}"),
        EngineFixture.rule(id: "r8", when: "{path: c, bytes: {max: 2}}", assert: "{path: c, notIn: ['00', '99']}"),
        EngineFixture.rule(id: "r9", when: "{path: d, format: url}", assert: "{path: d, notPattern: example}"),
        EngineFixture.rule(id: "r10", when: "{path: o, empty: false}", assert: "{path: o, that: {present: z}}"),
        EngineFixture.rule(id: "r11", when: "{path: e, some: {path: k, gt: 2}}", assert: "{path: a, enum: [x]}"),
        EngineFixture.rule(id: "r12", when: "{path: e, every: {present: k}}", assert: "{path: f.g, length: {min: 3}}"),
        EngineFixture.rule(
            id: "r13",
            when: "{path: e, none: {path: k, equals: 0}}",
            assert: "{path: f.g, bytes: {max: 4}}"
        ),
        EngineFixture.rule(id: "r14", assert: "[{path: d, format: url}, {path: d, notFormat: email}]"),
        EngineFixture.rule(id: "r15", assert: "[{path: p, notPast: true}, {path: a, equals: x}]"),
        EngineFixture.rule(id: "r16", assert: "[{path: b, type: integer}, {path: a, pattern: '^[a-z]$'}]"),
        EngineFixture.rule(id: "r17", when: "{path: 'e[0].k', equals: 1}", assert: "{forbid: 'e[1]'}"),
        EngineFixture.rule(id: "r18", when: "{path: 'e[*].k', lte: 2}", assert: "{require: 'e[*].s'}"),
        EngineFixture.rule(id: "r19", when: "{path: ., type: object}", assert: "{path: 'f.h', type: string}"),
        // Literal lists long enough for a hash set, strings and other literals mixed.
        EngineFixture.rule(
            id: "r20",
            when: "{path: a, in: [x, y, card, '한글', '00', one, 5, null]}",
            assert: "{forbid: z}"
        ),
        EngineFixture.rule(id: "r21", assert: "{path: c, notIn: ['00', '12', '123', cards, x, y, '']}"),
        // Predicates of the base itself with several tests, inside a `that` and item by item.
        EngineFixture.rule(
            id: "r22",
            assert: "{path: b, that: {all: [{path: ., type: integer, gte: 2}, {not: {path: ., lte: 3}}]}}"
        ),
        EngineFixture.rule(
            id: "r23",
            assert: "{path: 'e[*].k', that: {any: [{path: ., type: string, length: {max: 1}}]}}"
        ),
        // Presence of one member, from the root and from each item.
        EngineFixture.rule(
            id: "r24",
            when: "{path: e, some: {all: [{present: '$.b'}, {absent: s}]}}",
            assert: "{forbid: z}"
        ),
    ].joined(separator: "\n")

    /// A random payload over the catalogue's members (and one unknown member), `depth` levels deep.
    static func payload(_ random: inout SeededRandom) -> String {
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        let scalars = [
            "null", "true", "0", "1", "2", "3", "5", "11", "-1", "2.5", "\"\"", "\" \"", "\"x\"", "\"y\"",
            "\"card\"", "\"cards\"", "\"00\"", "\"12\"", "\"123\"", "\"한글\"", "\"https://shop.example.com/a\"",
            "\"https://example.com\"", "\"a@b.co\"", "\"2020-01\"", "\"2099-12\"", "1500000000", "4000000000",
            "\"4111 1111 1111 1111\"", "\"\\u0078\"", "\"one\"",
        ]
        func item() -> String {
            var members: [String] = []
            if random.next() % 4 != 0 { members.append("\"k\": \(pick(scalars))") }
            if random.next() % 3 == 0 { members.append("\"s\": \(pick(scalars))") }
            if random.next() % 8 == 0 { members.append("\"q\": 1") }
            return random.next() % 10 == 0 ? pick(scalars) : "{\(members.joined(separator: ", "))}"
        }
        var members: [String] = []
        for key in ["a", "b", "c", "d", "n", "p", "z", "zz"] where random.next() % 2 == 0 {
            members.append("\"\(key)\": \(pick(scalars))")
        }
        if random.next() % 2 == 0 {
            let count = Int(random.next() % 5)
            members.append("\"e\": [\((0..<count).map { _ in item() }.joined(separator: ", "))]")
        }
        if random.next() % 2 == 0 {
            var inner: [String] = []
            for key in ["g", "h", "x"] where random.next() % 2 == 0 { inner.append("\"\(key)\": \(pick(scalars))") }
            members.append("\"f\": {\(inner.joined(separator: ", "))}")
        }
        if random.next() % 2 == 0 {
            members.append(random.next() % 2 == 0 ? "\"o\": {}" : "\"o\": {\"z\": \(pick(scalars))}")
        }
        if random.next() % 3 == 0, let first = members.first { members.append(first) }
        return "{\(members.shuffled(using: &random).joined(separator: ", "))}"
    }

    @Test func randomPayloadsAgree() throws {
        let catalogue = try Catalogue(sources: [
            CatalogueSource(name: "test.yaml", text: EngineFixture.catalogue(rules: Self.rules, fields: Self.fields))
        ])
        #expect(catalogue.rules.filter { !$0.builtin }.count == 24)
        let validator = Validator(catalogue: catalogue)
        var random = SeededRandom(seed: 0x5C2E_E4)
        var findings = Set<String>()
        for _ in 0..<3000 {
            let json = Self.payload(&random)
            var options = ValidationOptions(kind: nil, language: .en, now: 1_796_000_000)
            let screened = validator.validate(json, options: options).diagnostics
            options.screensRules = false
            let full = validator.validate(json, options: options).diagnostics
            #expect(screened.map(\.description) == full.map(\.description), "payload \(json)")
            #expect(
                validator.validate(json, options: options).maskedRanges.map(\.byteRange)
                    == validator.validate(json).maskedRanges.map(\.byteRange)
            )
            findings.formUnion(full.map(\.ruleID))
        }
        // The payloads reach every rule and every built-in field check.
        for id in (1...24).map({ "r\($0)" }) + [
            "field-type", "field-enum", "field-format", "field-length", "field-range", "field-items",
            "field-required", "field-deprecated", "field-unknown",
        ] {
            #expect(findings.contains(id), "no payload drew \(id)")
        }
    }
}
