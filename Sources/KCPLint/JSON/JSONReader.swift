/// The outcome of reading a JSON input: the document (when usable) and every problem found.
public struct JSONReadResult: Sendable {
    /// The parsed document, or `nil` when a syntax or limit problem makes the input unusable.
    public var document: JSONDocument?
    /// The problems found, sorted by ``JSONProblem/byteRange`` lower bound.
    public var problems: [JSONProblem]

    /// Creates a result.
    public init(document: JSONDocument?, problems: [JSONProblem]) {
        self.document = document
        self.problems = problems
    }
}

/// A strict RFC 8259 JSON reader that records the byte range of every key and value.
///
/// The reader accepts exactly RFC 8259 (any top-level value, whitespace limited to space, tab, LF and CR,
/// UTF-8 only) and reports the first syntax error at the offending byte. Duplicate keys and a UTF-8 byte
/// order mark are reported without rejecting the document. Parsing is iterative over the raw bytes into a
/// flat tape; no string is decoded until a ``JSONDocument`` accessor asks for it.
public struct JSONReader: Sendable {
    /// The limits enforced while reading.
    public var limits: JSONLimits

    /// Creates a reader with `limits`.
    public init(limits: JSONLimits = .default) {
        self.limits = limits
    }

    /// Reads `bytes` as one JSON text; never throws or traps, whatever the input.
    public func read(_ bytes: [UInt8]) -> JSONReadResult {
        read(bytes, keys: nil)
    }

    /// Reads `bytes`; with `keys`, each object key also gets its id in that table (-1 for a name it lacks),
    /// so that later lookups compare integers instead of bytes (see ``JSONDocument/keyID(atKey:)``).
    func read(_ bytes: [UInt8], keys: KeyTable?) -> JSONReadResult {
        // A tape node holds a container's child count in 26 bits, and n children need at least 2n - 1 bytes:
        // larger inputs are refused whatever the limit.
        let hardLimit = 2 * JSONTapeNode.maxCount
        if bytes.count > limits.maxBytes || bytes.count > hardLimit {
            let limit = max(0, min(limits.maxBytes, hardLimit))
            let problem = JSONProblem(kind: .limit, reason: .tooLarge(limit: limit), byteRange: 0..<0)
            return JSONReadResult(document: nil, problems: [problem])
        }
        if let encoding = Self.wideEncoding(of: bytes) {
            let problem = JSONProblem(kind: .syntax, reason: .wrongEncoding(encoding), byteRange: 0..<0)
            return JSONReadResult(document: nil, problems: [problem])
        }
        var problems: [JSONProblem] = []
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            problems.append(JSONProblem(kind: .bom, reason: .byteOrderMark, byteRange: 0..<3))
            start = 3
        }
        let limits = self.limits
        var document: JSONDocument?
        // The open containers' lists and the duplicate-key table start on the stack: three allocations fewer per
        // payload. (The table's 64 slots hold objects of up to 32 members.)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64 + 64) { words in
            withUnsafeTemporaryAllocation(of: JSONFrame.self, capacity: 32) { frameStorage in
                bytes.withUnsafeBufferPointer { buffer in
                    var parser = JSONParser(
                        buffer: buffer,
                        limits: limits,
                        keys: keys,
                        pendingStorage: UnsafeMutableBufferPointer(rebasing: words[0..<64]),
                        frameStorage: frameStorage,
                        keySlotStorage: UnsafeMutableBufferPointer(rebasing: words[64...])
                    )
                    defer { parser.deallocate() }
                    let success = parser.parse(from: start)
                    if !parser.problems.isEmpty { problems += parser.problems }
                    if let failure = parser.failure {
                        problems.append(failure)
                    } else if success && parser.tape.count > 0 {
                        document = JSONDocument(
                            bytes: bytes,
                            storage: JSONNodeStorage(tape: parser.tape.take(), children: parser.children.take()),
                            hasKeyIDs: keys != nil
                        )
                    }
                }
            }
        }
        if problems.count > 1 {
            problems.sort { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        }
        return JSONReadResult(document: document, problems: problems)
    }

    /// Reads the UTF-8 encoding of `text`, exactly as reading `Array(text.utf8)`.
    public func read(_ text: String) -> JSONReadResult {
        read(Array(text.utf8))
    }

    /// The name of the UTF-16 or UTF-32 encoding `bytes` appear to use, or `nil`: by byte order mark, or by
    /// the NUL bytes an ASCII first character has in those encodings (RFC 4627, section 3), when the length
    /// fits the encoding.
    static func wideEncoding(of bytes: [UInt8]) -> String? {
        let count = bytes.count
        guard count >= 2 else { return nil }
        let b0 = bytes[0]
        let b1 = bytes[1]
        let b2: UInt8? = count > 2 ? bytes[2] : nil
        let b3: UInt8? = count > 3 ? bytes[3] : nil
        if b0 == 0xFF && b1 == 0xFE { return b2 == 0 && b3 == 0 ? "UTF-32LE" : "UTF-16LE" }
        if b0 == 0xFE && b1 == 0xFF { return "UTF-16BE" }
        if b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF { return "UTF-32BE" }
        if count % 4 == 0 {
            if b0 == 0 && b1 == 0 && b2 == 0, let b3, b3 != 0 { return "UTF-32BE" }
            if b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0 { return "UTF-32LE" }
        }
        if count % 2 == 0 {
            if b0 == 0 && b1 != 0 && b1 < 0x80 { return "UTF-16BE" }
            if b0 != 0 && b0 < 0x80 && b1 == 0 { return "UTF-16LE" }
        }
        return nil
    }
}

