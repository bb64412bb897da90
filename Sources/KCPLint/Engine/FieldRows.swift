/// The dictionary's specs numbered for the quick walk, each with its properties by the reader's key ids: the walk
/// finds a member's spec by the id the reader gave its key (an array read) instead of hashing its name again.
///
/// A spec's number leads to the numbers of its property and item specs, so the walk carries a number along with
/// each spec and looks nothing up by identity. Like the rule screen's, the tables are plain memory, written once
/// and read without reference counting; the plan frees them (``free()``).
struct FieldRows: @unchecked Sendable {
    struct Entry {
        /// Where the spec's row starts in ``maps``: per key id, the index of its property of that name in
        /// `propertySpecs`, or -1. -1 when the spec has no properties.
        var map: Int32
        /// Where the numbers of its property specs start in ``children`` (in `propertySpecs` order).
        var children: Int32
        /// The number of its item spec, or -1.
        var item: Int32
        /// The key ids of its required names: `requiredCount` from `requiredStart` in ``required``.
        var requiredStart: Int32
        var requiredCount: Int32
    }

    /// The number of key ids: the width of a row.
    let width: Int32
    private let entries: RuleScreen.Table<Entry>
    private let maps: RuleScreen.Table<Int32>
    private let children: RuleScreen.Table<Int32>
    private let required: RuleScreen.Table<Int32>

    /// Numbers `roots` and every spec below them; `keyIDs` must name every property (see ``propertyNames(_:)``).
    /// `rootNumbers`: the numbers of `roots`, in order.
    init(roots: [FieldSpec], keyIDs: [String: Int32], rootNumbers: inout [Int32]) {
        let width = keyIDs.count
        var numbers: [ObjectIdentifier: Int32] = [:]
        var entries: [Entry] = []
        var maps: [Int32] = []
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
            entries.append(Entry(map: -1, children: 0, item: -1, requiredStart: 0, requiredCount: 0))
            let childNumbers = spec.propertySpecs.map(number)
            var entry = Entry(
                map: -1,
                children: Int32(children.count),
                item: spec.itemSpec.map(number) ?? -1,
                requiredStart: Int32(required.count),
                requiredCount: Int32(spec.requiredNames.count)
            )
            children += childNumbers
            required += spec.requiredNames.map(id)
            if !spec.propertyNames.isEmpty {
                entry.map = Int32(maps.count)
                var row = [Int32](repeating: -1, count: width)
                // The first property of a name wins, as in the spec's own table.
                for (index, name) in spec.propertyNames.enumerated() where row[Int(id(name))] < 0 {
                    row[Int(id(name))] = Int32(index)
                }
                maps += row
            }
            entries[Int(assigned)] = entry
            return assigned
        }
        rootNumbers = roots.map(number)
        self.width = Int32(width)
        self.entries = RuleScreen.Table(entries)
        self.maps = RuleScreen.Table(maps)
        self.children = RuleScreen.Table(children)
        self.required = RuleScreen.Table(required)
    }

    /// Frees the tables (once, by their owner, when no walk reads them any more).
    func free() {
        entries.free()
        maps.free()
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

    /// The index in `propertySpecs` of the property of spec `field` whose name has key id `key`, or -1.
    @inline(__always)
    func property(of field: Int32, key: Int32) -> Int32 {
        let map = entries[field].map
        guard map >= 0, key >= 0, key < width else { return -1 }
        return maps[map + key]
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
