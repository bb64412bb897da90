/// Text in English and Korean.
public struct LocalizedText: Sendable, Hashable {
    /// English text.
    public var en: String
    /// Korean text.
    public var ko: String

    /// Creates a text with both languages.
    public init(en: String, ko: String) {
        self.en = en
        self.ko = ko
    }

    /// The same text in both languages.
    public init(_ both: String) {
        self.init(en: both, ko: both)
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ko: ko
        }
    }
}

/// A severity: how bad a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Advice: the request works.
    case info
    /// Very likely a bug, deprecated, or undocumented.
    case warning
    /// PortOne or KCP will reject the request or do the wrong thing.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Orders severities: info < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A JSON scalar written in a catalogue (an `enum` entry, an `equals` argument).
enum JSONLiteral: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double, text: String)
    case string(String)

    /// JSON text of the literal.
    var jsonText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(_, let text): text
        case .string(let value): JSONText.quote(value)
        }
    }

    /// Whether both are the same JSON value: numbers compare by value (`1` and `1.0`), the rest as they are.
    func sameValue(as other: JSONLiteral) -> Bool {
        switch (self, other) {
        case (.number(let left, _), .number(let right, _)): left == right
        default: self == other
        }
    }
}

/// The JSON types a field or predicate can name.
struct TypeSet: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let string = TypeSet(rawValue: 1)
    static let integer = TypeSet(rawValue: 2)
    static let number = TypeSet(rawValue: 4)
    static let boolean = TypeSet(rawValue: 8)
    static let object = TypeSet(rawValue: 16)
    static let array = TypeSet(rawValue: 32)
    static let null = TypeSet(rawValue: 64)
    static let any = TypeSet(rawValue: 127)

    static let names: [(String, TypeSet)] = [
        ("string", .string), ("integer", .integer), ("number", .number), ("boolean", .boolean),
        ("object", .object), ("array", .array), ("null", .null), ("any", .any),
    ]
}

/// One step of a path.
enum PathSegment: Sendable, Hashable {
    case key(String)
    case index(Int)
    case wildcard
}

/// A compiled path such as `kcpProducts[*].quantity` (a reference: evaluating it copies nothing).
final class FieldPath: Sendable, Hashable, CustomStringConvertible {
    let segments: [PathSegment]
    /// `$.x`: resolved from the payload root even inside a quantifier.
    let fromRoot: Bool
    let text: String
    /// For each segment, the catalogue-wide id of its member name (`-1` for other segments): the evaluator finds
    /// members of the request object by id in O(1).
    let keyIDs: [Int32]
    /// The path has a `[*]` step (it may resolve to any number of places, not exactly one).
    let hasWildcard: Bool

    init(segments: [PathSegment], fromRoot: Bool, text: String, keyIDs: [Int32]? = nil) {
        self.segments = segments
        self.fromRoot = fromRoot
        self.text = text
        self.keyIDs = keyIDs ?? Array(repeating: -1, count: segments.count)
        self.hasWildcard = segments.contains(.wildcard)
    }

    var description: String { text }

    static func == (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.text == rhs.text }
    func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

/// Numeric comparison operators.
enum Comparison: String, Sendable, Hashable {
    case lt, lte, gt, gte
}

/// The right-hand side of a numeric comparison.
enum Operand: Sendable, Hashable {
    case constant(Double, text: String)
    case path(FieldPath)
}

/// Bounds on a length or count.
struct Bounds: Sendable, Hashable {
    var min: Int?
    var max: Int?

    func contains(_ value: Int) -> Bool {
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }
}

/// A condition over the payload (`when`, `detect`, quantifiers).
indirect enum Condition: Sendable, Hashable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case predicate(Predicate)
}

/// A field predicate: a path and operators that must all hold (a reference: evaluating it copies nothing).
final class Predicate: Sendable, Hashable {
    let path: FieldPath
    let operators: [PredicateOperator]
    /// The predicate is exactly `present: true` (its trigger note says "is set").
    let isPresenceTest: Bool
    /// The predicate is a negative presence test (it triggers nothing).
    let isAbsenceTest: Bool

    init(path: FieldPath, operators: [PredicateOperator]) {
        self.path = path
        self.operators = operators
        self.isPresenceTest = operators == [.present(true)]
        self.isAbsenceTest = operators.contains(.present(false))
    }

