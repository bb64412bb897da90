/// Placeholder values of a message.
struct MessageValues {
    var field = ""
    var name = ""
    /// `{value}`; when nil, made from `subject` for the messages that have it (see ``Evaluator/render(_:_:)``).
    var value: String?
    var expected = ""
    /// The condition `{expected}` describes when `expected` is empty (a failed `that`), written out only if the
    /// message has `{expected}`.
    var expectedCondition: (condition: Condition, language: Language)?
    /// `{actual}`; when nil, made from `subject` for the messages that have it.
    var actual: String?
    var suggestion = ""
    var trigger = ""
    var triggerValue = ""
    /// What `{value}` and `{actual}` describe when they are not set.
    var subject = Subject.unset

    /// What `{value}` (its masked text) and `{actual}` (its type) describe.
    enum Subject {
        /// Nothing: they stay empty.
        case unset
        /// A missing value ("nothing").
        case missing
        /// A value of the payload.
        case node(JSONNodeID)
    }

    /// `template` with its `{placeholder}`s replaced; unknown placeholders are kept as written.
    func render(_ template: String) -> String {
        render(template, value: { "" }, actual: { "" })
    }

    /// ``render(_:)`` where `value()` and `actual()` make `{value}` and `{actual}` when they are not set, only if
    /// the template has them.
    func render(_ template: String, value: () -> String, actual: () -> String) -> String {
        var text = template
        return text.withUTF8 { bytes in
            // Braces are found in the buffer eight bytes at a time (the string's views go a byte at a time).
            var brace = ByteWords.firstIndex(of: UInt8(ascii: "{"), in: bytes, from: 0)
            guard brace < bytes.count else { return template }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 96)
            var index = 0
            while true {
                // The text up to the next `{` is copied as one run.
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<brace]))
                guard brace < bytes.count else { break }
                let close = ByteWords.firstIndex(of: UInt8(ascii: "}"), in: bytes, from: brace + 1)
                guard close < bytes.count else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[brace...]))
                    break
                }
                if let text = self.value(
                    named: UnsafeBufferPointer(rebasing: bytes[(brace + 1)..<close]),
                    value,
                    actual
                ) {
                    // Values come from the payload (a member name, a URL): a card number in one is masked.
                    var value = Masking.maskEmbeddedCardNumbers(text)
                    value.withUTF8 { output.append(contentsOf: $0) }
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[brace...close]))
                }
                index = close + 1
                brace = ByteWords.firstIndex(of: UInt8(ascii: "{"), in: bytes, from: index)
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private func value(
        named name: UnsafeBufferPointer<UInt8>,
        _ makeValue: () -> String,
        _ makeActual: () -> String
    ) -> String? {
        func named(_ text: StaticString) -> Bool {
            UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount).elementsEqual(name)
        }
        switch name.first {
        case UInt8(ascii: "f"): return named("field") ? field : nil
        case UInt8(ascii: "n"): return named("name") ? self.name : nil
        case UInt8(ascii: "v"): return named("value") ? value ?? makeValue() : nil
        case UInt8(ascii: "e"):
            guard named("expected") else { return nil }
            guard expected.isEmpty, let (condition, language) = expectedCondition else { return expected }
            return ConditionText.describe(condition, language)
        case UInt8(ascii: "a"): return named("actual") ? actual ?? makeActual() : nil
        case UInt8(ascii: "s"): return named("suggestion") ? suggestion : nil
        case UInt8(ascii: "t"): return named("trigger") ? trigger : named("triggerValue") ? triggerValue : nil
        default: return nil
        }
    }
}

extension Evaluator {
    // MARK: - rules

