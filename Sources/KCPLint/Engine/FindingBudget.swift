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
            (lhs.position, lhs.rule, lhs.serial) < (rhs.position, rhs.rule, rhs.serial)
        }
    }

    let limit: Int
    /// Findings dropped or evicted so far.
    private(set) var dropped = 0
    /// Serials of findings admitted and later pushed out by earlier ones.
    private(set) var evicted: Set<Int> = []
    /// Per severity, a max-heap of the kept keys.
    private var heaps: [[Key]] = [[], [], []]
    private var nextSerial = 0

    init(limit: Int) {
        self.limit = max(0, limit)
    }

    private static func index(_ severity: Severity) -> Int {
        switch severity {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Whether a finding of `severity` for `rule` at byte `position` would be kept (cheap: call it before
    /// rendering the finding; a false answer counts the finding as dropped).
    func wants(_ severity: Severity, rule: String, at position: Int) -> Bool {
        let heap = heaps[Self.index(severity)]
        if heap.count < limit { return true }
        if let top = heap.first, (position, rule) < (top.position, top.rule) { return true }
        dropped += 1
        return false
    }

    /// Counts `count` more findings as dropped (findings that `wants` would surely refuse).
    func drop(_ count: Int) {
        dropped += count
    }

    /// Admits a finding that `wants` accepted; returns its serial (evicting the latest kept one when full).
    func admit(_ severity: Severity, rule: String, at position: Int) -> Int {
        let serial = nextSerial
        nextSerial += 1
        let index = Self.index(severity)
        let key = Key(position: position, rule: rule, serial: serial)
        if heaps[index].count >= limit, let top = heaps[index].first {
            evicted.insert(top.serial)
            dropped += 1
            heaps[index][0] = key
            siftDown(index)
        } else {
            heaps[index].append(key)
            siftUp(index)
        }
        return serial
    }

    private func siftUp(_ index: Int) {
        var child = heaps[index].count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heaps[index][parent] < heaps[index][child] else { return }
            heaps[index].swapAt(parent, child)
            child = parent
        }
    }

    private func siftDown(_ index: Int) {
        let count = heaps[index].count
        var parent = 0
        while true {
            var largest = parent
            let left = 2 * parent + 1
            let right = left + 1
            if left < count, heaps[index][largest] < heaps[index][left] { largest = left }
            if right < count, heaps[index][largest] < heaps[index][right] { largest = right }
            if largest == parent { return }
            heaps[index].swapAt(parent, largest)
            parent = largest
        }
    }
}