    static func == (lhs: Predicate, rhs: Predicate) -> Bool { lhs.path == rhs.path && lhs.operators == rhs.operators }
    func hash(into hasher: inout Hasher) { hasher.combine(path) }
}

/// One operator of a field predicate.
enum PredicateOperator: Sendable, Hashable {
    case present(Bool)
    case equals(JSONLiteral)
    case oneOf([JSONLiteral])
    case matches(Pattern)
    case type(TypeSet)
    case compare(Comparison, Operand)
    case length(Bounds)
    case bytes(Bounds)
    case format(NamedFormat)
    case empty(Bool)
    case some(Condition)
    case every(Condition)
    case none(Condition)
    /// Equals the first value at another path (``JSONDocument/scalarsEqual(_:_:)``).
    case sameAs(FieldPath)
}

/// One value check of an assertion.
enum ValueCheck: Sendable, Hashable {
    case type(TypeSet)
    case enumeration([JSONLiteral])
    case notIn([JSONLiteral])
    case equals(JSONLiteral)
    case pattern(Pattern)
    case notPattern(Pattern)
    case min(Operand)
    case max(Operand)
    case length(Bounds)
    case bytes(Bounds)
    case format(NamedFormat)
    case notFormat(NamedFormat)
    case notPast
    case unique(FieldPath)
    case that(Condition)
}

/// What an assertion checks.
enum AssertionKind: Sendable, Hashable {
    case require([FieldPath])
    case forbid([FieldPath])
    case requireAny([FieldPath])
    case exclusive([FieldPath])
    case value(FieldPath, [ValueCheck])
}

/// An assertion of a rule, with optional message and fix of its own (a reference: evaluating it copies nothing).
final class Assertion: Sendable, Hashable {
    let kind: AssertionKind
    let message: LocalizedText?
    let fix: FixTemplate?
    /// For a value assertion: where a failure is reported, relative to the value checked (`at: card_quota` on
    /// `schedules[*]` reports the item's `card_quota`); nil for the value itself.
    let reportAt: FieldPath?

    init(kind: AssertionKind, message: LocalizedText?, fix: FixTemplate?, reportAt: FieldPath? = nil) {
        self.kind = kind
        self.message = message
        self.fix = fix
        self.reportAt = reportAt
    }

    static func == (lhs: Assertion, rhs: Assertion) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.fix == rhs.fix && lhs.reportAt == rhs.reportAt
    }

    func hash(into hasher: inout Hasher) { hasher.combine(kind) }
}

/// A fix as written in a catalogue.
struct FixTemplate: Sendable, Hashable {
    var replace: JSONLiteral?
    var rename: String?
    var map: [JSONLiteral: JSONLiteral]
    var message: LocalizedText?
    /// Whether `check --fix` may apply the fix unasked (see ``Diagnostic/Fix/isSafe``).
    var safe = false

    /// Whether the fix edits the payload (a fix with only a message describes a change instead).
    var changesPayload: Bool { replace != nil || rename != nil || !map.isEmpty }
}

/// Masking of a sensitive value.
enum Sensitivity: String, Sendable, Hashable {
    /// Nothing of the value is printed.
    case full
    /// A card number: at most the first 6 and last 4 digits are printed.
    case pan
}

/// A field of the dictionary.
final class FieldSpec: Sendable {
    let name: String
    let types: TypeSet
    let title: LocalizedText?
    let enumeration: [JSONLiteral]?
    let format: NamedFormat?
    let pattern: Pattern?
    let length: Bounds?
    let bytes: Bounds?
    let minimum: Double?
    let maximum: Double?
    let items: Bounds?
    let itemSpec: FieldSpec?
    let properties: [String: FieldSpec]
    let propertyOrder: [String]
    let open: Bool
    let required: Bool
    let deprecated: LocalizedText?
    let replacement: String?
    let sensitive: Sensitivity?
    let severity: Severity?
    /// The names of `propertyOrder` that have a spec, and their specs, in that order.
    let propertyNames: [String]
    let propertySpecs: [FieldSpec]
    /// The names of the required properties, in that order (read on every object, without touching their specs).
    let requiredNames: [String]
    /// `propertyOrder` folded for did-you-mean suggestions (empty for closed objects with no properties).
    let suggestionCandidates: Suggestion.Candidates

