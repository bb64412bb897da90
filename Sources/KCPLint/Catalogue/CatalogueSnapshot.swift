/// The default catalogue as compiled into the library: the loader's state after reading `Rules/` (without the
/// examples), serialized to bytes.
///
/// Restoring it builds the model directly, without reading YAML or JSON, checking keys or building and freeing a
/// node tree: a process that checks one file starts several times faster. `GeneratedFilesTests` rebuilds it from
/// `Rules/` and fails when the stored one is stale, so `Rules/` stays the one source of truth; a snapshot that
/// cannot be read (never expected) makes the catalogue fall back to the YAML files.
enum CatalogueSnapshot {
    /// Bumped when the encoding changes.
    static let version: UInt8 = 5

    /// The state of `loader` as bytes.
    static func encode(_ state: CatalogueLoader.State) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.bytes.append(version)
        state.write(to: &writer)
        return writer.bytes
    }

    /// The loader state stored in `bytes`, or nil when they are not a snapshot of this version.
    static func decode(_ bytes: [UInt8]) -> CatalogueLoader.State? {
        var reader = SnapshotReader(bytes)
        guard (try? reader.byte()) == version else { return nil }
        guard let state = try? CatalogueLoader.State(from: &reader), reader.isAtEnd else { return nil }
        return state
    }
}

/// Appends values to a snapshot.
struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func write(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: String) {
        write(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func write<Value: SnapshotCodable>(_ value: Value) { value.write(to: &self) }

    mutating func write<Value: SnapshotCodable>(_ value: Value?) {
        write(value != nil)
        value?.write(to: &self)
    }

    mutating func write<Value: SnapshotCodable>(_ values: [Value]) {
        write(values.count)
        for value in values { value.write(to: &self) }
    }
}

/// Reads values back from a snapshot; throws on any malformed byte instead of trapping.
struct SnapshotReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0
    /// The patterns read so far by source: a pattern a catalogue repeats (YAML anchors) is compiled once.
    var patterns: [String: Pattern] = [:]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64 else { throw Malformed() }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func bool() throws(Malformed) -> Bool { try byte() != 0 }

    mutating func double() throws(Malformed) -> Double {
        var bits: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { bits |= UInt64(try byte()) << UInt64(shift) }
        return Double(bitPattern: bits)
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    mutating func count() throws(Malformed) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        return count
    }

    mutating func read<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(Malformed) -> Value {
        try Value(from: &self)
    }

    mutating func optional<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(Malformed) -> Value? {
        try bool() ? try Value(from: &self) : nil
    }

    mutating func array<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(Malformed) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }
}

/// A model value that can be stored in a catalogue snapshot.
protocol SnapshotCodable {
    func write(to writer: inout SnapshotWriter)
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed)
}

extension String: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) { self = try reader.string() }
}

extension Int: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) { self = try reader.int() }
}

extension Int32: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(Int(self)) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        let value = try reader.int()
        guard let exact = Int32(exactly: value) else { throw SnapshotReader.Malformed() }
        self = exact
    }
}

/// A type stored by its raw string value.
protocol SnapshotRawString: SnapshotCodable, RawRepresentable<String> {}

extension SnapshotRawString {
    func write(to writer: inout SnapshotWriter) { writer.write(rawValue) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        guard let value = Self(rawValue: try reader.string()) else { throw SnapshotReader.Malformed() }
        self = value
    }
}

extension Severity: SnapshotRawString {}
extension Comparison: SnapshotRawString {}
extension Sensitivity: SnapshotRawString {}
extension NamedFormat: SnapshotRawString {}

extension LocalizedText: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(en)
        writer.write(ko)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(en: try reader.string(), ko: try reader.string())
    }
}

extension JSONLiteral: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .null: writer.write(0)
        case .bool(let value):
            writer.write(1)
            writer.write(value)
        case .number(let value, let text):
            writer.write(2)
            writer.write(value)
            writer.write(text)
        case .string(let value):
            writer.write(3)
            writer.write(value)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        switch try reader.int() {
        case 0: self = .null
        case 1: self = .bool(try reader.bool())
        case 2: self = .number(try reader.double(), text: try reader.string())
        case 3: self = .string(try reader.string())
        default: throw SnapshotReader.Malformed()
        }
    }
}

