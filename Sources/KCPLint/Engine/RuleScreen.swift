/// The catalogue's rules and kind detections compiled into flat tables of plain values, to tell cheaply which
/// rules cannot report on a request.
///
/// The rule interpreter (``Evaluator``) walks trees of enums, arrays and class references and builds a JSON
/// Pointer for every place it visits, so that a finding can say where it is; on a typical payload almost no rule
/// reports, and that bookkeeping is most of the cost. The screen answers the question first, with node indices
/// instead of slots and table indices instead of references: conditions (`when`, `detect`) are evaluated
/// exactly, and an assertion is *may fail* unless it plainly holds. Only rules that may report go through the
/// interpreter, which then produces their findings exactly as before. The screen is conservative by design:
/// answering "may report" for a rule that does not report costs time, never a finding; tests compare every
/// catalogue example and fixture with and without it.
final class RuleScreen: @unchecked Sendable {
    // Immutable after `init`; the tables are plain memory so that a pass reads them without reference counting.

    /// A compiled path: `count` steps from `start` in `steps`.
    struct Path {
        var start: Int32
        var count: Int32
        var fromRoot: Bool
        var hasWildcard: Bool
    }

    /// A step of a path: a key id (≥ 0), ``wildcard``, or an array index `i` stored as `-2 - i`.
    static let wildcard: Int32 = -1

    /// One node of a condition tree.
    struct Condition {
        enum Code: UInt8 { case all, any, not, predicate }
        var code: Code
        /// Predicates: the path.
        var path: Int32 = 0
        /// `all`/`any`: the children in `childConditions`; `not`: `start` is the child; predicates: the tests.
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// One step of a condition's program (see ``programs``): the answer so far is a single flag.
    struct Op {
        enum Code: UInt8 {
            /// The flag becomes the answer of predicate `value` (a condition index).
            case predicate
            /// The flag is negated.
            case not
            /// When the flag is false (`all`) or true (`any`), the answer is known: go to op `value`.
            case jumpIfFalse, jumpIfTrue
            /// The flag becomes `value != 0` (an empty `all` or `any`).
            case constant
            /// The flag becomes whether test `value` passes on the base itself: a predicate of the path `.` (the
            /// `that` of item checks), run without resolving a path or consulting the memo.
            case test
            /// The flag becomes whether a member is present (or absent): `present`/`absent` of a one-key path, the
            /// most common predicate (kind detection, rule conditions). `value` is the key id shifted left by two,
            /// then one bit for a path from the root and one for `present`.
            case keyPresent
        }
        var code: Code
        var value: Int32
    }

    /// A predicate operator or a value check.
    struct Test {
        enum Code: UInt8 {
            case present, equals, oneOf, notIn, matches, notMatches, type, compare, length, bytes
            case format, notFormat, notPast, empty, some, every, none, unique, that, sameAs
        }
        var code: Code
        /// `present`/`empty`: the wanted answer.
        var flag = false
        var types = TypeSet.any
        var comparison = Comparison.lt
        var format = NamedFormat.url
        /// Literals (`start`..<`start + count` in `literals`), a pattern, a condition, or an operand path (-1 for
        /// a constant operand, which is then `number`).
        var start: Int32 = 0
        var count: Int32 = 0
        var number = 0.0
        var low = Int.min
        var high = Int.max
        /// Literal tests with many strings: the key table of those strings in ``literalSets``, or -1.
        var literalSet: Int32 = -1
    }

    /// Tests with fewer string literals compare them one by one.
    static let literalSetMinimum = 6

