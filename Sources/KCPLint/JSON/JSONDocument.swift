/// The type of a JSON value.
public enum JSONKind: UInt8, Sendable, Hashable, CaseIterable {
    /// `{ ... }`.
    case object
    /// `[ ... ]`.
    case array
    /// `"..."`.
    case string
    /// A number such as `-1.5e3`.
    case number
    /// The literal `true`.
    case `true`
    /// The literal `false`.
    case `false`
    /// The literal `null`.
    case null
}

/// An opaque handle to one value of a ``JSONDocument``; valid only with the document that produced it.
public struct JSONNodeID: Hashable, Sendable {
    /// Index of the node in the document's tape.
    let index: Int32

    init(_ index: Int32) {
        self.index = index
    }

    init(_ index: Int) {
        self.index = Int32(truncatingIfNeeded: index)
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    /// The key, decoded (escapes resolved).
    public var key: String
    /// The byte range of the key token, quotes included.
    public var keyRange: Range<Int>
    /// The member's value.
    public var value: JSONNodeID

    /// Creates a member.
    public init(key: String, keyRange: Range<Int>, value: JSONNodeID) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// One entry of the flat tape that describes a parsed document.
///
/// Values appear in document order; an object's keys are string nodes (flagged ``isKey``) each directly
/// followed by its value. A container's direct children are listed contiguously in `children`, from
/// `base` for `count` entries (key node indices for objects, value node indices for arrays).
struct JSONTapeNode: Sendable {
    /// Offset of the first byte of the token.
    var start: Int32
    /// Offset just after the last byte (the closing quote or bracket).
    var end: Int32
    /// Containers: first index into `children`. Object keys of a document read with a key table: the key's id
    /// in that table, or -1. Numbers: the value of a plain integer of up to nine digits, else `Int32.min`.
    var base: Int32
    /// The kind (3 bits), the flags (3 bits) and, for containers, the number of children (26 bits): 16 bytes a
    /// node keep the tape of a large payload small. 2^26 children are more than a payload within the reader's
    /// size limit can hold.
    private var packed: UInt32

    /// Containers: number of members or items.
    var count: Int32 {
        get { Int32(bitPattern: packed & Self.countMask) }
        set { packed = packed & ~Self.countMask | UInt32(bitPattern: newValue) & Self.countMask }
    }

    /// The value type.
    var kind: JSONKind {
        get { JSONKind(rawValue: UInt8(truncatingIfNeeded: packed >> 29)) ?? .null }
        set { packed = packed & ~(7 << 29) | UInt32(newValue.rawValue) << 29 }
    }

    /// ``hasEscapes``, ``isInteger``, ``isKey``, ``isWholeFraction``.
    var flags: UInt8 {
        get { UInt8(truncatingIfNeeded: packed >> 26) & 7 }
        set { packed = packed & ~(7 << 26) | UInt32(newValue & 7) << 26 }
    }

    private static let countMask: UInt32 = 1 << 26 - 1
    /// The largest child count a node can hold.
    static let maxCount = Int(countMask)

    /// Strings: the raw text contains a backslash escape.
    static let hasEscapes: UInt8 = 1
    /// Numbers: the lexeme has neither fraction nor exponent.
    static let isInteger: UInt8 = 2
    /// Strings: the node is an object key, not a value.
    static let isKey: UInt8 = 4
    /// Numbers: the lexeme has a fraction or an exponent but the number is whole (`3.0`, `1e3`, `1.8934236E9`;
    /// below 10^15 when an exponent is written): an integer, as JSON Schema counts them. (The bit is ``isKey``'s,
    /// which only strings use.)
    static let isWholeFraction: UInt8 = 4

    init(kind: JSONKind, start: Int, end: Int, flags: UInt8 = 0) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.base = kind == .number ? Int32.min : 0
        self.packed = UInt32(kind.rawValue) << 29 | UInt32(flags & 7) << 26
    }

    /// Numbers: the value, when the reader kept it (a plain integer of up to nine digits).
    var smallInteger: Int32? {
        get { base == Int32.min ? nil : base }
        set { base = newValue ?? Int32.min }
    }
}

/// A parsed, well-formed JSON text: the input bytes plus a flat index of every value in it.
///
/// Strings and numbers are kept as byte ranges and decoded only when asked, so reading is cheap and the
/// exact lexemes stay available. Every accessor tolerates any ``JSONNodeID`` (one of another document
/// yields empty or `nil` results rather than a trap).
public struct JSONDocument: Sendable {
    /// The input exactly as given to the reader, byte order mark included if present.
    public let bytes: [UInt8]
    /// The values in document order.
    var tape: JSONStorage<JSONTapeNode> {
        @inline(__always) get { storage.tape }
    }
    /// Direct children of every container, contiguous per container.
    var children: JSONStorage<Int32> {
        @inline(__always) get { storage.children }
    }
    /// The memory of ``tape`` and ``children``, kept alive as long as the document.
    private let storage: JSONNodeStorage