/// A growable buffer of trivial values (no deinitialization needed), allocated by hand so the parser's hot
/// appends carry no uniqueness or reference-counting overhead. ``deallocate()`` must be called exactly once.
private struct JSONScratch<Element: BitwiseCopyable> {
    /// The first element.
    private(set) var base: UnsafeMutablePointer<Element>
    /// The number of elements.
    private(set) var count = 0
    private var capacity: Int
    /// Whether `base` was allocated here (else it is the caller's, or was handed over by ``take()``).
    private var ownsBase = true

    init(capacity: Int) {
        self.capacity = max(capacity, 8)
        self.base = .allocate(capacity: self.capacity)
    }

    /// Starts in `storage`, memory of the caller's (on the stack) that outlives the scratch; growing past it moves
    /// the elements to memory of the scratch's own.
    init(borrowing storage: UnsafeMutableBufferPointer<Element>) {
        if let base = storage.baseAddress, storage.count > 0 {
            self.base = base
            self.capacity = storage.count
            self.ownsBase = false
        } else {
            self.capacity = 8
            self.base = .allocate(capacity: 8)
        }
    }

    /// The last element, if any.
    var last: Element? {
        count > 0 ? base[count - 1] : nil
    }

    /// The element at `index`, which must be below ``count``.
    subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count)
            return base[index]
        }
        nonmutating set {
            assert(index >= 0 && index < count)
            base[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(minimum: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `count` elements copied from `source`, which must not point into this buffer.
    mutating func append(from source: UnsafePointer<Element>, count added: Int) {
        if count + added > capacity { grow(minimum: count + added) }
        (base + count).initialize(from: source, count: added)
        count += added
    }

    /// Removes and returns the last element.
    mutating func removeLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return base[count]
    }

    /// Drops the elements from `newCount` on.
    mutating func truncate(to newCount: Int) {
        count = max(0, min(count, newCount))
    }

    @inline(never)
    private mutating func grow(minimum: Int) {
        let newCapacity = max(capacity * 2, minimum)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        if ownsBase { base.deallocate() }
        base = newBase
        capacity = newCapacity
        ownsBase = true
    }

    /// Hands the elements over to an immutable storage without copying them; the scratch is then empty, with no
    /// memory of its own (an append would allocate anew). Only for a scratch that allocated its memory.
    mutating func take() -> JSONStorage<Element> {
        precondition(ownsBase, "a scratch in borrowed memory cannot hand it over")
        let storage = JSONStorage(adopting: base, count: count)
        ownsBase = false
        capacity = 0
        count = 0
        return storage
    }

    func deallocate() {
        if ownsBase { base.deallocate() }
    }
}

/// One open array or object during parsing.
private struct JSONFrame {
    /// Tape index of the container.
    var node: Int32
    /// Where the container's children start in the pending list.
    var pendingBase: Int32
    /// Array (`true`) or object.
    var isArray: Bool
}

/// The bytes of an object key, for duplicate detection in large objects: the raw text when it has no
/// escapes, the decoded bytes otherwise.
private struct JSONKeyBytes: Hashable {
    let raw: UnsafeBufferPointer<UInt8>
    let decoded: [UInt8]?

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let decoded { return decoded.withUnsafeBufferPointer(body) }
        return body(raw)
    }

    static func == (lhs: JSONKeyBytes, rhs: JSONKeyBytes) -> Bool {
        lhs.withBytes { left in rhs.withBytes { right in jsonBytesEqual(left, right) } }
    }

    func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Whether two byte buffers hold the same bytes.
@inline(__always)
private func jsonBytesEqual(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lhs.count == rhs.count else { return false }
    var index = 0
    while index < lhs.count {
        if lhs[index] != rhs[index] { return false }
        index += 1
    }
    return true
}

/// Whether `byte` is an ASCII digit.
@inline(__always)
private func jsonIsDigit(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10
}

/// Whether `byte` can be part of a bare word such as `True`, `NaN` or an unquoted key.
@inline(__always)
private func jsonIsWordByte(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= 0x61 && lower <= 0x7A) || jsonIsDigit(byte) || byte == 0x5F || byte == 0x24
}

/// The single-pass, iterative parser behind ``JSONReader``.
private struct JSONParser {
    let buffer: UnsafeBufferPointer<UInt8>
    let end: Int
    let limits: JSONLimits
    /// The names whose ids key nodes get (none: no ids). Not counted: the reader's caller holds the table.
    let keys: Unmanaged<KeyTable>?

    /// The values in document order (becomes ``JSONDocument/tape``).
    var tape: JSONScratch<JSONTapeNode>
    /// Direct children of closed containers (becomes ``JSONDocument/children``).
    var children: JSONScratch<Int32>
    /// Direct children of the open containers, innermost last.
    var pending: JSONScratch<Int32>
    /// The open containers, innermost last.
    var frames: JSONScratch<JSONFrame>
    /// Large inputs repeat a few keys many times (an array of objects): per hash of a key's length and ends, where
    /// a key was last seen (offset and length of its raw bytes) and its id, to skip the key table for a repeat.
    var recentKeys: UnsafeMutablePointer<RecentKey>?
    /// Open-addressing table for duplicate detection in large objects: the caller's stack memory at first, heap
    /// memory of the parser's own (``ownsKeySlots``) once an object needs more.
    var keySlots: UnsafeMutablePointer<Int32>?
    var keySlotCapacity = 0
    var ownsKeySlots = false
    /// Whether the innermost open container is an array.
    var inArray = false
    /// Whether the value position just follows `[` (so `]` is also expected), for messages.
    var afterOpenBracket = false
    /// Duplicate-key problems.
    var problems: [JSONProblem] = []
    /// The syntax or limit problem that stopped parsing.
    var failure: JSONProblem?