extension TypeSet: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(Int(rawValue)) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        guard let raw = UInt8(exactly: try reader.int()) else { throw SnapshotReader.Malformed() }
        self.init(rawValue: raw)
    }
}

extension Bounds: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(min)
        writer.write(max)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(min: try reader.optional(), max: try reader.optional())
    }
}

extension Pattern: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(source) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        let source = try reader.string()
        if let known = reader.patterns[source] {
            self = known
            return
        }
        do { try self.init(source) } catch { throw SnapshotReader.Malformed() }
        reader.patterns[source] = self
    }
}

extension FieldPath: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(text)
        writer.write(fromRoot)
        writer.write(segments.count)
        for (segment, id) in zip(segments, keyIDs) {
            switch segment {
            case .key(let name):
                writer.write(0)
                writer.write(name)
                writer.write(Int(id))
            case .index(let index):
                writer.write(1)
                writer.write(index)
            case .wildcard:
                writer.write(2)
            }
        }
    }

    convenience init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        let text = try reader.string()
        let fromRoot = try reader.bool()
        let count = try reader.count()
        var segments: [PathSegment] = []
        var ids: [Int32] = []
        for _ in 0..<count {
            switch try reader.int() {
            case 0:
                segments.append(.key(try reader.string()))
                ids.append(try reader.read())
            case 1:
                segments.append(.index(try reader.int()))
                ids.append(-1)
            case 2:
                segments.append(.wildcard)
                ids.append(-1)
            default: throw SnapshotReader.Malformed()
            }
        }
        self.init(segments: segments, fromRoot: fromRoot, text: text, keyIDs: ids)
    }
}

extension Operand: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .constant(let value, let text):
            writer.write(0)
            writer.write(value)
            writer.write(text)
        case .path(let path):
            writer.write(1)
            writer.write(path)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        switch try reader.int() {
        case 0: self = .constant(try reader.double(), text: try reader.string())
        case 1: self = .path(try reader.read())
        default: throw SnapshotReader.Malformed()
        }
    }
}

extension Condition: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .all(let conditions):
            writer.write(0)
            writer.write(conditions)
        case .any(let conditions):
            writer.write(1)
            writer.write(conditions)
        case .not(let condition):
            writer.write(2)
            writer.write(condition)
        case .predicate(let predicate):
            writer.write(3)
            writer.write(predicate.path)
            writer.write(predicate.operators)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        switch try reader.int() {
        case 0: self = .all(try reader.array())
        case 1: self = .any(try reader.array())
        case 2: self = .not(try reader.read())
        case 3: self = .predicate(Predicate(path: try reader.read(), operators: try reader.array()))
        default: throw SnapshotReader.Malformed()
        }
    }
}

extension PredicateOperator: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .present(let flag):
            writer.write(0)
            writer.write(flag)
        case .equals(let literal):
            writer.write(1)
            writer.write(literal)
        case .oneOf(let literals):
            writer.write(2)
            writer.write(literals)
        case .matches(let pattern):
            writer.write(3)
            writer.write(pattern)
        case .type(let set):
            writer.write(4)
            writer.write(set)
        case .compare(let comparison, let operand):
            writer.write(5)
            writer.write(comparison)
            writer.write(operand)
        case .length(let bounds):
            writer.write(6)
            writer.write(bounds)
        case .bytes(let bounds):
            writer.write(7)
            writer.write(bounds)
        case .format(let format):
            writer.write(8)
            writer.write(format)
        case .empty(let flag):
            writer.write(9)
            writer.write(flag)
        case .some(let condition):
            writer.write(10)
            writer.write(condition)
        case .every(let condition):
            writer.write(11)
            writer.write(condition)
        case .none(let condition):
            writer.write(12)
            writer.write(condition)
        case .sameAs(let path):
            writer.write(13)
            writer.write(path)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        switch try reader.int() {
        case 0: self = .present(try reader.bool())
        case 1: self = .equals(try reader.read())
        case 2: self = .oneOf(try reader.array())
        case 3: self = .matches(try reader.read())
        case 4: self = .type(try reader.read())
        case 5: self = .compare(try reader.read(), try reader.read())
        case 6: self = .length(try reader.read())
        case 7: self = .bytes(try reader.read())
        case 8: self = .format(try reader.read())
        case 9: self = .empty(try reader.bool())
        case 10: self = .some(try reader.read())
        case 11: self = .every(try reader.read())
        case 12: self = .none(try reader.read())
        case 13: self = .sameAs(try reader.read())
        default: throw SnapshotReader.Malformed()
        }
    }
}

