/// One step of a JSON Pointer.
enum PointerToken: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// A place a path resolved to: an existing value, or a missing member with its nearest existing ancestor.
///
/// A slot is a plain value (no reference counting): its JSON Pointer lives in the evaluator's ``Trail``.
struct Slot {
    /// The value, or nil when the member does not exist.
    var node: JSONNodeID?
    /// The slot's entry in the trail (its pointer); `-1` for the payload root.
    var trail: Int32
    /// What to point at for a missing member below this slot: the member key holding this value, or the value's
    /// opening byte for the root and array items.
    var anchor: Range<Int>
    /// For a missing slot: the anchor of the nearest existing ancestor.
    var missingAnchor: Range<Int>?
}

/// The pointers of the slots of one validation, as a tree of tokens kept in one buffer used as a stack: the
/// entries of a rule's slots are dropped when it has run, and their room is reused by the next rule.
final class Trail {
    private struct Entry {
        var parent: Int32
        var token: PointerToken
    }

    // Manually managed storage: the evaluator makes an entry for every step of every path it resolves, and an
    // array property would pay a dynamic exclusivity check on each.
    // Allocated on the first entry: a payload without findings usually makes none. Until then `entries` is a
    // placeholder that is never read or freed (`capacity` is 0; a non-zero address always makes a pointer).
    private var entries: UnsafeMutablePointer<Entry> =
        UnsafeMutablePointer(bitPattern: MemoryLayout<Entry>.alignment) ?? .allocate(capacity: 1)
    private var capacity = 0
    /// The number of live entries; slots made later can be forgotten with ``truncate(to:)``.
    private(set) var count = 0

    deinit {
        entries.deinitialize(count: count)
        if capacity > 0 { entries.deallocate() }
    }

    /// Forgets the entries made after `count` (their slots must no longer be used).
    func truncate(to count: Int) {
        guard self.count > count else { return }
        (entries + count).deinitialize(count: self.count - count)
        self.count = count
    }

    /// A new entry below `parent` (`-1` for the root).
    func child(of parent: Int32, _ token: PointerToken) -> Int32 {
        if count == capacity {
            let newCapacity = max(256, capacity * 2)
            let grown = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
            grown.moveInitialize(from: entries, count: count)
            if capacity > 0 { entries.deallocate() }
            entries = grown
            capacity = newCapacity
        }
        (entries + count).initialize(to: Entry(parent: parent, token: token))
        count += 1
        return Int32(count - 1)
    }

    /// The last token of `index`, nil for the root.
    func last(_ index: Int32) -> PointerToken? {
        index >= 0 ? entries[Int(index)].token : nil
    }

    /// The RFC 6901 pointer of `index`, written from the root down into one byte buffer.
    func pointer(_ index: Int32) -> String {
        var depth = 0
        var current = index
        while current >= 0 {
            depth += 1
            current = entries[Int(current)].parent
        }
        guard depth > 0 else { return "" }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: depth) { path in
            current = index
            for level in stride(from: depth - 1, through: 0, by: -1) {
                path[level] = current
                current = entries[Int(current)].parent
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(depth * 24)
            for entry in path { Pointer.append(entries[Int(entry)].token, to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

/// JSON Pointer text (RFC 6901).
enum Pointer {
    /// Appends `/` and `token` (with `~` as `~0` and `/` as `~1`).
    static func append(_ token: PointerToken, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "/"))
        switch token {
        case .key(var key):
            // Through the key's buffer (its `utf8` view costs far more a byte); most keys are copied whole.
            key.withUTF8 { key in
                guard key.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
                    return bytes.append(contentsOf: key)
                }
                for byte in key {
                    switch byte {
                    case UInt8(ascii: "~"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "0")]
                    case UInt8(ascii: "/"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "1")]
                    default: bytes.append(byte)
                    }
                }
            }
        case .index(let index): bytes.append(decimal: index)
        }
    }

