extension Evaluator {
    /// What the quick walk of a request found (see ``quickFieldCheck(_:field:_:)``).
    struct QuietFields {
        /// The full walk would report nothing.
        var quiet: Bool
        /// Sensitive values the full walk would record: all of them, in order, when quiet; otherwise those the
        /// quick walk met, among them all those of the quiet items of ``noisyItems``' arrays, which the full walk
        /// skips (masks are merged by range, so repeats and order do not matter).
        var sensitive: [(range: Range<Int>, kind: Sensitivity)]
        /// For arrays of ``itemMapMinimum`` items or more under the dictionary, by tape index: the positions of
        /// the items the full walk must visit (the others are quiet). Arrays the walk did not reach are missing.
        var noisyItems: [Int32: [Int32]] = [:]
    }

    /// Arrays with fewer items are walked item by item by the full walk, each item checked by a quick walk first.
    static let itemMapMinimum = 64

    /// Checks the request at `slot` against its kind's dictionary: a quick walk first, which makes no slots and
    /// decodes no keys, and the full walk of ``checkFields(_:field:slot:root:)`` only when the quick one finds a value
    /// that may be reported (with `screened` off, always). `precomputed`: the quick walk's result, when it ran
    /// already (on another thread, see ``quickFieldCheck(_:field:_:)``).
    ///
    /// `field`: the number of `spec` in the plan's ``FieldRows`` (and so for the other walks below).
    func checkRequestFields(
        _ spec: FieldSpec,
        field: Int32,
        slot: Slot,
        screened: Bool,
        precomputed: QuietFields? = nil
    ) {
        quickFieldWalks = screened
        if screened, let precomputed {
            sensitive += precomputed.sensitive
            if precomputed.quiet { return }
            noisyItems = precomputed.noisyItems
        } else if let node = slot.node, isQuiet(spec, field, node) {
            return
        }
        checkFields(spec, field: field, slot: slot, root: slot)
    }

    /// The quick walk of ``checkRequestFields(_:field:slot:screened:precomputed:)`` over the request at `node`, on its
    /// own: it reads the evaluator and writes nothing to it, so it can run on another thread while the rule screen
    /// runs.
    ///
    /// Unlike the quick walk of one value, it does not stop at the first noisy item of a large array: it goes on
    /// and names the noisy items, so that the full walk visits only those.
    func quickFieldCheck(_ spec: FieldSpec, field: Int32, _ node: JSONNodeID) -> QuietFields {
        var recorded: [(range: Range<Int>, kind: Sensitivity)] = []
        var noisyItems: [Int32: [Int32]]? = [:]
        let quiet = fieldsAreQuiet(spec, field, node, recording: &recorded, noisyItems: &noisyItems)
        // Values recorded by a walk that stopped early are among those the full walk records.
        return QuietFields(quiet: quiet, sensitive: recorded, noisyItems: quiet ? [:] : noisyItems ?? [:])
    }

    /// Whether the quick walk finds `node` quiet under `spec` (then it has recorded the sensitive values the full
    /// walk would); false, with nothing recorded, when the full walk must run (always, with the screen off).
    private func isQuiet(_ spec: FieldSpec, _ field: Int32, _ node: JSONNodeID) -> Bool {
        guard quickFieldWalks else { return false }
        let mark = sensitive.count
        var noisyItems: [Int32: [Int32]]?
        if fieldsAreQuiet(spec, field, node, recording: &sensitive, noisyItems: &noisyItems) { return true }
        sensitive.removeSubrange(mark...)
        return false
    }