    /// Whether the reader gave every object key its id in a key table (see ``keyID(atKey:)``).
    let hasKeyIDs: Bool

    init(bytes: [UInt8], storage: JSONNodeStorage, hasKeyIDs: Bool = false) {
        self.bytes = bytes
        self.storage = storage
        self.hasKeyIDs = hasKeyIDs
    }

    /// The top-level value.
    public var root: JSONNodeID { JSONNodeID(Int32(0)) }

    /// The tape entry for `node`, or `nil` for a handle this document did not produce.
    @inline(__always)
    func entry(_ node: JSONNodeID) -> JSONTapeNode? {
        let index = Int(node.index)
        return index >= 0 && index < tape.count ? tape[index] : nil
    }

    /// The type of `node`.
    public func kind(of node: JSONNodeID) -> JSONKind {
        entry(node)?.kind ?? .null
    }

    /// The bytes of the whole value: strings include their quotes, containers run bracket to bracket.
    public func byteRange(of node: JSONNodeID) -> Range<Int> {
        guard let entry = entry(node) else { return 0..<0 }
        return Int(entry.start)..<Int(entry.end)
    }

    /// The members of an object in document order (duplicates included); empty for other values.
    public func members(of object: JSONNodeID) -> JSONMembers {
        guard let entry = entry(object), entry.kind == .object else {
            return JSONMembers(document: self, base: 0, count: 0)
        }
        return JSONMembers(document: self, base: Int(entry.base), count: Int(entry.count))
    }

    /// The first member of `object` whose decoded key equals `key`, or `nil`.
    ///
    /// Keys without escapes are compared byte for byte, without decoding or allocating.
    public func member(of object: JSONNodeID, named key: String) -> JSONMember? {
        guard let entry = entry(object), entry.kind == .object, entry.count > 0 else { return nil }
        var name = key
        let found: Int? = name.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { buffer in
                let base = Int(entry.base)
                for slot in base..<(base + Int(entry.count)) where slot < children.count {
                    let keyIndex = Int(children[slot])
                    guard keyIndex < tape.count else { continue }
                    if Self.stringEquals(tape[keyIndex], wanted, in: buffer) { return keyIndex }
                }
                return nil
            }
        }
        guard let keyIndex = found else { return nil }
        let keyNode = tape[keyIndex]
        return JSONMember(key: key, keyRange: Int(keyNode.start)..<Int(keyNode.end), value: JSONNodeID(keyIndex + 1))
    }

    /// Calls `body` with the tape index of each member's key node of `object`, in order.
    @inline(__always)
    func forEachKeyIndex(of object: JSONNodeID, _ body: (Int32) -> Void) {
        guard let entry = entry(object), entry.kind == .object else { return }
        let base = Int(entry.base)
        for slot in base..<min(base + Int(entry.count), children.count) { body(children[slot]) }
    }

    /// The member whose key node is at tape index `keyIndex` (from ``forEachKeyIndex(of:_:)``).
    func member(atKey keyIndex: Int32) -> JSONMember {
        let keyNode = tape[Int(keyIndex)]
        return JSONMember(
            key: decodedString(keyNode),
            keyRange: Int(keyNode.start)..<Int(keyNode.end),
            value: JSONNodeID(keyIndex + 1)
        )
    }

    /// The last direct child of a container that starts at or before byte `offset` (the key node of a member, or
    /// an item), with its position among the children; nil when there is none.
    func lastChild(of container: JSONNodeID, startingAtOrBefore offset: Int) -> (position: Int, node: Int32)? {
        lastChild(of: container) { Int(tape[Int($0)].start) <= offset }
    }