    init(
        name: String,
        types: TypeSet,
        title: LocalizedText?,
        enumeration: [JSONLiteral]?,
        format: NamedFormat?,
        pattern: Pattern?,
        length: Bounds?,
        bytes: Bounds?,
        minimum: Double?,
        maximum: Double?,
        items: Bounds?,
        itemSpec: FieldSpec?,
        properties: [String: FieldSpec],
        propertyOrder: [String],
        open: Bool,
        required: Bool,
        deprecated: LocalizedText?,
        replacement: String?,
        sensitive: Sensitivity?,
        severity: Severity?
    ) {
        self.name = name
        self.types = types
        self.title = title
        self.enumeration = enumeration
        self.format = format
        self.pattern = pattern
        self.length = length
        self.bytes = bytes
        self.minimum = minimum
        self.maximum = maximum
        self.items = items
        self.itemSpec = itemSpec
        self.properties = properties
        self.propertyOrder = propertyOrder
        self.open = open
        self.required = required
        self.deprecated = deprecated
        self.replacement = replacement
        self.sensitive = sensitive
        self.severity = severity
        let names = properties.isEmpty ? [] : propertyOrder.filter { properties[$0] != nil }
        self.propertyNames = names
        self.suggestionCandidates = Suggestion.Candidates(open ? [] : propertyOrder)
        self.propertySpecs = names.compactMap { properties[$0] }
        self.requiredNames = names.filter { properties[$0]?.required == true }
    }

    /// A spec for an object holding `properties`.
    static func object(name: String, properties: [String: FieldSpec], order: [String], open: Bool) -> FieldSpec {
        FieldSpec(
            name: name,
            types: .object,
            title: nil,
            enumeration: nil,
            format: nil,
            pattern: nil,
            length: nil,
            bytes: nil,
            minimum: nil,
            maximum: nil,
            items: nil,
            itemSpec: nil,
            properties: properties,
            propertyOrder: order,
            open: open,
            required: false,
            deprecated: nil,
            replacement: nil,
            sensitive: nil,
            severity: nil
        )
    }
}

/// One example payload of a rule or kind.
struct CatalogueExample: Sendable, Hashable {
    /// JSON text of the payload.
    var json: String
    /// Pointers the rule must report (invalid examples).
    var pointers: [String]
    /// Kind to check as, or nil to detect.
    var kind: String?
    /// Rule expected (kind examples name a built-in rule).
    var rule: String?
    /// Where the example is written.
    var location: CatalogueLocation
}

/// Valid and invalid examples.
struct ExampleSet: Sendable, Hashable {
    var now: Int64
    var valid: [CatalogueExample]
    var invalid: [CatalogueExample]
}

/// A place in a catalogue file.
public struct CatalogueLocation: Sendable, Hashable, CustomStringConvertible {
    /// The catalogue file name.
    public var file: String
    /// The position in that file.
    public var position: SourcePosition

    /// `file:line:column`.
    public var description: String { "\(file):\(position)" }
}

/// A request kind.
struct KindDefinition: Sendable {
    var id: String
    var title: LocalizedText
    var endpoint: String?
    /// The reference page of the call: the documentation link of the dictionary's findings (`field-*`) in
    /// requests of this kind, instead of the built-in rule's own.
    var source: String?
    var detect: Condition
    var fields: [String: FieldSpec]
    var fieldOrder: [String]
    var open: Bool
    var examples: ExampleSet?
    var location: CatalogueLocation

    var rootSpec: FieldSpec {
        FieldSpec.object(name: "", properties: fields, order: fieldOrder, open: open)
    }
}

/// A rule of the catalogue.
struct RuleDefinition: Sendable {
    var id: String
    var title: LocalizedText
    var severity: Severity
    var enabled: Bool
    var kinds: Set<String>?
    var when: Condition?
    var assertions: [Assertion]
    var message: LocalizedText?
    var because: LocalizedText?
    var fix: FixTemplate?
    var rationale: LocalizedText
    var source: String
    var reference: String?
    var stop: Bool
    /// Whether the rule's findings leave a built-in field finding at the same pointer in place (they report a
    /// different problem of the same value) instead of superseding it.
    var alongside = false
    var builtin: Bool
    var examples: ExampleSet
    var location: CatalogueLocation
}
