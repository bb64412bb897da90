/// The member names used in catalogue paths, looked up by their UTF-8 bytes: finding the id of a payload key
/// needs neither a `String` nor `Hasher`.
struct KeyTable: Sendable {
    /// Open addressing: `slots[hash & mask]` is an index into `names`, or -1.
    private let slots: [Int32]
    private let mask: Int
    /// The UTF-8 bytes of every name, one after the other, and where each starts and ends.
    private let bytes: [UInt8]
    private let bounds: [Range<Int>]
    private let ids: [Int32]

    init(_ keyIDs: [String: Int32]) {
        var capacity = 16
        while capacity < keyIDs.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        var ids: [Int32] = []
        for (name, id) in keyIDs.sorted(by: { $0.value < $1.value }) {
            let utf8 = Array(name.utf8)
            var slot = Self.hash(utf8) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(ids.count)
            bounds.append(bytes.count..<(bytes.count + utf8.count))
            bytes += utf8
            ids.append(id)
        }
        self.slots = slots
        self.mask = capacity - 1
        self.bytes = bytes
        self.bounds = bounds
        self.ids = ids
    }

    /// The id of the name spelled by `key`, or nil when no path uses it.
    func id<Key: Collection<UInt8>>(of key: Key) -> Int32? {
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if bytes[bounds[entry]].elementsEqual(key) { return ids[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `name`, or nil when no path uses it.
    func id(of name: String) -> Int32? {
        name.utf8.withContiguousStorageIfAvailable { id(of: $0) } ?? id(of: Array(name.utf8))
    }

    /// FNV-1a over the bytes.
    private static func hash<Key: Collection<UInt8>>(_ key: Key) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
