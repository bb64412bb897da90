// The NFA simulation (a Pike VM without captures) that runs a `PatternProgram` over UTF-8 input.
//
// The input is decoded to Unicode scalars on the fly; each step moves the set of live threads over one scalar,
// so a match costs O(program size × input scalars) time whatever the pattern and the input, and no memory beyond
// four arrays the size of the program, allocated once per call (on the stack when small enough).

extension PatternProgram {
    /// Programs up to this many instructions run with their scratch space on the stack (32 bytes each);
    /// larger ones use the heap, so that a match never needs more than 64 KiB of any thread's stack.
    static let stackScratchLimit = 2048

    /// Whether the program matches somewhere in the UTF-8 `bytes` (bad bytes read as U+FFFD).
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let shortcut, let matched = shortcut.matches(bytes) { return matched }
        if let automaton = automaton.automaton(for: self), let matched = automaton.matches(bytes) { return matched }
        let size = instructions.count
        if size > Self.stackScratchLimit {
            let scratch = UnsafeMutablePointer<Int>.allocate(capacity: 4 * size)
            defer { scratch.deallocate() }
            return run(bytes, scratch: scratch)
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * size) { scratch in
            guard let base = scratch.baseAddress else { return false }
            return run(bytes, scratch: base)
        }
    }

    /// Runs the simulation with `scratch`, uninitialized room for `4 * instructions.count` integers.
    private func run(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<Int>) -> Bool {
        let size = instructions.count
        scratch.initialize(repeating: 0, count: 4 * size)
        defer { scratch.deinitialize(count: 4 * size) }
        return instructions.withUnsafeBufferPointer { code in
            ranges.withUnsafeBufferPointer { ranges in
                var simulation = NFASimulation(
                    program: self,
                    code: code,
                    ranges: ranges,
                    marks: scratch,
                    current: scratch + size,
                    next: scratch + 2 * size,
                    stack: scratch + 3 * size
                )
                return simulation.run(bytes)
            }
        }
    }
}

/// Scalars 0–63 of `[A-Za-z0-9_]`.
private let wordLow: UInt64 = 0x03FF_0000_0000_0000
/// Scalars 64–127 of `[A-Za-z0-9_]`.
private let wordHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE

/// Whether `scalar` is a word scalar for `\b` (ASCII `[A-Za-z0-9_]`).
@inline(__always)
private func isWordScalar(_ scalar: UInt32) -> Bool {
    if scalar < 64 { return wordLow & (1 &<< UInt64(scalar)) != 0 }
    if scalar < 128 { return wordHigh & (1 &<< UInt64(scalar &- 64)) != 0 }
    return false
}