    /// A literal of `equals`, `oneOf`, `enum` or `notIn`: the JSON kind it equals and, for strings, its UTF-8
    /// bytes in `literalBytes` (so that comparing needs no `String`).
    struct Literal {
        var kind: JSONKind
        var number = 0.0
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// An assertion: its paths in `assertionPaths` and, for `value`, its checks in `tests`.
    struct Assertion {
        enum Code: UInt8 { case require, forbid, requireAny, exclusive, value }
        var code: Code
        var pathStart: Int32
        var pathCount: Int32
        var testStart: Int32 = 0
        var testCount: Int32 = 0
        /// For a `require`, `forbid` or `value` assertion of one path with one `[*]` and no cross-item check
        /// (`unique`), the place of the `[*]` in the path: each item of the array is then checked on its own, and
        /// a pass can tell the items on which the assertion may fail (see ``Pass/verdict(_:)``). Otherwise -1.
        var itemStep: Int32 = -1
    }

    /// A rule: its guard (``RuleGuard``), condition and assertions.
    struct Rule {
        var guardAllStart: Int32
        var guardAllCount: Int32
        /// -1: no "at least one of" guard.
        var guardAnyStart: Int32
        var guardAnyCount: Int32
        /// The guard as bits of ``guardBitKeys`` (see ``Pass/presentGuardKeys``), when each of its keys has one:
        /// every bit of `guardAllMask` must be present, and one of `guardAnyMask` when it is not zero.
        var guardIsMasked = false
        var guardAllMask: UInt64 = 0
        var guardAnyMask: UInt64 = 0
        /// -1: no condition.
        var when: Int32
        var assertionStart: Int32
        var assertionCount: Int32
    }

    let paths: Table<Path>
    let steps: Table<Int32>
    let conditions: Table<Condition>
    let childConditions: Table<Int32>
    let tests: Table<Test>
    let literals: Table<Literal>
    let literalBytes: Table<UInt8>
    /// The string literals of tests that have many, each as a key table (a string is one of them when the table
    /// gives its bytes an id), and the same tables read by the passes without reference counting.
    let literalTables: [KeyTable]
    let literalSets: Table<Unmanaged<KeyTable>>
    let patterns: Table<Pattern>
    /// The patterns' matchers, read by the passes without reference counting (`patterns` keeps them alive).
    let matchers: Table<Pattern.UnretainedMatcher>
    let assertions: Table<Assertion>
    let assertionPaths: Table<Int32>
    let rules: Table<Rule>
    let guardKeys: Table<Int32>
    /// The key ids of the first 64 distinct guard keys: key `guardBitKeys[i]` is bit `i` of the guard masks.
    let guardBitKeys: Table<Int32>
    /// The other way round: per key id, its bit in the guard masks, or -1.
    let guardBitOfKey: Table<Int8>
    /// Every condition as a flat program, evaluated in one loop instead of a call per node: condition `c` runs
    /// `ops[programs[2c]..<programs[2c + 1]]`, with its children's programs inlined.
    let ops: Table<Op>
    let programs: Table<Int32>
    /// Every key id the tables use: the ids given to `init` and those the screen added.
    let keyIDs: [String: Int32]

    /// Compiles `rules` (entry `i` of the screen is `rules[i]`) and `detections` (see ``detectionEntries``).
    init(keyIDs: [String: Int32], rules: [CompiledRule], detections: [KCPLint.Condition]) {
        var builder = Builder(keyIDs: keyIDs)
        for rule in rules { builder.add(rule) }
        detectionEntries = Table(detections.map { builder.condition($0) })
        paths = Table(builder.paths)
        steps = Table(builder.steps)
        self.keyIDs = builder.keyIDs
        conditions = Table(builder.conditions)
        childConditions = Table(builder.childConditions)
        tests = Table(builder.tests)
        literals = Table(builder.literals)
        literalBytes = Table(builder.literalBytes)
        literalTables = builder.literalSets
        literalSets = Table(builder.literalSets.map { Unmanaged.passUnretained($0) })
        patterns = Table(builder.patterns)
        matchers = Table(builder.patterns.map(\.unretainedMatcher))
        assertions = Table(builder.assertions)
        assertionPaths = Table(builder.assertionPaths)
        self.rules = Table(builder.rules)
        guardKeys = Table(builder.guardKeys)
        guardBitKeys = Table(builder.guardBitKeys)
        var guardBits = [Int8](repeating: -1, count: Int(builder.keyIDs.values.max() ?? -1) + 1)
        for (bit, key) in builder.guardBitKeys.enumerated() { guardBits[Int(key)] = Int8(bit) }
        guardBitOfKey = Table(guardBits)
        var ops: [Op] = []
        var programs: [Int32] = []
        for index in builder.conditions.indices {
            programs.append(Int32(ops.count))
            builder.appendProgram(of: Int32(index), to: &ops)
            programs.append(Int32(ops.count))
        }
        self.ops = Table(ops)
        self.programs = Table(programs)
    }

