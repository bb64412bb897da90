/// Options of one validation.
public struct ValidationOptions: Sendable {
    /// Check as this kind instead of detecting it (`sdk-payment`, `rest-again`, …).
    public var kind: String?
    /// Language of the messages.
    public var language: Language
    /// The clock for "not in the past" checks, as Unix seconds; nil reads the system clock.
    public var now: Int64?
    /// Lets one large payload use several threads. Called with a count and a body, it runs `body(i)` for every `i`
    /// below the count, in any order and possibly at once on several threads, and returns when all have run (for
    /// example with `DispatchQueue.concurrentPerform`). Nil, the default, keeps a validation on the calling thread.
    /// Only payloads with arrays of thousands of items use it, and the findings are the same either way.
    public var parallelLoop: ParallelLoop?
    /// Rules that surely cannot report are skipped (``RuleScreen``); tests turn this off to compare.
    var screensRules = true
    /// With ``parallelLoop``, arrays whose items times the assertions checked on each reach this are shared out
    /// (about 1 ms of work on one core); tests lower it.
    var parallelWork = 200_000

    /// See ``parallelLoop``.
    public typealias ParallelLoop = @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void

    /// Creates options.
    public init(kind: String? = nil, language: Language = .en, now: Int64? = nil) {
        self.kind = kind
        self.language = language
        self.now = now
    }
}

/// Limits that keep a validation bounded on hostile input.
public struct ValidationLimits: Sendable {
    /// Limits of the JSON reader (size, depth, string length).
    public var json: JSONLimits
    /// At most this many diagnostics per payload; the rest are counted in one `diagnostics-truncated` note.
    public var maxDiagnostics: Int

    /// Creates limits.
    public init(json: JSONLimits = .default, maxDiagnostics: Int = 500) {
        self.json = json
        self.maxDiagnostics = maxDiagnostics
    }

    /// The defaults: 64 MiB, depth 256, 500 diagnostics.
    public static let `default` = ValidationLimits()
}

/// What a validation found.
public struct ValidationResult: Sendable {
    /// The diagnostics, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The kind of each request checked (one for an object payload, one per item for an array; nil when undecided).
    public var kinds: [String?]
    /// Byte ranges of sensitive values, to mask in any printed payload text (code frames).
    public var maskedRanges: [MaskedRange]
    /// Findings past the per-file limit (``ValidationLimits/maxDiagnostics``), not listed: one
    /// `diagnostics-truncated` finding stands for them, and these are their severities, for totals.
    public var hidden = FindingCounts()

    /// Number of diagnostics of `severity`.
    public func count(_ severity: Severity) -> Int { diagnostics.lazy.filter { $0.severity == severity }.count }
}

/// Checks payloads against a compiled catalogue.
///
/// A validator is immutable and `Sendable`: build it once and use it from any number of tasks.
///
/// ```swift
/// let validator = try Validator(catalogue: .standard())
/// let result = validator.validate(bodyBytes, options: ValidationOptions(kind: "rest-again", language: .ko))
/// ```
public struct Validator: Sendable {
    let plan: ValidationPlan
    /// The catalogue the validator was built from.
    public let catalogue: Catalogue
    /// The limits applied to every payload.
    public let limits: ValidationLimits

    /// Compiles `catalogue` into a validator.
    public init(catalogue: Catalogue, limits: ValidationLimits = .default) {
        self.catalogue = catalogue
        self.plan = ValidationPlan(catalogue: catalogue)
        self.limits = limits
    }

    private init(plan: ValidationPlan, catalogue: Catalogue, limits: ValidationLimits) {
        self.plan = plan
        self.catalogue = catalogue
        self.limits = limits
    }

    /// The same validator with other limits; the compiled catalogue is shared, not built again.
    public func with(limits: ValidationLimits) -> Validator {
        Validator(plan: plan, catalogue: catalogue, limits: limits)
    }

    /// A validator with its own copy of the compiled catalogue.
    ///
    /// A validator can be shared by any number of tasks, but tasks that share one also share the reference
    /// counts of its catalogue objects, and on several cores those counts bounce between caches. For the most
    /// throughput, give each long-running worker (one per core) a copy: it gives the same results and costs a
    /// few milliseconds and a few megabytes to make.
    public func independentCopy() -> Validator {
        Validator(catalogue: catalogue.independentCopy(), limits: limits)
    }