    /// Whether ``checkFields(_:field:slot:root:)`` surely reports nothing on `node`; records the sensitive values it
    /// would record, in the same order. With `noisyItems`, large arrays are walked whole and their noisy items
    /// named (see ``QuietFields/noisyItems``).
    private func fieldsAreQuiet(
        _ spec: FieldSpec,
        _ field: Int32,
        _ node: JSONNodeID,
        recording sensitive: inout [(range: Range<Int>, kind: Sensitivity)],
        noisyItems: inout [Int32: [Int32]]?
    ) -> Bool {
        let kind = document.kind(of: node)
        if let sensitivity = spec.sensitive {
            sensitive.append((document.byteRange(of: node), sensitivity), firstCapacity: 8)
        }
        if kind == .null { return true }
        if document.valueTypes(of: node).isDisjoint(with: spec.types) { return false }
        if let enumeration = spec.enumeration, !enumeration.contains(where: { document.equals(node, $0) }) {
            return false
        }
        let formatFails = spec.format.map { !document.isFormat(node, $0) } ?? false
        if formatFails, kind == .string || kind == .number { return false }
        if kind == .string {
            if !formatFails, let pattern = spec.pattern, !document.matches(node, pattern) { return false }
            if let bounds = spec.length,
                document.length(of: node, isWithin: bounds.min ?? .min, bounds.max ?? .max) == false
            {
                return false
            }
            if let bounds = spec.bytes, let count = document.utf8Count(ofString: node), !bounds.contains(count) {
                return false
            }
        } else if kind == .number, let value = document.doubleValue(of: node) {
            if let minimum = spec.minimum, value < minimum { return false }
            if let maximum = spec.maximum, value > maximum { return false }
        }
        switch kind {
        case .object:
            guard !spec.properties.isEmpty || !spec.open else { return true }
            var quiet = true
            // Specs are not retained, by the closure or here: the dictionary holds them, and threads sharing a
            // validator would contend on their reference counts.
            let borrowedSpec = Unmanaged.passUnretained(spec)
            // Members are found by the ids the reader gave their keys (escaped keys included).
            document.forEachKeyIndex(of: node) { keyIndex in
                guard quiet else { return }
                borrowedSpec._withUnsafeGuaranteedRef { spec in
                    let value = JSONNodeID(keyIndex + 1)
                    let index = fieldRows.property(of: field, key: document.keyID(atKey: keyIndex))
                    if index >= 0 {
                        let childField = fieldRows.child(of: field, property: index)
                        quiet = Unmanaged.passUnretained(spec.propertySpecs[Int(index)])._withUnsafeGuaranteedRef {
                            child in
                            (child.deprecated == nil || !document.isFilled(value))
                                && fieldsAreQuiet(
                                    child,
                                    childField,
                                    value,
                                    recording: &sensitive,
                                    noisyItems: &noisyItems
                                )
                        }
                    } else {
                        quiet = spec.open
                    }
                }
            }
            guard quiet else { return false }
            for key in fieldRows.requiredKeys(of: field) {
                guard let keyIndex = document.firstKey(of: node, id: key),
                    document.kind(of: JSONNodeID(keyIndex + 1)) != .null
                else { return false }
            }
            return true
        case .array:
            if let bounds = spec.items, !bounds.contains(document.count(of: node)) { return false }
            guard let itemSpec = spec.itemSpec else { return true }
            let itemField = fieldRows.item(of: field)
            let items = document.items(of: node)
            if noisyItems != nil, items.count >= Self.itemMapMinimum {
                // A noisy item keeps what it recorded: its full walk records it again, and large arrays inside it
                // that are mapped too rely on it for their quiet items.
                var noisy: [Int32] = []
                Unmanaged.passUnretained(itemSpec)._withUnsafeGuaranteedRef { itemSpec in
                    for (position, item) in items.enumerated()
                    where !fieldsAreQuiet(itemSpec, itemField, item, recording: &sensitive, noisyItems: &noisyItems) {
                        noisy.append(Int32(position))
                    }
                }
                noisyItems?[node.index] = noisy
                return noisy.isEmpty
            }
            // The item spec is borrowed, not retained once per item.
            return Unmanaged.passUnretained(itemSpec)._withUnsafeGuaranteedRef { itemSpec in
                items.allSatisfy {
                    fieldsAreQuiet(itemSpec, itemField, $0, recording: &sensitive, noisyItems: &noisyItems)
                }
            }
        default:
            return true
        }
    }