    /// Whether the steps `start..<end` of two runs of ``steps`` are the same.
    func sameSteps(_ left: (start: Int32, end: Int32), _ right: (start: Int32, end: Int32)) -> Bool {
        left.end - left.start == right.end - right.start
            && (0..<(left.end - left.start)).allSatisfy { steps[left.start + $0] == steps[right.start + $0] }
    }

    /// For each kind of the plan, in order, the condition that detects it.
    let detectionEntries: Table<Int32>

    /// A fixed array in plain memory, freed with the screen.
    struct Table<Element> {
        let base: UnsafeMutablePointer<Element>
        let count: Int

        init(_ elements: [Element]) {
            count = elements.count
            base = .allocate(capacity: max(1, count))
            _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(from: elements)
        }

        /// Element `index`, addressed in place: reading one field of a test or an assertion does not copy the
        /// whole record (about 8 M fewer instructions on the 17 MB file).
        @inline(__always)
        subscript(index: Int32) -> Element {
            unsafeAddress { UnsafePointer(base + Int(index)) }
        }

        /// The address of element `index`: a pass reads a few fields of a test, an assertion or a rule through it,
        /// where passing the record itself to a function would copy all of it.
        @inline(__always)
        func address(_ index: Int32) -> UnsafePointer<Element> { UnsafePointer(base + Int(index)) }

        func free() {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    deinit {
        paths.free()
        steps.free()
        conditions.free()
        childConditions.free()
        tests.free()
        literals.free()
        literalBytes.free()
        literalSets.free()
        patterns.free()
        matchers.free()
        assertions.free()
        assertionPaths.free()
        rules.free()
        guardKeys.free()
        guardBitOfKey.free()
        guardBitKeys.free()
        ops.free()
        programs.free()
        detectionEntries.free()
    }
}

extension RuleScreen {
    /// Flattens catalogue trees into the screen's tables.
    private struct Builder {
        var keyIDs: [String: Int32]
        var paths: [Path] = []
        var pathIndex: [FieldPath: Int32] = [:]
        var steps: [Int32] = []
        var conditions: [Condition] = []
        var childConditions: [Int32] = []
        var tests: [Test] = []
        var literals: [Literal] = []
        var literalBytes: [UInt8] = []
        var literalSets: [KeyTable] = []
        var patterns: [Pattern] = []
        var patternIndex: [Pattern: Int32] = [:]
        var predicateIndex: [KCPLint.Predicate: Int32] = [:]
        var assertions: [Assertion] = []
        var assertionPaths: [Int32] = []
        var rules: [Rule] = []
        var guardKeys: [Int32] = []
        var guardBitKeys: [Int32] = []
        var guardBits: [Int32: Int] = [:]

        init(keyIDs: [String: Int32]) {
            self.keyIDs = keyIDs
        }

        mutating func add(_ rule: CompiledRule) {
            let guardAll = rule.requirement.all
            let guardAllStart = Int32(guardKeys.count)
            guardKeys += guardAll
            var guardAnyStart: Int32 = -1
            var guardAnyCount: Int32 = 0
            if let any = rule.requirement.any {
                guardAnyStart = Int32(guardKeys.count)
                guardAnyCount = Int32(any.count)
                guardKeys += any
            }
            let when = rule.when.map { condition($0) } ?? -1
            let compiled = rule.assertions.map { assertion($0) }
            let assertionStart = Int32(assertions.count)
            assertions += compiled
            var entry = Rule(
                guardAllStart: guardAllStart,
                guardAllCount: Int32(guardAll.count),
                guardAnyStart: guardAnyStart,
                guardAnyCount: guardAnyCount,
                when: when,
                assertionStart: assertionStart,
                assertionCount: Int32(compiled.count)
            )
            // An empty "at least one of" (a rule that can never report) keeps the loops, which refuse it.
            if rule.requirement.any?.isEmpty != true, let all = masks(guardAll),
                let any = masks(rule.requirement.any ?? [])
            {
                entry.guardIsMasked = true
                entry.guardAllMask = all
                entry.guardAnyMask = any
            }
            rules.append(entry)
        }

