import Dispatch
import Foundation
import Testing

@testable import KCPLint

/// Assertions over the items of a large array (`schedules[*].amount`): the screen names the items on which each may
/// fail, the interpreter visits only those, and the items can be shared out among threads. None of it may change a
/// finding.
@Suite struct ItemFilterTests {
    /// Diagnostics as comparable text.
    private static func findings(_ result: ValidationResult) -> [String] {
        result.diagnostics.map {
            "\($0.ruleID) \($0.severity) \($0.pointer) \($0.span) \($0.message) \($0.fix.map { "\($0)" } ?? "")"
        }
    }

    /// Records where `actual` first differs from `expected` (the lists are long: the whole of them would bury it).
    private static func expectSame(
        _ actual: [String],
        _ expected: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        if let index = zip(actual, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record(
                "finding \(index): \(actual[index]) instead of \(expected[index])",
                sourceLocation: sourceLocation
            )
        }
    }

    /// A `rest-schedule` body of `count` items with a mistake in about one item of five (some items have two).
    private static func schedule(count: Int, seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        var items: [String] = []
        for index in 0..<count {
            var members: [String: String] = [
                "merchant_uid": "\"SUB-\(index)\"",
                "schedule_at": "\(1_893_423_600 + index * 86_400)",
                "amount": "\(9_900 + index % 7 * 1_000)",
                "currency": "\"KRW\"",
                "name": "\"정기구독 \(index)\"",
            ]
            for _ in 0..<2 where random.next() % 5 == 0 {
                switch random.next() % 12 {
                case 0: members["schedule_at"] = nil
                case 1: members["schedule_at"] = "1893423600000"
                case 2: members["schedule_at"] = "1600000000"
                case 3: members["schedule_at"] = "\"2030-01-01\""
                case 4: members["amount"] = "-5"
                case 5: members["amount"] = "\"9900\""
                case 6: members["amount"] = nil
                case 7: members["currency"] = nil
                case 8: members["name"] = "null"
                case 9: members["merchant_uid"] = "\"SUB-0\""
                case 10: members["vat_amount"] = "900"
                default: members["buyer_email"] = "\"not-an-email\""
                }
            }
            let body = members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
            items.append("{\(body)}")
        }
        return #"{"customer_uid": "cust_8f14e45f_card01", "schedules": ["# + items.joined(separator: ",\n") + "]}"
    }

    private static let now: Int64 = 1_767_193_200

    private static func options(screened: Bool = true, loop: ValidationOptions.ParallelLoop? = nil) -> ValidationOptions
    {
        var options = ValidationOptions(kind: "rest-schedule", now: now)
        options.screensRules = screened
        options.parallelLoop = loop
        // Share out even these small arrays.
        options.parallelWork = 1
        return options
    }

    /// Runs the bodies one after another, last first: the result may not depend on the order.
    private static let reversedLoop: ValidationOptions.ParallelLoop = { count, body in
        for index in (0..<count).reversed() { body(index) }
    }

    private static let concurrentLoop: ValidationOptions.ParallelLoop = { count, body in
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }

    @Test(arguments: [(200, 1), (1_000, 2), (3_000, 3)] as [(Int, UInt64)])
    func screenedFilteredAndSharedRunsAgreeWithTheFullRun(count: Int, seed: UInt64) throws {
        let validator = try Validator.standard()
        let payload = Self.schedule(count: count, seed: seed)
        let full = Self.findings(validator.validate(payload, options: Self.options(screened: false)))
        #expect(full.count > 20)
        for loop in [nil, Self.reversedLoop, Self.concurrentLoop] {
            Self.expectSame(Self.findings(validator.validate(payload, options: Self.options(loop: loop))), full)
        }
    }