    /// Walks the value at `slot` with its dictionary spec: types, enums, formats, lengths, ranges, members.
    func checkFields(_ spec: FieldSpec, field: Int32, slot: Slot, root: Slot) {
        guard let node = slot.node else { return }
        let kind = document.kind(of: node)
        if let sensitivity = spec.sensitive {
            sensitive.append((document.byteRange(of: node), sensitivity), firstCapacity: 8)
        }
        if kind == .null { return }
        let actualTypes = types(of: node)
        if actualTypes.isDisjoint(with: spec.types) {
            var values = values(for: slot)
            values.expected = Describe.types(spec.types, language)
            report(builtin: .fieldType, spec: spec, slot: slot, values: values, fix: typeFix(spec, node))
            return
        }
        if let enumeration = spec.enumeration, !enumeration.contains(where: { equals(node, $0) }) {
            var values = values(for: slot)
            values.expected = Describe.list(enumeration)
            report(builtin: .fieldEnum, spec: spec, slot: slot, values: values)
        }
        let formatFails = spec.format.map { !document.isFormat(node, $0) } ?? false
        if let format = spec.format, formatFails, kind == .string || kind == .number {
            var values = values(for: slot)
            values.expected = format.expected.text(language)
            report(builtin: .fieldFormat, spec: spec, slot: slot, values: values)
        }
        if kind == .string {
            if !formatFails, let pattern = spec.pattern, !matches(node, pattern) {
                var values = values(for: slot)
                values.expected = Describe.pattern(pattern, language)
                report(builtin: .fieldFormat, spec: spec, slot: slot, values: values)
            }
            if let bounds = spec.length, let count = document.scalarCount(ofString: node), !bounds.contains(count) {
                var values = values(for: slot)
                values.expected = Describe.length(bounds, unit: .characters, language)
                values.actual = Describe.count(count, unit: .characters, language)
                report(builtin: .fieldLength, spec: spec, slot: slot, values: values)
            } else if let bounds = spec.bytes, let count = document.utf8Count(ofString: node), !bounds.contains(count) {
                var values = values(for: slot)
                values.expected = Describe.length(bounds, unit: .bytes, language)
                values.actual = Describe.count(count, unit: .bytes, language)
                report(builtin: .fieldLength, spec: spec, slot: slot, values: values)
            }
        } else if kind == .number, let value = document.doubleValue(of: node) {
            if let minimum = spec.minimum, value < minimum {
                var values = values(for: slot)
                values.expected = Describe.bound(
                    isMin: true,
                    .constant(minimum, text: Describe.number(minimum)),
                    minimum,
                    language
                )
                report(builtin: .fieldRange, spec: spec, slot: slot, values: values)
            } else if let maximum = spec.maximum, value > maximum {
                var values = values(for: slot)
                values.expected = Describe.bound(
                    isMin: false,
                    .constant(maximum, text: Describe.number(maximum)),
                    maximum,
                    language
                )
                report(builtin: .fieldRange, spec: spec, slot: slot, values: values)
            }
        }
        switch kind {
        case .object:
            checkMembers(of: node, spec: spec, field: field, slot: slot, root: root)
        case .array:
            let items = document.items(of: node)
            let mark = trail.count
            if let bounds = spec.items, !bounds.contains(items.count) {
                var values = values(for: slot)
                values.expected = Describe.length(bounds, unit: .items, language)
                values.actual = Describe.count(items.count, unit: .items, language)
                report(builtin: .fieldItems, spec: spec, slot: slot, values: values)
            }
            if let itemSpec = spec.itemSpec {
                let itemField = fieldRows.item(of: field)
                if let noisy = noisyItems[node.index] {
                    // Named by the quick walk that ran alongside, which recorded the quiet items' sensitive values.
                    for position in noisy {
                        checkFields(
                            itemSpec,
                            field: itemField,
                            slot: item(slot, items[Int(position)], Int(position)),
                            root: root
                        )
                        trail.truncate(to: mark)
                    }
                } else {
                    for (index, value) in items.enumerated() where !isQuiet(itemSpec, itemField, value) {
                        checkFields(itemSpec, field: itemField, slot: item(slot, value, index), root: root)
                        trail.truncate(to: mark)
                    }
                }
            }
        default:
            break
        }
    }

