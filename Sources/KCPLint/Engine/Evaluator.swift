/// One step of a JSON Pointer.
enum PointerToken: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// A place a path resolved to: an existing value, or a missing member with its nearest existing ancestor.
struct Slot {
    /// The value, or nil when the member does not exist.
    var node: JSONNodeID?
    var tokens: [PointerToken]
    /// What to point at for a missing member below this slot: the member key holding this value, or the value's
    /// opening byte for the root and array items.
    var anchor: Range<Int>
    /// For a missing slot: the anchor of the nearest existing ancestor.
    var missingAnchor: Range<Int>?

    var pointer: String { Pointer.string(tokens) }
}

/// JSON Pointer text.
enum Pointer {
    static func string(_ tokens: [PointerToken]) -> String {
        var text = ""
        for token in tokens {
            text += "/"
            switch token {
            case .key(let key):
                for character in key {
                    switch character {
                    case "~": text += "~0"
                    case "/": text += "~1"
                    default: text.append(character)
                    }
                }
            case .index(let index): text += String(index)
            }
        }
        return text
    }
}

/// A diagnostic before positions are computed.
struct PendingDiagnostic {
    var rule: String
    var severity: Severity
    var message: String
    var pointer: String
    var byteRange: Range<Int>
    var fix: Diagnostic.Fix?
    var notes: [(message: String, pointer: String?, range: Range<Int>?)]
    var documentationURL: String?
    var isFieldRule: Bool
}

/// A trigger of a conditional rule: the member whose value made `when` hold.
struct Trigger {
    var slot: Slot
    var present: Bool
}

/// Checks one request object against one kind: the field dictionary, then the rules.
///
/// A value of this type lives for one document; it is not shared between tasks.
struct Evaluator {
    let document: JSONDocument
    let plan: ValidationPlan
    let language: Language
    let now: Int64
    var output: [PendingDiagnostic] = []
    var sensitive: [(range: Range<Int>, kind: Sensitivity)] = []

    init(document: JSONDocument, plan: ValidationPlan, language: Language, now: Int64) {
        self.document = document
        self.plan = plan
        self.language = language
        self.now = now
    }

    // MARK: - paths

    func resolve(_ path: FieldPath, base: Slot, root: Slot) -> [Slot] {
        var results: [Slot] = []
        let start = path.fromRoot ? root : base
        walk(path.segments[...], from: start, into: &results)
        return results
    }

    private func walk(_ segments: ArraySlice<PathSegment>, from slot: Slot, into results: inout [Slot]) {
        guard let segment = segments.first else {
            results.append(slot)
            return
        }
        let rest = segments.dropFirst()
        guard let node = slot.node else {
            switch segment {
            case .wildcard: return
            case .key(let key): walk(rest, from: missing(slot, .key(key)), into: &results)
            case .index(let index): walk(rest, from: missing(slot, .index(index)), into: &results)
            }
            return
        }
        switch segment {
        case .key(let key):
            if document.kind(of: node) == .object, let member = document.member(of: node, named: key) {
                let next = Slot(node: member.value, tokens: slot.tokens + [.key(key)], anchor: member.keyRange)
                walk(rest, from: next, into: &results)
            } else {
                walk(rest, from: missing(slot, .key(key)), into: &results)
            }
        case .index(let index):
            if document.kind(of: node) == .array {
                let items = document.items(of: node)
                if index < items.count {
                    walk(rest, from: item(slot, items[index], index), into: &results)
                    return
                }
            }
            walk(rest, from: missing(slot, .index(index)), into: &results)
        case .wildcard:
            guard document.kind(of: node) == .array else { return }
            for (index, value) in document.items(of: node).enumerated() {
                walk(rest, from: item(slot, value, index), into: &results)
            }
        }
    }

    private func item(_ parent: Slot, _ node: JSONNodeID, _ index: Int) -> Slot {
        let start = document.byteRange(of: node).lowerBound
        return Slot(node: node, tokens: parent.tokens + [.index(index)], anchor: start..<(start + 1))
    }

    private func missing(_ parent: Slot, _ token: PointerToken) -> Slot {
        Slot(node: nil, tokens: parent.tokens + [token], anchor: parent.anchor, missingAnchor: parent.missingAnchor ?? parent.anchor)
    }

    /// Where a diagnostic about `slot` points.
    func range(of slot: Slot) -> Range<Int> {
        if let node = slot.node { return document.byteRange(of: node) }
        return slot.missingAnchor ?? slot.anchor
    }

    func isPresent(_ slot: Slot) -> Bool {
        guard let node = slot.node else { return false }
        return document.kind(of: node) != .null
    }

    // MARK: - values

    func types(of node: JSONNodeID) -> TypeSet {
        switch document.kind(of: node) {
        case .object: .object
        case .array: .array
        case .string: .string
        case .number: document.isIntegerNumber(node) ? [.number, .integer] : .number
        case .true, .false: .boolean
        case .null: .null
        }
    }