    /// Runs one rule on the request at `root`; returns whether it reported anything. `itemFilters` (from the
    /// screen) name, for some assertions, the only array items on which they may fail.
    @discardableResult
    func run(_ rule: CompiledRule, root: Slot, itemFilters: [RuleScreen.ItemFilter] = []) -> Bool {
        guard rule.requirement.admits(requestMembers) else { return false }
        // Slots live until the rule has reported; then their trail entries are reused.
        let mark = trail.count
        defer { trail.truncate(to: mark) }
        var triggers: [Trigger] = []
        if let when = rule.when, !holds(when, base: root, root: root, triggers: &triggers) { return false }
        let before = output.count
        for (offset, assertion) in rule.assertions.enumerated() {
            let items = itemFilters.first { $0.assertion == offset }?.items
            check(assertion, rule: rule, root: root, triggers: triggers, items: items)
        }
        return output.count > before
    }

    /// `items`: the only items of the array its path walks on which the assertion may fail (nil: all).
    private func check(
        _ assertion: Assertion,
        rule: CompiledRule,
        root: Slot,
        triggers: [Trigger],
        items: RuleScreen.ItemSet?
    ) {
        switch assertion.kind {
        case .require(let paths):
            for path in paths {
                var stopped = false
                forEachSlot(path, base: root, root: root, transient: true, items: items) { slot in
                    guard !isFilled(slot) else { return true }
                    guard keeps(rule, slot) else {
                        stopped = items != nil
                        return !stopped
                    }
                    let values = values(for: slot)
                    report(
                        rule,
                        assertion,
                        slot: slot,
                        values: values,
                        triggers: triggers,
                        extraNotes: sentEmpty(slot, values) + lookalike(of: path, missing: slot, root: root)
                    )
                    return true
                }
                if stopped, let items { countDropped(items, rule.severity) }
            }
        case .forbid(let paths):
            for path in paths {
                var stopped = false
                forEachSlot(path, base: root, root: root, transient: true, items: items) { slot in
                    guard isPresent(slot) else { return true }
                    guard keeps(rule, slot) else {
                        stopped = items != nil
                        return !stopped
                    }
                    report(rule, assertion, slot: slot, values: values(for: slot), triggers: triggers)
                    return true
                }
                if stopped, let items { countDropped(items, rule.severity) }
            }
        case .requireAny(let paths):
            // Reported when no path has a value (null and blank strings count as missing, as for `require`): at the
            // first member that is sent without one (`pg: ""`), else at the first place of the first path.
            var first: Slot?
            var sentBlank: Slot?
            for (index, path) in paths.enumerated() {
                var filled = false
                forEachSlot(path, base: root, root: root) { slot in
                    if index == 0, first == nil { first = slot }
                    filled = isFilled(slot)
                    if !filled, sentBlank == nil, slot.node != nil { sentBlank = slot }
                    return !filled
                }
                if filled { return }
            }
            if let first = sentBlank ?? first {
                var values = values(for: first)
                values.expected = paths.map { "`\($0.text)`" }.joined(separator: ", ")
                report(
                    rule,
                    assertion,
                    slot: first,
                    values: values,
                    triggers: triggers,
                    extraNotes: sentEmpty(first, values)
                )
            }
        case .exclusive(let paths):
            var seen = 0
            for path in paths {
                forEachSlot(path, base: root, root: root) { slot in
                    guard isFilled(slot) else { return true }
                    seen += 1
                    if seen > 1 {
                        var values = values(for: slot)
                        values.expected = paths.map { "`\($0.text)`" }.joined(separator: ", ")
                        report(rule, assertion, slot: slot, values: values, triggers: triggers)
                    }
                    return true
                }
            }
        case .value(let path, let checks):
            guard path.hasWildcard else {
                checkValue(
                    single(path, base: root, root: root),
                    checks,
                    rule: rule,
                    assertion: assertion,
                    root: root,
                    triggers: triggers
                )
                return
            }
            forEachSlot(path, base: root, root: root, transient: true, items: items) { slot in
                checkValue(slot, checks, rule: rule, assertion: assertion, root: root, triggers: triggers)
                return true
            }
        }
    }