    private func checkMembers(of node: JSONNodeID, spec: FieldSpec, field: Int32, slot: Slot, root: Slot) {
        let checksMembers = !spec.properties.isEmpty || !spec.open
        guard checksMembers else { return }
        // The object's member names, made once for a large object that needs renames (see `hasMember`).
        var names: Set<String>?
        document.forEachKeyIndex(of: node) { keyIndex in
            let index = fieldRows.property(of: field, key: document.keyID(atKey: keyIndex))
            if index >= 0 {
                let child = spec.propertySpecs[Int(index)]
                let childField = fieldRows.child(of: field, property: index)
                let value = JSONNodeID(keyIndex + 1)
                // A member the quick walk finds quiet needs no slot, no decoded key and no full walk.
                if child.deprecated == nil || !document.isFilled(value), isQuiet(child, childField, value) {
                    return
                }
                let member = document.member(atKey: keyIndex)
                let memberSlot = self.member(slot, member)
                // A null or blank value is the member left unset (PHP and .NET clients send every member), not a use of it.
                if let deprecation = child.deprecated, document.isFilled(member.value) {
                    var values = values(for: memberSlot)
                    values.expected = deprecation.text(language)
                    // A note, not a rename fix: the replacement takes a value of its own (`channelKey` is not a PG code,
                    // `tax_free` is not a VAT amount), so renaming the member would keep a value that is wrong there.
                    let notes = child.replacement.map {
                        [
                            (
                                message: LocalizedText(
                                    en:
                                        "use `\($0)` instead, with a value of its own: renaming the member would keep this value",
                                    ko: "대신 `\($0)`을(를) 사용하고 값은 새로 지정하세요. 이름만 바꾸면 이 값이 그대로 남습니다"
                                ).text(language),
                                pointer: String?.none,
                                range: Range<Int>?.none
                            )
                        ]
                    }
                    report(
                        builtin: .fieldDeprecated,
                        spec: nil,
                        slot: memberSlot,
                        values: values,
                        notes: notes ?? [],
                        at: member.keyRange
                    )
                }
                checkFields(child, field: childField, slot: memberSlot, root: root)
            } else if !spec.open {
                let member = document.member(atKey: keyIndex)
                let memberSlot = self.member(slot, member)
                var values = values(for: memberSlot)
                var fix: Diagnostic.Fix?
                let trimmed = Self.trimmingSpaces(member.key)
                if trimmed.utf8.count != member.key.utf8.count {
                    // `"customer_uid "` (a serializer attribute with a space in it): the server reads another name.
                    if let candidate = spec.properties[trimmed], !hasMember(trimmed, in: node, names: &names),
                        Self.mayBeRenamed(types(of: member.value), to: candidate.types)
                    {
                        values.suggestion = LocalizedText(
                            en: "; did you mean `\(trimmed)`, without the spaces?",
                            ko: ". 공백 없는 `\(trimmed)`을(를) 의도하셨나요?"
                        ).text(language)
                        fix = Diagnostic.Fix(
                            kind: .rename,
                            message: LocalizedText(
                                en: "rename it to `\(trimmed)`",
                                ko: "`\(trimmed)`(으)로 이름을 바꾸세요"
                            ).text(language),
                            key: trimmed,
                            isSafe: true
                        )
                    } else {
                        values.suggestion = LocalizedText(
                            en: "; note the spaces around the name",
                            ko: ". 이름 앞뒤에 공백이 있습니다"
                        ).text(language)
                    }
                } else if let best = Suggestion.closest(to: member.key, among: spec.suggestionCandidates),
                    let candidate = spec.properties[best],
                    !hasMember(best, in: node, names: &names),
                    Self.mayBeRenamed(types(of: member.value), to: candidate.types)
                {
                    values.suggestion = LocalizedText(en: "; did you mean `\(best)`?", ko: ". `\(best)`을(를) 의도하셨나요?")
                        .text(language)
                    fix = Diagnostic.Fix(
                        kind: .rename,
                        message: LocalizedText(en: "rename it to `\(best)`", ko: "`\(best)`(으)로 이름을 바꾸세요").text(
                            language
                        ),
                        key: best
                    )
                }
                report(
                    builtin: .fieldUnknown,
                    spec: nil,
                    slot: memberSlot,
                    values: values,
                    fix: fix,
                    at: member.keyRange
                )
            }
        }
        for name in spec.requiredNames {
            if let missing = first(
                FieldPath(segments: [.key(name)], fromRoot: false, text: name),
                base: slot,
                root: root
            ),
                !isPresent(missing)
            {
                report(builtin: .fieldRequired, spec: nil, slot: missing, values: values(for: missing))
            }
        }
    }

    /// Whether a value of `types` may be a misspelt member of `wanted` types: a list or an object is not a misspelt
    /// scalar, nor a scalar a misspelt list (`schedule_at: 1893423600` is no `schedules`). Scalars of another type
    /// may be (`"amout": "3000"` is `amount`, sent as a string).
    static func mayBeRenamed(_ types: TypeSet, to wanted: TypeSet) -> Bool {
        let containers: TypeSet = [.array, .object]
        guard !wanted.isEmpty, wanted != .any else { return true }
        return types.isDisjoint(with: containers) == wanted.subtracting(.null).isDisjoint(with: containers)
            || !types.isDisjoint(with: wanted)
    }

