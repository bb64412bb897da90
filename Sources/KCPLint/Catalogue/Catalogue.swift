/// The text of one catalogue file.
public struct CatalogueSource: Sendable, Hashable {
    /// A name for messages, usually the file path.
    public var name: String
    /// The YAML text.
    public var text: String

    /// Creates a source from a name and YAML text.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// A loaded, checked rule catalogue: request kinds, field dictionaries and rules.
///
/// Load it once and build a ``Validator`` from it; both are immutable and `Sendable`.
public struct Catalogue: Sendable {
    let kinds: [KindDefinition]
    let rules: [RuleDefinition]
    /// Ids of the member names used in paths.
    let keyIDs: [String: Int32]
    /// The severity policy text of the catalogue, if it has one.
    public let policy: String?
    /// The names of the files that make up the catalogue, in load order.
    public let sourceNames: [String]

    /// Loads catalogue files in order; later files extend and override earlier ones.
    /// - Throws: ``CatalogueError`` with every problem found, each located in its YAML file.
    public init(sources: [CatalogueSource]) throws(CatalogueError) {
        try self.init(sources: sources, precompiledDefault: false)
    }

    /// Loads the precompiled default catalogue (when asked) and then `sources`.
    private init(sources: [CatalogueSource], precompiledDefault: Bool) throws(CatalogueError) {
        var loader = CatalogueLoader()
        var sources = sources
        var names: [String] = []
        if precompiledDefault {
            if let bytes = Base64.decode(DefaultCatalogueFiles.snapshot), let state = CatalogueSnapshot.decode(bytes) {
                loader = CatalogueLoader(restoring: state)
                names = DefaultCatalogueFiles.files.map { "Rules/\($0.name)" }
            } else {
                // Never expected (the tests read the snapshot): the YAML files give the same catalogue, slower.
                sources = Self.standardSources + sources
            }
        }
        for source in sources { loader.load(source) }
        if !loader.problems.isEmpty {
            throw CatalogueError(problems: loader.problems)
        }
        self.kinds = loader.kinds
        self.rules = loader.rules
        self.keyIDs = loader.keyIDs
        self.policy = loader.policy
        self.sourceNames = names + sources.map(\.name)
    }

    /// A catalogue with the same content and no object in common with this one (a round trip through the
    /// snapshot encoding), for validators meant to run on different cores.
    func independentCopy() -> Catalogue {
        let state = CatalogueLoader.State(
            kinds: kinds,
            rules: rules,
            policy: policy,
            names: [],
            fieldSets: [:],
            kindIndex: [:],
            keyIDs: keyIDs,
            ruleIndex: [:]
        )
        guard let copy = CatalogueSnapshot.decode(CatalogueSnapshot.encode(state)) else { return self }
        return Catalogue(
            kinds: copy.kinds,
            rules: copy.rules,
            keyIDs: copy.keyIDs,
            policy: policy,
            sourceNames: sourceNames
        )
    }

    /// The same catalogue with the rules `ids` turned on (to run the examples of a rule turned off).
    func enabling(_ ids: Set<String>) -> Catalogue {
        var rules = self.rules
        for index in rules.indices where ids.contains(rules[index].id) { rules[index].enabled = true }
        return Catalogue(kinds: kinds, rules: rules, keyIDs: keyIDs, policy: policy, sourceNames: sourceNames)
    }

    private init(
        kinds: [KindDefinition],
        rules: [RuleDefinition],
        keyIDs: [String: Int32],
        policy: String?,
        sourceNames: [String]
    ) {
        self.kinds = kinds
        self.rules = rules
        self.keyIDs = keyIDs
        self.policy = policy
        self.sourceNames = sourceNames
    }

    /// The default NHN KCP catalogue, compiled into the library (no file is read).
    ///
    /// - Parameter examples: also load the rules' examples (for documentation, `kcplint explain`); checking
    ///   payloads does not need them, and loading without them is several times faster.
    /// - Returns: The catalogue.
    /// - Throws: ``CatalogueError`` (only if the compiled-in catalogue were broken; tests make sure it is not).
    public static func standard(examples: Bool = false) throws(CatalogueError) -> Catalogue {
        examples ? try Catalogue(sources: standardSources) : try Catalogue(sources: [], precompiledDefault: true)
    }

    /// The default catalogue followed by `sources` (user rules, overrides).
    public static func standard(extendedWith sources: [CatalogueSource], examples: Bool = false) throws(CatalogueError)
        -> Catalogue
    {
        examples
            ? try Catalogue(sources: standardSources + sources)
            : try Catalogue(sources: sources, precompiledDefault: true)
    }

    /// The files of the default catalogue as compiled into the library.
    public static var standardSources: [CatalogueSource] {
        DefaultCatalogueFiles.files.map { CatalogueSource(name: "Rules/\($0.name)", text: $0.text) }
    }

    /// The ids of the request kinds, in detection order.
    public var kindIDs: [String] { kinds.map(\.id) }

    /// Public descriptions of the kinds.
    public var kindSummaries: [KindSummary] {
        kinds.map {
            KindSummary(id: $0.id, title: $0.title, endpoint: $0.endpoint, detection: ConditionText.describe($0.detect))
        }
    }

