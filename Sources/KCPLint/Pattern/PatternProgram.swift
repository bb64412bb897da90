// Compilation of a `PatternNode` tree into a Thompson-NFA program, plus the facts the matcher's fast paths use.

/// One instruction of a compiled pattern.
///
/// Consuming instructions test one scalar against a set: ASCII through a 128-bit map, everything else by binary
/// search in the program's `ranges` (pairs `x..<y`). Consuming and assertion instructions continue at `pc + 1`.
struct PatternInstruction: Sendable {
    /// What an instruction does.
    enum Opcode: UInt8, Sendable {
        /// Consume one scalar in the set, continue at `pc + 1`.
        case consume
        /// Continue at both `x` and `y`.
        case split
        /// Continue at `x`.
        case jump
        /// Continue at `pc + 1` at the start of the input.
        case assertStart
        /// Continue at `pc + 1` at the end of the input.
        case assertEnd
        /// Continue at `pc + 1` between a word and a non-word scalar.
        case wordBoundary
        /// Continue at `pc + 1` anywhere but between a word and a non-word scalar.
        case notWordBoundary
        /// The pattern has matched.
        case match
    }

    /// The operation.
    var opcode: Opcode
    /// Jump target, first split target, or first index of the non-ASCII range pairs.
    var x: Int32
    /// Second split target, or end index of the non-ASCII range pairs.
    var y: Int32
    /// Set membership of scalars 0–63.
    var asciiLow: UInt64
    /// Set membership of scalars 64–127.
    var asciiHigh: UInt64

    init(_ opcode: Opcode, x: Int32 = 0, y: Int32 = 0, asciiLow: UInt64 = 0, asciiHigh: UInt64 = 0) {
        self.opcode = opcode
        self.x = x
        self.y = y
        self.asciiLow = asciiLow
        self.asciiHigh = asciiHigh
    }
}

/// A set of byte values, as a 256-bit map.
struct PatternByteSet: Sendable, Hashable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static func == (lhs: PatternByteSet, rhs: PatternByteSet) -> Bool {
        lhs.words == rhs.words
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    /// Adds `byte`.
    mutating func insert(_ byte: UInt8) {
        let bit: UInt64 = 1 &<< UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// Whether `byte` is in the set.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let bit: UInt64 = 1 &<< UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// Whether all 256 bytes are in the set.
    var isFull: Bool { words == (.max, .max, .max, .max) }
}

/// A compiled pattern: the NFA program and precomputed facts for the matcher's fast paths. Immutable once built.
struct PatternProgram: Sendable {
    /// Largest program accepted, in instructions.
    static let maximumInstructionCount = 20_000

    /// The instructions; execution starts at 0.
    private(set) var instructions: [PatternInstruction] = []
    /// Non-ASCII parts of the consuming instructions' sets, as flattened `low, high` pairs.
    private(set) var ranges: [UInt32] = []
    /// True if every match must start at input position 0 (every path from the start passes `^` first).
    private(set) var anchoredAtStart = false
    /// True if the program tests word boundaries (the matcher then tracks word scalars).
    private(set) var usesWordBoundaries = false
    /// The bytes a match can start with, when no match can be empty; nil when any byte may start one.
    private(set) var firstBytes: PatternByteSet?
    /// UTF-8 of the scalars every match starts with after a leading `^` (empty if none).
    private(set) var anchoredPrefix: [UInt8] = []
    /// The consuming instruction of the last scalar of `anchoredPrefix`.
    private(set) var anchoredPrefixLastPC = 0
    /// The last scalar of `anchoredPrefix`.
    private(set) var anchoredPrefixLastScalar: UInt32 = 0
    /// The shape of the many catalogue patterns that need no simulation at all (see ``analyze()``).
    private(set) var shortcut: PatternShortcut?
    /// The automaton that answers for ASCII input when the program needs a simulation and has few states; built
    /// on first use and shared by every copy of the program.
    let automaton = PatternDFACache()