    /// Whether `object` has a member called `name`, for renames: a scan of a small object; for a large one a set of
    /// its names, made once in `names` (an object of thousands of misspelt members must not cost a scan each).
    private func hasMember(_ name: String, in object: JSONNodeID, names: inout Set<String>?) -> Bool {
        if document.count(of: object) <= 32 { return document.member(of: object, named: name) != nil }
        if names == nil {
            var found = Set<String>()
            document.forEachKeyIndex(of: object) { found.insert(document.member(atKey: $0).key) }
            names = found
        }
        return names?.contains(name) ?? false
    }

    /// `name` without the spaces, tabs and line breaks at either end.
    static func trimmingSpaces(_ name: String) -> String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return name }
        guard let last = scalars.lastIndex(where: { !isSpace($0) }) else { return name }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return name }
        return String(scalars[first...last])
    }

    /// For a `field-type` finding whose value converts plainly to the wanted type: a string of digits where a number
    /// is wanted (`"3000"`; safe only without a fraction), `"true"` or `"false"` where a boolean is. Nil for anything else (a number where a string
    /// is wanted may have lost leading zeros: `"004"`, `010…`), and for sensitive fields, whose values a fix must not
    /// print.
    func typeFix(_ spec: FieldSpec, _ node: JSONNodeID) -> Diagnostic.Fix? {
        guard spec.sensitive == nil else { return nil }
        guard document.kind(of: node) == .string, let text = document.string(of: node) else { return nil }
        let wantsNumber = !spec.types.isDisjoint(with: [.integer, .number])
        let converts =
            wantsNumber && Self.isPlainNumber(text, fraction: spec.types.contains(.number))
            || spec.types.contains(.boolean) && (text == "true" || text == "false")
        guard converts else { return nil }
        // A fix repeats the value, which reports mask elsewhere: none for a member whose name reads as sensitive
        // (a catalogue's `birth` typed as a number) or for a card number sent in a number field.
        if Masking.guessedSensitivity(ofName: spec.name.utf8) != nil { return nil }
        let whole = text.utf8.prefix { $0 != UInt8(ascii: ".") }
        let digits = text.utf8.filter { $0 != UInt8(ascii: ".") }
        for candidate in [Array(whole), digits] where candidate.count >= 13 {
            if Self.looksLikeCardNumber(String(decoding: candidate, as: UTF8.self)) { return nil }
        }
        return Diagnostic.Fix(
            kind: .replace,
            message: LocalizedText(en: "send \(text) instead", ko: "\(text)(으)로 보내세요").text(language),
            value: text,
            // A string with a dot is not plainly a number of won: "10.000" may be ten thousand written with a
            // thousands dot, so turning it into 10 is a suggestion, not a safe fix.
            isSafe: !text.utf8.contains(UInt8(ascii: "."))
        )
    }

    /// Whether `text` is digits, with at most one `.` between digits when `fraction`, no leading zero before a
    /// digit (`"007"` is an identifier, not an amount), and at most 15 digits: a JSON number as it stands.
    static func isPlainNumber(_ text: String, fraction: Bool) -> Bool {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let parts = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard parts.count == 1 || fraction && parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }),
            bytes.count == 1 || bytes[0] != 0x30 || bytes[1] == 0x2E
        else { return false }
        // At most 15 digits, which every reader keeps exactly (a double holds 15 decimal digits): a longer
        // string of digits is an identifier, or a value JavaScript would round.
        return bytes.count - (parts.count - 1) <= 15
    }

    private func report(
        builtin: BuiltinRule,
        spec: FieldSpec?,
        slot: Slot,
        values: MessageValues,
        fix: Diagnostic.Fix? = nil,
        notes: [(message: String, pointer: String?, range: Range<Int>?)] = [],
        at range: Range<Int>? = nil
    ) {
        let rule = plan.builtin(builtin)
        guard rule.definition.enabled else { return }
        var severity = rule.severity
        if let override = spec?.severity { severity = override }
        let range = range ?? self.range(of: slot)
        guard budget.wants(severity, rule: builtin.rawValue, at: range.lowerBound) else { return }
        let template = rule.definition.message ?? builtin.defaultMessage
        output.append(
            PendingDiagnostic(
                rule: builtin.rawValue,
                severity: severity,
                message: render(template.text(language), values),
                pointer: values.field,
                byteRange: range,
                fix: fix,
                notes: notes,
                documentationURL: fieldDocumentationURL ?? rule.definition.source,
                isFieldRule: true,
                serial: budget.admit(severity, rule: builtin.rawValue, at: range.lowerBound)
            ),
            firstCapacity: 8
        )
    }
}
