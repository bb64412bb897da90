extension RuleScreen {
    /// Runs `body` with a pass over the request object `request` of `document`, whose members by key id are
    /// `members` (see ``Evaluator/requestMembers``).
    ///
    /// `keysAreUnique`: no object of the document repeats a key (the reader reported no `json-duplicate-key`),
    /// so a member found anywhere is the first of its name.
    func withPass<Result>(
        document: JSONDocument,
        request: JSONNodeID,
        members: UnsafeBufferPointer<Int32>,
        now: Int64,
        keysAreUnique: Bool = false,
        _ body: (Pass) -> Result
    ) -> Result {
        // Held unretained by the closure: a captured screen is retained and released, and threads sharing a validator
        // would contend on its reference count.
        let screen = Unmanaged.passUnretained(self)
        return withMemo(keysAreUnique: keysAreUnique) { memo in
            screen._withUnsafeGuaranteedRef {
                $0.withPass(
                    document: document,
                    request: request,
                    members: members,
                    now: now,
                    keysAreUnique: keysAreUnique,
                    memo: memo,
                    body
                )
            }
        }
    }

    /// Runs `body` with fresh scratch memory for a pass: each predicate's answer at the request, each pattern's last
    /// answer (node << 1 | match), the node each path reaches from the request, and for each key the position in its
    /// object where it was last found.
    func withMemo<Result>(keysAreUnique: Bool, _ body: (Memo) -> Result) -> Result {
        // The closures capture counts, not the screen: a captured screen is retained and released at each level,
        // and threads sharing a validator would contend on its reference count.
        let (conditionCount, patternCount) = (conditions.count, patterns.count)
        let (keyCount, pathCount) = (keyIDs.count, paths.count)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, conditionCount)) { conditionMemo in
            withUnsafeTemporaryAllocation(of: Int64.self, capacity: max(1, patternCount)) { patternMemo in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, keyCount + pathCount)) { words in
                    conditionMemo.initialize(repeating: 0)
                    patternMemo.initialize(repeating: -1)
                    let positions = UnsafeMutableBufferPointer(rebasing: words[0..<keyCount])
                    positions.initialize(repeating: keysAreUnique ? 0 : -1)
                    let requestPaths = UnsafeMutableBufferPointer(rebasing: words[keyCount...])
                    requestPaths.initialize(repeating: Memo.unknownNode)
                    return body(
                        Memo(
                            conditions: conditionMemo,
                            patterns: patternMemo,
                            requestPaths: requestPaths,
                            positions: positions
                        )
                    )
                }
            }
        }
    }

    /// A pass's scratch memory (see ``withPass(document:request:members:now:keysAreUnique:_:)``).
    struct Memo {
        /// Per condition: 0 not evaluated at the request yet, 1 false, 2 true (predicates only).
        let conditions: UnsafeMutableBufferPointer<UInt8>
        /// Per pattern: `node << 1 | matched` of its last match, or -1.
        let patterns: UnsafeMutableBufferPointer<Int64>
        /// Per path without `[*]`: the node it resolves to from the request (-1 missing), or ``unknownNode``.
        let requestPaths: UnsafeMutableBufferPointer<Int32>
        static let unknownNode = Int32.min
        /// Per key id: the position in its object where it was last found; -1 when keys may repeat (then the
        /// first member of a name must be searched from the start).
        let positions: UnsafeMutableBufferPointer<Int32>
    }

    private func withPass<Result>(
        document: JSONDocument,
        request: JSONNodeID,
        members: UnsafeBufferPointer<Int32>,
        now: Int64,
        keysAreUnique: Bool,
        memo: Memo,
        _ body: (Pass) -> Result
    ) -> Result {
        document.tape.withUnsafeBufferPointer { tape in
            document.children.withUnsafeBufferPointer { children in
                document.bytes.withUnsafeBufferPointer { bytes in
                    body(
                        Pass(
                            screen: self,
                            tape: tape,
                            children: children,
                            bytes: bytes,
                            members: members,
                            presentGuardKeys: presentGuardKeys(tape, children, request: request.index),
                            request: request.index,
                            now: now,
                            keysAreUnique: keysAreUnique,
                            memo: memo
                        )
                    )
                }
            }
        }
    }

    /// Bit `i` set when the request object at tape index `request` has a member named by ``guardBitKeys``[i]: one
    /// look at each of its keys (whose tape nodes carry their key ids).
    private func presentGuardKeys(
        _ tape: UnsafeBufferPointer<JSONTapeNode>,
        _ children: UnsafeBufferPointer<Int32>,
        request: Int32
    ) -> UInt64 {
        let entry = tape[Int(request)]
        guard entry.kind == .object else { return 0 }
        var present: UInt64 = 0
        let base = Int(entry.base)
        for slot in base..<min(base + Int(entry.count), children.count) {
            let id = tape[Int(children[slot])].base
            guard id >= 0, Int(id) < guardBitOfKey.count else { continue }
            let bit = guardBitOfKey[id]
            if bit >= 0 { present |= 1 << UInt64(bit) }
        }
        return present
    }

    /// What a pass tells of the rules of a kind (see ``Pass/verdicts(_:parallelLoop:parallelWork:)``).
    struct Verdicts {
        /// Per rule: false only when the rule cannot report on the request.
        var mayReport: RuleFlags
        /// For item-wise assertions over large arrays: the rule's place and the items on which they may fail.
        var itemFilters: [(rule: Int, filter: ItemFilter)] = []

        /// The item filters of the rule at `place`.
        func itemFilters(of place: Int) -> [ItemFilter] {
            itemFilters.isEmpty ? [] : itemFilters.filter { $0.rule == place }.map(\.filter)
        }
    }

    /// A flag per rule of a kind, kept as bits: no allocation for kinds of up to 128 rules (every validation makes
    /// one).
    struct RuleFlags: RandomAccessCollection {
        let count: Int
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        /// The bits past the first 128.
        private var rest: [UInt64] = []

        /// `count` flags, all false.
        init(count: Int) {
            self.count = count
            if count > 128 { rest = Array(repeating: 0, count: (count - 128 + 63) >> 6) }
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        /// Calls `body` with each position from `start` whose flag is set, in ascending order.
        func forEachSet(from start: Int, _ body: (Int) -> Void) {
            func visit(_ word: UInt64, base: Int) {
                var bits = word
                while bits != 0 {
                    let position = base + bits.trailingZeroBitCount
                    bits &= bits &- 1
                    if position >= start { body(position) }
                }
            }
            visit(low, base: 0)
            visit(high, base: 64)
            for (index, word) in rest.enumerated() { visit(word, base: 128 + index << 6) }
        }

        subscript(position: Int) -> Bool {
            get {
                precondition(position >= 0 && position < count, "rule flag out of range")
                let bit = UInt64(1) << UInt64(position & 63)
                switch position {
                case ..<64: return low & bit != 0
                case ..<128: return high & bit != 0
                default: return rest[(position - 128) >> 6] & bit != 0
                }
            }
            set {
                precondition(position >= 0 && position < count, "rule flag out of range")
                let bit = UInt64(1) << UInt64(position & 63)
                switch position {
                case ..<64: low = newValue ? low | bit : low & ~bit
                case ..<128: high = newValue ? high | bit : high & ~bit
                default:
                    let word = (position - 128) >> 6
                    rest[word] = newValue ? rest[word] | bit : rest[word] & ~bit
                }
            }
        }
    }

    /// The items of an array on which an assertion may fail; the others surely pass it.
    struct ItemFilter {
        /// The assertion's place in its rule.
        let assertion: Int
        let items: ItemSet
    }

    /// A set of item positions, a bit each; iterated in order.
    struct ItemSet: Sequence {
        var words: [UInt64] = []

        var isEmpty: Bool { !words.contains { $0 != 0 } }

        /// The number of positions in the set after `position`.
        func count(after position: Int) -> Int {
            let first = position + 1
            guard first >= 0, first >> 6 < words.count else { return 0 }
            var count = (words[first >> 6] >> UInt64(first & 63)).nonzeroBitCount
            for word in words[(first >> 6 + 1)...] { count += word.nonzeroBitCount }
            return count
        }

        /// The set of `positions`.
        init(_ positions: [Int]) {
            for position in positions {
                while words.count <= position >> 6 { words.append(0) }
                words[position >> 6] |= 1 << UInt64(position & 63)
            }
        }

        init(words: [UInt64] = []) {
            self.words = words
        }

        func makeIterator() -> Iterator { Iterator(words: words) }

        struct Iterator: IteratorProtocol {
            let words: [UInt64]
            var index = 0
            var word: UInt64 = 0

            init(words: [UInt64]) {
                self.words = words
                word = words.first ?? 0
            }

            mutating func next() -> Int? {
                while word == 0 {
                    index += 1
                    guard index < words.count else { return nil }
                    word = words[index]
                }
                let bit = word.trailingZeroBitCount
                word &= word - 1
                return index << 6 | bit
            }
        }
    }

    /// The screen's view of one request: nodes are tape indices, `-1` is a missing member.
    ///
    /// A pass holds no counted references (the screen and document outlive it), so the closures of its path
    /// walks copy it for free. The ends of runs in the screen's tables (`start &+ count`) are added without an
    /// overflow check: the sum is at most the size of a table the builder made from the catalogue, far below
    /// 2^31 entries.
    struct Pass {
        unowned(unsafe) let screen: RuleScreen
        let tape: UnsafeBufferPointer<JSONTapeNode>
        let children: UnsafeBufferPointer<Int32>
        let bytes: UnsafeBufferPointer<UInt8>
        let members: UnsafeBufferPointer<Int32>
        /// The request's members among the guard keys, as bits (see ``RuleScreen/guardBitKeys``).
        let presentGuardKeys: UInt64
        let request: Int32
        let now: Int64
        let keysAreUnique: Bool
        private(set) var memo: Memo

        /// Whether the rule of screen entry `entry` may report on the request; false only when it cannot.
        func mayReport(_ entry: Int32) -> Bool {
            let rule = screen.rules.address(entry)
            guard applies(rule) else { return false }
            for index in rule.pointee.assertionStart..<(rule.pointee.assertionStart &+ rule.pointee.assertionCount)
            where mayFail(assertion: index) {
                return true
            }
            return false
        }

        /// ``mayReport(_:)`` for each of `entries`, and for the rules' assertions that check the items of a large
        /// array one by one (`schedules[*].amount`), the items on which each may fail: the interpreter then visits only
        /// those, where it would otherwise build a slot and a pointer for each of 100,000 items.
        ///
        /// Those assertions are checked together, item after item: one walk of the array instead of one per
        /// assertion, each item read once. With `parallelLoop`, a large array's items are shared out among threads,
        /// each with a pass of its own; the verdicts are the same either way.
        ///
        /// `parallelWork`: arrays whose items times item-wise assertions reach this are shared out. `alongside`:
        /// work that, when the items are shared out, runs as more tasks of the same loop (each must only read what
        /// the pass reads and write what no other task touches); otherwise it does not run.
        func verdicts(
            _ entries: [Int32],
            parallelLoop: ValidationOptions.ParallelLoop?,
            parallelWork: Int,
            alongside: [() -> Void] = []
        ) -> Verdicts {
            // An array of enough items takes more tape nodes than that: smaller documents skip the item-wise path.
            var verdicts = Verdicts(mayReport: RuleFlags(count: entries.count))
            guard tape.count > Int(Self.itemFilterMinimum) else {
                for (place, entry) in entries.enumerated() where mayReport(entry) { verdicts.mayReport[place] = true }
                return verdicts
            }
            var jobs: [ItemJob] = []
            // Other assertions that walk arrays (`forbid` of several `[*]` paths, `unique`): with a parallel loop,
            // each is one more task of it, on a pass of its own.
            var walks: [(verdict: Int, assertion: Int32)] = []
            // Documents too small to hold an array that is shared out walk them here.
            let defersWalks = parallelLoop != nil && tape.count * 64 >= parallelWork
            for (place, entry) in entries.enumerated() {
                let rule = screen.rules.address(entry)
                var mayReport = false
                if applies(rule) {
                    for offset in 0..<rule.pointee.assertionCount {
                        let index = rule.pointee.assertionStart + offset
                        let assertion = screen.assertions.address(index)
                        if assertion.pointee.itemStep >= 0, let job = itemJob(index, verdict: place, offset: offset) {
                            jobs.append(job)
                        } else if !mayReport {
                            if defersWalks, walksArrays(assertion) {
                                walks.append((place, index))
                            } else if mayFail(assertion: index) {
                                mayReport = true
                            }
                        }
                    }
                }
                verdicts.mayReport[place] = mayReport
            }
            guard !jobs.isEmpty || !walks.isEmpty else { return verdicts }
            // Per walk: 0 not run, 1 holds, 2 may fail.
            let walked = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, walks.count))
            walked.initialize(repeating: 0)
            defer { walked.deallocate() }
            let shared = LoopShared(value: (pass: self, walked: walked))
            let walkTasks = walks.indices.map { index in
                let assertion = walks[index].assertion
                return {
                    let (pass, walked) = shared.value
                    walked[index] = pass.withSiblingPass { $0.mayFail(assertion: assertion) } ? 2 : 1
                }
            }
            let sets = itemPositions(
                jobs,
                parallelLoop: parallelLoop,
                parallelWork: parallelWork,
                alongside: alongside + walkTasks
            )
            for (index, walk) in walks.enumerated() where !verdicts.mayReport[walk.verdict] {
                // Walked here when no loop ran.
                verdicts.mayReport[walk.verdict] =
                    walked[index] == 0 ? mayFail(assertion: walk.assertion) : walked[index] == 2
            }
            for (job, items) in zip(jobs, sets) {
                verdicts.mayReport[job.verdict] = verdicts.mayReport[job.verdict] || !items.isEmpty
                verdicts.itemFilters.append((job.verdict, ItemFilter(assertion: Int(job.offset), items: items)))
            }
            return verdicts
        }

        /// Whether checking `assertion` may walk the items of arrays: a path with `[*]`, or a test over the items.
        private func walksArrays(_ assertion: UnsafePointer<Assertion>) -> Bool {
            let assertion = assertion.pointee
            for index in assertion.pathStart..<(assertion.pathStart + assertion.pathCount)
            where screen.paths[screen.assertionPaths[index]].hasWildcard {
                return true
            }
            for index in assertion.testStart..<(assertion.testStart + assertion.testCount) {
                switch screen.tests[index].code {
                case .unique, .some, .every, .none: return true
                default: continue
                }
            }
            return false
        }

        /// Arrays with fewer items are walked by the interpreter whole: a set of items would save little.
        static let itemFilterMinimum: Int32 = 64

        /// Whether the guard and the condition of `rule` admit the request.
        private func applies(_ rule: UnsafePointer<Rule>) -> Bool {
            if rule.pointee.guardIsMasked {
                let all = rule.pointee.guardAllMask
                let any = rule.pointee.guardAnyMask
                guard presentGuardKeys & all == all, any == 0 || presentGuardKeys & any != 0 else { return false }
                let when = rule.pointee.when
                return when < 0 || holds(when, base: request)
            }
            let guardAllStart = rule.pointee.guardAllStart
            for index in guardAllStart..<(guardAllStart &+ rule.pointee.guardAllCount)
            where members[Int(screen.guardKeys[index])] < 0 {
                return false
            }
            let guardAnyStart = rule.pointee.guardAnyStart
            if guardAnyStart >= 0 {
                var found = false
                for index in guardAnyStart..<(guardAnyStart &+ rule.pointee.guardAnyCount)
                where members[Int(screen.guardKeys[index])] >= 0 {
                    found = true
                    break
                }
                if !found { return false }
            }
            let when = rule.pointee.when
            return when < 0 || holds(when, base: request)
        }

        /// Whether kind `index` of the plan detects the request.
        func detects(kind index: Int) -> Bool {
            holds(screen.detectionEntries[Int32(index)], base: request)
        }

        // MARK: - paths

        @inline(__always)
        private func kind(_ node: Int32) -> JSONKind { tape[Int(node)].kind }

        private func isPresent(_ node: Int32) -> Bool { node >= 0 && kind(node) != .null }

        /// The member named by key id `key` of `object` (the first of that name), or -1.
        private func member(_ object: Int32, _ key: Int32) -> Int32 {
            guard object >= 0 else { return -1 }
            if object == request, let found = requestMember(key) { return found }
            let entry = tape[Int(object)]
            guard entry.kind == .object else { return -1 }
            let base = Int(entry.base)
            let count = Int(entry.count)
            // The reader gave each key its id. Objects of one array tend to hold their keys in one order: try where
            // the key was last found first.
            let hint = Int(memo.positions[Int(key)])
            if hint >= 0, hint < count {
                let keyIndex = children[base + hint]
                if tape[Int(keyIndex)].base == key { return keyIndex + 1 }
            }
            for position in 0..<count {
                let keyIndex = children[base + position]
                if tape[Int(keyIndex)].base == key {
                    if hint >= 0 { memo.positions[Int(key)] = Int32(position) }
                    return keyIndex + 1
                }
            }
            return -1
        }

        /// The member of the request named by key id `key` (-1 when missing), from the request's member table;
        /// nil when `key` is not a key id the table covers.
        @inline(__always)
        private func requestMember(_ key: Int32) -> Int32? {
            guard key >= 0, Int(key) < members.count else { return nil }
            let keyIndex = members[Int(key)]
            return keyIndex < 0 ? -1 : keyIndex + 1
        }

        /// The node one step below `node` (-1 when missing).
        @inline(__always)
        private func step(_ node: Int32, _ step: Int32) -> Int32 {
            if step >= 0 { return member(node, step) }
            guard node >= 0 else { return -1 }
            let entry = tape[Int(node)]
            let position = -2 - step
            guard entry.kind == .array, position < entry.count else { return -1 }
            return children[Int(entry.base + position)]
        }

        /// The one node `path` (path `index`, which has no `[*]`) resolves to; from the request, it is found once per pass
        /// (rules test the same members: `pay_method`, `amount`).
        @inline(__always)
        private func resolve(_ path: Path, _ index: Int32, base: Int32) -> Int32 {
            let start = path.fromRoot ? request : base
            guard start == request, path.count > 0 else { return resolve(path, from: start) }
            // A member of the request (most paths): the table of its members answers at once.
            if path.count == 1, let found = requestMember(screen.steps[path.start]) { return found }
            let known = memo.requestPaths[Int(index)]
            if known != Memo.unknownNode { return known }
            let node = resolve(path, from: start)
            memo.requestPaths[Int(index)] = node
            return node
        }

        private func resolve(_ path: Path, from start: Int32) -> Int32 {
            var node = start
            var index = path.start
            while index < path.start + path.count, node >= 0 {
                node = step(node, screen.steps[index])
                index += 1
            }
            return node
        }

        /// Calls `body` with every node (or -1 for a missing one) path `index` resolves to, until it returns false;
        /// returns false when `body` stopped.
        @discardableResult
        @inline(__always)
        private func forEach(_ index: Int32, base: Int32, _ body: (Int32) -> Bool) -> Bool {
            let path = screen.paths[index]
            guard path.hasWildcard else { return body(resolve(path, index, base: base)) }
            return walk(path.start, end: path.start + path.count, path.fromRoot ? request : base, body)
        }

        private func walk(_ start: Int32, end: Int32, _ node: Int32, _ body: (Int32) -> Bool) -> Bool {
            var node = node
            var index = start
            while index < end {
                let step = screen.steps[index]
                if step == RuleScreen.wildcard {
                    guard node >= 0 else { return true }
                    let entry = tape[Int(node)]
                    guard entry.kind == .array else { return true }
                    for slot in Int(entry.base)..<Int(entry.base + entry.count)
                    where !walk(index + 1, end: end, children[slot], body) {
                        return false
                    }
                    return true
                }
                node = self.step(node, step)
                index += 1
            }
            return body(node)
        }

        /// The first node path `index` resolves to (nil when it resolves to none).
        private func first(_ index: Int32, base: Int32) -> Int32? {
            var found: Int32?
            forEach(index, base: base) {
                found = $0
                return false
            }
            return found
        }

        // MARK: - conditions

        /// Whether condition `index` holds with relative paths starting at `base`: its program (see
        /// ``RuleScreen/programs``) run in one loop.
        func holds(_ index: Int32, base: Int32) -> Bool {
            var flag = false
            var next = screen.programs[2 * index]
            let end = screen.programs[2 * index + 1]
            while next < end {
                let op = screen.ops[next]
                next += 1
                switch op.code {
                case .predicate: flag = predicate(op.value, base: base)
                case .not: flag = !flag
                case .jumpIfFalse: if !flag { next = op.value }
                case .jumpIfTrue: if flag { next = op.value }
                case .constant: flag = op.value != 0
                case .test: flag = passes(test: op.value, base, base: base, lenient: false)
                case .keyPresent:
                    let node = member(op.value & 2 != 0 ? request : base, op.value >> 2)
                    flag = isPresent(node) == (op.value & 1 != 0)
                }
            }
            return flag
        }

        /// Whether predicate `index` holds at `base`. Rules share predicates (`pay_method` is `vbank`): each is
        /// compiled once, and its answer at the request is kept.
        private func predicate(_ index: Int32, base: Int32) -> Bool {
            let condition = screen.conditions[index]
            guard base == request else { return predicateHolds(condition, base: base) }
            let known = memo.conditions[Int(index)]
            if known != 0 { return known == 2 }
            let holds = predicateHolds(condition, base: base)
            memo.conditions[Int(index)] = holds ? 2 : 1
            return holds
        }

        private func predicateHolds(_ condition: Condition, base: Int32) -> Bool {
            let range = condition.start..<(condition.start &+ condition.count)
            let path = screen.paths[condition.path]
            if !path.hasWildcard {
                // One node (most predicates): no walk.
                let node = resolve(path, condition.path, base: base)
                for test in range where !passes(test: test, node, base: base, lenient: false) { return false }
                return true
            }
            var matched = false
            forEach(condition.path, base: base) { node in
                for test in range where !passes(test: test, node, base: base, lenient: false) { return true }
                matched = true
                return false
            }
            return matched
        }

        /// Whether `test` holds for `node`. `lenient`: a value check, which passes on values it does not apply to
        /// (a predicate operator fails on them); `base` is where operand paths start.
        private func passes(test index: Int32, _ node: Int32, base: Int32, lenient: Bool) -> Bool {
            let test = screen.tests.address(index)
            if test.pointee.code == .present { return isPresent(node) == test.pointee.flag }
            guard node >= 0 else { return false }
            let entry = tape[Int(node)]
            switch test.pointee.code {
            case .present: return false
            case .equals, .oneOf: return contains(test, node)
            case .notIn: return !contains(test, node)
            case .matches: return matches(node, pattern: test.pointee.start)
            case .notMatches: return !matches(node, pattern: test.pointee.start)
            case .type: return !JSONDocument.valueTypes(entry).isDisjoint(with: test.pointee.types)
            case .compare:
                guard let value = doubleValue(node),
                    let bound = test.pointee.start < 0
                        ? test.pointee.number : number(at: test.pointee.start, base: base)
                else { return lenient }
                switch test.pointee.comparison {
                case .lt: return value < bound
                case .lte: return value <= bound
                case .gt: return value > bound
                case .gte: return value >= bound
                }
            case .length:
                return JSONDocument.length(of: entry, in: bytes, isWithin: test.pointee.low, test.pointee.high)
                    ?? lenient
            case .bytes:
                guard let count = JSONDocument.utf8Count(ofString: entry, in: bytes) else { return lenient }
                return count >= test.pointee.low && count <= test.pointee.high
            case .format:
                return JSONDocument.withFormatInput(entry, in: bytes) { Formats.check(test.pointee.format, $0) }
            case .notFormat:
                return !JSONDocument.withFormatInput(entry, in: bytes) { Formats.check(test.pointee.format, $0) }
            case .notPast:
                return JSONDocument.withFormatInput(entry, in: bytes) { Formats.isPast($0, now: now) } != true
            case .empty: return JSONDocument.isEmptyValue(entry, in: bytes).map { $0 == test.pointee.flag } ?? false
            case .some, .every, .none:
                guard entry.kind == .array else { return false }
                // The first item that settles the answer ends the walk: a match for `some` and `none`, a miss for
                // `every`.
                let settlesOn = test.pointee.code != .every
                for slot in Int(entry.base)..<Int(entry.base + entry.count)
                where holds(test.pointee.start, base: children[slot]) == settlesOn {
                    return test.pointee.code == .some
                }
                return test.pointee.code != .some
            case .unique: return surelyUnique(node, keyPath: test.pointee.start)
            case .that: return holds(test.pointee.start, base: node)
            case .sameAs:
                guard let other = first(test.pointee.start, base: base), other >= 0 else { return false }
                return JSONDocument.scalarsEqual(entry, tape[Int(other)], in: bytes)
            }
        }

        /// Whether the items of the array `node` surely have distinct values at `keyPath` (`unique`): strings by
        /// their bytes, numbers by value. Equal hashes, escaped or non-ASCII strings and containers are left to the
        /// interpreter, which compares them exactly.
        private func surelyUnique(_ node: Int32, keyPath: Int32) -> Bool {
            let entry = tape[Int(node)]
            guard entry.kind == .array, entry.count > 1 else { return true }
            // Sorted afterwards rather than hashed into a set: half the memory on arrays of 100,000 items.
            var hashes: [UInt64] = []
            hashes.reserveCapacity(Int(entry.count))
            for slot in Int(entry.base)..<Int(entry.base + entry.count) {
                guard let key = first(keyPath, base: children[slot]), key >= 0 else { continue }
                let keyEntry = tape[Int(key)]
                var hash: UInt64
                switch keyEntry.kind {
                case .null: continue
                case .object, .array: return false
                case .string:
                    guard keyEntry.flags & JSONTapeNode.hasEscapes == 0 else { return false }
                    // Blank values are skipped, as the interpreter skips them.
                    guard JSONDocument.isFilled(keyEntry, in: bytes) else { continue }
                    hash = 0xcbf2_9ce4_8422_2325
                    for index in Int(keyEntry.start + 1)..<Int(keyEntry.end - 1) {
                        // Beyond ASCII, two different byte sequences can decode alike (U+FFFD).
                        guard bytes[index] < 0x80 else { return false }
                        hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
                    }
                case .number:
                    guard let value = doubleValue(key) else { return false }
                    hash = value.bitPattern &* 0x9E37_79B9_7F4A_7C15
                case .true: hash = 1
                case .false: hash = 2
                }
                hashes.append(hash)
            }
            // In place: the standard sort's scratch would be half as large as the hashes of 100,000 items.
            hashes.withUnsafeMutableBufferPointer { $0.heapSort() }
            for index in hashes.indices.dropFirst() where hashes[index] == hashes[index - 1] { return false }
            return true
        }

        /// The value of number `node` (nil for other values), read from the pass's buffers.
        @inline(__always)
        private func doubleValue(_ node: Int32) -> Double? { JSONDocument.doubleValue(tape[Int(node)], in: bytes) }

        /// ``JSONDocument/isFilled(_:)``, told from the tape and the first byte for most values.
        private func isFilled(_ node: Int32) -> Bool {
            let entry = tape[Int(node)]
            switch entry.kind {
            case .null: return false
            case .string:
                let first = Int(entry.start) + 1
                // A backslash may start an escaped blank (`\t`).
                if first < Int(entry.end) - 1, bytes[first] != 0x5C, JSONDocument.startsNonBlank(bytes[first]) {
                    return true
                }
                return JSONDocument.isFilled(entry, in: bytes)
            default: return true
            }
        }

        /// Whether pattern `index` matches `node` (rules often test one member with the same pattern).
        private func matches(_ node: Int32, pattern index: Int32) -> Bool {
            let last = memo.patterns[Int(index)]
            if last >= 0, last >> 1 == Int64(node) { return last & 1 == 1 }
            let matched =
                JSONDocument.withStringBytes(tape[Int(node)], in: bytes) { screen.matchers[index].matches(utf8: $0) }
                ?? false
            memo.patterns[Int(index)] = Int64(node) << 1 | (matched ? 1 : 0)
            return matched
        }

        private func contains(_ test: UnsafePointer<Test>, _ node: Int32) -> Bool {
            let entry = tape[Int(node)]
            // A string without escapes equals only literals of its byte count.
            let rawCount = entry.flags & JSONTapeNode.hasEscapes == 0 ? entry.end - entry.start - 2 : -1
            if test.pointee.literalSet >= 0, entry.kind == .string, rawCount >= 0 {
                let raw = UnsafeBufferPointer(rebasing: bytes[Int(entry.start + 1)..<Int(entry.end - 1)])
                return screen.literalSets[test.pointee.literalSet]._withUnsafeGuaranteedRef { $0.id(of: raw) != nil }
            }
            for index in test.pointee.start..<(test.pointee.start &+ test.pointee.count) {
                let literal = screen.literals[index]
                guard literal.kind == entry.kind else { continue }
                switch literal.kind {
                case .string:
                    if rawCount >= 0, literal.count != rawCount { continue }
                    let wanted = UnsafeBufferPointer(
                        start: screen.literalBytes.base + Int(literal.start),
                        count: Int(literal.count)
                    )
                    if JSONDocument.stringEquals(entry, wanted, in: bytes) { return true }
                case .number:
                    if doubleValue(node) == literal.number { return true }
                default:
                    return true
                }
            }
            return false
        }

        /// The number an operand path refers to (its first node, when that is a number).
        private func number(at path: Int32, base: Int32) -> Double? {
            guard let node = first(path, base: base), node >= 0, kind(node) == .number else { return nil }
            return doubleValue(node)
        }

        // MARK: - assertions

        /// An item-wise assertion (see ``Assertion/itemStep``) over one large array, to check item by item.
        struct ItemJob {
            /// The place of the rule's verdict and of the assertion in the rule.
            let verdict: Int
            let offset: Int32
            /// The assertion's index in ``RuleScreen/assertions``.
            let assertion: Int32
            /// The array, and the steps from an item to the value the assertion checks.
            let array: Int32
            let suffixStart: Int32
            let suffixEnd: Int32
        }

        /// The job of checking assertion `index` item by item; nil when its path does not reach an array of at least
        /// ``itemFilterMinimum`` items.
        private func itemJob(_ index: Int32, verdict: Int, offset: Int32) -> ItemJob? {
            let assertion = screen.assertions.address(index)
            let path = screen.paths[screen.assertionPaths[assertion.pointee.pathStart]]
            let wildcard = path.start + assertion.pointee.itemStep
            var node = request
            var position = path.start
            while position < wildcard, node >= 0 {
                node = step(node, screen.steps[position])
                position += 1
            }
            guard node >= 0, kind(node) == .array, tape[Int(node)].count >= Self.itemFilterMinimum else { return nil }
            return ItemJob(
                verdict: verdict,
                offset: offset,
                assertion: index,
                array: node,
                suffixStart: wildcard + 1,
                suffixEnd: path.start + path.count
            )
        }

        /// For each job, the items on which its assertion may fail.
        private func itemPositions(
            _ jobs: [ItemJob],
            parallelLoop: ValidationOptions.ParallelLoop?,
            parallelWork: Int,
            alongside: [() -> Void]
        ) -> [ItemSet] {
            var alongside = alongside
            var results = [ItemSet](repeating: ItemSet(), count: jobs.count)
            var arrays: [Int32] = []
            for job in jobs where !arrays.contains(job.array) { arrays.append(job.array) }
            for array in arrays {
                let group = jobs.indices.filter { jobs[$0].array == array }
                let groupJobs = group.map { jobs[$0] }
                let count = Int(tape[Int(array)].count)
                let words = (count + 63) / 64
                // One bit per job and item, in one block: chunks of whole words write apart from each other.
                let bits = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: words * group.count)
                bits.initialize(repeating: 0)
                defer { bits.deallocate() }
                // Chunks of at least one word of items, at most 16 of them: enough to balance the threads' loads.
                let chunks = count * group.count >= parallelWork ? max(2, min(16, words)) : 1
                if let parallelLoop, chunks > 1 {
                    // The body reads the document, the screen and the request's members, which outlive the loop,
                    // and writes only its own chunk's words.
                    let shared = LoopShared(value: (pass: self, bits: bits, alongside: alongside))
                    // The work alongside holds the longest tasks: it comes first, so that the chunks balance around
                    // it (loops hand out their iterations in order).
                    let first = alongside.count
                    parallelLoop(first + chunks) { task in
                        let (pass, bits, alongside) = shared.value
                        guard task >= first else {
                            alongside[task]()
                            return
                        }
                        let chunk = task - first
                        let range = (words * chunk / chunks * 64)..<min(count, words * (chunk + 1) / chunks * 64)
                        pass.withSiblingPass { $0.checkItems(groupJobs, array: array, range: range, into: bits) }
                    }
                    alongside = []
                } else {
                    checkItems(groupJobs, array: array, range: 0..<count, into: bits)
                }
                for (place, index) in group.enumerated() {
                    let set = bits[(place * words)..<((place + 1) * words)]
                    // The sets of assertions that surely hold stay empty, without memory.
                    if set.contains(where: { $0 != 0 }) { results[index] = ItemSet(words: Array(set)) }
                }
            }
            return results
        }

        /// Checks `jobs` (all over `array`) on the items in `range`, setting bit `position` of job `place`'s words
        /// (the `place`-th run of `(count + 63) / 64` words of `bits`) when it may fail there.
        private func checkItems(
            _ jobs: [ItemJob],
            array: Int32,
            range: Range<Int>,
            into bits: UnsafeMutableBufferPointer<UInt64>
        ) {
            let entry = tape[Int(array)]
            let base = Int(entry.base)
            let words = (Int(entry.count) + 63) / 64
            // Rules check the same members of each item (`amount` in six of them): each distinct path from the item
            // is resolved once per item.
            var suffixes: [(start: Int32, end: Int32)] = []
            let suffixOfJob = jobs.map { job in
                let suffix = (start: job.suffixStart, end: job.suffixEnd)
                if let index = suffixes.firstIndex(where: { screen.sameSteps($0, suffix) }) { return index }
                suffixes.append(suffix)
                return suffixes.count - 1
            }
            // The loop reads buffers: arrays used in it would be retained and released item after item.
            suffixes.withUnsafeBufferPointer { suffixes in
                suffixOfJob.withUnsafeBufferPointer { suffixOfJob in
                    jobs.withUnsafeBufferPointer { jobs in
                        checkItems(jobs, suffixes: suffixes, suffixOfJob: suffixOfJob, base: base, range: range) {
                            place,
                            position in bits[place * words + position >> 6] |= 1 << UInt64(position & 63)
                        }
                    }
                }
            }
        }

        /// The loop of ``checkItems(_:array:range:into:)``: `mark(job, position)` for each job that may fail on
        /// the item at `position` (an index into the array's children from `base`).
        private func checkItems(
            _ jobs: UnsafeBufferPointer<ItemJob>,
            suffixes: UnsafeBufferPointer<(start: Int32, end: Int32)>,
            suffixOfJob: UnsafeBufferPointer<Int>,
            base: Int,
            range: Range<Int>,
            mark: (Int, Int) -> Void
        ) {
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: suffixes.count) { nodes in
                for position in range {
                    let item = children[base + position]
                    for (place, suffix) in suffixes.enumerated() {
                        var node = item
                        var index = suffix.start
                        while index < suffix.end, node >= 0 {
                            node = step(node, screen.steps[index])
                            index += 1
                        }
                        nodes[place] = node
                    }
                    for (place, job) in jobs.enumerated()
                    where mayFail(screen.assertions.address(job.assertion), at: nodes[suffixOfJob[place]]) {
                        mark(place, position)
                    }
                }
            }
        }

        /// Runs `body` with a pass over the same request with scratch memory of its own.
        func withSiblingPass<Result>(_ body: (Pass) -> Result) -> Result {
            screen.withMemo(keysAreUnique: keysAreUnique) { memo in
                var sibling = self
                sibling.memo = memo
                return body(sibling)
            }
        }

        /// Whether an item-wise `assertion` may fail at `node`, one place its path resolves to (-1: missing).
        @inline(__always)
        private func mayFail(_ assertion: UnsafePointer<Assertion>, at node: Int32) -> Bool {
            switch assertion.pointee.code {
            case .require: return !(node >= 0 && isFilled(node))
            case .forbid: return isPresent(node)
            case .value:
                guard isPresent(node) else { return false }
                let testStart = assertion.pointee.testStart
                for index in testStart..<(testStart &+ assertion.pointee.testCount)
                where !passes(test: index, node, base: request, lenient: true) {
                    return true
                }
                return false
            case .requireAny, .exclusive: return true
            }
        }

        /// Whether `assertion` may report on the request (false only when it surely holds).
        private func mayFail(assertion index: Int32) -> Bool {
            let assertion = screen.assertions.address(index)
            let paths = assertion.pointee.pathStart..<(assertion.pointee.pathStart &+ assertion.pointee.pathCount)
            switch assertion.pointee.code {
            case .require:
                for index in paths {
                    let allFilled = forEach(screen.assertionPaths[index], base: request) { !mayFail(assertion, at: $0) }
                    if !allFilled { return true }
                }
                return false
            case .forbid:
                for index in paths {
                    let nonePresent = forEach(screen.assertionPaths[index], base: request) { !isPresent($0) }
                    if !nonePresent { return true }
                }
                return false
            case .requireAny:
                // As for `require`, a blank string counts as missing.
                for index in paths {
                    let noneFilled = forEach(screen.assertionPaths[index], base: request) { !($0 >= 0 && isFilled($0)) }
                    if !noneFilled { return false }
                }
                return true
            case .exclusive:
                // Blank strings are not sent values here either (as for `require` and `requireAny`).
                var present = 0
                for index in paths {
                    forEach(screen.assertionPaths[index], base: request) { node in
                        if node >= 0, isFilled(node) { present += 1 }
                        return present < 2
                    }
                }
                return present > 1
            case .value:
                let allPass = forEach(screen.assertionPaths[assertion.pointee.pathStart], base: request) {
                    !mayFail(assertion, at: $0)
                }
                return !allPass
            }
        }
    }
}

/// Values a parallel loop's body may share for the loop's duration: read-only views of memory that outlives the loop
/// and output slots that each iteration writes alone.
struct LoopShared<Value>: @unchecked Sendable {
    let value: Value
}

extension UnsafeMutableBufferPointer where Element == UInt64 {
    /// Sorts the values in ascending order in place, with no scratch memory (heapsort).
    func heapSort() {
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while true {
                var child = 2 * root + 1
                guard child < end else { return }
                if child + 1 < end, self[child] < self[child + 1] { child += 1 }
                guard self[root] < self[child] else { return }
                swapAt(root, child)
                root = child
            }
        }
        guard count > 1 else { return }
        for start in stride(from: count / 2 - 1, through: 0, by: -1) { siftDown(start, count) }
        for end in stride(from: count - 1, to: 0, by: -1) {
            swapAt(0, end)
            siftDown(0, end)
        }
    }
}