extension ValueCheck: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .type(let set):
            writer.write(0)
            writer.write(set)
        case .enumeration(let literals):
            writer.write(1)
            writer.write(literals)
        case .notIn(let literals):
            writer.write(2)
            writer.write(literals)
        case .equals(let literal):
            writer.write(3)
            writer.write(literal)
        case .pattern(let pattern):
            writer.write(4)
            writer.write(pattern)
        case .notPattern(let pattern):
            writer.write(5)
            writer.write(pattern)
        case .min(let operand):
            writer.write(6)
            writer.write(operand)
        case .max(let operand):
            writer.write(7)
            writer.write(operand)
        case .length(let bounds):
            writer.write(8)
            writer.write(bounds)
        case .bytes(let bounds):
            writer.write(9)
            writer.write(bounds)
        case .format(let format):
            writer.write(10)
            writer.write(format)
        case .notFormat(let format):
            writer.write(11)
            writer.write(format)
        case .notPast:
            writer.write(12)
        case .unique(let path):
            writer.write(13)
            writer.write(path)
        case .that(let condition):
            writer.write(14)
            writer.write(condition)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        switch try reader.int() {
        case 0: self = .type(try reader.read())
        case 1: self = .enumeration(try reader.array())
        case 2: self = .notIn(try reader.array())
        case 3: self = .equals(try reader.read())
        case 4: self = .pattern(try reader.read())
        case 5: self = .notPattern(try reader.read())
        case 6: self = .min(try reader.read())
        case 7: self = .max(try reader.read())
        case 8: self = .length(try reader.read())
        case 9: self = .bytes(try reader.read())
        case 10: self = .format(try reader.read())
        case 11: self = .notFormat(try reader.read())
        case 12: self = .notPast
        case 13: self = .unique(try reader.read())
        case 14: self = .that(try reader.read())
        default: throw SnapshotReader.Malformed()
        }
    }
}

extension AssertionKind: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .require(let paths):
            writer.write(0)
            writer.write(paths)
        case .forbid(let paths):
            writer.write(1)
            writer.write(paths)
        case .requireAny(let paths):
            writer.write(2)
            writer.write(paths)
        case .exclusive(let paths):
            writer.write(3)
            writer.write(paths)
        case .value(let path, let checks):
            writer.write(4)
            writer.write(path)
            writer.write(checks)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        switch try reader.int() {
        case 0: self = .require(try reader.array())
        case 1: self = .forbid(try reader.array())
        case 2: self = .requireAny(try reader.array())
        case 3: self = .exclusive(try reader.array())
        case 4: self = .value(try reader.read(), try reader.array())
        default: throw SnapshotReader.Malformed()
        }
    }
}

extension FixTemplate: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(replace)
        writer.write(rename)
        let pairs = map.sorted { $0.key.jsonText < $1.key.jsonText }
        writer.write(pairs.map(\.key))
        writer.write(pairs.map(\.value))
        writer.write(message)
        writer.write(safe)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        let replace: JSONLiteral? = try reader.optional()
        let rename: String? = try reader.optional()
        let keys: [JSONLiteral] = try reader.array()
        let values: [JSONLiteral] = try reader.array()
        guard keys.count == values.count else { throw SnapshotReader.Malformed() }
        var map: [JSONLiteral: JSONLiteral] = [:]
        for (key, value) in zip(keys, values) { map[key] = value }
        let message: LocalizedText? = try reader.optional()
        self.init(replace: replace, rename: rename, map: map, message: message, safe: try reader.bool())
    }
}

extension Assertion: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(kind)
        writer.write(message)
        writer.write(fix)
        writer.write(reportAt)
    }

    convenience init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            kind: try reader.read(),
            message: try reader.optional(),
            fix: try reader.optional(),
            reportAt: try reader.optional()
        )
    }
}