    /// The last direct child of a container (the key node of a member, or an item) whose tape index is at most
    /// `tapeIndex`, with its position among the children; nil when there is none.
    func lastChild(of container: JSONNodeID, atOrBeforeTapeIndex tapeIndex: Int32) -> (position: Int, node: Int32)? {
        lastChild(of: container) { $0 <= tapeIndex }
    }

    /// The last direct child of a container (its tape index) for which `isBefore` holds, found by binary search:
    /// children are in document order, and `isBefore` holds for a first run of them.
    private func lastChild(of container: JSONNodeID, _ isBefore: (Int32) -> Bool) -> (position: Int, node: Int32)? {
        guard let entry = entry(container), entry.kind == .object || entry.kind == .array else { return nil }
        let base = Int(entry.base)
        var low = 0
        var high = min(Int(entry.count), children.count - base)
        while low < high {
            let middle = (low + high) / 2
            if isBefore(children[base + middle]) { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : (low - 1, children[base + low - 1])
    }

    /// The tape index of the key node of the first member of `object` whose key has id `keyID` in the reader's key
    /// table, or nil; only meaningful when ``hasKeyIDs`` and `keyID` ≥ 0.
    func firstKey(of object: JSONNodeID, id keyID: Int32) -> Int32? {
        guard let entry = entry(object), entry.kind == .object else { return nil }
        let base = Int(entry.base)
        for slot in base..<min(base + Int(entry.count), children.count) {
            let keyIndex = children[slot]
            if tape[Int(keyIndex)].base == keyID { return keyIndex }
        }
        return nil
    }

    /// The id the reader's key table gives the key node at tape index `keyIndex` (-1: a name the table lacks);
    /// only meaningful when ``hasKeyIDs``.
    @inline(__always)
    func keyID(atKey keyIndex: Int32) -> Int32 { tape[Int(keyIndex)].base }

    /// The byte range of the key node at tape index `keyIndex`, quotes included.
    func keyRange(atKey keyIndex: Int32) -> Range<Int> {
        let keyNode = tape[Int(keyIndex)]
        return Int(keyNode.start)..<Int(keyNode.end)
    }

    /// The items of an array in order; empty for other values.
    public func items(of array: JSONNodeID) -> JSONItems {
        guard let entry = entry(array), entry.kind == .array else {
            return JSONItems(storage: storage, base: 0, count: 0)
        }
        return JSONItems(storage: storage, base: Int(entry.base), count: Int(entry.count))
    }

    /// The number of members of an object or items of an array; 0 for scalars.
    public func count(of node: JSONNodeID) -> Int {
        guard let entry = entry(node), entry.kind == .object || entry.kind == .array else { return 0 }
        return Int(entry.count)
    }

    /// The decoded value of a string (escapes resolved, `\u0000` kept), or `nil` for other values.
    public func string(of node: JSONNodeID) -> String? {
        guard let entry = entry(node), entry.kind == .string else { return nil }
        return decodedString(entry)
    }

    /// Whether `node` is a string whose decoded UTF-8 bytes equal `utf8`; does not allocate.
    public func stringEquals(_ node: JSONNodeID, _ utf8: [UInt8]) -> Bool {
        guard let entry = entry(node), entry.kind == .string else { return false }
        return utf8.withUnsafeBufferPointer { wanted in
            bytes.withUnsafeBufferPointer { buffer in Self.stringEquals(entry, wanted, in: buffer) }
        }
    }

    /// Whether `node` is a string whose decoded value equals `text`; does not allocate for native strings.
    public func stringEquals(_ node: JSONNodeID, _ text: String) -> Bool {
        guard let entry = entry(node), entry.kind == .string else { return false }
        if let result = text.utf8.withContiguousStorageIfAvailable({ wanted in
            bytes.withUnsafeBufferPointer { buffer in Self.stringEquals(entry, wanted, in: buffer) }
        }) {
            return result
        }
        return stringEquals(node, Array(text.utf8))
    }

    /// Calls `body` with the decoded UTF-8 bytes of a string (the document's own bytes when the string has no
    /// escapes, so nothing is copied); nil for other values.
    public func withStringBytes<Result>(
        _ node: JSONNodeID,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        guard let entry = entry(node) else { return nil }
        return bytes.withUnsafeBufferPointer { Self.withStringBytes(entry, in: $0, body) }
    }

    /// ``withStringBytes(_:_:)`` for the tape node `entry` of the document whose bytes are `buffer`.
    static func withStringBytes<Result>(
        _ entry: JSONTapeNode,
        in buffer: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        guard entry.kind == .string else { return nil }
        let start = Int(entry.start) + 1
        let end = Int(entry.end) - 1
        guard start >= 1, start <= end, end <= buffer.count else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        if entry.flags & JSONTapeNode.hasEscapes == 0 {
            return body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(end - start)
        var decoder = JSONStringDecoder(buffer, start..<end)
        while let byte = decoder.next() { decoded.append(byte) }
        return decoded.withUnsafeBufferPointer(body)
    }

    /// The exact number lexeme as written (`"1E400"`, `"-0"`), or `nil` for other values.
    public func numberText(of node: JSONNodeID) -> String? {
        guard let entry = entry(node), entry.kind == .number else { return nil }
        return text(entry)
    }

    /// Whether `node` is a number written with neither a fraction nor an exponent (`-12`, not `12.0`, `1e2`).
    public func isIntegerNumber(_ node: JSONNodeID) -> Bool {
        guard let entry = entry(node), entry.kind == .number else { return false }
        return entry.flags & JSONTapeNode.isInteger != 0
    }

    /// The value of a number as the nearest `Double` (±infinity beyond its range), or `nil` for other values.
    public func doubleValue(of node: JSONNodeID) -> Double? {
        guard let entry = entry(node) else { return nil }
        return bytes.withUnsafeBufferPointer { Self.doubleValue(entry, in: $0) }
    }

    /// ``doubleValue(of:)`` for the tape node `entry` of the document whose bytes are `buffer`.
    static func doubleValue(_ entry: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> Double? {
        guard entry.kind == .number else { return nil }
        if let value = entry.smallInteger { return Double(value) }
        let start = Int(entry.start)
        let end = Int(entry.end)
        guard start >= 0, start <= end, end <= buffer.count else { return nil }
        // Fast path: short integers are exact in a Double.
        if entry.flags & JSONTapeNode.isInteger != 0 && end - start <= 15 && start < end {
            var index = start
            let negative = buffer[index] == 0x2D
            if negative { index += 1 }
            var value = 0
            while index < end {
                value = value &* 10 &+ Int(buffer[index] &- 0x30)
                index += 1
            }
            return negative ? -Double(value) : Double(value)
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
    }

    /// The value of `true` or `false`, or `nil` for other values.
    public func boolValue(of node: JSONNodeID) -> Bool? {
        switch entry(node)?.kind {
        case .true?: true
        case .false?: false
        default: nil
        }
    }

    /// The number of UTF-8 bytes of a decoded string, or `nil` for other values.
    public func utf8Count(ofString node: JSONNodeID) -> Int? {
        guard let entry = entry(node) else { return nil }
        return bytes.withUnsafeBufferPointer { Self.utf8Count(ofString: entry, in: $0) }
    }

    /// ``utf8Count(ofString:)`` for the tape node `entry` of the document whose bytes are `buffer`.
    static func utf8Count(ofString entry: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard entry.kind == .string else { return nil }
        let start = Int(entry.start) + 1
        let end = Int(entry.end) - 1
        guard start <= end else { return 0 }
        if entry.flags & JSONTapeNode.hasEscapes == 0 { return end - start }
        var decoder = JSONStringDecoder(buffer, start..<end)
        var count = 0
        while decoder.next() != nil { count += 1 }
        return count
    }

    /// The number of bytes between the quotes of a string without escapes (its UTF-8 length), or nil.
    func rawStringByteCount(_ node: JSONNodeID) -> Int? {
        entry(node).flatMap(Self.rawStringByteCount)
    }

    /// ``rawStringByteCount(_:)`` for the tape node `entry`.
    static func rawStringByteCount(_ entry: JSONTapeNode) -> Int? {
        guard entry.kind == .string, entry.flags & JSONTapeNode.hasEscapes == 0 else { return nil }
        return max(0, Int(entry.end) - Int(entry.start) - 2)
    }

    /// The number of Unicode scalars of a decoded string, or `nil` for other values.
    public func scalarCount(ofString node: JSONNodeID) -> Int? {
        guard let entry = entry(node) else { return nil }
        return bytes.withUnsafeBufferPointer { Self.scalarCount(ofString: entry, in: $0) }
    }

    /// ``scalarCount(ofString:)`` for the tape node `entry` of the document whose bytes are `buffer`.
    static func scalarCount(ofString entry: JSONTapeNode, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard entry.kind == .string else { return nil }
        let start = Int(entry.start) + 1
        let end = Int(entry.end) - 1
        guard start <= end, end <= buffer.count else { return 0 }
        // Scalars are the bytes that are no continuation bytes.
        if entry.flags & JSONTapeNode.hasEscapes == 0 {
            return (end - start) - ByteWords.continuationCount(buffer, start..<end)
        }
        var count = 0
        var decoder = JSONStringDecoder(buffer, start..<end)
        while let byte = decoder.next() {
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }

    // MARK: - Internals

    /// The raw token text (for numbers).
    private func text(_ entry: JSONTapeNode) -> String? {
        let start = Int(entry.start)
        let end = Int(entry.end)
        guard start >= 0, start <= end, end <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    /// The decoded text of a string or key node.
    func decodedString(_ entry: JSONTapeNode) -> String {
        let start = Int(entry.start) + 1
        let end = Int(entry.end) - 1
        guard start >= 1, start <= end, end <= bytes.count else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            if entry.flags & JSONTapeNode.hasEscapes == 0 {
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            }
            var decoded: [UInt8] = []
            decoded.reserveCapacity(end - start)
            var decoder = JSONStringDecoder(buffer, start..<end)
            while let byte = decoder.next() { decoded.append(byte) }
            return String(decoding: decoded, as: UTF8.self)
        }
    }

    /// Whether the decoded value of the string node `entry` equals `wanted`.
    static func stringEquals(
        _ entry: JSONTapeNode,
        _ wanted: UnsafeBufferPointer<UInt8>,
        in buffer: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard entry.kind == .string else { return false }
        let start = Int(entry.start) + 1
        let end = Int(entry.end) - 1
        guard start >= 1, start <= end, end <= buffer.count else { return false }
        if entry.flags & JSONTapeNode.hasEscapes == 0 {
            guard end - start == wanted.count else { return false }
            var index = 0
            while index < wanted.count {
                if buffer[start + index] != wanted[index] { return false }
                index += 1
            }
            return true
        }
        // An escaped string decodes to fewer bytes than it spells, never more.
        guard wanted.count <= end - start else { return false }
        var decoder = JSONStringDecoder(buffer, start..<end)
        var index = 0
        while let byte = decoder.next() {
            guard index < wanted.count, wanted[index] == byte else { return false }
            index += 1
        }
        return index == wanted.count
    }
}

/// The members of a JSON object, in document order, decoded on access.
public struct JSONMembers: RandomAccessCollection, Sendable {
    /// The document the members belong to.
    private let document: JSONDocument
    /// First slot in the document's children list.
    private let base: Int

    /// The number of members.
    public let count: Int

    init(document: JSONDocument, base: Int, count: Int) {
        self.document = document
        self.base = base
        self.count = count
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of members.
    public var endIndex: Int { count }

    /// The member at `position` (0-based), with its key decoded.
    public subscript(position: Int) -> JSONMember {
        let slot = base + position
        guard position >= 0, position < count, slot < document.children.count else {
            return JSONMember(key: "", keyRange: 0..<0, value: JSONNodeID(Int32(-1)))
        }
        let keyIndex = document.children[slot]
        guard keyIndex >= 0, Int(keyIndex) < document.tape.count else {
            return JSONMember(key: "", keyRange: 0..<0, value: JSONNodeID(Int32(-1)))
        }
        return document.member(atKey: keyIndex)
    }
}

/// The items of a JSON array, in order.
public struct JSONItems: RandomAccessCollection, Sendable {
    /// The document's tape and children list.
    private let storage: JSONNodeStorage
    /// First slot in `children`.
    private let base: Int

    /// The number of items.
    public let count: Int

    init(storage: JSONNodeStorage, base: Int, count: Int) {
        self.storage = storage
        self.base = base
        self.count = count
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of items.
    public var endIndex: Int { count }

    /// The item at `position` (0-based).
    public subscript(position: Int) -> JSONNodeID {
        let slot = base + position
        let children = storage.children
        guard position >= 0, position < count, slot < children.count else { return JSONNodeID(Int32(-1)) }
        return JSONNodeID(children[slot])
    }
}

/// Produces the decoded UTF-8 bytes of the raw text of a well-formed JSON string, one at a time.
///
/// The text between the quotes must have been validated by the reader; malformed escapes in anything else
/// decode to U+FFFD instead of trapping.
struct JSONStringDecoder {
    private let buffer: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int
    /// Bytes of an escape still to deliver, lowest byte first.
    private var pending: UInt32 = 0
    private var pendingCount = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.buffer = buffer
        self.index = max(0, range.lowerBound)
        self.end = min(buffer.count, range.upperBound)
    }

    /// The next decoded byte, or `nil` at the end.
    mutating func next() -> UInt8? {
        if pendingCount > 0 {
            let byte = UInt8(truncatingIfNeeded: pending)
            pending >>= 8
            pendingCount -= 1
            return byte
        }
        guard index < end else { return nil }
        let byte = buffer[index]
        guard byte == 0x5C else {
            index += 1
            return byte
        }
        guard index + 1 < end else {
            index = end
            return nil
        }
        let escape = buffer[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "u"): break
        default: return escape
        }
        var scalar: UInt32 = 0xFFFD
        if let unit = hexQuad(at: index) {
            index += 4
            scalar = unit
            if unit >= 0xD800 && unit <= 0xDBFF {
                if index + 1 < end, buffer[index] == 0x5C, buffer[index + 1] == UInt8(ascii: "u"),
                    let low = hexQuad(at: index + 2), low >= 0xDC00, low <= 0xDFFF
                {
                    index += 6
                    scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    scalar = 0xFFFD
                }
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                scalar = 0xFFFD
            }
        }
        return emit(scalar)
    }

    /// Queues the UTF-8 encoding of `scalar` and returns its first byte.
    private mutating func emit(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0..<0x80:
            return UInt8(scalar)
        case 0x80..<0x800:
            pending = 0x80 | (scalar & 0x3F)
            pendingCount = 1
            return UInt8(0xC0 | (scalar >> 6))
        case 0x800..<0x10000:
            pending = (0x80 | ((scalar >> 6) & 0x3F)) | ((0x80 | (scalar & 0x3F)) << 8)
            pendingCount = 2
            return UInt8(0xE0 | (scalar >> 12))
        default:
            pending =
                (0x80 | ((scalar >> 12) & 0x3F)) | ((0x80 | ((scalar >> 6) & 0x3F)) << 8)
                | ((0x80 | (scalar & 0x3F)) << 16)
            pendingCount = 3
            return UInt8(0xF0 | ((scalar >> 18) & 0x07))
        }
    }

    /// The value of four hexadecimal digits at `offset`, or `nil`.
    private func hexQuad(at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= end else { return nil }
        var value: UInt32 = 0
        for position in offset..<(offset + 4) {
            guard let digit = jsonHexDigitValue(buffer[position]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }
}

/// The value of an ASCII hexadecimal digit, or `nil`.
@inline(__always)
func jsonHexDigitValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46: UInt32(byte - 0x41 + 10)
    case 0x61...0x66: UInt32(byte - 0x61 + 10)
    default: nil
    }
}

/// The memory of a parsed document's tape and children list, adopted from the parser's scratch buffers without
/// a copy (a copy would double the peak memory of a large document). One object for both: a document costs one
/// allocation and one reference count here, and its (non-generic) release frees two plain buffers.
final class JSONNodeStorage: @unchecked Sendable {
    let tape: JSONStorage<JSONTapeNode>
    let children: JSONStorage<Int32>

    /// Takes ownership of the two buffers (their elements are trivial: nothing to deinitialize).
    init(tape: JSONStorage<JSONTapeNode>, children: JSONStorage<Int32>) {
        self.tape = tape
        self.children = children
    }

    deinit {
        tape.deallocate()
        children.deallocate()
    }
}

/// A view of the immutable elements of a parsed document's tape or children list; ``JSONNodeStorage`` owns the
/// memory.
struct JSONStorage<Element: BitwiseCopyable>: @unchecked Sendable {
    // Written only by the parser before the storage is handed over; never mutated afterwards.
    private let base: UnsafeMutablePointer<Element>
    /// The number of elements.
    let count: Int

    /// A view of `count` initialized elements at `base` (allocated with `allocate(capacity:)`).
    init(adopting base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Frees the memory (for ``JSONNodeStorage``, once).
    fileprivate func deallocate() {
        base.deallocate()
    }

    /// The element at `index`, which must be below ``count``.
    @inline(__always)
    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        return base[index]
    }

    /// Calls `body` with the elements.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}