        /// The bits of `keys` in the guard masks, giving new keys the next free bits; nil when they run out.
        private mutating func masks(_ keys: [Int32]) -> UInt64? {
            var mask: UInt64 = 0
            for key in keys {
                if guardBits[key] == nil {
                    guard guardBitKeys.count < 64 else { return nil }
                    guardBits[key] = guardBitKeys.count
                    guardBitKeys.append(key)
                }
                mask |= 1 << UInt64(guardBits[key] ?? 0)
            }
            return mask
        }

        mutating func path(_ path: FieldPath) -> Int32 {
            // Paths are equal when their texts are (`$.amount` and `amount` differ).
            if let index = pathIndex[path] { return index }
            let start = Int32(steps.count)
            for (index, segment) in path.segments.enumerated() {
                switch segment {
                case .key(let name):
                    steps.append(path.keyIDs[index] >= 0 ? path.keyIDs[index] : id(of: name))
                case .index(let position): steps.append(-2 - Int32(clamping: position))
                case .wildcard: steps.append(RuleScreen.wildcard)
                }
            }
            let index = Int32(paths.count)
            paths.append(
                Path(
                    start: start,
                    count: Int32(path.segments.count),
                    fromRoot: path.fromRoot,
                    hasWildcard: path.hasWildcard
                )
            )
            pathIndex[path] = index
            return index
        }

        /// The id of a member name; every key of a catalogue path has one, a name without one gets the next.
        private mutating func id(of name: String) -> Int32 {
            if let id = keyIDs[name] { return id }
            let id = Int32(keyIDs.count)
            keyIDs[name] = id
            return id
        }

        mutating func condition(_ condition: KCPLint.Condition) -> Int32 {
            switch condition {
            case .all(let children), .any(let children):
                let compiled = children.map { self.condition($0) }
                let start = Int32(childConditions.count)
                childConditions += compiled
                let code: Condition.Code = if case .all = condition { .all } else { .any }
                return append(Condition(code: code, start: start, count: Int32(compiled.count)))
            case .not(let inner):
                return append(Condition(code: .not, start: self.condition(inner)))
            case .predicate(let predicate):
                // Rules share predicates (`pay_method` is `vbank`): each is compiled once, so that a pass
                // evaluates it once per request (see `Pass.holds`).
                if let index = predicateIndex[predicate] { return index }
                let path = path(predicate.path)
                let compiled = predicate.operators.map { test($0) }
                let start = Int32(tests.count)
                tests += compiled
                let index = append(Condition(code: .predicate, path: path, start: start, count: Int32(compiled.count)))
                predicateIndex[predicate] = index
                return index
            }
        }