    /// `pendingStorage`, `frameStorage` and `keySlotStorage`: where the open containers' lists and the duplicate-key
    /// table start (the caller's stack memory, enough for most payloads; they move to the heap if they outgrow it).
    init(
        buffer: UnsafeBufferPointer<UInt8>,
        limits: JSONLimits,
        keys: KeyTable?,
        pendingStorage: UnsafeMutableBufferPointer<Int32>,
        frameStorage: UnsafeMutableBufferPointer<JSONFrame>,
        keySlotStorage: UnsafeMutableBufferPointer<Int32>
    ) {
        self.buffer = buffer
        self.end = buffer.count
        self.limits = limits
        self.keys = keys.map { Unmanaged.passUnretained($0) }
        let estimate = JSONReader.tapeCapacity(for: buffer)
        tape = JSONScratch(capacity: estimate)
        children = JSONScratch(capacity: estimate)
        if keys != nil, buffer.count >= 1 << 16 {
            recentKeys = .allocate(capacity: Self.recentKeyCount)
            recentKeys?.initialize(repeating: RecentKey(start: 0, count: -1, id: -1), count: Self.recentKeyCount)
        }
        pending = JSONScratch(borrowing: pendingStorage)
        frames = JSONScratch(borrowing: frameStorage)
        keySlots = keySlotStorage.baseAddress
        keySlotCapacity = keySlots == nil ? 0 : keySlotStorage.count
    }

    /// Frees the scratch buffers; call exactly once, after taking what is needed.
    func deallocate() {
        tape.deallocate()
        children.deallocate()
        pending.deallocate()
        frames.deallocate()
        if ownsKeySlots { keySlots?.deallocate() }
        recentKeys?.deallocate()
    }

    /// See ``recentKeys``.
    struct RecentKey {
        var start: Int32
        var count: Int32
        var id: Int32
    }

    static let recentKeyCount = 256

    /// The id of the unescaped key whose raw bytes are at `range`: from ``recentKeys`` when the same bytes were
    /// looked up last in its place, otherwise from the key table (then remembered).
    static func keyID(
        in keys: KeyTable,
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        recent: UnsafeMutablePointer<RecentKey>
    ) -> Int32 {
        let count = range.count
        guard count > 0 else { return Self.keyID(in: keys, buffer, range, escaped: false) }
        let first = Int(buffer[range.lowerBound])
        let last = Int(buffer[range.upperBound - 1])
        let place = (count &* 31 &+ first &* 7 &+ last) & (Self.recentKeyCount - 1)
        let entry = recent[place]
        if Int(entry.count) == count, let base = buffer.baseAddress,
            KeyTable.equal(base + range.lowerBound, base + Int(entry.start), count: count)
        {
            return entry.id
        }
        let id = Self.keyID(in: keys, buffer, range, escaped: false)
        recent[place] = RecentKey(start: Int32(range.lowerBound), count: Int32(count), id: id)
        return id
    }

    // MARK: Driver

    /// Parses one value starting at `start` (after any BOM); `false` with ``failure`` set on error.
    mutating func parse(from start: Int) -> Bool {
        var p = skipWhitespace(start)
        if p >= end { return fail(.emptyInput, start..<start) }
        outer: while true {
            guard p < end else { return failUnexpected(at: p, expected: valueExpectation) }
            switch buffer[p] {
            case 0x22:
                guard scanString(&p, isKey: false) else { return false }
            case 0x7B:
                guard open(isArray: false, at: p) else { return false }
                p = skipWhitespace(p + 1)
                if p < end && buffer[p] == 0x7D {
                    close(at: p)
                    p += 1
                } else {
                    guard readKey(&p, afterComma: false) else { return false }
                    continue outer
                }
            case 0x5B:
                guard open(isArray: true, at: p) else { return false }
                p = skipWhitespace(p + 1)
                if p < end && buffer[p] == 0x5D {
                    close(at: p)
                    p += 1
                } else {
                    afterOpenBracket = true
                    continue outer
                }
            case 0x2D, 0x30...0x39:
                guard scanNumber(&p) else { return false }
            case 0x74:
                guard scanLiteral(&p, "true", .true) else { return false }
            case 0x66:
                guard scanLiteral(&p, "false", .false) else { return false }
            case 0x6E:
                guard scanLiteral(&p, "null", .null) else { return false }
            default:
                return failValue(at: p)
            }
            // After a complete value: close containers, or find the comma before the next value.
            while true {
                p = skipWhitespace(p)
                guard let frame = frames.last else {
                    return p >= end ? true : failTrailing(at: p)
                }
                guard p < end else {
                    return failUnexpected(at: p, expected: frame.isArray ? .commaOrArrayEnd : .commaOrObjectEnd)
                }
                let byte = buffer[p]
                if byte == 0x2C {
                    let comma = p
                    p = skipWhitespace(p + 1)
                    if frame.isArray {
                        if p < end && buffer[p] == 0x5D {
                            return fail(.trailingComma(before: "]"), comma..<(comma + 1))
                        }
                        afterOpenBracket = false
                    } else {
                        if p < end && buffer[p] == 0x7D {
                            return fail(.trailingComma(before: "}"), comma..<(comma + 1))
                        }
                        guard readKey(&p, afterComma: true) else { return false }
                    }
                    continue outer
                }
                if byte == (frame.isArray ? 0x5D : 0x7D) {
                    close(at: p)
                    p += 1
                    continue
                }
                return failAfterValue(at: p, frame: frame)
            }
        }
    }