    /// A validator for the default KCP catalogue.
    public static func standard() throws(CatalogueError) -> Validator {
        Validator(catalogue: try Catalogue.standard())
    }

    /// Validates a payload given as a string.
    public func validate(_ text: String, options: ValidationOptions = ValidationOptions()) -> ValidationResult {
        validate(Array(text.utf8), options: options)
    }

    /// Validates a payload given as UTF-8 bytes. Never throws: a bad payload yields diagnostics.
    public func validate(_ bytes: [UInt8], options: ValidationOptions = ValidationOptions()) -> ValidationResult {
        let now = options.now ?? SystemClock.now()
        let read = JSONReader(limits: limits.json).read(bytes, keys: plan.vocabulary)
        var pending: [PendingDiagnostic] = []
        for problem in read.problems {
            let rule = plan.builtin(ruleFor(problem.kind))
            guard rule.definition.enabled else { continue }
            var notes: [(message: String, pointer: String?, range: Range<Int>?)] = []
            if let related = problem.related {
                notes.append((problem.relatedMessage(in: options.language) ?? "", nil, related))
            }
            pending.append(
                PendingDiagnostic(
                    rule: rule.definition.id,
                    severity: rule.severity,
                    // A duplicate key is quoted in the message: a card number used as a key is masked.
                    message: problem.kind == .duplicateKey
                        ? Masking.maskEmbeddedCardNumbers(problem.message(in: options.language))
                        : problem.message(in: options.language),
                    pointer: problem.kind == .duplicateKey ? duplicatePointer(read.document, problem) : "",
                    byteRange: problem.byteRange,
                    fix: nil,
                    notes: notes,
                    documentationURL: rule.definition.source,
                    isFieldRule: false
                )
            )
        }
        var kinds: [String?] = []
        var masked: [MaskedRange] = []
        let budget = FindingBudget(limit: limits.maxDiagnostics)
        if let document = read.document {
            let keysAreUnique = !read.problems.contains { $0.kind == .duplicateKey }
            let root = document.root
            let start = document.byteRange(of: root).lowerBound
            let trail = Trail()
            let rootSlot = Slot(node: root, trail: -1, anchor: start..<(start + 1))
            // The findings go through parameters, not captures: a captured variable would be boxed and pay a dynamic
            // exclusivity check on every access.
            func checkRequest(
                _ slot: Slot,
                _ pending: inout [PendingDiagnostic],
                _ masked: inout [MaskedRange]
            ) -> ValidationPlan.KindPlan? {
                // The request's member table on the stack.
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, Evaluator.memberTableSize(plan))) {
                    check(
                        document,
                        slot: slot,
                        trail: trail,
                        budget: budget,
                        options: options,
                        now: now,
                        keysAreUnique: keysAreUnique,
                        memberTable: $0,
                        into: &pending,
                        masked: &masked
                    )
                }
            }
            // `payload-shape: off` drops the finding, not what it reports: the payload is still not checked.
            func shape(_ slot: Slot) -> [PendingDiagnostic] {
                guard plan.builtin(.payloadShape).definition.enabled else { return [] }
                return [shapeDiagnostic(document, slot: slot, trail: trail, budget: budget, language: options.language)]
            }
            switch document.kind(of: root) {
            case .object:
                // One request (most payloads): a list the plan made once.
                kinds = checkRequest(rootSlot, &pending, &masked)?.asKindList ?? plan.undecidedKindList
            case .array:
                // An empty list holds no request: nothing would be checked, and the file would pass.
                if document.count(of: root) == 0 { pending += shape(rootSlot) }
                for (index, item) in document.items(of: root).enumerated() {
                    let itemStart = document.byteRange(of: item).lowerBound
                    let slot = Slot(
                        node: item,
                        trail: trail.child(of: -1, .index(index)),
                        anchor: itemStart..<(itemStart + 1)
                    )
                    if document.kind(of: item) == .object {
                        kinds.append(checkRequest(slot, &pending, &masked)?.definition.id)
                    } else {
                        pending += shape(slot)
                        kinds.append(nil)
                    }
                }
            default:
                pending += shape(rootSlot)
            }
        } else if bytes.count <= limits.json.maxBytes {
            // Not JSON: code frames still show the lines of the syntax errors; their sensitive values are found
            // token by token.
            masked = Masking.lexicalSensitiveRanges(bytes, names: plan.sensitiveNames)
        }
        if !budget.evicted.isEmpty {
            pending.removeAll { $0.serial >= 0 && budget.evicted.contains($0.serial) }
        }
        return finish(
            consume pending,
            dropped: budget.dropped,
            bytes: bytes,
            kinds: kinds,
            masked: masked,
            language: options.language
        )
    }

    private func ruleFor(_ kind: JSONProblem.Kind) -> BuiltinRule {
        switch kind {
        case .syntax: .jsonSyntax
        case .duplicateKey: .jsonDuplicateKey
        case .bom: .jsonBOM
        case .limit: .jsonLimit
        }
    }

    /// Pointer of a duplicate key: the path to the object holding it plus the key. Each level is found by a binary
    /// search, so that a payload with many duplicates is not quadratic.
    private func duplicatePointer(_ document: JSONDocument?, _ problem: JSONProblem) -> String {
        guard let document else { return "" }
        let offset = problem.byteRange.lowerBound
        var tokens: [PointerToken] = []
        var node = document.root
        while let (position, child) = document.lastChild(of: node, startingAtOrBefore: offset) {
            if document.kind(of: node) == .object {
                let member = document.member(atKey: child)
                if member.keyRange == problem.byteRange {
                    tokens.append(.key(member.key))
                    break
                }
                guard document.byteRange(of: member.value).contains(offset) else { break }
                tokens.append(.key(member.key))
                node = member.value
            } else {
                let item = JSONNodeID(child)
                guard document.byteRange(of: item).contains(offset) else { break }
                tokens.append(.index(position))
                node = item
            }
        }
        return Pointer.string(tokens)
    }

    private func shapeDiagnostic(
        _ document: JSONDocument,
        slot: Slot,
        trail: Trail,
        budget: FindingBudget,
        language: Language
    ) -> PendingDiagnostic {
        let rule = plan.builtin(.payloadShape)
        let evaluator = Evaluator(
            document: document,
            plan: plan,
            language: language,
            now: 0,
            trail: trail,
            budget: budget
        )
        var values = evaluator.values(for: slot)
        if let node = slot.node, document.kind(of: node) == .array, document.count(of: node) == 0 {
            values.actual = LocalizedText(en: "an empty array, which holds no request", ko: "요청이 하나도 없는 빈 배열")
                .text(language)
        } else if let node = slot.node, document.kind(of: node) == .string, let text = document.string(of: node),
            let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
            let inner = JSONReader().read(Array(text.utf8)).document,
            inner.kind(of: inner.root) == .object || inner.kind(of: inner.root) == .array
        {
            // `JSON.stringify` of a body that already was JSON text (or PHP's `json_encode` of one).
            values.actual = LocalizedText(
                en: "a string that holds JSON: the body was encoded twice (JSON.stringify or json_encode of text that "
                    + "already was JSON)",
                ko: "JSON을 담은 문자열(이미 JSON인 텍스트를 JSON.stringify나 json_encode로 한 번 더 인코딩한 본문)"
            ).text(language)
        }
        evaluator.output = []
        let template = rule.definition.message ?? BuiltinRule.payloadShape.defaultMessage
        return PendingDiagnostic(
            rule: rule.definition.id,
            severity: rule.severity,
            message: evaluator.render(template.text(language), values),
            pointer: trail.pointer(slot.trail),
            byteRange: document.byteRange(of: slot.node ?? document.root),
            fix: nil,
            notes: [],
            documentationURL: rule.definition.source,
            isFieldRule: false
        )
    }

    /// Checks one request object; returns the plan of its kind (nil when undecided). `memberTable`: memory for the
    /// request's member table (see ``Evaluator/init(document:plan:language:now:trail:budget:request:memberTable:)``).
    private func check(
        _ document: JSONDocument,
        slot: Slot,
        trail: Trail,
        budget: FindingBudget,
        options: ValidationOptions,
        now: Int64,
        keysAreUnique: Bool,
        memberTable: UnsafeMutableBufferPointer<Int32>,
        into pending: inout [PendingDiagnostic],
        masked: inout [MaskedRange]
    ) -> ValidationPlan.KindPlan? {
        let evaluator = Evaluator(
            document: document,
            plan: plan,
            language: options.language,
            now: now,
            trail: trail,
            budget: budget,
            request: slot.node,
            memberTable: memberTable
        )
        let kindPlan: ValidationPlan.KindPlan?
        // For each gate and rule of the kind: whether it may report, and where (nil: run them all everywhere).
        var verdicts: RuleScreen.Verdicts?
        // When a large array is shared out among threads, the dictionary's quick walk and the secrets scan run
        // alongside (the items times the assertions checked on each must reach `parallelWork`: a small document
        // cannot).
        let sharesOut = options.parallelLoop != nil && document.tape.count * 64 >= options.parallelWork
        let quietFields: Box<Evaluator.QuietFields?>? = sharesOut ? Box(nil) : nil
        let secretEvents: Box<[Evaluator.SecretEvent]?>? = sharesOut ? Box(nil) : nil
        // Secrets are reported whatever else happens (unknown kind, another gateway), before anything else.
        if !sharesOut { evaluator.checkSecrets(slot: slot) }
        if let request = slot.node, options.screensRules {
            (kindPlan, verdicts) = plan.screen.withPass(
                document: document,
                request: request,
                members: evaluator.requestMembers,
                now: now,
                keysAreUnique: keysAreUnique
            ) { pass in
                let index: Int? =
                    if let forced = options.kind { plan.kindIndex[forced] } else {
                        plan.kinds.indices.first { pass.detects(kind: $0) }
                    }
                guard let index else { return (nil, nil) }
                let kind = plan.kinds[index]
                let verdicts = pass.verdicts(
                    kind.screenEntries,
                    parallelLoop: options.parallelLoop,
                    parallelWork: options.parallelWork,
                    alongside: sharesOut
                        ? [
                            {
                                quietFields?.value = evaluator.quickFieldCheck(
                                    kind.rootSpec,
                                    field: kind.rootField,
                                    request
                                )
                            },
                            { secretEvents?.value = evaluator.scanSecrets(slot: slot) },
                        ] : []
                )
                return (kind, verdicts)
            }
        } else if let forced = options.kind {
            kindPlan = plan.kindIndex[forced].map { plan.kinds[$0] }
        } else {
            kindPlan = plan.kinds.first { evaluator.holds($0.definition.detect, base: slot, root: slot) }
        }
        if let secretEvents {
            // Reported now, before anything else is: scanned here when the loop did not run.
            evaluator.reportSecrets(secretEvents.value ?? evaluator.scanSecrets(slot: slot), slot: slot)
        }
        guard let kindPlan else {
            Self.append(evaluator.takeOutput(), to: &pending)
            masked += evaluator.sensitive.map { MaskedRange(byteRange: $0.range, kind: $0.kind == .pan ? .pan : .full) }
            let rule = plan.builtin(.kindUnknown)
            if rule.definition.enabled {
                var values = evaluator.values(for: slot)
                values.expected = plan.kinds.map(\.definition.id).joined(separator: ", ")
                if let forced = options.kind {
                    values.expected =
                        LocalizedText(en: "a known kind (`\(forced)` is not one): ", ko: "알려진 종류(`\(forced)`은(는) 없음): ")
                        .text(options.language) + values.expected
                }
                let template = rule.definition.message ?? BuiltinRule.kindUnknown.defaultMessage
                let start = document.byteRange(of: slot.node ?? document.root).lowerBound
                pending.append(
                    PendingDiagnostic(
                        rule: rule.definition.id,
                        severity: rule.severity,
                        message: evaluator.render(template.text(options.language), values),
                        pointer: trail.pointer(slot.trail),
                        byteRange: start..<(start + 1),
                        fix: nil,
                        notes: [],
                        documentationURL: rule.definition.source,
                        isFieldRule: false
                    )
                )
            }
            return nil
        }
        // Gates: when one fires, nothing else runs on this request.
        for (position, gate) in kindPlan.gates.enumerated()
        where verdicts?.mayReport[position] ?? true
            && evaluator.run(gate, root: slot, itemFilters: verdicts?.itemFilters(of: position) ?? [])
        {
            Self.append(evaluator.takeOutput(), to: &pending)
            masked += evaluator.sensitive.map { MaskedRange(byteRange: $0.range, kind: $0.kind == .pan ? .pan : .full) }
            return kindPlan
        }
        evaluator.fieldDocumentationURL = kindPlan.definition.source
        evaluator.checkRequestFields(
            kindPlan.rootSpec,
            field: kindPlan.rootField,
            slot: slot,
            screened: options.screensRules,
            precomputed: quietFields?.value
        )
        let rules = kindPlan.rules
        let gateCount = kindPlan.gates.count
        if let verdicts {
            // Only the rules that may report: a typical payload has none or a few of the kind's ninety.
            verdicts.mayReport.forEachSet(from: gateCount) { place in
                evaluator.run(rules[place - gateCount], root: slot, itemFilters: verdicts.itemFilters(of: place))
            }
        } else {
            for rule in rules { evaluator.run(rule, root: slot, itemFilters: []) }
        }
        // A rule's finding supersedes a built-in field finding at the same pointer, and takes its fix when it has
        // none (`"escrow": "false"`, reported by a rule on boolean parameters, still gets "send false instead").
        // A deprecated member is another matter than its value: only a rule that says the member should not be sent
        // (`vat-deprecated` forbids `vat`) supersedes `field-deprecated`; a finding about the value of `pg` (its site
        // code, a placeholder) leaves "`pg` is deprecated" in place, whatever the severities.
        // A rule's finding never hides a type error more severe than itself (an info about a `tax_free` sent as a
        // string must not take its place); a rule may still say better, and more mildly, what another field finding
        // says (`niceMobileV2` is a parameter KCP ignores, not an unknown one).
        var output = evaluator.takeOutput()
        if output.contains(where: \.isFieldRule) {
            // The most severe rule finding at each pointer.
            // Pointers compare by their bytes: a member named with a look-alike (`channelKey` with a KELVIN SIGN,
            // equal as a `String`) is another member than the one a rule reports missing.
            var rulePointers: [ExactText: Severity] = [:]
            var forbiddenPointers: Set<ExactText> = []
            for finding in output where !finding.isFieldRule && finding.supersedesFieldFindings {
                let pointer = ExactText(finding.pointer)
                rulePointers[pointer] = max(rulePointers[pointer] ?? .info, finding.severity)
                if finding.forbidsMember { forbiddenPointers.insert(pointer) }
            }
            func isSuperseded(_ finding: PendingDiagnostic) -> Bool {
                guard finding.isFieldRule else { return false }
                if finding.rule == BuiltinRule.fieldDeprecated.rawValue {
                    return forbiddenPointers.contains(ExactText(finding.pointer))
                }
                guard let severity = rulePointers[ExactText(finding.pointer)] else { return false }
                return severity >= finding.severity || finding.rule != BuiltinRule.fieldType.rawValue
            }
            var fixes: [ExactText: Diagnostic.Fix] = [:]
            for finding in output where isSuperseded(finding) {
                let pointer = ExactText(finding.pointer)
                if let fix = finding.fix, fixes[pointer] == nil { fixes[pointer] = fix }
            }
            output.removeAll(where: isSuperseded)
            if !fixes.isEmpty {
                for index in output.indices where output[index].fix == nil {
                    output[index].fix = fixes[ExactText(output[index].pointer)]
                }
            }
        }
        Self.append(output, to: &pending)
        masked += evaluator.sensitive.map { MaskedRange(byteRange: $0.range, kind: $0.kind == .pan ? .pan : .full) }
        return kindPlan
    }

    /// Appends `findings` to `pending`, taking the array whole when `pending` is empty (one request: no copies).
    private static func append(_ findings: consuming [PendingDiagnostic], to pending: inout [PendingDiagnostic]) {
        if pending.isEmpty { pending = findings } else { pending += findings }
    }

    private func finish(
        _ pending: consuming [PendingDiagnostic],
        dropped: FindingCounts,
        bytes: [UInt8],
        kinds: [String?],
        masked: [MaskedRange],
        language: Language
    ) -> ValidationResult {
        // By position, then rule and pointer (compared only on a tie, without making tuples of strings).
        var sorted = pending
        sorted.sort { a, b in
            if a.byteRange.lowerBound != b.byteRange.lowerBound {
                return a.byteRange.lowerBound < b.byteRange.lowerBound
            }
            return a.rule != b.rule ? a.rule < b.rule : a.pointer < b.pointer
        }
        // Findings the budget dropped while checking were never rendered; they are counted here.
        var hidden = dropped
        let cap = max(0, limits.maxDiagnostics)
        if sorted.count > cap {
            // Keep the most severe findings (errors before warnings before infos), then restore position order;
            // the positions are sorted, not the findings.
            var order = Array(sorted.indices)
            order.sort { (sorted[$1].severity, $0) < (sorted[$0].severity, $1) }
            for index in order.dropFirst(cap) { hidden.add(sorted[index].severity) }
            sorted = order.prefix(cap).sorted().map { sorted[$0] }
        }
        let truncated = hidden.total
        // A value can be marked twice (by its name and by the dictionary): keep one range, the strictest mask.
        // (No two values start at the same byte, so sorting by the start puts the marks of a value together.)
        var masked = masked.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        var kept = 0
        for index in masked.indices {
            if kept > 0, masked[kept - 1].byteRange == masked[index].byteRange {
                if masked[index].kind == .full { masked[kept - 1].kind = .full }
            } else {
                masked[kept] = masked[index]
                kept += 1
            }
        }
        masked.removeLast(masked.count - kept)
        guard !sorted.isEmpty || truncated > 0 else {
            return ValidationResult(diagnostics: [], kinds: kinds, maskedRanges: masked)
        }
        // Positions for the findings only, in one pass over the payload (no table of every line of a large one).
        var offsets = truncated > 0 ? [bytes.count] : []
        offsets.reserveCapacity(sorted.count * 4)
        for index in sorted.indices {
            offsets.append(sorted[index].byteRange.lowerBound)
            offsets.append(sorted[index].byteRange.upperBound)
            for note in sorted[index].notes {
                if let range = note.range {
                    offsets.append(range.lowerBound)
                    offsets.append(range.upperBound)
                }
            }
        }
        let positions = BytePositions(offsets, in: bytes)
        func span(_ range: Range<Int>) -> SourceSpan {
            SourceSpan(start: positions[range.lowerBound], end: positions[range.upperBound])
        }
        // Each finding is moved out of `sorted`, from the end, not copied: the order is reversed first, in the
        // array's buffer, whose swaps move (the array's own `reverse()` copies each finding).
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(sorted.count + 1)
        sorted.withUnsafeMutableBufferPointer { $0.reverse() }
        while let item = sorted.popLast() {
            // A card number can hide where no sensitive member is: in a member name. Pointers are masked as the
            // values in messages are (see `MessageValues.render`).
            diagnostics.append(
                Diagnostic(
                    ruleID: item.rule,
                    severity: item.severity,
                    message: item.message,
                    pointer: Masking.maskEmbeddedCardNumbers(item.pointer),
                    span: span(item.byteRange),
                    byteRange: item.byteRange,
                    fix: item.fix,
                    notes: item.notes.map { note in
                        Diagnostic.Note(
                            message: note.message,
                            pointer: note.pointer.map(Masking.maskEmbeddedCardNumbers),
                            span: note.range.map(span)
                        )
                    },
                    documentationURL: item.documentationURL?.isEmpty == false ? item.documentationURL : nil
                )
            )
        }
        if truncated > 0, plan.builtin(.diagnosticsTruncated).definition.enabled {
            let rule = plan.builtin(.diagnosticsTruncated)
            var values = MessageValues()
            values.actual = String(truncated)
            let template = rule.definition.message ?? BuiltinRule.diagnosticsTruncated.defaultMessage
            let end = bytes.count
            diagnostics.append(
                Diagnostic(
                    ruleID: rule.definition.id,
                    severity: rule.severity,
                    message: values.render(template.text(language)),
                    pointer: "",
                    span: span(end..<end),
                    byteRange: end..<end
                )
            )
        }
        return ValidationResult(diagnostics: diagnostics, kinds: kinds, maskedRanges: masked, hidden: hidden)
    }
}

/// Numbers of findings per severity.
public struct FindingCounts: Sendable, Hashable {
    /// Errors.
    public var errors = 0
    /// Warnings.
    public var warnings = 0
    /// Infos.
    public var infos = 0

    /// No findings.
    public init() {}

    /// All of them.
    public var total: Int { errors + warnings + infos }

    /// Counts `count` more findings of `severity`.
    public mutating func add(_ severity: Severity, _ count: Int = 1) {
        switch severity {
        case .error: errors += count
        case .warning: warnings += count
        case .info: infos += count
        }
    }

    /// The number at or above `severity`.
    public func count(atLeast severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: errors + warnings
        case .info: total
        }
    }
}

/// A value a closure sets for its caller.
final class Box<Value> {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// A text compared and hashed by its UTF-8 bytes, not as `String` compares (canonical equivalence makes `K` and
/// U+212A KELVIN SIGN equal).
struct ExactText: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (left: ExactText, right: ExactText) -> Bool {
        var one = left.text
        var other = right.text
        return one.withUTF8 { first in other.withUTF8 { second in first.elementsEqual(second) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