    /// Public descriptions of the rules, in catalogue order.
    public var ruleSummaries: [RuleSummary] {
        rules.map { rule in
            RuleSummary(
                id: rule.id,
                title: rule.title,
                severity: rule.severity,
                isEnabled: rule.enabled,
                kinds: rule.kinds.map { Array($0).sorted() } ?? [],
                rationale: rule.rationale,
                source: rule.source,
                reference: rule.reference,
                isBuiltin: rule.builtin,
                validExamples: rule.examples.valid.map(\.json),
                invalidExamples: rule.examples.invalid.map { ($0.json, $0.pointers) }.map(
                    RuleSummary.InvalidExample.init
                ),
                location: rule.location,
                message: rule.message,
                fixIsSafe: rule.fix.flatMap { $0.changesPayload ? $0.safe : nil }
                    ?? BuiltinRule(rawValue: rule.id).flatMap(\.fixIsSafe)
            )
        }
    }
}

/// A request kind as shown to users.
public struct KindSummary: Sendable, Hashable {
    /// The kind id (`sdk-payment`, …).
    public var id: String
    /// What the kind is.
    public var title: LocalizedText
    /// The call or endpoint.
    public var endpoint: String?
    /// How the kind is detected, as text.
    public var detection: LocalizedText
}

/// A rule as shown to users (`kcplint rules`, `kcplint explain`, SARIF rule metadata).
public struct RuleSummary: Sendable, Hashable {
    /// An invalid example and the pointers it must be reported at.
    public struct InvalidExample: Sendable, Hashable {
        /// JSON text.
        public var json: String
        /// Expected pointers.
        public var pointers: [String]
    }

    /// The rule id.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// Its severity (after overrides).
    public var severity: Severity
    /// False when turned off.
    public var isEnabled: Bool
    /// The kinds it applies to (empty: every kind).
    public var kinds: [String]
    /// Why the rule exists, and which source wins where sources disagree (a rule written with one text has it in
    /// both languages).
    public var rationale: LocalizedText
    /// The documentation page it encodes.
    public var source: String
    /// The candidate id in the reference, if any.
    public var reference: String?
    /// True for rules implemented by the engine.
    public var isBuiltin: Bool
    /// Valid examples (JSON text).
    public var validExamples: [String]
    /// Invalid examples.
    public var invalidExamples: [InvalidExample]
    /// Where the rule is defined.
    public var location: CatalogueLocation
    /// The message template, if the rule has one.
    public var message: LocalizedText?
    /// Whether the rule's fix is safe (``Diagnostic/Fix/isSafe``); nil when the rule offers no fix.
    public var fixIsSafe: Bool?
}

/// Renders conditions as readable text (for `kcplint kinds` and the rule reference).
enum ConditionText {
    /// `condition` in both languages.
    static func describe(_ condition: Condition) -> LocalizedText {
        LocalizedText(en: describe(condition, .en), ko: describe(condition, .ko))
    }

    static func describe(_ condition: Condition, _ language: Language) -> String {
        let ko = language == .ko
        func each(_ items: [Condition], _ en: String, _ korean: String) -> String {
            items.map { describe($0, language) }.joined(separator: ko ? korean : en).wrappedIf(items.count > 1)
        }
        switch condition {
        case .all(let items): return each(items, " and ", " 그리고 ")
        case .any(let items): return each(items, " or ", " 또는 ")
        case .not(let inner): return ko ? "아님(\(describe(inner, language)))" : "not " + describe(inner, language)
        case .predicate(let predicate):
            let parts = predicate.operators.map { op -> String in
                switch op {
                case .present(let present): ko ? (present ? "있음" : "없음") : (present ? "is present" : "is absent")
                case .equals(let value): "= \(value.jsonText)"
                case .oneOf(let values): ko ? "∈ [\(Describe.list(values))]" : "in [\(Describe.list(values))]"
                case .matches(let pattern): ko ? "~ /\(pattern.source)/" : "matches /\(pattern.source)/"
                case .type(let set): ko ? "\(Describe.typeName(set, .ko)) 유형" : "is \(Describe.typeName(set, .en))"
                case .compare(let comparison, let operand): "\(symbol(comparison)) \(text(operand))"
                case .length(let bounds): ko ? "길이 \(text(bounds))" : "length \(text(bounds))"
                case .bytes(let bounds): ko ? "바이트 수 \(text(bounds))" : "bytes \(text(bounds))"
                case .format(let format): ko ? "\(format.rawValue) 형식" : "is \(format.rawValue)"
                case .empty(let flag): ko ? (flag ? "비어 있음" : "비어 있지 않음") : (flag ? "is empty" : "is not empty")
                case .some(let inner):
                    ko ? "항목 중 하나 이상이 \(describe(inner, language))" : "has some item where \(describe(inner, language))"
                case .every(let inner):
                    ko ? "모든 항목이 \(describe(inner, language))" : "has every item where \(describe(inner, language))"
                case .none(let inner):
                    ko ? "어느 항목도 아님(\(describe(inner, language)))" : "has no item where \(describe(inner, language))"
                case .sameAs(let other): ko ? "= `\(other.text)`" : "equals `\(other.text)`"
                }
            }
            return "`\(predicate.path.text)` " + parts.joined(separator: ko ? ", " : " and ")
        }
    }

    private static func symbol(_ comparison: Comparison) -> String {
        switch comparison {
        case .lt: "<"
        case .lte: "≤"
        case .gt: ">"
        case .gte: "≥"
        }
    }

    private static func text(_ operand: Operand) -> String {
        switch operand {
        case .constant(_, let text): text
        case .path(let path): "`\(path.text)`"
        }
    }

    /// `1..40`, `≥ 1`, `≤ 40`.
    private static func text(_ bounds: Bounds) -> String {
        switch (bounds.min, bounds.max) {
        case (let min?, let max?): min == max ? "= \(min)" : "\(min)..\(max)"
        case (let min?, nil): "≥ \(min)"
        case (nil, let max?): "≤ \(max)"
        case (nil, nil): "any"
        }
    }
}

extension String {
    fileprivate func wrappedIf(_ condition: Bool) -> String { condition ? "(\(self))" : self }
}