/// Decodes the scalar starting at `index` (< `count`) of `base`; a bad byte sequence reads as one U+FFFD per
/// maximal ill-formed subpart (the Unicode recommendation, also what `String(decoding:as:)` does).
@inline(__always)
private func decodeScalar(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> (scalar: UInt32, length: Int) {
    let lead = base[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let replacement: UInt32 = 0xFFFD
    @inline(__always) func continuation(_ offset: Int) -> UInt32? {
        let position = index &+ offset
        guard position < count else { return nil }
        let byte = base[position]
        return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    switch lead {
    case 0xC2...0xDF:
        guard let second = continuation(1) else { return (replacement, 1) }
        return (UInt32(lead & 0x1F) << 6 | second, 2)
    case 0xE0...0xEF:
        guard let second = continuation(1) else { return (replacement, 1) }
        // E0 needs A0–BF (no overlongs), ED needs 80–9F (no surrogates).
        if lead == 0xE0 && second < 0x20 || lead == 0xED && second >= 0x20 { return (replacement, 1) }
        guard let third = continuation(2) else { return (replacement, 2) }
        return (UInt32(lead & 0x0F) << 12 | second << 6 | third, 3)
    case 0xF0...0xF4:
        guard let second = continuation(1) else { return (replacement, 1) }
        // F0 needs 90–BF (no overlongs), F4 needs 80–8F (nothing above U+10FFFF).
        if lead == 0xF0 && second < 0x10 || lead == 0xF4 && second >= 0x10 { return (replacement, 1) }
        guard let third = continuation(2) else { return (replacement, 2) }
        guard let fourth = continuation(3) else { return (replacement, 3) }
        return (UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
    default:
        return (replacement, 1)
    }
}

/// The state of one match call. Thread lists are sparse sets of pcs of consuming instructions; `marks` stamps
/// each pc with the generation (input position) in which it was last added, so no list ever needs clearing.
private struct NFASimulation {
    let program: PatternProgram
    let code: UnsafeBufferPointer<PatternInstruction>
    let ranges: UnsafeBufferPointer<UInt32>
    let marks: UnsafeMutablePointer<Int>
    var current: UnsafeMutablePointer<Int>
    var next: UnsafeMutablePointer<Int>
    let stack: UnsafeMutablePointer<Int>
    var currentCount = 0
    var nextCount = 0
    var generation = 0
    // The position being entered: what the assertions look at.
    var atStart = true
    var atEnd = false
    var previousIsWord = false
    var nextIsWord = false

    init(
        program: PatternProgram,
        code: UnsafeBufferPointer<PatternInstruction>,
        ranges: UnsafeBufferPointer<UInt32>,
        marks: UnsafeMutablePointer<Int>,
        current: UnsafeMutablePointer<Int>,
        next: UnsafeMutablePointer<Int>,
        stack: UnsafeMutablePointer<Int>
    ) {
        self.program = program
        self.code = code
        self.ranges = ranges
        self.marks = marks
        self.current = current
        self.next = next
        self.stack = stack
    }

    /// Adds `start` and everything reachable from it without consuming to `next`; true if `match` is reached.
    @inline(__always)
    mutating func addThread(_ start: Int) -> Bool {
        let generation = self.generation
        if marks[start] == generation { return false }
        marks[start] = generation
        stack[0] = start
        var depth = 1
        @inline(__always) func push(_ pc: Int) {
            if marks[pc] != generation {
                marks[pc] = generation
                stack[depth] = pc
                depth &+= 1
            }
        }
        while depth > 0 {
            depth &-= 1
            let pc = stack[depth]
            let instruction = code[pc]
            switch instruction.opcode {
            case .consume:
                next[nextCount] = pc
                nextCount &+= 1
            case .match:
                return true
            case .jump:
                push(Int(instruction.x))
            case .split:
                push(Int(instruction.y))
                push(Int(instruction.x))
            case .assertStart:
                if atStart { push(pc &+ 1) }
            case .assertEnd:
                if atEnd { push(pc &+ 1) }
            case .wordBoundary:
                if previousIsWord != nextIsWord { push(pc &+ 1) }
            case .notWordBoundary:
                if previousIsWord == nextIsWord { push(pc &+ 1) }
            }
        }
        return false
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return matchesEmptyInput() }
        let anchored = program.anchoredAtStart
        let usesWords = program.usesWordBoundaries
        let firstBytes = program.firstBytes
        var position = 0
        var previous: UInt32 = 0

        let prefix = program.anchoredPrefix
        if !prefix.isEmpty {
            guard count >= prefix.count else { return false }
            for offset in 0..<prefix.count where base[offset] != prefix[offset] { return false }
            position = prefix.count
            previous = program.anchoredPrefixLastScalar
            previousIsWord = isWordScalar(previous)
            current[0] = program.anchoredPrefixLastPC
            currentCount = 1
        }

        while true {
            // Enter `position`: decode the scalar there (the one threads added now will consume).
            atStart = position == 0
            atEnd = position >= count
            var scalar: UInt32 = 0
            var length = 0
            if !atEnd { (scalar, length) = decodeScalar(base, position, count) }
            if usesWords { nextIsWord = !atEnd && isWordScalar(scalar) }
            generation &+= 1
            nextCount = 0
            for index in 0..<currentCount {
                let pc = current[index]
                if PatternProgram.accepts(code[pc], previous, ranges: ranges), addThread(pc &+ 1) { return true }
            }
            if atStart || !anchored {
                if nextCount == 0, let firstBytes, atEnd || !firstBytes.contains(base[position]) {
                    // No thread is alive and no match can start here: go to the next byte that can start one.
                    if anchored || atEnd { return false }
                    var candidate = position &+ 1
                    while candidate < count && !firstBytes.contains(base[candidate]) { candidate &+= 1 }
                    if candidate == count { return false }
                    position = candidate
                    previousIsWord = isWordScalar(UInt32(base[candidate &- 1]))
                    atStart = false
                    (scalar, length) = decodeScalar(base, position, count)
                    if usesWords { nextIsWord = isWordScalar(scalar) }
                    generation &+= 1
                }
                if addThread(0) { return true }
            } else if nextCount == 0 {
                return false
            }
            if atEnd { return false }
            swap(&current, &next)
            currentCount = nextCount
            previous = scalar
            previousIsWord = nextIsWord
            position &+= length
        }
    }

    /// The empty input: only the assertions at a position that is both the start and the end apply.
    private mutating func matchesEmptyInput() -> Bool {
        atStart = true
        atEnd = true
        generation = 1
        return addThread(0)
    }
}