    /// The pointer of `tokens`, from the root down.
    static func string(_ tokens: [PointerToken]) -> String {
        var bytes: [UInt8] = []
        for token in tokens { append(token, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
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
    /// Whether the finding drops a built-in field finding at the same pointer (see ``RuleDefinition/alongside``).
    var supersedesFieldFindings = true
    /// Whether the finding says the member should not be sent at all (a `forbid` assertion): only such a finding
    /// supersedes `field-deprecated`, which is about the member too, not its value.
    var forbidsMember = false
    /// The finding's number in the payload's ``FindingBudget`` (-1 for findings outside it).
    var serial = -1
}

/// A trigger of a conditional rule: the member whose value made `when` hold.
struct Trigger {
    var slot: Slot
    var present: Bool
}

/// Checks one request object against one kind: the field dictionary, then the rules.
///
/// A value of this type lives for one document; it is not shared between tasks.
final class Evaluator {
    let document: JSONDocument
    /// Not retained: the validator holds the plan for longer than any evaluator lives, and threads sharing a
    /// validator would contend on its reference count.
    unowned(unsafe) let plan: ValidationPlan
    /// The plan's dictionary by key id (plain memory the plan holds).
    let fieldRows: FieldRows
    let language: Language
    let now: Int64
    let trail: Trail
    /// Bounds the findings of the whole payload (shared by the evaluators of its requests).
    let budget: FindingBudget
    /// The request object and its members by key id (the first member of each name), so that paths find
    /// top-level members without scanning.
    let requestObject: JSONNodeID?
    /// For each vocabulary id (see ``ValidationPlan/vocabulary``), the tape index of the request's member key of
    /// that name, or -1 (what rule guards read).
    let requestMembers: UnsafeBufferPointer<Int32>
    /// Whether ``requestMembers`` is memory of the evaluator's own, freed with it.
    private let ownsRequestMembers: Bool
    // `output`, `sensitive` and `noisyItems` opt out of run-time exclusivity checks (about 80 instructions per access,
    // a few per request and per finding): an evaluator is used by one thread, and no access to them overlaps another
    // (the dictionary walk that records into `sensitive` in place reads only its parameters).
    @exclusivity(unchecked) var output: [PendingDiagnostic] = []

    /// The findings so far, leaving ``output`` empty (the array changes hands without copying its elements).
    func takeOutput() -> [PendingDiagnostic] {
        defer { output = [] }
        return output
    }
    /// The documentation link of the dictionary's findings: the request kind's reference page, when it has one.
    var fieldDocumentationURL: String?
    /// Whether the dictionary walk skips values a quick walk finds quiet (off with the rule screen, for tests).
    var quickFieldWalks = true
    @exclusivity(unchecked) var sensitive: [(range: Range<Int>, kind: Sensitivity)] = []
    /// The noisy items of large arrays, when the request's quick dictionary walk ran alongside (see
    /// ``QuietFields/noisyItems``).
    @exclusivity(unchecked) var noisyItems: [Int32: [Int32]] = [:]
    /// During a walk limited to some items (see ``forEachSlot(_:base:root:transient:items:_:)``): the position of
    /// the item being visited.
    var itemPosition = -1

    /// An evaluator for the request object `request` (nil for the shape checks that have no request).
    ///
    /// `memberTable`: memory for ``requestMembers``, ``memberTableSize(_:)`` words that outlive the evaluator
    /// (the validator passes stack memory: one allocation fewer per request); nil to allocate it here.
    init(
        document: JSONDocument,
        plan: ValidationPlan,
        language: Language,
        now: Int64,
        trail: Trail = Trail(),
        budget: FindingBudget,
        request: JSONNodeID? = nil,
        memberTable: UnsafeMutableBufferPointer<Int32>? = nil
    ) {
        self.document = document
        self.plan = plan
        self.fieldRows = plan.fieldRows
        self.language = language
        self.now = now
        self.trail = trail
        self.budget = budget
        self.requestObject = request
        // Keys are compared by the ids the reader gave them (see `Validator.validate`).
        precondition(document.hasKeyIDs, "the document must be read with the plan's vocabulary")
        let count = request == nil ? 0 : Self.memberTableSize(plan)
        let members: UnsafeMutableBufferPointer<Int32>
        if count == 0 {
            members = UnsafeMutableBufferPointer(start: nil, count: 0)
            ownsRequestMembers = false
        } else if let memberTable {
            precondition(memberTable.count >= count, "the member table is too small")
            members = UnsafeMutableBufferPointer(rebasing: memberTable[0..<count])
            ownsRequestMembers = false
        } else {
            members = .allocate(capacity: count)
            ownsRequestMembers = true
        }
        members.initialize(repeating: -1)
        if let request, count > 0 {
            document.forEachKeyIndex(of: request) { keyIndex in
                let id = document.keyID(atKey: keyIndex)
                if id >= 0, Int(id) < count, members[Int(id)] < 0 { members[Int(id)] = keyIndex }
            }
        }
        self.requestMembers = UnsafeBufferPointer(members)
    }

    deinit {
        if ownsRequestMembers { requestMembers.deallocate() }
    }

    /// The number of words of an evaluator's member table for `plan`.
    static func memberTableSize(_ plan: ValidationPlan) -> Int { plan.screen.keyIDs.count }

    /// The JSON Pointer of `slot`.
    func pointer(of slot: Slot) -> String { trail.pointer(slot.trail) }

    // MARK: - paths

    /// Calls `body` with every slot `path` resolves to from `base` (or the root for `$.` paths), until it returns false.
    /// Returns false when `body` stopped the walk.
    ///
    /// With `transient`, `body` keeps no slot once it returns (it reports at once): the trail entries of each
    /// array item are then dropped after the item, so a walk over a large array needs no memory per item.
    /// `items`: the positions of the only items to visit at the path's first `[*]` (nil: all of them).
    @discardableResult
    func forEachSlot(
        _ path: FieldPath,
        base: Slot,
        root: Slot,
        transient: Bool = false,
        items: RuleScreen.ItemSet? = nil,
        _ body: (Slot) -> Bool
    ) -> Bool {
        if !path.hasWildcard { return body(single(path, base: base, root: root)) }
        return step(path, 0, path.fromRoot ? root : base, transient: transient, items: items, body)
    }

    /// The slots `path` resolves to (for the rarer places that need them all at once).
    func resolve(_ path: FieldPath, base: Slot, root: Slot) -> [Slot] {
        if !path.hasWildcard { return [single(path, base: base, root: root)] }
        var results: [Slot] = []
        forEachSlot(path, base: base, root: root) {
            results.append($0)
            return true
        }
        return results
    }

    /// The first slot `path` resolves to.
    func first(_ path: FieldPath, base: Slot, root: Slot) -> Slot? {
        if !path.hasWildcard { return single(path, base: base, root: root) }
        var found: Slot?
        forEachSlot(path, base: base, root: root) {
            found = $0
            return false
        }
        return found
    }

    /// The one slot a path without `[*]` resolves to (a missing one when a step is missing).
    func single(_ path: FieldPath, base: Slot, root: Slot) -> Slot {
        var slot = path.fromRoot ? root : base
        let segments = path.segments
        for index in segments.indices { slot = next(slot, segments[index], keyID: path.keyIDs[index]) }
        return slot
    }

    private func step(
        _ path: FieldPath,
        _ index: Int,
        _ slot: Slot,
        transient: Bool,
        items only: RuleScreen.ItemSet? = nil,
        _ body: (Slot) -> Bool
    ) -> Bool {
        let segments = path.segments
        guard index < segments.count else { return body(slot) }
        let segment = segments[index]
        guard case .wildcard = segment else {
            let next = next(slot, segment, keyID: path.keyIDs[index])
            return step(path, index + 1, next, transient: transient, items: only, body)
        }
        guard let node = slot.node, document.kind(of: node) == .array else { return true }
        let mark = trail.count
        let items = document.items(of: node)
        func visit(_ position: Int) -> Bool {
            guard step(path, index + 1, item(slot, items[position], position), transient: transient, body) else {
                return false
            }
            if transient { trail.truncate(to: mark) }
            return true
        }
        if let only {
            for position in only where position < items.count {
                itemPosition = position
                guard visit(position) else { return false }
            }
        } else {
            for position in items.indices { guard visit(position) else { return false } }
        }
        return true
    }

    /// The slot one key or index step below `slot` (`keyID` is the key's id, or -1).
    private func next(_ slot: Slot, _ segment: PathSegment, keyID: Int32) -> Slot {
        switch segment {
        case .key(let key):
            guard let node = slot.node else { return missing(slot, .key(key)) }
            if node == requestObject, keyID >= 0 {
                let keyIndex = requestMembers[Int(keyID)]
                guard keyIndex >= 0 else { return missing(slot, .key(key)) }
                return Slot(
                    node: JSONNodeID(keyIndex + 1),
                    trail: trail.child(of: slot.trail, .key(key)),
                    anchor: document.keyRange(atKey: keyIndex)
                )
            }
            if keyID >= 0 {
                // The reader gave every key its id in the plan's vocabulary: compare integers, not bytes.
                guard let keyIndex = document.firstKey(of: node, id: keyID) else { return missing(slot, .key(key)) }
                return Slot(
                    node: JSONNodeID(keyIndex + 1),
                    trail: trail.child(of: slot.trail, .key(key)),
                    anchor: document.keyRange(atKey: keyIndex)
                )
            }
            guard document.kind(of: node) == .object, let member = document.member(of: node, named: key) else {
                return missing(slot, .key(key))
            }
            return Slot(node: member.value, trail: trail.child(of: slot.trail, .key(key)), anchor: member.keyRange)
        case .index(let position):
            if let node = slot.node, document.kind(of: node) == .array {
                let items = document.items(of: node)
                if position < items.count { return item(slot, items[position], position) }
            }
            return missing(slot, .index(position))
        case .wildcard:
            preconditionFailure("a wildcard step resolves to many slots")
        }
    }

    /// The slot of item `index` (value `node`) of the array at `parent`.
    func item(_ parent: Slot, _ node: JSONNodeID, _ index: Int) -> Slot {
        let start = document.byteRange(of: node).lowerBound
        return Slot(node: node, trail: trail.child(of: parent.trail, .index(index)), anchor: start..<(start + 1))
    }

    /// The slot of member `member` of the object at `parent`.
    func member(_ parent: Slot, _ member: JSONMember) -> Slot {
        Slot(node: member.value, trail: trail.child(of: parent.trail, .key(member.key)), anchor: member.keyRange)
    }

    private func missing(_ parent: Slot, _ token: PointerToken) -> Slot {
        Slot(
            node: nil,
            trail: trail.child(of: parent.trail, token),
            anchor: parent.anchor,
            missingAnchor: parent.missingAnchor ?? parent.anchor
        )
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

    func types(of node: JSONNodeID) -> TypeSet { document.valueTypes(of: node) }

    func equals(_ node: JSONNodeID, _ literal: JSONLiteral) -> Bool { document.equals(node, literal) }

    func literal(of node: JSONNodeID) -> JSONLiteral? {
        switch document.kind(of: node) {
        case .string: return document.string(of: node).map { .string($0) }
        case .number:
            guard let text = document.numberText(of: node), let value = document.doubleValue(of: node) else {
                return nil
            }
            return .number(value, text: text)
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .null: return .null
        default: return nil
        }
    }

    func matches(_ node: JSONNodeID, _ pattern: Pattern) -> Bool { document.matches(node, pattern) }

    func length(of node: JSONNodeID) -> Int? { document.length(of: node) }

    func number(_ operand: Operand, base: Slot, root: Slot) -> Double? {
        switch operand {
        case .constant(let value, _): return value
        case .path(let path):
            guard let node = first(path, base: base, root: root)?.node, document.kind(of: node) == .number else {
                return nil
            }
            return document.doubleValue(of: node)
        }
    }

    // MARK: - conditions

    /// Evaluates `condition` with paths relative to `base`; appends the members that made it hold to `triggers`
    /// (only when `collect` is set: detection and nested conditions need no triggers).
    func holds(_ condition: Condition, base: Slot, root: Slot, triggers: inout [Trigger], collect: Bool = true) -> Bool
    {
        switch condition {
        case .all(let conditions):
            let mark = triggers.count
            for condition in conditions
            where !holds(condition, base: base, root: root, triggers: &triggers, collect: collect) {
                if triggers.count > mark { triggers.removeSubrange(mark...) }
                return false
            }
            return true
        case .any(let conditions):
            for condition in conditions {
                let mark = triggers.count
                if holds(condition, base: base, root: root, triggers: &triggers, collect: collect) { return true }
                if triggers.count > mark { triggers.removeSubrange(mark...) }
            }
            return false
        case .not(let inner):
            return !holds(inner, base: base, root: root, triggers: &triggers, collect: false)
        case .predicate(let predicate):
            var matched: Slot?
            if !predicate.path.hasWildcard {
                let slot = single(predicate.path, base: base, root: root)
                var holdsAll = true
                for op in predicate.operators where !holds(op, slot: slot, base: base, root: root) {
                    holdsAll = false
                    break
                }
                if holdsAll { matched = slot }
            } else {
                forEachSlot(predicate.path, base: base, root: root) { slot in
                    for op in predicate.operators where !holds(op, slot: slot, base: base, root: root) { return true }
                    matched = slot
                    return false
                }
            }
            guard let matched else { return false }
            if collect, !predicate.isAbsenceTest {
                triggers.append(Trigger(slot: matched, present: predicate.isPresenceTest))
            }
            return true
        }
    }

    func holds(_ condition: Condition, base: Slot, root: Slot) -> Bool {
        var ignored: [Trigger] = []
        return holds(condition, base: base, root: root, triggers: &ignored, collect: false)
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
        case .format(let format): return document.isFormat(node, format)
        case .empty(let wanted): return document.isEmptyValue(node).map { $0 == wanted } ?? false
        case .sameAs(let path):
            guard let other = first(path, base: base, root: root)?.node else { return false }
            return document.scalarsEqual(node, other)
        case .some(let inner), .every(let inner), .none(let inner):
            guard document.kind(of: node) == .array else { return false }
            // The first item that settles the answer ends the walk: a match for `some` and `none`, a miss for `every`.
            let isSome = if case .some = op { true } else { false }
            let settlesOn = if case .every = op { false } else { true }
            for (index, value) in document.items(of: node).enumerated()
            where holds(inner, base: item(slot, value, index), root: root) == settlesOn {
                return isSome
            }
            return !isSome
        }
    }
}

extension Array {
    /// Appends `element`, making room for `firstCapacity` elements at the first append: the few findings or
    /// masked values of a payload then take one allocation, not a buffer regrown at the second and third.
    @inline(__always)
    mutating func append(_ element: Element, firstCapacity: Int) {
        if capacity == 0 { reserveCapacity(firstCapacity) }
        append(element)
    }
}
