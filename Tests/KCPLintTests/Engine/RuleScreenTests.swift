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
            let document = try #require(JSONReader().read(Array(json.utf8)).document)
            let evaluator = Evaluator(
                document: document,
                plan: plan,
                language: .en,
                now: 0,
                budget: FindingBudget(limit: 10),
                request: document.root
            )
            return plan.screen.withPass(
                document: document,
                request: document.root,
                members: evaluator.requestMembers,
                now: 0
            ) { pass in kind.screenEntries.map(pass.mayReport) }
        }
        #expect(try mayReport(#"{"pay_method": "card"}"#) == [false])
        #expect(try mayReport(#"{"pay_method": "vbank", "vbank_due": "202312312359"}"#) == [false])
        #expect(try mayReport(#"{"pay_method": "vbank"}"#) == [true])
        #expect(try mayReport(#"{"pay_method": "vbank", "vbank_due": "  "}"#) == [true])
    }
}