    func equals(_ node: JSONNodeID, _ literal: JSONLiteral) -> Bool {
        switch (document.kind(of: node), literal) {
        case (.string, .string(let text)): return document.stringEquals(node, Array(text.utf8))
        case (.number, .number(let value, _)): return document.doubleValue(of: node) == value
        case (.true, .bool(true)), (.false, .bool(false)), (.null, .null): return true
        default: return false
        }
    }

    func literal(of node: JSONNodeID) -> JSONLiteral? {
        switch document.kind(of: node) {
        case .string: return document.string(of: node).map { .string($0) }
        case .number:
            guard let text = document.numberText(of: node), let value = document.doubleValue(of: node) else { return nil }
            return .number(value, text: text)
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .null: return .null
        default: return nil
        }
    }

    func formatInput(_ node: JSONNodeID) -> FormatInput {
        switch document.kind(of: node) {
        case .string: return document.string(of: node).map { .string($0) } ?? .other
        case .number:
            return document.numberText(of: node).map { .number(text: $0, isInteger: document.isIntegerNumber(node)) } ?? .other
        default: return .other
        }
    }

    func matches(_ node: JSONNodeID, _ pattern: Pattern) -> Bool {
        guard document.kind(of: node) == .string, let text = document.string(of: node) else { return false }
        return pattern.matches(text)
    }

    func length(of node: JSONNodeID) -> Int? {
        switch document.kind(of: node) {
        case .string: document.scalarCount(ofString: node)
        case .array: document.count(of: node)
        default: nil
        }
    }

    func number(_ operand: Operand, base: Slot, root: Slot) -> Double? {
        switch operand {
        case .constant(let value, _): return value
        case .path(let path):
            guard let node = resolve(path, base: base, root: root).first?.node, document.kind(of: node) == .number else {
                return nil
            }
            return document.doubleValue(of: node)
        }
    }

    // MARK: - conditions

    /// Evaluates `condition` with paths relative to `base`; collects the members that made it hold.
    func holds(_ condition: Condition, base: Slot, root: Slot, triggers: inout [Trigger]) -> Bool {
        switch condition {
        case .all(let conditions):
            var collected: [Trigger] = []
            for condition in conditions where !holds(condition, base: base, root: root, triggers: &collected) {
                return false
            }
            triggers += collected
            return true
        case .any(let conditions):
            for condition in conditions {
                var collected: [Trigger] = []
                if holds(condition, base: base, root: root, triggers: &collected) {
                    triggers += collected
                    return true
                }
            }
            return false
        case .not(let inner):
            var ignored: [Trigger] = []
            return !holds(inner, base: base, root: root, triggers: &ignored)
        case .predicate(let predicate):
            for slot in resolve(predicate.path, base: base, root: root)
            where predicate.operators.allSatisfy({ holds($0, slot: slot, base: base, root: root) }) {
                let positive = !predicate.operators.contains(.present(false))
                if positive { triggers.append(Trigger(slot: slot, present: predicate.operators == [.present(true)])) }
                return true
            }
            return false
        }
    }

    func holds(_ condition: Condition, base: Slot, root: Slot) -> Bool {
        var ignored: [Trigger] = []
        return holds(condition, base: base, root: root, triggers: &ignored)
    }

    private func holds(_ op: PredicateOperator, slot: Slot, base: Slot, root: Slot) -> Bool {
        if case .present(let wanted) = op { return isPresent(slot) == wanted }
        guard let node = slot.node else { return false }
        switch op {
        case .present: return false
        case .equals(let literal): return equals(node, literal)
        case .oneOf(let literals): return literals.contains { equals(node, $0) }
        case .matches(let pattern): return matches(node, pattern)
        case .type(let set): return !types(of: node).isDisjoint(with: set)
        case .compare(let comparison, let operand):
            guard document.kind(of: node) == .number, let value = document.doubleValue(of: node),
                let other = number(operand, base: base, root: root)
            else { return false }
            switch comparison {
            case .lt: return value < other
            case .lte: return value <= other
            case .gt: return value > other
            case .gte: return value >= other
            }
        case .length(let bounds): return length(of: node).map(bounds.contains) ?? false
        case .bytes(let bounds): return document.utf8Count(ofString: node).map(bounds.contains) ?? false
        case .format(let format): return Formats.check(format, formatInput(node))
        case .empty(let wanted):
            let kind = document.kind(of: node)
            let isEmpty: Bool
            switch kind {
            case .string: isEmpty = document.utf8Count(ofString: node) == 0
            case .array, .object: isEmpty = document.count(of: node) == 0
            default: return false
            }
            return isEmpty == wanted
        case .some(let inner), .every(let inner), .none(let inner):
            guard document.kind(of: node) == .array else { return false }
            var matched = 0
            let items = document.items(of: node)
            for (index, value) in items.enumerated() where holds(inner, base: item(slot, value, index), root: root) {
                matched += 1
            }
            switch op {
            case .some: return matched > 0
            case .every: return matched == items.count
            default: return matched == 0
            }
        }
    }
}