    /// Payloads with sensitive values, quiet or not under the dictionary: with the dictionary walk running alongside
    /// the shared-out items, findings and masked ranges are the same. (Masks of sensitive names also come from the
    /// secrets scan, so the ranges alone would not show a lost mask; the findings show a walk that went wrong.)
    @Test(arguments: ["rest-onetime", "sdk-payment", "rest-schedule"])
    func theDictionaryWalkAlongsideGivesTheSameFindingsAndMasks(kind: String) throws {
        let validator = try Validator.standard()
        let urls = (0..<300).map { #""https://shop.example.com/hooks/\#($0)""# }.joined(separator: ", ")
        let payloads = [
            #"{"merchant_uid": "o-1", "amount": 1000, "card_number": "4539-1488-0343-6467", "expiry": "2030-12", "#
                + #""birth": "880214", "pwd_2digit": "12", "customer_uid": "c-1", "notice_url": [\#(urls)]}"#,
            #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "name": "n", "notice_url": [\#(urls)]}"#,
            Self.schedule(count: 300, seed: 9),
            // The secrets scan runs alongside too: a credential and a card number, one of them in an item.
            Self.schedule(count: 300, seed: 10).replacingOccurrences(
                of: #""schedules": ["#,
                with: #""imp_secret": "s3cr3t-value", "schedules": [{"memo": "4539-1488-0343-6467"}, "#
            ),
        ]
        for payload in payloads {
            var options = Self.options(screened: false)
            options.kind = kind
            let full = validator.validate(payload, options: options)
            for loop in [Self.reversedLoop, Self.concurrentLoop] {
                var shared = Self.options(loop: loop)
                shared.kind = kind
                let result = validator.validate(payload, options: shared)
                Self.expectSame(Self.findings(result), Self.findings(full))
                #expect(result.maskedRanges == full.maskedRanges, "\(kind)")
            }
            if payload.contains("imp_secret") {
                let secrets = Set(full.diagnostics.map(\.ruleID).filter { $0.hasPrefix("secret-") })
                #expect(secrets.count == 2, "\(secrets)")
            }
        }
    }

    /// With the dictionary's quick walk alongside, the full walk visits only the noisy items of large arrays (also
    /// of large arrays inside them): findings and masks of sensitive values are those of the walk of every item.
    @Test func theFullDictionaryWalkVisitsOnlyNoisyItems() throws {
        let fields = """
            cards:
              type: array
              items:
                type: object
                properties:
                  number: {type: string, sensitive: pan}
                  amount: {type: integer}
                  extra:
                    type: array
                    items:
                      type: object
                      properties:
                        pin: {type: string, sensitive: full}
                        amount: {type: integer}
            """
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(assert: "{path: 'cards[*].amount', min: 0}"),
                fields: fields
            )
        )
        var random = SeededRandom(seed: 12)
        func amount() -> String { random.next() % 9 == 0 ? #""x""# : "\(random.next() % 5)" }
        let cards = (0..<100).map { index in
            let extra = (0..<(index % 3 == 0 ? 70 : 2)).map { _ in #"{"pin": "12", "amount": \#(amount())}"# }
            return
                #"{"number": "4539-1488-0343-6467", "amount": \#(amount()), "extra": [\#(extra.joined(separator: ", "))]}"#
        }
        let payload = #"{"cards": [\#(cards.joined(separator: ", "))]}"#
        var options = Self.options(screened: false)
        options.kind = "test"
        let full = validator.validate(payload, options: options)
        #expect(full.diagnostics.filter { $0.ruleID == "field-type" }.count > 20)
        #expect(full.maskedRanges.count > 2_000)
        for loop in [Self.reversedLoop, Self.concurrentLoop] {
            var shared = Self.options(loop: loop)
            shared.kind = "test"
            let result = validator.validate(payload, options: shared)
            Self.expectSame(Self.findings(result), Self.findings(full))
            #expect(result.maskedRanges == full.maskedRanges)
        }
    }

    /// The hashes of `unique` are sorted in place: every length, with repeats, as the standard sort orders them.
    @Test func heapSortOrdersLikeTheStandardSort() {
        var random = SeededRandom(seed: 77)
        for count in Array(0..<40) + [255, 256, 1_000] {
            var values = (0..<count).map { _ in random.next() % UInt64(max(1, count / 2)) }
            let expected = values.sorted()
            values.withUnsafeMutableBufferPointer { $0.heapSort() }
            #expect(values == expected, "\(count)")
        }
    }

    /// With fewer kept findings than failing items, the same findings are kept and the same number is dropped.
    @Test func theFindingBudgetKeepsTheSameFindings() throws {
        let validator = Validator(catalogue: try Catalogue.standard(), limits: ValidationLimits(maxDiagnostics: 25))
        let payload = Self.schedule(count: 800, seed: 4)
        let full = Self.findings(validator.validate(payload, options: Self.options(screened: false)))
        #expect(full.last?.hasPrefix("diagnostics-truncated") == true)
        Self.expectSame(
            Self.findings(validator.validate(payload, options: Self.options(loop: Self.concurrentLoop))),
            full
        )
    }

    /// Once the budget drops a `require` finding on an item, the later failing items are counted, not visited:
    /// the count of dropped findings is the same as visiting them all.
    @Test func droppedRequireFindingsAreCountedAlike() throws {
        let validator = Validator(catalogue: try Catalogue.standard(), limits: ValidationLimits(maxDiagnostics: 10))
        let items = (0..<400).map { index in
            let currency = index % 3 == 0 ? "" : #", "currency": "KRW""#
            let name = index % 5 == 0 ? "" : #", "name": "n""#
            return #"{"merchant_uid": "S-\#(index)", "schedule_at": 1893423600, "amount": 9900\#(currency)\#(name)}"#
        }
        let payload = #"{"customer_uid": "c-1", "schedules": ["# + items.joined(separator: ", ") + "]}"
        let full = Self.findings(validator.validate(payload, options: Self.options(screened: false)))
        #expect(full.last?.contains("more diagnostics not shown") == true)
        for loop in [nil, Self.concurrentLoop] {
            Self.expectSame(Self.findings(validator.validate(payload, options: Self.options(loop: loop))), full)
        }
    }

    @Test func itemSetsCountThePositionsAfterOne() {
        let set = RuleScreen.ItemSet([0, 5, 63, 64, 200])
        #expect(set.count(after: -1) == 5)
        #expect(set.count(after: 0) == 4)
        #expect(set.count(after: 62) == 3)
        #expect(set.count(after: 63) == 2)
        #expect(set.count(after: 64) == 1)
        #expect(set.count(after: 200) == 0)
        #expect(set.count(after: 10_000) == 0)
        #expect(RuleScreen.ItemSet().count(after: -1) == 0)
    }

    /// The screen's verdict for `payload` on the rules of the one kind of `catalogue`.
    private static func verdicts(_ catalogue: String, _ payload: String, loop: ValidationOptions.ParallelLoop? = nil)
        throws -> RuleScreen.Verdicts
    {
        let plan = try EngineFixture.plan(catalogue)
        let kind = try #require(plan.kinds.first)
        return try EngineFixture.withPass(payload, plan) { pass in
            pass.verdicts(kind.screenEntries, parallelLoop: loop, parallelWork: 1)
        }
    }

    private static func items(count: Int, missingAt missing: Set<Int>) -> String {
        let items = (0..<count).map { missing.contains($0) ? #"{"y": 1}"# : #"{"x": "a"}"# }
        return #"{"items": ["# + items.joined(separator: ",") + "]}"
    }

    private static let requireX = EngineFixture.catalogue(rules: EngineFixture.rule(assert: "{require: 'items[*].x'}"))

    @Test func theScreenNamesTheItemsThatMayFail() throws {
        let payload = Self.items(count: 100, missingAt: [3, 50, 99])
        for loop in [nil, Self.reversedLoop, Self.concurrentLoop] {
            let verdicts = try Self.verdicts(Self.requireX, payload, loop: loop)
            #expect(Array(verdicts.mayReport) == [true])
            #expect(verdicts.itemFilters(of: 0).map(\.assertion) == [0])
            #expect(verdicts.itemFilters(of: 0).first.map { Array($0.items) } == [3, 50, 99])
        }
        let quiet = try Self.verdicts(Self.requireX, Self.items(count: 100, missingAt: []))
        #expect(Array(quiet.mayReport) == [false])
        // A small array is left to the interpreter whole.
        let small = try Self.verdicts(Self.requireX, Self.items(count: 10, missingAt: [3]))
        #expect(Array(small.mayReport) == [true])
        #expect(small.itemFilters.isEmpty)
    }

    @Test func itemSetsIterateTheirPositionsInOrder() {
        let positions = [0, 1, 63, 64, 127, 128, 1_000]
        #expect(Array(RuleScreen.ItemSet(positions)) == positions)
        #expect(Array(RuleScreen.ItemSet([5, 3])) == [3, 5])
        #expect(RuleScreen.ItemSet().isEmpty)
        #expect(RuleScreen.ItemSet(words: [0, 0]).isEmpty)
        #expect(Array(RuleScreen.ItemSet(words: [0, 1 << 63])) == [127])
    }

    /// Assertions that compare items with each other (`unique`) are not filtered item by item.
    @Test func crossItemChecksAreNotFiltered() throws {
        let catalogue = EngineFixture.catalogue(
            rules: EngineFixture.rule(assert: "{path: 'items[*]', type: object, unique: x}")
        )
        let verdicts = try Self.verdicts(catalogue, Self.items(count: 100, missingAt: []))
        #expect(verdicts.itemFilters.isEmpty)
    }

    /// The interpreter visits only the items a filter names.
    @Test func theInterpreterVisitsOnlyTheFilteredItems() throws {
        let plan = try EngineFixture.plan(Self.requireX)
        let document = try EngineFixture.document(Self.items(count: 100, missingAt: [3, 50]), plan)
        func pointers(_ filters: [RuleScreen.ItemFilter]) -> [String] {
            let evaluator = EngineFixture.evaluator(document, plan)
            let root = Slot(node: document.root, trail: -1, anchor: 0..<1)
            evaluator.run(plan.kinds[0].rules[0], root: root, itemFilters: filters)
            return evaluator.output.map(\.pointer)
        }
        #expect(pointers([]) == ["/items/3/x", "/items/50/x"])
        #expect(pointers([RuleScreen.ItemFilter(assertion: 0, items: RuleScreen.ItemSet([50]))]) == ["/items/50/x"])
        #expect(pointers([RuleScreen.ItemFilter(assertion: 0, items: RuleScreen.ItemSet())]).isEmpty)
    }
}
