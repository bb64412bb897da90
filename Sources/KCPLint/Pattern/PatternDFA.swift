// A deterministic automaton for ASCII input, built from a program that has no word boundaries and few states,
// once the program has run often enough. It gives exactly the NFA simulation's answer (see PatternMatcher.swift) at
// one table lookup per byte; input with a byte of 128 or more goes to the simulation.

import Synchronization

/// The NFA simulation's sets of live threads as states, with their transitions on the 128 ASCII scalars.
struct PatternDFA: Sendable {
    /// Most states built; a program that needs more runs in the simulation only.
    static let maximumStateCount = 64

    /// Per state and ASCII byte: the next state in the low 16 bits, ``matchesHere`` and ``matchesAtEnd``.
    private let transitions: [UInt32]
    /// Whether a match is found on entering position 0 (a pattern that matches the empty string there).
    private let matchesAtStart: Bool
    /// The state of an anchored pattern that no thread is left in: no match can follow.
    private let dead: UInt32?

    /// Entering a position before the end with this transition finds a match.
    private static let matchesHere: UInt32 = 1 << 30
    /// Entering the end of the input with this transition finds a match.
    private static let matchesAtEnd: UInt32 = 1 << 29

    /// The automaton of `program`, or nil when it uses word boundaries or needs too many states.
    init?(_ program: PatternProgram) {
        guard !program.usesWordBoundaries else { return nil }
        let code = program.instructions
        let anchored = program.anchoredAtStart

        // Bytes that every consuming instruction treats alike go one way: one transition is worked out per class.
        // The classes are refined by each instruction's ASCII set, as 128-bit masks.
        var classes: [(low: UInt64, high: UInt64)] = [(~0, ~0)]
        for instruction in code where instruction.opcode == .consume {
            var refined: [(low: UInt64, high: UInt64)] = []
            for part in classes {
                let inside = (part.low & instruction.asciiLow, part.high & instruction.asciiHigh)
                let outside = (part.low & ~instruction.asciiLow, part.high & ~instruction.asciiHigh)
                if inside.0 | inside.1 != 0 { refined.append(inside) }
                if outside.0 | outside.1 != 0 { refined.append(outside) }
            }
            classes = refined
        }
        var classOfByte = [Int](repeating: 0, count: 128)
        var representatives: [UInt32] = []
        for (number, part) in classes.enumerated() {
            for byte in 0..<128 where (byte < 64 ? part.low >> UInt64(byte) : part.high >> UInt64(byte - 64)) & 1 != 0 {
                classOfByte[byte] = number
            }
            let first = part.low != 0 ? part.low.trailingZeroBitCount : 64 + part.high.trailingZeroBitCount
            representatives.append(UInt32(first))
        }

        // Threads reachable from `seeds` without consuming, at a position that is the start or the end or neither:
        // the consuming pcs (sorted: the state), whether `match` is among them, and whether an end assertion was
        // reached (if not, the walk at the end of the input would be the same).
        var marks = [Int](repeating: 0, count: code.count)
        var generation = 0
        var stack: [Int] = []
        func closure(_ seeds: [Int], atStart: Bool, atEnd: Bool) -> (state: [Int], matched: Bool, endAsserted: Bool) {
            generation += 1
            stack.removeAll(keepingCapacity: true)
            for pc in seeds where marks[pc] != generation {
                marks[pc] = generation
                stack.append(pc)
            }
            var state: [Int] = []
            var matched = false
            var endAsserted = false
            func push(_ pc: Int) {
                if marks[pc] != generation {
                    marks[pc] = generation
                    stack.append(pc)
                }
            }
            while let pc = stack.popLast() {
                let instruction = code[pc]
                switch instruction.opcode {
                case .consume: state.append(pc)
                case .match: matched = true
                case .jump: push(Int(instruction.x))
                case .split:
                    push(Int(instruction.x))
                    push(Int(instruction.y))
                case .assertStart: if atStart { push(pc + 1) }
                case .assertEnd:
                    endAsserted = true
                    if atEnd { push(pc + 1) }
                case .wordBoundary, .notWordBoundary: break  // excluded above
                }
            }
            state.sort()
            return (state, matched, endAsserted)
        }

        let initial = closure([0], atStart: true, atEnd: false)
        var states: [[Int]] = [initial.state]
        var index: [[Int]: UInt32] = [initial.state: 0]
        var transitions: [UInt32] = []
        var seeds: [Int] = []
        var next = 0
        while next < states.count {
            let state = states[next]
            var steps: [UInt32] = []
            steps.reserveCapacity(representatives.count)
            for byte in representatives {
                // Entering the next position: threads that accept the byte go on, and an unanchored pattern
                // starts a new thread at every position.
                seeds.removeAll(keepingCapacity: true)
                for pc in state where program.accepts(code[pc], byte) { seeds.append(pc + 1) }
                if !anchored { seeds.append(0) }
                let here = closure(seeds, atStart: false, atEnd: false)
                let atEnd = here.endAsserted ? closure(seeds, atStart: false, atEnd: true).matched : here.matched
                var target = index[here.state]
                if target == nil {
                    guard states.count < Self.maximumStateCount else { return nil }
                    target = UInt32(states.count)
                    index[here.state] = target
                    states.append(here.state)
                }
                steps.append(
                    (target ?? 0) | (here.matched ? Self.matchesHere : 0) | (atEnd ? Self.matchesAtEnd : 0)
                )
            }
            for byte in 0..<128 { transitions.append(steps[classOfByte[byte]]) }
            next += 1
        }
        self.transitions = transitions
        self.matchesAtStart = initial.matched
        self.dead = anchored ? index[[]] : nil
    }

    /// Whether the program matches somewhere in the non-empty `bytes`; nil when a byte is not ASCII.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        if matchesAtStart { return true }
        var state: UInt32 = 0
        let last = bytes.count - 1
        return transitions.withUnsafeBufferPointer { table in
            for position in 0..<last {
                let byte = base[position]
                guard byte < 0x80 else { return nil }
                let step = table[Int(state) &* 128 &+ Int(byte)]
                if step & Self.matchesHere != 0 { return true }
                state = step & 0xFFFF
                if state == dead { return false }
            }
            let byte = base[last]
            guard byte < 0x80 else { return nil }
            return table[Int(state) &* 128 &+ Int(byte)] & Self.matchesAtEnd != 0
        }
    }
}

/// A program's automaton, built once the program has run often enough in the simulation to pay for it (a run over
/// a few files never builds one; most patterns of a catalogue are not run at all), and read without locks
/// afterwards. While one thread builds it, others use the simulation.
final class PatternDFACache: @unchecked Sendable {
    /// Simulation runs before the automaton is built.
    static let runsBeforeBuilding = 16

    /// 0: not built; 1: being built; 2: `automaton` is final.
    private let state = Atomic<Int>(0)
    /// Calls while not built.
    private let runs = Atomic<Int>(0)
    /// Written once, before `state` becomes 2 (release); read only after seeing 2 (acquire).
    private var automaton: PatternDFA?

    /// The automaton of `program` (which this cache belongs to), or nil when it has none or is not built yet.
    func automaton(for program: PatternProgram) -> PatternDFA? {
        switch state.load(ordering: .acquiring) {
        case 2:
            return automaton
        case 0:
            guard runs.wrappingAdd(1, ordering: .relaxed).newValue > Self.runsBeforeBuilding,
                state.compareExchange(expected: 0, desired: 1, ordering: .acquiring).exchanged
            else { return nil }
            automaton = PatternDFA(program)
            state.store(2, ordering: .releasing)
            return automaton
        default:
            return nil
        }
    }
}