extension FieldSpec: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(name)
        writer.write(types)
        writer.write(title)
        writer.write(enumeration)
        writer.write(format)
        writer.write(pattern)
        writer.write(length)
        writer.write(bytes)
        writer.write(minimum.map(Number.init))
        writer.write(maximum.map(Number.init))
        writer.write(items)
        writer.write(itemSpec)
        writer.write(propertyOrder)
        writer.write(propertyOrder.compactMap { properties[$0] })
        writer.write(open)
        writer.write(required)
        writer.write(deprecated)
        writer.write(replacement)
        writer.write(sensitive)
        writer.write(severity)
    }

    convenience init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        let name = try reader.string()
        let types: TypeSet = try reader.read()
        let title: LocalizedText? = try reader.optional()
        let enumeration: [JSONLiteral]? = try reader.bool() ? try reader.array() : nil
        let format: NamedFormat? = try reader.optional()
        let pattern: Pattern? = try reader.optional()
        let length: Bounds? = try reader.optional()
        let bytes: Bounds? = try reader.optional()
        let minimum = try reader.optional(Number.self)?.value
        let maximum = try reader.optional(Number.self)?.value
        let items: Bounds? = try reader.optional()
        let itemSpec: FieldSpec? = try reader.optional()
        let order: [String] = try reader.array()
        let specs: [FieldSpec] = try reader.array()
        guard order.count == specs.count else { throw SnapshotReader.Malformed() }
        self.init(
            name: name,
            types: types,
            title: title,
            enumeration: enumeration,
            format: format,
            pattern: pattern,
            length: length,
            bytes: bytes,
            minimum: minimum,
            maximum: maximum,
            items: items,
            itemSpec: itemSpec,
            properties: Dictionary(zip(order, specs), uniquingKeysWith: { first, _ in first }),
            propertyOrder: order,
            open: try reader.bool(),
            required: try reader.bool(),
            deprecated: try reader.optional(),
            replacement: try reader.optional(),
            sensitive: try reader.optional(),
            severity: try reader.optional()
        )
    }
}

/// A `Double` in a snapshot.
private struct Number: SnapshotCodable {
    var value: Double

    init(_ value: Double) {
        self.value = value
    }

    func write(to writer: inout SnapshotWriter) { writer.write(value) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) { value = try reader.double() }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) { self = try reader.array() }
}

extension CatalogueLocation: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(file)
        writer.write(position.line)
        writer.write(position.column)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            file: try reader.string(),
            position: SourcePosition(line: try reader.int(), column: try reader.int())
        )
    }
}

extension CatalogueExample: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(json)
        writer.write(pointers)
        writer.write(kind)
        writer.write(rule)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            json: try reader.string(),
            pointers: try reader.array(),
            kind: try reader.optional(),
            rule: try reader.optional(),
            location: try reader.read()
        )
    }
}

extension ExampleSet: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(Int(now))
        writer.write(valid)
        writer.write(invalid)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(now: Int64(try reader.int()), valid: try reader.array(), invalid: try reader.array())
    }
}

extension KindDefinition: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(endpoint)
        writer.write(source)
        writer.write(detect)
        writer.write(fieldOrder)
        writer.write(fieldOrder.compactMap { fields[$0] })
        writer.write(open)
        writer.write(examples)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        let id = try reader.string()
        let title: LocalizedText = try reader.read()
        let endpoint: String? = try reader.optional()
        let source: String? = try reader.optional()
        let detect: Condition = try reader.read()
        let order: [String] = try reader.array()
        let specs: [FieldSpec] = try reader.array()
        guard order.count == specs.count else { throw SnapshotReader.Malformed() }
        self.init(
            id: id,
            title: title,
            endpoint: endpoint,
            source: source,
            detect: detect,
            fields: Dictionary(zip(order, specs), uniquingKeysWith: { first, _ in first }),
            fieldOrder: order,
            open: try reader.bool(),
            examples: try reader.optional(),
            location: try reader.read()
        )
    }
}

extension RuleDefinition: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(severity)
        writer.write(enabled)
        writer.write(kinds.map { $0.sorted() })
        writer.write(when)
        writer.write(assertions)
        writer.write(message)
        writer.write(because)
        writer.write(fix)
        writer.write(rationale)
        writer.write(source)
        writer.write(reference)
        writer.write(stop)
        writer.write(alongside)
        writer.write(builtin)
        writer.write(examples)
        writer.write(location)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        self.init(
            id: try reader.string(),
            title: try reader.read(),
            severity: try reader.read(),
            enabled: try reader.bool(),
            kinds: try reader.optional([String].self).map(Set.init),
            when: try reader.optional(),
            assertions: try reader.array(),
            message: try reader.optional(),
            because: try reader.optional(),
            fix: try reader.optional(),
            rationale: try reader.read(),
            source: try reader.string(),
            reference: try reader.optional(),
            stop: try reader.bool(),
            alongside: try reader.bool(),
            builtin: try reader.bool(),
            examples: try reader.read(),
            location: try reader.read()
        )
    }
}