    /// Compiles a parsed pattern, rejecting one that would exceed `maximumInstructionCount`.
    init(_ parsed: PatternParser.Result) throws(PatternError) {
        let size = Self.size(of: parsed.root).saturatingAdd(1)
        guard size <= Self.maximumInstructionCount else {
            throw PatternError(
                message: "pattern too large: it compiles to more than \(Self.maximumInstructionCount) instructions",
                offset: Self.largestRepetitionOffset(in: parsed.root) ?? 0
            )
        }
        instructions.reserveCapacity(size)
        emit(parsed.root)
        append(PatternInstruction(.match))
        assert(instructions.count == size, "size(of:) disagrees with emit(_:)")
        analyze()
    }

    // MARK: - Size

    /// The number of instructions `emit` produces for `node`, saturating instead of overflowing.
    private static func size(of node: PatternNode) -> Int {
        switch node {
        case .empty:
            return 0
        case .scalars, .assertion:
            return 1
        case .concatenation(let parts):
            return parts.reduce(0) { $0.saturatingAdd(size(of: $1)) }
        case .alternation(let branches):
            let body = branches.reduce(0) { $0.saturatingAdd(size(of: $1)) }
            return body.saturatingAdd(2 * (branches.count - 1))
        case .repetition(let inner, let min, let max, _):
            let one = size(of: inner)
            guard let max else {
                return min == 0 ? one.saturatingAdd(2) : one.saturatingMultiply(min).saturatingAdd(1)
            }
            return one.saturatingMultiply(min).saturatingAdd(one.saturatingAdd(1).saturatingMultiply(max - min))
        }
    }

    /// The quantifier offset of the counted repetition that compiles to the most instructions, if any.
    private static func largestRepetitionOffset(in root: PatternNode) -> Int? {
        var best: (size: Int, offset: Int)?
        func visit(_ node: PatternNode) {
            switch node {
            case .empty, .scalars, .assertion:
                return
            case .concatenation(let parts), .alternation(let parts):
                parts.forEach(visit)
            case .repetition(let inner, let min, let max, let offset):
                if Swift.max(min, max ?? 0) > 1 {
                    let candidate = size(of: node)
                    if best.map({ candidate > $0.size }) ?? true { best = (candidate, offset) }
                }
                visit(inner)
            }
        }
        visit(root)
        return best?.offset
    }

    // MARK: - Emission

    private var count: Int32 { Int32(instructions.count) }

    private mutating func append(_ instruction: PatternInstruction) {
        instructions.append(instruction)
    }

    private mutating func emit(_ node: PatternNode) {
        switch node {
        case .empty:
            break
        case .scalars(let set):
            emitConsume(set)
        case .assertion(let assertion):
            switch assertion {
            case .start: append(PatternInstruction(.assertStart))
            case .end: append(PatternInstruction(.assertEnd))
            case .wordBoundary: append(PatternInstruction(.wordBoundary))
            case .notWordBoundary: append(PatternInstruction(.notWordBoundary))
            }
        case .concatenation(let parts):
            for part in parts { emit(part) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for branch in branches.dropLast() {
                let split = instructions.count
                append(PatternInstruction(.split, x: count + 1))
                emit(branch)
                jumps.append(instructions.count)
                append(PatternInstruction(.jump))
                instructions[split].y = count
            }
            if let last = branches.last { emit(last) }
            for jump in jumps { instructions[jump].x = count }
        case .repetition(let inner, let min, let max, _):
            emitRepetition(inner, min: min, max: max)
        }
    }

    private mutating func emitRepetition(_ inner: PatternNode, min: Int, max: Int?) {
        guard let max else {
            if min == 0 {
                // loop: split body, out; body; jump loop
                let loop = count
                append(PatternInstruction(.split, x: loop + 1))
                emit(inner)
                append(PatternInstruction(.jump, x: loop))
                instructions[Int(loop)].y = count
            } else {
                // inner{min-1} then inner+ : body: inner; split body, out
                for _ in 0..<(min - 1) { emit(inner) }
                let body = count
                emit(inner)
                append(PatternInstruction(.split, x: body, y: count + 1))
            }
            return
        }
        for _ in 0..<min { emit(inner) }
        // (inner(inner(…)?)?)? with every split's exit going to the common end.
        var splits: [Int] = []
        for _ in 0..<(max - min) {
            splits.append(instructions.count)
            append(PatternInstruction(.split, x: count + 1))
            emit(inner)
        }
        for split in splits { instructions[split].y = count }
    }

    private mutating func emitConsume(_ set: PatternScalarSet) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        let first = Int32(ranges.count / 2)
        for range in set.ranges {
            if range.lowerBound < 128 {
                for scalar in range.lowerBound...min(range.upperBound, 127) {
                    if scalar < 64 { low |= 1 &<< UInt64(scalar) } else { high |= 1 &<< UInt64(scalar - 64) }
                }
            }
            if range.upperBound >= 128 {
                ranges.append(max(range.lowerBound, 128))
                ranges.append(range.upperBound)
            }
        }
        append(PatternInstruction(.consume, x: first, y: Int32(ranges.count / 2), asciiLow: low, asciiHigh: high))
    }

