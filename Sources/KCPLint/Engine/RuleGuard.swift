/// A cheap necessary condition for a rule to report anything, derived from its `when` and its assertions at
/// compile time: request members that must all exist, and members of which at least one must exist.
///
/// Most KCP rules are about one or two members (`card_quota`, `vbank_due`, `kcpProducts`); the guard lets the
/// evaluator skip a rule with a few table lookups when the request does not have them, instead of walking
/// its condition. A guard never changes a result: it only skips rules that could not report.
struct RuleGuard: Sendable, Equatable {
    /// Key ids (``FieldPath/keyIDs``) of request members that must all be present.
    var all: [Int32] = []
    /// Key ids of which at least one must be present; nil when nothing is required.
    var any: [Int32]?

    /// The guard of a rule with condition `when` and `assertions`.
    init(when: Condition?, assertions: [Assertion]) {
        all = when.map(Self.required) ?? []
        var any: Set<Int32> = []
        for assertion in assertions {
            guard let keys = Self.reportable(assertion) else {
                self.any = nil
                return
            }
            any.formUnion(keys)
        }
        self.any = assertions.isEmpty ? nil : any.sorted()
    }

    /// Whether the rule may report on a request whose members are `members` (for each key id, the member's key
    /// index, or -1 when the request has no member of that name).
    @inline(__always)
    func admits(_ members: UnsafeBufferPointer<Int32>) -> Bool {
        for id in all where members[Int(id)] < 0 { return false }
        guard let any else { return true }
        for id in any where members[Int(id)] >= 0 { return true }
        return false
    }

    /// The request member a path starts with, when it has an id.
    private static func head(_ path: FieldPath) -> Int32? {
        guard case .key = path.segments.first, path.keyIDs[0] >= 0 else { return nil }
        return path.keyIDs[0]
    }

    /// Members that must exist for `condition` to hold (evaluated at the request).
    private static func required(_ condition: Condition) -> [Int32] {
        switch condition {
        case .all(let conditions):
            return Array(Set(conditions.flatMap(required))).sorted()
        case .any(let conditions):
            guard var common = conditions.first.map({ Set(required($0)) }) else { return [] }
            for condition in conditions.dropFirst() { common.formIntersection(required(condition)) }
            return common.sorted()
        case .not:
            return []
        case .predicate(let predicate):
            // Every operator but `present: false` fails on a missing member, and a missing member makes every
            // deeper step of the path missing too.
            let needsValue = predicate.operators.contains { $0 != .present(false) }
            guard needsValue, let head = head(predicate.path) else { return [] }
            return [head]
        }
    }

    /// Members of which one must exist for `assertion` to report; nil when it can report on an empty request.
    private static func reportable(_ assertion: Assertion) -> [Int32]? {
        switch assertion.kind {
        case .require, .requireAny:
            return nil
        case .forbid(let paths), .exclusive(let paths):
            var heads: [Int32] = []
            for path in paths {
                guard let head = head(path) else { return nil }
                heads.append(head)
            }
            return heads
        case .value(let path, _):
            return head(path).map { [$0] }
        }
    }
}