    @inline(__always)
    func skipWhitespace(_ start: Int) -> Int {
        var index = start
        while index < end {
            let byte = buffer[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { break }
            index += 1
            if byte == 0x0A { index = skipSpaces(from: index) }
        }
        return index
    }

    /// The offset of the first byte from `start` that is not a space (or a position near the end of the input),
    /// examining eight bytes per step: the indentation after a line feed.
    @inline(__always)
    func skipSpaces(from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let others = word ^ 0x2020_2020_2020_2020
            if others != 0 { return index + others.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    // MARK: Containers

    /// Appends an array or object node and opens it, unless that exceeds the depth limit.
    @inline(__always)
    mutating func open(isArray: Bool, at p: Int) -> Bool {
        if frames.count >= limits.maxDepth {
            return fail(.tooDeep(limit: limits.maxDepth), p..<(p + 1), kind: .limit)
        }
        let index = Int32(truncatingIfNeeded: tape.count)
        tape.append(JSONTapeNode(kind: isArray ? .array : .object, start: p, end: p + 1))
        if inArray { addChild(index) }
        frames.append(JSONFrame(node: index, pendingBase: Int32(truncatingIfNeeded: pending.count), isArray: isArray))
        inArray = isArray
        return true
    }

    /// Records `node` as a direct child of the innermost open container.
    @inline(__always)
    mutating func addChild(_ node: Int32) {
        pending.append(node)
    }

    /// Closes the innermost container at its closing bracket `p`.
    mutating func close(at p: Int) {
        guard let frame = frames.removeLast() else { return }
        let first = Int(frame.pendingBase)
        let count = pending.count - first
        let node = Int(frame.node)
        let base = children.count
        tape[node].end = Int32(truncatingIfNeeded: p + 1)
        tape[node].base = Int32(truncatingIfNeeded: base)
        tape[node].count = Int32(truncatingIfNeeded: count)
        if count > 0 {
            children.append(from: pending.base + first, count: count)
            pending.truncate(to: first)
        }
        if !frame.isArray && count > 1 { checkDuplicates(base: base, count: count) }
        inArray = frames.last?.isArray ?? false
    }

    /// Reads a key and its colon at `p` (after `{` or `,`), leaving `p` at the value.
    mutating func readKey(_ p: inout Int, afterComma: Bool) -> Bool {
        guard p < end else { return failUnexpected(at: p, expected: afterComma ? .key : .keyOrObjectEnd) }
        let byte = buffer[p]
        if byte == 0x22 {
            guard scanString(&p, isKey: true) else { return false }
        } else if byte == 0x27 {
            return fail(.singleQuote, p..<(p + 1))
        } else if jsonIsWordByte(byte) {
            var wordEnd = p
            while wordEnd < end && jsonIsWordByte(buffer[wordEnd]) { wordEnd += 1 }
            return fail(.unquotedKey, p..<wordEnd)
        } else {
            let length = byte >= 0x80 ? utf8Length(at: p) : 0
            if length > 0, scalar(at: p, length: length).properties.isAlphabetic {
                return fail(.unquotedKey, p..<(p + length))
            }
            return failUnexpected(at: p, expected: afterComma ? .key : .keyOrObjectEnd)
        }
        p = skipWhitespace(p)
        guard p < end, buffer[p] == 0x3A else { return failUnexpected(at: p, expected: .colon) }
        p = skipWhitespace(p + 1)
        afterOpenBracket = false
        return true
    }

    // MARK: Scalars

    /// Scans the string whose opening quote is at `p`, leaving `p` after the closing quote.
    mutating func scanString(_ p: inout Int, isKey: Bool) -> Bool {
        let start = p
        var index = p + 1
        var flags: UInt8 = isKey ? JSONTapeNode.isKey : 0
        while true {
            // Plain ASCII run: not '"', not '\', not a control character, not a lead byte. Eight bytes at a
            // time while they last.
            index = skipPlainBytes(from: index)
            while index < end {
                let byte = buffer[index]
                if byte == 0x22 || byte == 0x5C || byte &- 0x20 >= 0x60 { break }
                index += 1
            }
            guard index < end else {
                return fail(.unterminatedString, end..<end, related: start..<(start + 1))
            }
            let byte = buffer[index]
            if byte == 0x22 { break }
            if byte == 0x5C {
                flags |= JSONTapeNode.hasEscapes
                guard let next = scanEscape(at: index, stringStart: start) else { return false }
                index = next
            } else if byte < 0x20 {
                return fail(.controlCharacterInString(byte), index..<(index + 1))
            } else {
                let length = utf8Length(at: index)
                guard length > 0 else { return fail(.invalidUTF8, index..<(index - length)) }
                index += length
                // A run of three-byte characters of the leads E1-EC (Hangul, most CJK), whose continuation bytes
                // have the whole range: checked here rather than one by one above.
                while index + 3 <= end, buffer[index] &- 0xE1 < 0x0C, buffer[index + 1] & 0xC0 == 0x80,
                    buffer[index + 2] & 0xC0 == 0x80
                {
                    index += 3
                }
            }
        }
        let stringEnd = index + 1
        if stringEnd - start - 2 > limits.maxStringBytes {
            return fail(.stringTooLong(limit: limits.maxStringBytes), start..<(start + 1), kind: .limit)
        }
        let node = Int32(truncatingIfNeeded: tape.count)
        var entry = JSONTapeNode(kind: .string, start: start, end: stringEnd, flags: flags)
        if isKey, let keys {
            let escaped = flags & JSONTapeNode.hasEscapes != 0
            entry.base = keys._withUnsafeGuaranteedRef { table in
                if let recentKeys, !escaped {
                    return Self.keyID(in: table, buffer, start + 1..<index, recent: recentKeys)
                }
                return Self.keyID(in: table, buffer, start + 1..<index, escaped: escaped)
            }
        }
        tape.append(entry)
        if isKey || inArray { addChild(node) }
        p = stringEnd
        return true
    }

    /// The id in `keys` of the key whose raw text (between the quotes) is at `range`, or -1.
    static func keyID(in keys: KeyTable, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: Bool)
        -> Int32
    {
        guard escaped else { return keys.id(of: UnsafeBufferPointer(rebasing: buffer[range])) ?? -1 }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        var decoder = JSONStringDecoder(buffer, range)
        while let byte = decoder.next() { decoded.append(byte) }
        return decoded.withUnsafeBufferPointer { keys.id(of: $0) } ?? -1
    }

    /// The offset of the first byte from `start` that may end a plain string run (or a position near the
    /// end of the input), examining eight bytes per step.
    @inline(__always)
    func skipPlainBytes(from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // The lowest flagged byte of each term is exact; borrows only flag bytes above a real match.
            let special =
                ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                | ((word &- ones &* 0x20) & ~word) | word
            let flagged = special & highs
            if flagged != 0 { return index + flagged.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// Validates the escape whose backslash is at `index`; the offset after it, or `nil` on error.
    mutating func scanEscape(at index: Int, stringStart: Int) -> Int? {
        guard index + 1 < end else {
            _ = fail(.unterminatedString, end..<end, related: stringStart..<(stringStart + 1))
            return nil
        }
        switch buffer[index + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
            return index + 2
        case 0x75:
            guard let unit = hexQuad(escapeAt: index, stringStart: stringStart) else { return nil }
            if unit >= 0xD800 && unit <= 0xDBFF {
                if index + 7 < end && buffer[index + 6] == 0x5C && buffer[index + 7] == 0x75 {
                    guard let low = hexQuad(escapeAt: index + 6, stringStart: stringStart) else { return nil }
                    if low >= 0xDC00 && low <= 0xDFFF { return index + 12 }
                } else if index + 7 >= end, index + 6 >= end || buffer[index + 6] == 0x5C {
                    // The input ends inside what may be the low half of the pair.
                    _ = fail(.unterminatedString, end..<end, related: stringStart..<(stringStart + 1))
                    return nil
                }
                _ = fail(.loneSurrogate(UInt16(unit)), index..<(index + 6))
                return nil
            }
            if unit >= 0xDC00 && unit <= 0xDFFF {
                _ = fail(.loneSurrogate(UInt16(unit)), index..<(index + 6))
                return nil
            }
            return index + 6
        case let byte where byte >= 0x80:
            let length = utf8Length(at: index + 1)
            guard length > 0 else {
                _ = fail(.invalidUTF8, (index + 1)..<(index + 1 - length))
                return nil
            }
            _ = fail(.invalidEscape(scalar(at: index + 1, length: length)), index..<(index + 1 + length))
            return nil
        case let byte:
            _ = fail(.invalidEscape(Unicode.Scalar(byte)), index..<(index + 2))
            return nil
        }
    }

    /// The code unit of the `\uXXXX` escape at `index`, or `nil` (with the failure recorded).
    mutating func hexQuad(escapeAt index: Int, stringStart: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in (index + 2)..<(index + 6) {
            guard offset < end else {
                _ = fail(.unterminatedString, end..<end, related: stringStart..<(stringStart + 1))
                return nil
            }
            guard let digit = jsonHexDigitValue(buffer[offset]) else {
                _ = fail(.invalidUnicodeEscape, index..<(index + 2))
                return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Scans the number starting at `p` (`-` or a digit), leaving `p` after it.
    mutating func scanNumber(_ p: inout Int) -> Bool {
        let start = p
        var index = p
        if buffer[index] == 0x2D {
            index += 1
            guard index < end else { return fail(.invalidNumber, end..<end) }
            let byte = buffer[index]
            if !jsonIsDigit(byte) {
                if byte == 0x2E { return fail(.missingIntegerPart, index..<(index + 1)) }
                if jsonIsWordByte(byte) {
                    let word = word(at: index)
                    if word == "Infinity" || word == "NaN" {
                        return fail(.nonFiniteNumber("-" + word), start..<(index + word.utf8.count))
                    }
                }
                return fail(.invalidNumber, index..<(index + 1))
            }
        }
        var flags = JSONTapeNode.isInteger
        let digitsStart = index
        if buffer[index] == 0x30 {
            index += 1
            if index < end && jsonIsDigit(buffer[index]) {
                var digitsEnd = index
                while digitsEnd < end && jsonIsDigit(buffer[digitsEnd]) { digitsEnd += 1 }
                return fail(.leadingZero, (index - 1)..<digitsEnd)
            }
        } else {
            index += 1
            while index < end && jsonIsDigit(buffer[index]) { index += 1 }
        }
        let digitsEnd = index
        if index < end && buffer[index] == 0x2E {
            let fractionStart = index
            index += 1
            guard index < end && jsonIsDigit(buffer[index]) else {
                return fail(.missingFractionDigits, index..<min(index + 1, end))
            }
            var zeros = true
            while index < end && jsonIsDigit(buffer[index]) {
                zeros = zeros && buffer[index] == 0x30
                index += 1
            }
            // Whole below 10^15, as with an exponent (beyond, the digits are more than a double holds exactly).
            let integerDigits = fractionStart - start - (buffer[start] == 0x2D ? 1 : 0)
            flags = zeros && integerDigits <= 15 ? JSONTapeNode.isWholeFraction : 0
        }
        if index < end && buffer[index] | 0x20 == 0x65 {
            index += 1
            if index < end && (buffer[index] == 0x2B || buffer[index] == 0x2D) { index += 1 }
            guard index < end && jsonIsDigit(buffer[index]) else {
                return fail(.missingExponentDigits, index..<min(index + 1, end))
            }
            while index < end && jsonIsDigit(buffer[index]) { index += 1 }
            // `1e3`, Java's `1.8934236E9`: whole when the exponent leaves no fraction, and small enough to be exact.
            let lexeme = UnsafeBufferPointer(rebasing: buffer[start..<index])
            flags =
                Formats.isWhole(lexeme) && Formats.wholeValue(lexeme) != nil ? JSONTapeNode.isWholeFraction : 0
        }
        let node = Int32(truncatingIfNeeded: tape.count)
        var number = JSONTapeNode(kind: .number, start: start, end: index, flags: flags)
        // A plain integer of up to nine digits (amounts, counts, codes) keeps its value: rules compare it often.
        if flags == JSONTapeNode.isInteger, digitsEnd - digitsStart <= 9 {
            var value: Int32 = 0
            for digit in buffer[digitsStart..<digitsEnd] { value = value &* 10 &+ Int32(digit &- 0x30) }
            // `-0` is no 0: its double keeps the sign.
            if buffer[start] != 0x2D {
                number.smallInteger = value
            } else if value != 0 {
                number.smallInteger = -value
            }
        }
        tape.append(number)
        if inArray { addChild(node) }
        p = index
        return true
    }

    /// Scans the literal `text` (whose first byte is known to match) at `p`.
    mutating func scanLiteral(_ p: inout Int, _ text: StaticString, _ kind: JSONKind) -> Bool {
        let start = p
        let length = text.utf8CodeUnitCount
        let expected = text.utf8Start
        var offset = 1
        while offset < length {
            guard start + offset < end else {
                return failUnexpected(at: end, expected: .literal("\(text)"))
            }
            if buffer[start + offset] != expected[offset] { return failWord(at: start) }
            offset += 1
        }
        let literalEnd = start + length
        if literalEnd < end && jsonIsWordByte(buffer[literalEnd]) { return failWord(at: start) }
        let node = Int32(truncatingIfNeeded: tape.count)
        tape.append(JSONTapeNode(kind: kind, start: start, end: literalEnd))
        if inArray { addChild(node) }
        p = literalEnd
        return true
    }

    // MARK: UTF-8

    /// The length of the well-formed UTF-8 sequence at `index` (a byte ≥ 0x80), or minus the length of
    /// its longest ill-formed prefix (at least 1).
    @inline(__always)
    func utf8Length(at index: Int) -> Int {
        let lead = buffer[index]
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        let continuations: Int
        switch lead {
        case 0xC2...0xDF: continuations = 1
        case 0xE0: continuations = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: continuations = 2
        case 0xED: continuations = 2; high = 0x9F
        case 0xF0: continuations = 3; low = 0x90
        case 0xF1...0xF3: continuations = 3
        case 0xF4: continuations = 3; high = 0x8F
        default: return -1
        }
        guard index + 1 < end, buffer[index + 1] >= low, buffer[index + 1] <= high else { return -1 }
        var offset = 2
        while offset <= continuations {
            guard index + offset < end, buffer[index + offset] & 0xC0 == 0x80 else { return -offset }
            offset += 1
        }
        return continuations + 1
    }

    /// The scalar of the well-formed UTF-8 sequence of `length` bytes at `index`.
    func scalar(at index: Int, length: Int) -> Unicode.Scalar {
        guard length > 0, index + length <= end else { return "\u{FFFD}" }
        let lead = UInt32(buffer[index])
        var value: UInt32
        switch length {
        case 1: value = lead
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for offset in 1..<max(1, length) {
            value = value << 6 | UInt32(buffer[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    // MARK: Duplicate keys

    /// Reports every key of the object whose key nodes are `children[base..<base+count]` that repeats an
    /// earlier one, comparing decoded keys.
    ///
    /// Small objects use a linear scan; larger ones an open-addressing table keyed by an FNV-1a hash of the
    /// decoded key. Should crafted keys make probing degenerate, a `Dictionary` (randomly seeded SipHash)
    /// takes over, so the cost stays linear.
    mutating func checkDuplicates(base: Int, count: Int) {
        if count <= 8 {
            for second in 1..<count {
                let secondKey = Int(children[base + second])
                for first in 0..<second {
                    let firstKey = Int(children[base + first])
                    if sameName(firstKey, secondKey) {
                        reportDuplicate(first: firstKey, second: secondKey)
                        break
                    }
                }
            }
            return
        }
        var size = 32
        while size < count * 2 { size <<= 1 }
        let mask = size - 1
        let problemCount = problems.count
        if keySlotCapacity < size {
            if ownsKeySlots { keySlots?.deallocate() }
            keySlots = .allocate(capacity: size)
            keySlotCapacity = size
            ownsKeySlots = true
        }
        guard let slots = keySlots else { return }
        slots.initialize(repeating: -1, count: size)
        let hasIDs = keys != nil
        var probes = 0
        for slot in base..<(base + count) {
            let key = Int(children[slot])
            // A key the table knows is hashed by its id, as `sameName` compares it; others by their bytes.
            let id = tape[key].base
            let hash =
                hasIDs && id >= 0
                ? (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> 32 : Self.keyHash(tape[key], in: buffer)
            var position = Int(truncatingIfNeeded: hash) & mask
            while true {
                let existing = Int(slots[position])
                if existing < 0 {
                    slots[position] = Int32(truncatingIfNeeded: key)
                    break
                }
                if sameName(existing, key) {
                    reportDuplicate(first: existing, second: key)
                    break
                }
                position = (position + 1) & mask
                probes += 1
            }
            if probes > 8 * count + 64 {
                problems.removeSubrange(problemCount...)
                checkDuplicatesWithDictionary(base: base, count: count)
                return
            }
        }
    }

    /// Whether the key nodes at tape indices `first` and `second` spell the same name. With a key table, two names
    /// are the same exactly when their ids are, unless both are outside it (-1): only those compare bytes.
    @inline(__always)
    func sameName(_ first: Int, _ second: Int) -> Bool {
        let ids = (tape[first].base, tape[second].base)
        if keys != nil, ids.0 >= 0 || ids.1 >= 0 { return ids.0 == ids.1 }
        return Self.keysEqual(tape[first], tape[second], in: buffer)
    }

    /// Duplicate detection with a `Dictionary`, immune to crafted hash collisions.
    mutating func checkDuplicatesWithDictionary(base: Int, count: Int) {
        var table: [JSONKeyBytes: Int32] = [:]
        table.reserveCapacity(count)
        for slot in base..<(base + count) {
            let keyIndex = children[slot]
            let key = Self.keyBytes(tape[Int(keyIndex)], in: buffer)
            if let first = table[key] {
                reportDuplicate(first: Int(first), second: Int(keyIndex))
            } else {
                table[key] = keyIndex
            }
        }
    }

    /// A hash of the decoded bytes of the key node `node`.
    @inline(__always)
    static func keyHash(_ node: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if node.flags & JSONTapeNode.hasEscapes == 0 { return hash(content(node, in: buffer)) }
        return decodedKey(node, in: buffer).withUnsafeBufferPointer { hash($0) }
    }

    /// A quick hash of `bytes`: their length and their first, middle and last eight bytes. Collisions only
    /// cost probes, and ``checkDuplicates(base:count:)`` bounds those.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var head: UInt64 = 0
        var middle: UInt64 = 0
        var tail: UInt64 = 0
        if count >= 8, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            middle = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count / 2 - 4, as: UInt64.self))
            tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else {
            for index in 0..<count { head |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        }
        var hash = (head ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ (hash >> 32) ^ middle) &* 0xC2B2_AE3D_27D4_EB4F
        hash = (hash ^ (hash >> 29) ^ tail) &* 0x1656_67B1_9E37_79F9
        return hash ^ (hash >> 32)
    }

    /// The raw text between the quotes of the string node `node`.
    @inline(__always)
    static func content(_ node: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = Int(node.start) + 1
        return UnsafeBufferPointer(start: buffer.baseAddress.map { $0 + start }, count: Int(node.end) - start - 1)
    }

    /// The decoded bytes of a string node.
    static func decodedKey(_ node: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var decoder = JSONStringDecoder(buffer, (Int(node.start) + 1)..<(Int(node.end) - 1))
        var bytes: [UInt8] = []
        while let byte = decoder.next() { bytes.append(byte) }
        return bytes
    }

    /// The key bytes of a string node, for the `Dictionary` fallback.
    static func keyBytes(_ node: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> JSONKeyBytes {
        let escaped = node.flags & JSONTapeNode.hasEscapes != 0
        return JSONKeyBytes(raw: content(node, in: buffer), decoded: escaped ? decodedKey(node, in: buffer) : nil)
    }

    /// Whether two key nodes decode to the same bytes.
    @inline(__always)
    static func keysEqual(
        _ first: JSONTapeNode,
        _ second: JSONTapeNode,
        in buffer: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if (first.flags | second.flags) & JSONTapeNode.hasEscapes == 0 {
            return jsonBytesEqual(content(first, in: buffer), content(second, in: buffer))
        }
        return keyBytes(first, in: buffer) == keyBytes(second, in: buffer)
    }

    mutating func reportDuplicate(first: Int, second: Int) {
        let firstNode = tape[first]
        let secondNode = tape[second]
        let key = String(decoding: Self.keyBytes(secondNode, in: buffer).withBytes { Array($0) }, as: UTF8.self)
        problems.append(
            JSONProblem(
                kind: .duplicateKey,
                reason: .duplicateKey(key),
                byteRange: Int(secondNode.start)..<Int(secondNode.end),
                related: Int(firstNode.start)..<Int(firstNode.end)
            )
        )
    }

    // MARK: Failures

    /// Records the problem that stops parsing; always `false`.
    mutating func fail(
        _ reason: JSONProblem.Reason,
        _ range: Range<Int>,
        related: Range<Int>? = nil,
        kind: JSONProblem.Kind = .syntax
    ) -> Bool {
        failure = JSONProblem(kind: kind, reason: reason, byteRange: range, related: related)
        return false
    }

    /// The range of the innermost open bracket.
    var openBracket: Range<Int>? {
        guard let frame = frames.last else { return nil }
        let start = Int(tape[Int(frame.node)].start)
        return start..<(start + 1)
    }

    /// What a value position expects, for messages.
    var valueExpectation: JSONProblem.Expectation {
        afterOpenBracket ? .valueOrArrayEnd : .value
    }

    /// Fails on whatever is at `p` where `expected` was required (end of input included).
    mutating func failUnexpected(at p: Int, expected: JSONProblem.Expectation) -> Bool {
        guard p < end else { return fail(.unexpectedEnd(expected: expected), end..<end, related: openBracket) }
        let byte = buffer[p]
        if isCommentStart(p) { return fail(.comment, p..<(p + 2)) }
        if byte >= 0x80 {
            let length = utf8Length(at: p)
            guard length > 0 else { return fail(.invalidUTF8, p..<(p - length)) }
            return fail(.unexpectedCharacter(scalar(at: p, length: length), expected: expected), p..<(p + length))
        }
        return fail(.unexpectedCharacter(Unicode.Scalar(byte), expected: expected), p..<(p + 1))
    }

    func isCommentStart(_ p: Int) -> Bool {
        p + 1 < end && buffer[p] == 0x2F && (buffer[p + 1] == 0x2F || buffer[p + 1] == 0x2A)
    }

    /// Fails on a byte at a value position that does not start a value.
    mutating func failValue(at p: Int) -> Bool {
        let byte = buffer[p]
        switch byte {
        case 0x27: return fail(.singleQuote, p..<(p + 1))
        case 0x2B: return fail(.plusSign, p..<(p + 1))
        case 0x2E where p + 1 < end && jsonIsDigit(buffer[p + 1]): return fail(.missingIntegerPart, p..<(p + 1))
        case _ where jsonIsWordByte(byte): return failWord(at: p)
        default: return failUnexpected(at: p, expected: valueExpectation)
        }
    }

    /// The bare word at `p` (at most 64 bytes of letters, digits, `_`, `$`).
    func word(at p: Int) -> String {
        var wordEnd = p
        while wordEnd < end && wordEnd - p < 64 && jsonIsWordByte(buffer[wordEnd]) { wordEnd += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[p..<wordEnd]), as: UTF8.self)
    }

    /// Fails on a bare word at a value position: `NaN`, `Infinity`, `True`, `undefined`...
    mutating func failWord(at p: Int) -> Bool {
        let word = word(at: p)
        let range = p..<(p + max(1, word.utf8.count))
        if word == "NaN" || word == "Infinity" { return fail(.nonFiniteNumber(word), range) }
        return fail(.invalidLiteral(word), range)
    }

    /// Fails on a byte after a value inside a container that is neither `,` nor the matching bracket.
    mutating func failAfterValue(at p: Int, frame: JSONFrame) -> Bool {
        let byte = buffer[p]
        if isCommentStart(p) { return fail(.comment, p..<(p + 2)) }
        if frame.isArray {
            switch byte {
            case 0x22, 0x7B, 0x5B, 0x2D, 0x30...0x39, 0x74, 0x66, 0x6E:
                return fail(.missingComma(inObject: false), p..<(p + 1))
            case 0x7D:
                return fail(.mismatchedBracket(found: "}", expected: "]"), p..<(p + 1), related: openBracket)
            default:
                return failUnexpected(at: p, expected: .commaOrArrayEnd)
            }
        }
        switch byte {
        case 0x22:
            return fail(.missingComma(inObject: true), p..<(p + 1))
        case 0x5D:
            return fail(.mismatchedBracket(found: "]", expected: "}"), p..<(p + 1), related: openBracket)
        default:
            return failUnexpected(at: p, expected: .commaOrObjectEnd)
        }
    }

    /// Fails on something after the top-level value.
    mutating func failTrailing(at p: Int) -> Bool {
        if isCommentStart(p) { return fail(.comment, p..<(p + 2)) }
        if buffer[p] >= 0x80 {
            let length = utf8Length(at: p)
            if length <= 0 { return fail(.invalidUTF8, p..<(p - length)) }
        }
        return fail(.trailingData, p..<end)
    }
}

extension JSONReader {
    /// How many tape nodes to allocate for `buffer` at first.
    ///
    /// Small inputs: a guess of one node per 11 bytes (a typical pretty-printed payload takes 10 to 11), so that
    /// a payload of up to ~690 bytes gets a tape of at most 1 KiB, which glibc serves from its per-thread cache
    /// (a larger first guess took the allocator's slow path on every payload). Large ones: the density of the bytes that can precede a
    /// value (`[`, `{`, `,`, `:`) in the first MiB, doubled for the whole input, so that the tape is allocated once:
    /// the part that stays unused is never touched, which costs address space but no memory. At most every other
    /// byte starts a value (each value but the root takes a byte and the separator before it).
    static func tapeCapacity(for buffer: UnsafeBufferPointer<UInt8>) -> Int {
        let sample = 1 << 20
        guard buffer.count >= sample else { return min(buffer.count / 11 + 2, 1 << 16) }
        let separators = countSeparators(UnsafeBufferPointer(rebasing: buffer[..<sample]))
        let extrapolated = separators * 2 * (buffer.count / sample + 1)
        return min(extrapolated, buffer.count / 2) + 16
    }

    /// The number of `[`, `{`, `,` and `:` bytes: every value but the root, and every key, follows one.
    static func countSeparators(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        if let base = buffer.baseAddress {
            // Eight bytes at a time: each byte equal to one of them (`[` and `{` differ in one bit) adds one to its
            // lane of a counter, summed every 255 words.
            let commas = ByteWords.repeating(0x2C)
            let colons = ByteWords.repeating(0x3A)
            let caseBit = ByteWords.repeating(0x20)
            let braces = ByteWords.repeating(0x7B)
            while index + 8 <= buffer.count {
                var lanes: UInt64 = 0
                var words = 0
                while words < 255, index + 8 <= buffer.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let hits =
                        ByteWords.zeroBytes(word ^ commas) | ByteWords.zeroBytes(word ^ colons)
                        | ByteWords.zeroBytes((word | caseBit) ^ braces)
                    lanes &+= hits >> 7
                    index += 8
                    words += 1
                }
                count &+= ByteWords.laneSum(lanes)
            }
        }
        for byte in buffer[index...] where byte == 0x2C || byte == 0x3A || byte == 0x5B || byte == 0x7B { count &+= 1 }
        return count
    }
}