        /// Appends the program of condition `index` to `ops`: the children of `all` and `any` in order, each
        /// followed by a jump to the end once the answer is known; `not` after its child.
        func appendProgram(of index: Int32, to ops: inout [Op]) {
            let condition = conditions[Int(index)]
            let children = condition.start..<(condition.start + condition.count)
            switch condition.code {
            case .predicate:
                let path = paths[Int(condition.path)]
                if path.count == 1, condition.count == 1, tests[Int(condition.start)].code == .present,
                    steps[Int(path.start)] >= 0
                {
                    let flags = (path.fromRoot ? 2 : 0) | (tests[Int(condition.start)].flag ? 1 : 0)
                    ops.append(Op(code: .keyPresent, value: steps[Int(path.start)] << 2 | Int32(flags)))
                    return
                }
                guard path.count == 0, !path.fromRoot, condition.count > 0 else {
                    ops.append(Op(code: .predicate, value: index))
                    return
                }
                // Every test must pass, as the children of an `all`.
                appendChain(children, stopping: .jumpIfFalse, to: &ops) { $0.append(Op(code: .test, value: $1)) }
            case .not:
                appendProgram(of: condition.start, to: &ops)
                ops.append(Op(code: .not, value: 0))
            case .all, .any:
                let isAll = condition.code == .all
                guard !children.isEmpty else {
                    ops.append(Op(code: .constant, value: isAll ? 1 : 0))
                    return
                }
                appendChain(children, stopping: isAll ? .jumpIfFalse : .jumpIfTrue, to: &ops) {
                    appendProgram(of: childConditions[Int($1)], to: &$0)
                }
            }
        }

        /// Appends the parts `parts` one after the other, each after the first behind a `stopping` jump to the end
        /// of the chain: once the flag answers the whole (false for `all`, true for `any`), the rest is skipped.
        private func appendChain(
            _ parts: Range<Int32>,
            stopping: Op.Code,
            to ops: inout [Op],
            _ appendPart: (inout [Op], Int32) -> Void
        ) {
            var jumps: [Int] = []
            for part in parts {
                if part > parts.lowerBound {
                    jumps.append(ops.count)
                    ops.append(Op(code: stopping, value: 0))
                }
                appendPart(&ops, part)
            }
            for jump in jumps { ops[jump].value = Int32(ops.count) }
        }

        private mutating func append(_ condition: Condition) -> Int32 {
            conditions.append(condition)
            return Int32(conditions.count - 1)
        }

        private mutating func literals(_ values: [JSONLiteral]) -> (Int32, Int32) {
            let start = Int32(literals.count)
            for value in values {
                switch value {
                case .null: literals.append(Literal(kind: .null))
                case .bool(let flag): literals.append(Literal(kind: flag ? .true : .false))
                case .number(let number, _): literals.append(Literal(kind: .number, number: number))
                case .string(let text):
                    literals.append(
                        Literal(kind: .string, start: Int32(literalBytes.count), count: Int32(text.utf8.count))
                    )
                    literalBytes += Array(text.utf8)
                }
            }
            return (start, Int32(values.count))
        }

        private mutating func pattern(_ pattern: Pattern) -> Int32 {
            if let index = patternIndex[pattern] { return index }
            patternIndex[pattern] = Int32(patterns.count)
            patterns.append(pattern)
            return Int32(patterns.count - 1)
        }

        /// A comparison with `operand` (a constant, or a path whose first number is the bound).
        private mutating func compare(_ comparison: Comparison, _ operand: Operand) -> Test {
            var test = Test(code: .compare, comparison: comparison)
            switch operand {
            case .constant(let value, _):
                test.start = -1
                test.number = value
            case .path(let path): test.start = self.path(path)
            }
            return test
        }

        /// A test over literals (`equals`, `oneOf`, `notIn`).
        private mutating func literalTest(_ code: Test.Code, _ values: [JSONLiteral]) -> Test {
            let (start, count) = literals(values)
            var test = Test(code: code, start: start, count: count)
            let strings = values.compactMap { value -> String? in
                if case .string(let text) = value { text } else { nil }
            }
            if strings.count >= RuleScreen.literalSetMinimum {
                test.literalSet = Int32(literalSets.count)
                literalSets.append(
                    KeyTable(Dictionary(strings.map { ($0, 0) }, uniquingKeysWith: { first, _ in first }))
                )
            }
            return test
        }

        private static func bounded(_ code: Test.Code, _ bounds: Bounds) -> Test {
            Test(code: code, low: bounds.min ?? Int.min, high: bounds.max ?? Int.max)
        }

