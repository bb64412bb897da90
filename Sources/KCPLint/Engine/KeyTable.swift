/// The member names used in catalogue paths, looked up by their UTF-8 bytes: finding the id of a payload key
/// needs neither a `String` nor `Hasher`. A class: handing a table to the reader or a walk is one reference.
///
/// The tables live in memory of their own, written once in `init` and read-only after: a lookup, done for every
/// key the reader meets, pays no bounds checks and no reference counting.
final class KeyTable: @unchecked Sendable {
    private struct Entry {
        var hash: UInt64
        var start: Int32
        var count: Int32
        var id: Int32
    }

    /// Open addressing: each slot holds an index into `entries` plus one, or 0 when empty.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int
    /// Per name: its hash, where its bytes are in `bytes`, and its id.
    private let entries: UnsafeMutableBufferPointer<Entry>
    /// The UTF-8 bytes of every name, one after the other.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Bit `n` is set when some name is `n` bytes long (`n` < 64; bit 63 stands for 63 and more): a key of
    /// another length is rejected before it is hashed.
    private let lengths: UInt64

    private init(slots: [Int32], mask: Int, entries: [Entry], bytes: [UInt8], lengths: UInt64) {
        func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
        }
        self.slots = copy(slots)
        self.mask = mask
        self.entries = copy(entries)
        self.bytes = copy(bytes)
        self.lengths = lengths
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        bytes.deallocate()
    }

    private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    convenience init(_ keyIDs: [String: Int32]) {
        if keyIDs.isEmpty {
            self.init(slots: [0], mask: 0, entries: [], bytes: [], lengths: 0)
            return
        }
        var capacity = 16
        while capacity < keyIDs.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        for (name, id) in keyIDs.sorted(by: { $0.value < $1.value }) {
            let utf8 = Array(name.utf8)
            let hash = utf8.withUnsafeBufferPointer(Self.hash)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            entries.append(Entry(hash: hash, start: Int32(bytes.count), count: Int32(utf8.count), id: id))
            slots[slot] = Int32(entries.count)
            bytes += utf8
        }
        self.init(
            slots: slots,
            mask: capacity - 1,
            entries: entries,
            bytes: bytes,
            lengths: entries.reduce(0) { $0 | Self.lengthBit(Int($1.count)) }
        )
    }

    /// The id of the name spelled by `key`, or nil when no path uses it.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard lengths & Self.lengthBit(key.count) != 0, let names = bytes.baseAddress else { return nil }
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index == 0 { return nil }
            let entry = entries[index - 1]
            if entry.hash == hash, Int(entry.count) == key.count,
                key.baseAddress.map({ Self.equal(names + Int(entry.start), $0, count: key.count) }) ?? true
            {
                return entry.id
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `name`, or nil when no path uses it.
    func id(of name: String) -> Int32? {
        name.utf8.withContiguousStorageIfAvailable { id(of: $0) }
            ?? Array(name.utf8).withUnsafeBufferPointer { id(of: $0) }
    }

    /// A hash of the bytes, eight at a time (keys are short: one or two words and a tail).
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return hash }
        var index = 0
        while index + 8 <= key.count {
            hash = (hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        // The last bytes, read without a loop (the count is in the hash already, so overlaps do not matter).
        let tail: UInt64 =
            index == key.count ? 0 : key.count >= 8 ? word(base, at: key.count - 8) : shortWord(base, count: key.count)
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// `count` (1 to 7) bytes as one word: two overlapping four-byte reads, or the first, middle and last byte.
    @inline(__always)
    private static func shortWord(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(base)
        if count >= 4 {
            return UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
        }
        return UInt64(base[0]) | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1]) << 16
    }

    /// Whether the `count` bytes at `left` and `right` are equal, compared a word at a time.
    @inline(__always)
    static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
        if count < 8 {
            // Equal words of the same reads are equal bytes: together the reads cover every byte.
            return count == 0 || shortWord(left, count: count) == shortWord(right, count: count)
        }
        var index = 0
        while index + 8 <= count {
            let a = UnsafeRawPointer(left + index).loadUnaligned(as: UInt64.self)
            let b = UnsafeRawPointer(right + index).loadUnaligned(as: UInt64.self)
            if a != b { return false }
            index += 8
        }
        return index == count
            || UnsafeRawPointer(left + count - 8).loadUnaligned(as: UInt64.self)
                == UnsafeRawPointer(right + count - 8).loadUnaligned(as: UInt64.self)
    }
}