    /// Runs the checks of a `value` assertion on one slot; reports the first that fails.
    private func checkValue(
        _ slot: Slot,
        _ checks: [ValueCheck],
        rule: CompiledRule,
        assertion: Assertion,
        root: Slot,
        triggers: [Trigger]
    ) {
        guard let node = slot.node, document.kind(of: node) != .null else { return }
        for check in checks {
            if case .unique(let keyPath) = check {
                checkUnique(
                    node,
                    slot: slot,
                    keyPath: keyPath,
                    rule: rule,
                    assertion: assertion,
                    root: root,
                    triggers: triggers
                )
                continue
            }
            if let expected = failure(of: check, node: node, slot: slot, base: root, root: root) {
                // `at`: reported at a member below the value (an item's `card_quota`), or at the value without one.
                let reported = assertion.reportAt.flatMap { first($0, base: slot, root: root) } ?? slot
                guard keeps(rule, reported) else { return }
                var values = values(for: reported)
                values.expected = expected
                // The condition that does not hold, as `kcplint kinds` writes detection conditions.
                if case .that(let condition) = check { values.expectedCondition = (condition, language) }
                report(rule, assertion, slot: reported, values: values, triggers: triggers)
                return
            }
        }
    }

    /// Counts as dropped the findings on the items of `items` after the one being visited, when the budget has just
    /// dropped that one's. For `require` and `forbid` the screen's items are exactly those that fail, and they come in
    /// document order: every later finding would be dropped too, so they are counted rather than visited.
    private func countDropped(_ items: RuleScreen.ItemSet, _ severity: Severity) {
        budget.drop(items.count(after: itemPosition), severity)
    }

    /// Whether the finding budget keeps a finding of `rule` at `slot`: asked before the finding's message is
    /// worked out, so that a payload with thousands of failing items renders only the findings it keeps.
    private func keeps(_ rule: CompiledRule, _ slot: Slot) -> Bool {
        budget.wants(rule.severity, rule: rule.definition.id, at: range(of: slot).lowerBound)
    }

    /// A required member is present and, for strings, not blank.
    private func isFilled(_ slot: Slot) -> Bool { slot.node.map(document.isFilled) ?? false }

    /// For a required member that is sent but counts as missing (null, an empty or blank string): a note that says
    /// so, since the message speaks of a missing member. The value is described, not quoted: it may be sensitive.
    private func sentEmpty(_ slot: Slot, _ values: MessageValues) -> [(String, String?, Range<Int>?)] {
        guard let node = slot.node else { return [] }
        let sent: LocalizedText =
            switch document.kind(of: node) {
            case .null: LocalizedText(en: "null", ko: "null")
            case .string where document.utf8Count(ofString: node) == 0:
                LocalizedText(en: "an empty string", ko: "빈 문자열")
            default: LocalizedText(en: "a blank string", ko: "공백뿐인 문자열")
            }
        let note = LocalizedText(
            en: "`\(values.field)` is sent, but as \(sent.en): that counts as missing",
            ko: "`\(values.field)`이(가) \(sent.ko)로 전송되어 누락으로 간주됩니다"
        )
        return [(note.text(language), values.field, range(of: slot))]
    }

    /// For a required member of the request that is missing: a note naming a member the catalogue does not know
    /// whose name looks like it (`merchantUid` or `merchant_id` for `merchant_uid`), the likeliest reason.
    private func lookalike(of path: FieldPath, missing slot: Slot, root: Slot) -> [(String, String?, Range<Int>?)] {
        // Names of a few letters are too short to call one another's misspelling (`a` and `b`).
        guard slot.node == nil, path.segments.count == 1, case .key(let wanted) = path.segments[0],
            wanted.unicodeScalars.count >= 4, let request = requestObject, root.node == request
        else { return [] }
        var found: [(String, String?, Range<Int>?)] = []
        document.forEachKeyIndex(of: request) { keyIndex in
            // A name some catalogue path uses is a member of its own, not a misspelling.
            guard found.isEmpty, document.keyID(atKey: keyIndex) < 0 else { return }
            let member = document.member(atKey: keyIndex)
            guard Suggestion.closest(to: member.key, among: [wanted]) != nil else { return }
            let pointer = Pointer.string([.key(member.key)])
            let note = LocalizedText(
                en: "`\(pointer)` is sent: is it `\(wanted)` misspelt?",
                ko: "`\(pointer)`이(가) 전송되었습니다. `\(wanted)`의 오타인가요?"
            )
            found.append((note.text(language), pointer, member.keyRange))
        }
        return found
    }

