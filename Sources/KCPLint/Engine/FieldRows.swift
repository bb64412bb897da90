/// The dictionary's specs numbered for the walks, each with its properties by the reader's key ids: a walk finds a
/// member's spec by the id the reader gave its key (a probe of a small table of integers) instead of hashing its
/// name again.
///
/// A spec's number leads to the numbers of its property and item specs, so a walk carries a number along with
/// each spec and looks nothing up by identity. Memory is linear in the dictionary's size: each spec's table holds
/// its own properties only. Like the rule screen's, the tables are plain memory, written once and read without
/// reference counting; the plan frees them (``free()``).
struct FieldRows: @unchecked Sendable {
    struct Entry {
        /// The spec's properties by key id: open addressing over `slots[map...(map + mask)]`; `mask` is -1 when
        /// the spec has no properties.
        var map: Int32
        var mask: Int32
        /// Where the numbers of its property specs start in ``children`` (in `propertySpecs` order).
        var children: Int32
        /// The number of its item spec, or -1.
        var item: Int32
        /// The key ids of its required names: `requiredCount` from `requiredStart` in ``required``.
        var requiredStart: Int32
        var requiredCount: Int32
    }

    /// A key id and the index in `propertySpecs` of the property of that name; `key` is -1 in an empty slot.
    struct Slot {
        var key: Int32
        var property: Int32
    }

    private let entries: RuleScreen.Table<Entry>
    private let slots: RuleScreen.Table<Slot>
    private let children: RuleScreen.Table<Int32>
    private let required: RuleScreen.Table<Int32>

    /// Numbers `roots` and every spec below them; `keyIDs` must name every property (see ``propertyNames(_:)``).
    /// `rootNumbers`: the numbers of `roots`, in order.
    init(roots: [FieldSpec], keyIDs: [String: Int32], rootNumbers: inout [Int32]) {
        var numbers: [ObjectIdentifier: Int32] = [:]
        var entries: [Entry] = []
        var slots: [Slot] = []
        var children: [Int32] = []
        var required: [Int32] = []
        func id(_ name: String) -> Int32 {
            guard let id = keyIDs[name] else { preconditionFailure("no key id for the property `\(name)`") }
            return id
        }
        func number(_ spec: FieldSpec) -> Int32 {
            if let known = numbers[ObjectIdentifier(spec)] { return known }
            let assigned = Int32(entries.count)
            numbers[ObjectIdentifier(spec)] = assigned
            entries.append(Entry(map: 0, mask: -1, children: 0, item: -1, requiredStart: 0, requiredCount: 0))
            let childNumbers = spec.propertySpecs.map(number)
            var entry = Entry(
                map: 0,
                mask: -1,
                children: Int32(children.count),
                item: spec.itemSpec.map(number) ?? -1,
                requiredStart: Int32(required.count),
                requiredCount: Int32(spec.requiredNames.count)
            )
            children += childNumbers
            required += spec.requiredNames.map(id)
            if !spec.propertyNames.isEmpty {
                var capacity = 4
                while capacity < 2 * spec.propertyNames.count { capacity *= 2 }
                var table = [Slot](repeating: Slot(key: -1, property: -1), count: capacity)
                for (index, name) in spec.propertyNames.enumerated() {
                    let key = id(name)
                    var slot = Self.slot(of: key, mask: Int32(capacity - 1))
                    while table[Int(slot)].key >= 0, table[Int(slot)].key != key {
                        slot = (slot + 1) & Int32(capacity - 1)
                    }
                    // The first property of a name wins.
                    if table[Int(slot)].key < 0 { table[Int(slot)] = Slot(key: key, property: Int32(index)) }
                }
                entry.map = Int32(slots.count)
                entry.mask = Int32(capacity - 1)
                slots += table
            }
            entries[Int(assigned)] = entry
            return assigned
        }
        rootNumbers = roots.map(number)
        self.entries = RuleScreen.Table(entries)
        self.slots = RuleScreen.Table(slots)
        self.children = RuleScreen.Table(children)
        self.required = RuleScreen.Table(required)
    }

    /// Frees the tables (once, by their owner, when no walk reads them any more).
    func free() {
        entries.free()
        slots.free()
        children.free()
        required.free()
    }

    /// The property names of `roots` and every spec below them, which the vocabulary must hold.
    static func propertyNames(_ roots: [FieldSpec]) -> Set<String> {
        var names: Set<String> = []
        var seen: Set<ObjectIdentifier> = []
        func visit(_ spec: FieldSpec) {
            guard seen.insert(ObjectIdentifier(spec)).inserted else { return }
            names.formUnion(spec.propertyNames)
            spec.propertySpecs.forEach(visit)
            spec.itemSpec.map(visit)
        }
        roots.forEach(visit)
        return names
    }

    /// The slot where key id `key` is looked for first (ids are dense: multiplied, they spread over the table).
    @inline(__always)
    private static func slot(of key: Int32, mask: Int32) -> Int32 {
        Int32(truncatingIfNeeded: (UInt32(bitPattern: key) &* 0x9E37_79B1) >> 16) & mask
    }

    /// The index in `propertySpecs` of the property of spec `field` whose name has key id `key`, or -1.
    @inline(__always)
    func property(of field: Int32, key: Int32) -> Int32 {
        let entry = entries[field]
        guard entry.mask >= 0, key >= 0 else { return -1 }
        var slot = Self.slot(of: key, mask: entry.mask)
        while true {
            let found = slots[entry.map + slot]
            if found.key == key { return found.property }
            if found.key < 0 { return -1 }
            slot = (slot + 1) & entry.mask
        }
    }

    /// The number of the spec of property `index` of spec `field`.
    @inline(__always)
    func child(of field: Int32, property index: Int32) -> Int32 { children[entries[field].children + index] }

    /// The number of the item spec of spec `field`, or -1.
    @inline(__always)
    func item(of field: Int32) -> Int32 { entries[field].item }

    /// The key ids of the required names of spec `field`, in order.
    @inline(__always)
    func requiredKeys(of field: Int32) -> UnsafeBufferPointer<Int32> {
        let entry = entries[field]
        return UnsafeBufferPointer(start: required.base + Int(entry.requiredStart), count: Int(entry.requiredCount))
    }
}