        private mutating func test(_ op: PredicateOperator) -> Test {
            switch op {
            case .present(let wanted): return Test(code: .present, flag: wanted)
            case .equals(let literal): return literalTest(.equals, [literal])
            case .oneOf(let values): return literalTest(.oneOf, values)
            case .matches(let pattern): return Test(code: .matches, start: self.pattern(pattern))
            case .type(let types): return Test(code: .type, types: types)
            case .compare(let comparison, let operand): return compare(comparison, operand)
            case .length(let bounds): return Self.bounded(.length, bounds)
            case .bytes(let bounds): return Self.bounded(.bytes, bounds)
            case .format(let format): return Test(code: .format, format: format)
            case .empty(let wanted): return Test(code: .empty, flag: wanted)
            case .some(let inner): return Test(code: .some, start: condition(inner))
            case .every(let inner): return Test(code: .every, start: condition(inner))
            case .none(let inner): return Test(code: .none, start: condition(inner))
            case .sameAs(let other): return Test(code: .sameAs, start: path(other))
            }
        }

        /// A value check as a test that holds when the check passes.
        private mutating func test(_ check: ValueCheck) -> Test {
            switch check {
            case .type(let types): return Test(code: .type, types: types)
            case .enumeration(let values): return literalTest(.oneOf, values)
            case .notIn(let values): return literalTest(.notIn, values)
            case .equals(let literal): return literalTest(.equals, [literal])
            case .pattern(let pattern): return Test(code: .matches, start: self.pattern(pattern))
            case .notPattern(let pattern): return Test(code: .notMatches, start: self.pattern(pattern))
            // `min` fails below the bound: it holds when the value is ≥ it.
            case .min(let operand): return compare(.gte, operand)
            case .max(let operand): return compare(.lte, operand)
            case .length(let bounds): return Self.bounded(.length, bounds)
            case .bytes(let bounds): return Self.bounded(.bytes, bounds)
            case .format(let format): return Test(code: .format, format: format)
            case .notFormat(let format): return Test(code: .notFormat, format: format)
            case .notPast: return Test(code: .notPast)
            case .unique(let keyPath): return Test(code: .unique, start: path(keyPath))
            case .that(let condition): return Test(code: .that, start: self.condition(condition))
            }
        }

        private mutating func assertion(_ assertion: KCPLint.Assertion) -> Assertion {
            func list(_ list: [FieldPath]) -> (Int32, Int32) {
                let compiled = list.map { path($0) }
                let start = Int32(assertionPaths.count)
                assertionPaths += compiled
                return (start, Int32(compiled.count))
            }
            switch assertion.kind {
            case .require(let paths):
                let (start, count) = list(paths)
                return Assertion(code: .require, pathStart: start, pathCount: count, itemStep: Self.itemStep(paths))
            case .forbid(let paths):
                let (start, count) = list(paths)
                return Assertion(code: .forbid, pathStart: start, pathCount: count, itemStep: Self.itemStep(paths))
            case .requireAny(let paths):
                let (start, count) = list(paths)
                return Assertion(code: .requireAny, pathStart: start, pathCount: count)
            case .exclusive(let paths):
                let (start, count) = list(paths)
                return Assertion(code: .exclusive, pathStart: start, pathCount: count)
            case .value(let path, let checks):
                let (start, count) = list([path])
                let compiled = checks.map { test($0) }
                let testStart = Int32(tests.count)
                tests += compiled
                let crossesItems = checks.contains { if case .unique = $0 { true } else { false } }
                return Assertion(
                    code: .value,
                    pathStart: start,
                    pathCount: count,
                    testStart: testStart,
                    testCount: Int32(compiled.count),
                    itemStep: crossesItems ? -1 : Self.itemStep([path])
                )
            }
        }

        /// The place of the one `[*]` of the one path of `paths`, or -1.
        private static func itemStep(_ paths: [FieldPath]) -> Int32 {
            guard paths.count == 1 else { return -1 }
            let wildcards = paths[0].segments.indices.filter {
                if case .wildcard = paths[0].segments[$0] { true } else { false }
            }
            return wildcards.count == 1 ? Int32(wildcards[0]) : -1
        }
    }
}