    // MARK: - Analysis

    /// The pcs reachable from pc 0 without consuming; `passStart` says whether `^` may be passed.
    private func startClosure(passStart: Bool) -> [Int] {
        var seen = [Bool](repeating: false, count: instructions.count)
        var stack = [0]
        var reached: [Int] = []
        seen[0] = true
        while let pc = stack.popLast() {
            reached.append(pc)
            let instruction = instructions[pc]
            var next: [Int] = []
            switch instruction.opcode {
            case .consume, .match: break
            case .jump: next = [Int(instruction.x)]
            case .split: next = [Int(instruction.x), Int(instruction.y)]
            case .assertStart: if passStart { next = [pc + 1] }
            case .assertEnd, .wordBoundary, .notWordBoundary: next = [pc + 1]
            }
            for target in next where !seen[target] {
                seen[target] = true
                stack.append(target)
            }
        }
        return reached
    }

    private func isConsumingOrMatch(_ pc: Int) -> Bool {
        let opcode = instructions[pc].opcode
        return opcode == .consume || opcode == .match
    }

    private mutating func analyze() {
        shortcut = PatternShortcut(instructions)
        usesWordBoundaries = instructions.contains { $0.opcode == .wordBoundary || $0.opcode == .notWordBoundary }
        anchoredAtStart = !startClosure(passStart: false).contains(where: isConsumingOrMatch)

        // First bytes: an over-approximation that passes every assertion.
        let reachable = startClosure(passStart: true)
        if !reachable.contains(where: { instructions[$0].opcode == .match }) {
            var bytes = PatternByteSet()
            for pc in reachable where instructions[pc].opcode == .consume {
                let instruction = instructions[pc]
                for byte in UInt8(0)..<128 where accepts(instruction, UInt32(byte)) { bytes.insert(byte) }
                if instruction.y > instruction.x {
                    // Some non-ASCII scalar (or U+FFFD from a bad byte) can match: any high byte may start it.
                    for byte in UInt8(128)...255 { bytes.insert(byte) }
                }
            }
            firstBytes = bytes.isFull ? nil : bytes
        }

        // A literal prefix after leading `^`s: straight-line code every match runs through from pc 0.
        var pc = 0
        while instructions[pc].opcode == .assertStart { pc += 1 }
        guard pc > 0 else { return }
        var prefix: [UInt8] = []
        while instructions[pc].opcode == .consume, let scalar = singleScalar(instructions[pc]), scalar != 0xFFFD,
            let unicodeScalar = Unicode.Scalar(scalar)
        {
            prefix += Array(String(Character(unicodeScalar)).utf8)
            anchoredPrefixLastPC = pc
            anchoredPrefixLastScalar = scalar
            pc += 1
        }
        anchoredPrefix = prefix
    }

    /// The only scalar a consuming instruction accepts, if it accepts exactly one.
    private func singleScalar(_ instruction: PatternInstruction) -> UInt32? {
        let asciiCount = instruction.asciiLow.nonzeroBitCount + instruction.asciiHigh.nonzeroBitCount
        if asciiCount == 1, instruction.x == instruction.y {
            return instruction.asciiLow != 0
                ? UInt32(instruction.asciiLow.trailingZeroBitCount)
                : UInt32(instruction.asciiHigh.trailingZeroBitCount + 64)
        }
        if asciiCount == 0, instruction.y == instruction.x + 1 {
            let low = ranges[Int(instruction.x) * 2]
            if low == ranges[Int(instruction.x) * 2 + 1] { return low }
        }
        return nil
    }