    /// The expected-text of a failed check, or nil when the check passes.
    private func failure(of check: ValueCheck, node: JSONNodeID, slot: Slot, base: Slot, root: Slot) -> String? {
        switch check {
        case .type(let set):
            return types(of: node).isDisjoint(with: set) ? Describe.types(set, language) : nil
        case .enumeration(let literals):
            return literals.contains(where: { equals(node, $0) }) ? nil : Describe.list(literals)
        case .notIn(let literals):
            return literals.contains(where: { equals(node, $0) }) ? Describe.notIn(literals, language) : nil
        case .equals(let literal):
            return equals(node, literal) ? nil : literal.jsonText
        case .pattern(let pattern):
            return matches(node, pattern) ? nil : Describe.pattern(pattern, language)
        case .notPattern(let pattern):
            return matches(node, pattern) ? Describe.notPattern(pattern, language) : nil
        case .min(let operand), .max(let operand):
            guard document.kind(of: node) == .number, let value = document.doubleValue(of: node),
                let bound = number(operand, base: base, root: root)
            else { return nil }
            let isMin = if case .min = check { true } else { false }
            let fails = isMin ? value < bound : value > bound
            return fails ? Describe.bound(isMin: isMin, operand, bound, language) : nil
        case .length(let bounds):
            guard let count = length(of: node) else { return nil }
            return bounds.contains(count)
                ? nil
                : Describe.length(bounds, unit: document.kind(of: node) == .array ? .items : .characters, language)
        case .bytes(let bounds):
            guard let count = document.utf8Count(ofString: node) else { return nil }
            return bounds.contains(count) ? nil : Describe.length(bounds, unit: .bytes, language)
        case .format(let format):
            return document.isFormat(node, format) ? nil : format.expected.text(language)
        case .notFormat(let format):
            return document.isFormat(node, format)
                ? LocalizedText(en: "not \(format.expected.en)", ko: "\(format.expected.ko)이(가) 아닌 값").text(language)
                : nil
        case .notPast:
            guard let past = document.isPast(node, now: now), past else { return nil }
            return LocalizedText(en: "not in the past", ko: "현재 이후의 시각").text(language)
        case .unique:
            return nil
        case .that(let condition):
            // `{expected}` is the condition; written out at the report only when the message uses it.
            return holds(condition, base: slot, root: root) ? nil : ""
        }
    }

    private func checkUnique(
        _ node: JSONNodeID,
        slot: Slot,
        keyPath: FieldPath,
        rule: CompiledRule,
        assertion: Assertion,
        root: Slot,
        triggers: [Trigger]
    ) {
        guard document.kind(of: node) == .array else { return }
        // The first place of each key is kept as an item index, not a slot: the walk then needs no trail entries
        // per item, and the pointer of a first use is worked out again only when a duplicate refers to it.
        var seen: [String: Int] = [:]
        let items = document.items(of: node)
        let mark = trail.count
        for (index, value) in items.enumerated() {
            defer { trail.truncate(to: mark) }
            // Null and blank values are missing ones (`require`'s business), not duplicates.
            guard let keySlot = first(keyPath, base: item(slot, value, index), root: root), let keyNode = keySlot.node,
                document.isFilled(keyNode), let literal = literal(of: keyNode) ?? rawLiteral(keyNode)
            else { continue }
            let key = canonical(literal)
            guard let firstIndex = seen[key] else {
                seen[key] = index
                continue
            }
            guard let first = self.first(keyPath, base: item(slot, items[firstIndex], firstIndex), root: root) else {
                continue
            }
            var values = values(for: keySlot)
            let firstPointer = pointer(of: first)
            values.expected = LocalizedText(
                en: "unique (first used at \(firstPointer))",
                ko: "고유한 값(처음 사용: \(firstPointer))"
            ).text(language)
            report(
                rule,
                assertion,
                slot: keySlot,
                values: values,
                triggers: triggers,
                extraNotes: [
                    (
                        LocalizedText(en: "first used here", ko: "처음 사용된 위치").text(language), firstPointer,
                        range(of: first)
                    )
                ]
            )
        }
    }