extension CatalogueLoader.State: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(kinds)
        writer.write(rules)
        writer.write(policy)
        writer.write(names)
        let sets = fieldSets.sorted { $0.key < $1.key }
        writer.write(sets.map(\.key))
        for (_, set) in sets {
            writer.write(set.order)
            writer.write(set.order.compactMap { set.fields[$0] })
        }
        for table in [kindIndex, ruleIndex, keyIDs.mapValues(Int.init)] {
            let pairs = table.sorted { $0.key < $1.key }
            writer.write(pairs.map(\.key))
            writer.write(pairs.map(\.value))
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Malformed) {
        kinds = try reader.array()
        rules = try reader.array()
        policy = try reader.optional()
        names = try reader.array()
        fieldSets = [:]
        for name in try reader.array(String.self) {
            let order: [String] = try reader.array()
            let specs: [FieldSpec] = try reader.array()
            guard order.count == specs.count else { throw SnapshotReader.Malformed() }
            fieldSets[name] = (Dictionary(zip(order, specs), uniquingKeysWith: { first, _ in first }), order)
        }
        var tables: [[String: Int]] = []
        for _ in 0..<3 {
            let keys: [String] = try reader.array()
            let values: [Int] = try reader.array()
            guard keys.count == values.count else { throw SnapshotReader.Malformed() }
            tables.append(Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first }))
        }
        kindIndex = tables[0]
        ruleIndex = tables[1]
        keyIDs = [:]
        for (name, value) in tables[2] {
            guard let id = Int32(exactly: value) else { throw SnapshotReader.Malformed() }
            keyIDs[name] = id
        }
    }
}

/// Base64 (RFC 4648) for the snapshot text in the generated source file.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = 0
            for offset in 0..<3 { group = group << 8 | (offset < count ? Int(bytes[index + offset]) : 0) }
            for offset in 0..<4 {
                output.append(offset <= count ? alphabet[(group >> (18 - 6 * offset)) & 0x3F] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The value of each Base64 character, 0xFF for other bytes.
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { values[Int(byte)] = UInt8(index) }
        return values
    }()

    /// The bytes of `text`, or nil when it is not padded Base64.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { input in
            values.withUnsafeBufferPointer { values -> [UInt8]? in
                guard input.count % 4 == 0 else { return nil }
                guard input.count > 0 else { return [] }
                var padding = 0
                if input[input.count - 1] == UInt8(ascii: "=") { padding += 1 }
                if input[input.count - 2] == UInt8(ascii: "=") { padding += 1 }
                let groups = input.count / 4
                var valid = true
                let output = [UInt8](unsafeUninitializedCapacity: groups * 3 - padding) { buffer, initialized in
                    // Every group but the last has four alphabet characters (an invalid one reads as 0xFF,
                    // which sets a high bit the OR below keeps).
                    var bad: UInt8 = 0
                    var target = 0
                    for group in 0..<(groups - 1) {
                        let source = group * 4
                        let a = values[Int(input[source])]
                        let b = values[Int(input[source + 1])]
                        let c = values[Int(input[source + 2])]
                        let d = values[Int(input[source + 3])]
                        bad |= a | b | c | d
                        buffer[target] = a << 2 | b >> 4
                        buffer[target + 1] = b << 4 | c >> 2
                        buffer[target + 2] = c << 6 | d
                        target += 3
                    }
                    // The last group, with its padding.
                    let source = input.count - 4
                    var last: [UInt8] = [0, 0, 0, 0]
                    for offset in 0..<4 {
                        let byte = input[source + offset]
                        last[offset] = offset >= 4 - padding ? 0 : values[Int(byte)]
                    }
                    bad |= last[0] | last[1] | last[2] | last[3]
                    let tail = [last[0] << 2 | last[1] >> 4, last[1] << 4 | last[2] >> 2, last[2] << 6 | last[3]]
                    for byte in tail.prefix(3 - padding) {
                        buffer[target] = byte
                        target += 1
                    }
                    valid = bad & 0x80 == 0
                    initialized = target
                }
                return valid ? output : nil
            }
        }
    }
}
