import Testing

@testable import KCPLint

/// The finding budget keeps, per severity, the `limit` earliest findings (by position, then rule id): checked
/// against keeping every finding and sorting.
@Suite struct FindingBudgetTests {
    @Test func keepsWhatSortingEverythingKeeps() {
        var random = SeededRandom(seed: 23)
        let rules = ["a", "b", "c"]
        let severities: [Severity] = [.info, .warning, .error]
        for limit in [0, 1, 2, 5] {
            let budget = FindingBudget(limit: limit)
            // What a model that keeps everything says: per severity, (position, rule, serial) of the admitted.
            var admitted: [Severity: [(position: Int, rule: String, serial: Int)]] = [:]
            var dropped = FindingCounts()
            for _ in 0..<200 {
                let severity = severities[Int(random.next() % 3)]
                let rule = rules[Int(random.next() % 3)]
                let position = Int(random.next() % 40)
                let kept = (admitted[severity] ?? []).sorted {
                    ($0.position, $0.rule, $0.serial) < ($1.position, $1.rule, $1.serial)
                }
                .prefix(limit)
                let wanted =
                    kept.count < limit
                    || kept.last.map { (position, rule) < ($0.position, $0.rule) } ?? false
                #expect(budget.wants(severity, rule: rule, at: position) == wanted, "limit \(limit)")
                guard wanted else {
                    dropped.add(severity)
                    continue
                }
                if kept.count == limit { dropped.add(severity) }
                let serial = budget.admit(severity, rule: rule, at: position)
                admitted[severity, default: []].append((position, rule, serial))
            }
            #expect(budget.dropped == dropped, "limit \(limit)")
            // The evicted are exactly the admitted findings that are not among the `limit` earliest.
            var expectedEvicted: Set<Int> = []
            for (_, findings) in admitted {
                let sorted = findings.sorted { ($0.position, $0.rule, $0.serial) < ($1.position, $1.rule, $1.serial) }
                expectedEvicted.formUnion(sorted.dropFirst(limit).map(\.serial))
            }
            #expect(budget.evicted == expectedEvicted, "limit \(limit)")
        }
    }
}