    private func rawLiteral(_ node: JSONNodeID) -> JSONLiteral? {
        let range = document.byteRange(of: node)
        return .string(String(decoding: document.bytes[range], as: UTF8.self))
    }

    private func canonical(_ literal: JSONLiteral) -> String {
        switch literal {
        case .number(let value, _): "n:\(value)"
        default: literal.jsonText
        }
    }

    // MARK: - reporting

    func values(for slot: Slot) -> MessageValues {
        var values = MessageValues()
        values.field = pointer(of: slot)
        switch trail.last(slot.trail) {
        case .key(let key)?: values.name = key
        case .index(let index)?: values.name = String(index)
        case nil: break
        }
        values.subject = slot.node.map { .node($0) } ?? .missing
        return values
    }

    /// `text` (a quoted JSON string) with each character that shows as nothing or moves what follows (controls,
    /// formatting characters such as bidirectional overrides and zero-width spaces, other default-ignorable ones such
    /// as the Hangul fillers, line and paragraph separators) written as a `\uXXXX` escape, so that a message shows
    /// it.
    static func escapingInvisibleCharacters(_ text: String) -> String {
        func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: true
            default: !scalar.isASCII && scalar.properties.isDefaultIgnorableCodePoint
            }
        }
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            guard isInvisible(scalar) else {
                output.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return output
    }

    /// `template` rendered with `values`; their `{value}` and `{actual}`, when not set, are made from their subject
    /// only if `template` has them (most messages do not, and the text of a large value is costly to make).
    func render(_ template: String, _ values: MessageValues) -> String {
        switch values.subject {
        case .unset:
            return values.render(template)
        case .missing:
            let nothing = { LocalizedText(en: "nothing", ko: "없음").text(self.language) }
            return values.render(template, value: nothing, actual: nothing)
        case .node(let node):
            return values.render(
                template,
                value: {
                    let range = self.document.byteRange(of: node)
                    // A string written with escapes (PHP's `json_encode` writes Hangul as `\uXXXX` and `/` as
                    // `\/`) is quoted as it reads, unless a sensitive value is in it (then it is masked as written).
                    // A card number in it is masked before characters that show as nothing are escaped again.
                    if let entry = self.document.entry(node), entry.kind == .string,
                        entry.flags & JSONTapeNode.hasEscapes != 0,
                        !self.sensitive.contains(where: { $0.range.overlaps(range) }),
                        let text = self.document.string(of: node)
                    {
                        let quoted = Array(
                            Self.escapingInvisibleCharacters(JSONText.quote(Masking.maskEmbeddedCardNumbers(text))).utf8
                        )
                        return Masking.render(quoted, 0..<quoted.count, sensitive: [])
                    }
                    return Masking.render(self.document.bytes, range, sensitive: self.sensitive)
                },
                actual: { Describe.typeName(self.types(of: node), self.language) }
            )
        }
    }

    /// Reports a finding of `rule` at `slot`, whose message values are `values` (made by ``values(for:)`` for
    /// `slot`: their `field` is the finding's pointer).
    func report(
        _ rule: CompiledRule,
        _ assertion: Assertion?,
        slot: Slot,
        values: MessageValues,
        triggers: [Trigger],
        extraNotes: [(String, String?, Range<Int>?)] = []
    ) {
        let range = range(of: slot)
        guard budget.wants(rule.severity, rule: rule.definition.id, at: range.lowerBound) else { return }
        // The first three triggers each get a note; the first one also fills the message's placeholders. A
        // condition that tests one member twice (`pg` is a string and names another gateway) gives one note.
        var triggered: [(trigger: Trigger, values: MessageValues)] = []
        for trigger in triggers where triggered.count < 3 {
            if let node = trigger.slot.node,
                triggered.contains(where: { $0.trigger.slot.node == node && $0.trigger.present == trigger.present })
            {
                continue
            }
            var values = values
            values.trigger = pointer(of: trigger.slot)
            values.triggerValue =
                trigger.slot.node.map {
                    Masking.render(document.bytes, document.byteRange(of: $0), sensitive: sensitive)
                } ?? ""
            triggered.append((trigger: trigger, values: values))
        }
        let template =
            assertion?.message ?? rule.definition.message ?? rule.builtin?.defaultMessage ?? rule.definition.title
        // Rendered from the values in place: `first?.values ?? values` would copy them.
        let message =
            triggered.isEmpty
            ? render(template.text(language), values) : render(template.text(language), triggered[0].values)
        var notes: [(message: String, pointer: String?, range: Range<Int>?)] = []
        for (trigger, triggerValues) in triggered {
            // A note pointing at the finding itself says nothing new; a rule's own `because` says the same for every
            // trigger, so it is one note.
            if let node = slot.node, trigger.slot.node == node { continue }
            if rule.definition.because != nil, !notes.isEmpty { break }
            let because =
                rule.definition.because
                ?? (trigger.present
                    ? LocalizedText(en: "because `{trigger}` is set", ko: "`{trigger}`이(가) 지정되었기 때문입니다")
                    : LocalizedText(
                        en: "because `{trigger}` is {triggerValue}",
                        ko: "`{trigger}` 값이 {triggerValue}이기 때문입니다"
                    ))
            notes.append(
                (render(because.text(language), triggerValues), triggerValues.trigger, self.range(of: trigger.slot))
            )
        }
        notes += extraNotes.map { (message: $0.0, pointer: $0.1, range: $0.2) }
        let fix = makeFix(assertion?.fix ?? rule.definition.fix, slot: slot)
        output.append(
            PendingDiagnostic(
                rule: rule.definition.id,
                severity: rule.severity,
                message: message,
                pointer: values.field,
                byteRange: range,
                fix: fix,
                notes: notes,
                documentationURL: rule.definition.source,
                isFieldRule: rule.builtin?.isFieldRule ?? false,
                supersedesFieldFindings: !rule.definition.alongside,
                forbidsMember: { if case .forbid = assertion?.kind { true } else { false } }(),
                serial: budget.admit(rule.severity, rule: rule.definition.id, at: range.lowerBound)
            ),
            firstCapacity: 8
        )
    }

    private func makeFix(_ template: FixTemplate?, slot: Slot) -> Diagnostic.Fix? {
        guard let template else { return nil }
        let custom = template.message?.text(language)
        if let rename = template.rename {
            let message =
                custom ?? LocalizedText(en: "rename it to `\(rename)`", ko: "`\(rename)`(으)로 이름을 바꾸세요").text(language)
            return Diagnostic.Fix(kind: .rename, message: message, key: rename, isSafe: template.safe)
        }
        var replacement = template.replace
        if !template.map.isEmpty {
            // By value: numbers as numbers (`1e0` is the key `1`), strings by their decoded text.
            guard let node = slot.node, let mapped = template.map.first(where: { equals(node, $0.key) })?.value
            else { return nil }
            replacement = mapped
        }
        if let replacement {
            let text = replacement.jsonText
            let message = custom ?? LocalizedText(en: "replace it with \(text)", ko: "\(text)(으)로 바꾸세요").text(language)
            return Diagnostic.Fix(kind: .replace, message: message, value: text, isSafe: template.safe)
        }
        return nil
    }
}