    /// Whether the consuming `instruction` accepts `scalar`.
    @inline(__always)
    func accepts(_ instruction: PatternInstruction, _ scalar: UInt32) -> Bool {
        ranges.withUnsafeBufferPointer { Self.accepts(instruction, scalar, ranges: $0) }
    }

    /// Whether the consuming `instruction` accepts `scalar`, with the program's ranges at hand.
    @inline(__always)
    static func accepts(
        _ instruction: PatternInstruction,
        _ scalar: UInt32,
        ranges: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        if scalar < 64 { return instruction.asciiLow & (1 &<< UInt64(scalar)) != 0 }
        if scalar < 128 { return instruction.asciiHigh & (1 &<< UInt64(scalar &- 64)) != 0 }
        var low = Int(instruction.x)
        var high = Int(instruction.y)
        while low < high {
            let middle = (low &+ high) >> 1
            if scalar < ranges[middle &* 2] {
                high = middle
            } else if scalar > ranges[middle &* 2 &+ 1] {
                low = middle &+ 1
            } else {
                return true
            }
        }
        return false
    }
}

extension Int {
    fileprivate func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    fileprivate func saturatingMultiply(_ other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}

/// A pattern simple enough to match without the NFA: `^` then a fixed number of ASCII classes then `$`
/// (`^\d{8}$`, `(?i)^channel-key-[0-9a-f]{8}-…$`), or one class anywhere (`[{}<>]`, `\S`). They decide on the
/// bytes alone: a byte of 0x80 or more starts a non-ASCII scalar (or an ill-formed sequence read as U+FFFD),
/// which no ASCII class contains, and an ASCII byte is always a scalar of its own.
enum PatternShortcut: Sendable {
    /// The input is exactly one byte of each set, in order.
    case exactly([(low: UInt64, high: UInt64)])
    /// Some byte of the input is in the set.
    case anyByte(low: UInt64, high: UInt64)
    /// Some scalar of the input is in a set that also holds non-ASCII scalars: decided here when an ASCII byte
    /// in the set comes before any non-ASCII byte, or when the input is all ASCII; otherwise left to the NFA.
    case anyASCIIByteFirst(low: UInt64, high: UInt64)

    init?(_ code: [PatternInstruction]) {
        func asciiOnly(_ instruction: PatternInstruction) -> Bool {
            instruction.opcode == .consume && instruction.x == instruction.y
        }
        if code.count == 2, code[0].opcode == .consume, code[1].opcode == .match {
            self =
                asciiOnly(code[0])
                ? .anyByte(low: code[0].asciiLow, high: code[0].asciiHigh)
                : .anyASCIIByteFirst(low: code[0].asciiLow, high: code[0].asciiHigh)
            return
        }
        guard code.count >= 3, code[0].opcode == .assertStart, code[code.count - 1].opcode == .match,
            code[code.count - 2].opcode == .assertEnd
        else { return nil }
        let body = code[1..<(code.count - 2)]
        guard body.allSatisfy(asciiOnly) else { return nil }
        self = .exactly(body.map { ($0.asciiLow, $0.asciiHigh) })
    }

    /// Whether the pattern matches `bytes`; nil when only the NFA can tell.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        @inline(__always)
        func contains(_ low: UInt64, _ high: UInt64, _ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 &<< UInt64(byte)) != 0 : byte < 128 && high & (1 &<< UInt64(byte &- 64)) != 0
        }
        switch self {
        case .exactly(let sets):
            guard bytes.count == sets.count else { return false }
            for (byte, set) in zip(bytes, sets) where !contains(set.low, set.high, byte) { return false }
            return true
        case .anyByte(let low, let high):
            return bytes.contains { contains(low, high, $0) }
        case .anyASCIIByteFirst(let low, let high):
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if contains(low, high, byte) { return true }
            }
            return false
        }
    }
}
