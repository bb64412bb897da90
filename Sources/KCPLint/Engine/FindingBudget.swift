/// Bounds the findings of one payload while it is checked, so that a huge payload with a finding in every
/// entry costs bounded memory and no time rendering messages nobody will see.
///
/// A report keeps at most `limit` findings: the most severe first, and within a severity those that come
/// first in the payload. The budget keeps, for each severity, the `limit` earliest findings seen so far (by
/// byte offset, then rule id); anything later is dropped before its message is rendered and only counted. The
/// kept set is a superset of what the report shows, so the result is the same as keeping everything (except
/// that a dropped rule finding no longer hides a dictionary finding at the same place).
final class FindingBudget {
    private struct Key: Comparable {
        var position: Int
        var rule: String
        var serial: Int

        static func < (lhs: Key, rhs: Key) -> Bool {
            // The rule ids are compared only when the positions tie (no tuple of strings is made).
            if lhs.position != rhs.position { return lhs.position < rhs.position }
            if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
            return lhs.serial < rhs.serial
        }
    }

    // The stored properties below opt out of run-time exclusivity checks (about 80 instructions per access, several
    // per finding): a budget belongs to one validation on one thread, and no access to one of them overlaps
    // another (`withKeys` bodies touch only the keys they are given).
    let limit: Int
    /// Findings dropped or evicted so far, per severity.
    @exclusivity(unchecked) private(set) var dropped = FindingCounts()
    /// Serials of findings admitted and later pushed out by earlier ones.
    @exclusivity(unchecked) private(set) var evicted: Set<Int> = []
    /// Per severity, the kept keys: in arrival order until `limit` of them are kept, a max-heap from then on (a
    /// payload with few findings never builds one).
    @exclusivity(unchecked) private var infos: [Key] = []
    @exclusivity(unchecked) private var warnings: [Key] = []
    @exclusivity(unchecked) private var errors: [Key] = []
    @exclusivity(unchecked) private var nextSerial = 0

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Runs `body` on the kept keys of `severity`.
    private func withKeys<Result>(_ severity: Severity, _ body: (inout [Key]) -> Result) -> Result {
        switch severity {
        case .info: body(&infos)
        case .warning: body(&warnings)
        case .error: body(&errors)
        }
    }

    /// Whether a finding of `severity` for `rule` at byte `position` would be kept (cheap: call it before
    /// rendering the finding; a false answer counts the finding as dropped).
    func wants(_ severity: Severity, rule: String, at position: Int) -> Bool {
        let wanted = withKeys(severity) { keys in
            guard keys.count >= limit else { return true }
            guard let top = keys.first else { return false }
            return position < top.position || (position == top.position && rule < top.rule)
        }
        if !wanted { dropped.add(severity) }
        return wanted
    }

    /// Counts `count` more findings as dropped (findings that `wants` would surely refuse).
    func drop(_ count: Int, _ severity: Severity) {
        dropped.add(severity, count)
    }

    /// Admits a finding that `wants` accepted; returns its serial (evicting the latest kept one when full).
    func admit(_ severity: Severity, rule: String, at position: Int) -> Int {
        let serial = nextSerial
        nextSerial += 1
        let key = Key(position: position, rule: rule, serial: serial)
        let evictedSerial: Int? = withKeys(severity) { keys in
            if keys.count < limit {
                keys.append(key, firstCapacity: min(limit, 8))
                if keys.count == limit { Self.heapify(&keys) }
                return nil
            }
            guard let top = keys.first else { return nil }
            keys[0] = key
            Self.siftDown(&keys, from: 0)
            return top.serial
        }
        if let evictedSerial {
            evicted.insert(evictedSerial)
            dropped.add(severity)
        }
        return serial
    }

    /// Makes `keys` a max-heap.
    private static func heapify(_ keys: inout [Key]) {
        for parent in stride(from: keys.count / 2 - 1, through: 0, by: -1) { siftDown(&keys, from: parent) }
    }

    private static func siftDown(_ keys: inout [Key], from start: Int) {
        let count = keys.count
        var parent = start
        while true {
            var largest = parent
            let left = 2 * parent + 1
            let right = left + 1
            if left < count, keys[largest] < keys[left] { largest = left }
            if right < count, keys[largest] < keys[right] { largest = right }
            if largest == parent { return }
            keys.swapAt(parent, largest)
            parent = largest
        }
    }
}
