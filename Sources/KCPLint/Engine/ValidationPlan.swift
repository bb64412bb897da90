/// A rule ready to run: its definition and effective severity (a reference, so running it copies nothing).
final class CompiledRule: Sendable {
    let definition: RuleDefinition
    let builtin: BuiltinRule?
    let severity: Severity
    /// Which request members the rule needs before it can report (checked before its condition).
    let requirement: RuleGuard
    /// The rule's condition and assertions, taken out of `definition` once.
    let when: Condition?
    let assertions: [Assertion]

    init(definition: RuleDefinition, builtin: BuiltinRule?) {
        self.definition = definition
        self.builtin = builtin
        self.severity = definition.severity
        self.requirement = RuleGuard(when: definition.when, assertions: definition.assertions)
        self.when = definition.when
        self.assertions = definition.assertions
    }
}

/// The catalogue compiled for validation: per kind, the dictionary and the rules that apply, in order.
final class ValidationPlan: Sendable {
    /// One kind's dictionary and rules (a reference: choosing it copies nothing).
    final class KindPlan: Sendable {
        let definition: KindDefinition
        let rootSpec: FieldSpec
        /// The number of `rootSpec` in the plan's ``FieldRows``.
        let rootField: Int32
        let gates: [CompiledRule]
        let rules: [CompiledRule]
        /// The ``RuleScreen`` entries of `gates` followed by those of `rules`.
        let screenEntries: [Int32]
        /// `[definition.id]`: the ``ValidationResult/kinds`` of a payload that is one request of this kind, made
        /// once (results share it instead of allocating an array each).
        let asKindList: [String?]

        init(
            definition: KindDefinition,
            rootSpec: FieldSpec,
            rootField: Int32,
            gates: [CompiledRule],
            rules: [CompiledRule],
            screenEntries: [Int32]
        ) {
            self.definition = definition
            self.rootSpec = rootSpec
            self.rootField = rootField
            self.gates = gates
            self.rules = rules
            self.screenEntries = screenEntries
            self.asKindList = [definition.id]
        }
    }

    let kinds: [KindPlan]
    let kindIndex: [String: Int]
    /// `[nil]`: the ``ValidationResult/kinds`` of a payload that is one request of no known kind (see
    /// ``KindPlan/asKindList``).
    let undecidedKindList: [String?] = [nil]
    /// Ids of the member names used in paths, for the request object's member table.
    let keyIDs: [String: Int32]
    /// Every member name the engine looks for: the path names of ``keyIDs`` (same ids), those the screen added
    /// and the sensitive names. The reader gives each key its id here, so lookups compare integers.
    let vocabulary: KeyTable
    /// Per vocabulary id: the index into ``sensitivities`` of a sensitive name, or -1.
    let sensitivityOfKey: [Int32]
    /// Per vocabulary id: whether the name, ignoring case, names a REST credential (`imp_secret`).
    let isCredentialKey: [Bool]
    /// Member names that some kind declares `sensitive`: their values are masked wherever they appear, also in
    /// kinds (or places) where the dictionary does not expect them.
    let sensitiveNames: [String: Sensitivity]
    /// The sensitivities of those names, in name order (see ``sensitivityOfKey``).
    let sensitivities: [Sensitivity]
    private let builtins: [BuiltinRule: CompiledRule]
    /// Whether the secret scan looks for card numbers and for credentials (their built-in rules are enabled): read
    /// on every request, without fetching (and retaining) the rules.
    let scansCardNumbers: Bool
    let scansCredentials: Bool
    /// The rules and kind detections as flat tables, to skip the rules that cannot report.
    let screen: RuleScreen
    /// The kinds' dictionaries by key id, for the dictionary walks.
    let fieldRows: FieldRows

    init(catalogue: Catalogue) {
        var builtins: [BuiltinRule: CompiledRule] = [:]
        for rule in catalogue.rules where rule.builtin {
            if let builtin = BuiltinRule(rawValue: rule.id) {
                builtins[builtin] = CompiledRule(definition: rule, builtin: builtin)
            }
        }
        for builtin in BuiltinRule.allCases where builtins[builtin] == nil {
            builtins[builtin] = Self.undeclared(builtin)
        }
        self.builtins = builtins
        self.scansCardNumbers = builtins[.secretCardNumber]?.definition.enabled ?? true
        self.scansCredentials = builtins[.secretCredential]?.definition.enabled ?? true
        self.keyIDs = catalogue.keyIDs
        var sensitiveNames: [String: Sensitivity] = [:]
        func collect(_ specs: [String: FieldSpec]) {
            for (name, spec) in specs {
                if let sensitivity = spec.sensitive, sensitiveNames[name] != .full {
                    sensitiveNames[name] = sensitivity
                }
                collect(spec.properties)
                if let item = spec.itemSpec { collect(item.properties) }
            }
        }
        for kind in catalogue.kinds { collect(kind.fields) }
        self.sensitiveNames = sensitiveNames
        let names = sensitiveNames.keys.sorted()
        self.sensitivities = names.compactMap { sensitiveNames[$0] }
        // Each rule is compiled once and shared by the kinds it applies to.
        let compiled = catalogue.rules.filter { !$0.builtin && $0.enabled }.map {
            CompiledRule(definition: $0, builtin: nil)
        }
        // The vocabulary: path names keep their ids; sensitive and property names follow, in a fixed order.
        var seeded = catalogue.keyIDs
        let rootSpecs = catalogue.kinds.map(\.rootSpec)
        for name in names + FieldRows.propertyNames(rootSpecs).sorted() where seeded[name] == nil {
            seeded[name] = Int32(seeded.count)
        }
        self.screen = RuleScreen(keyIDs: seeded, rules: compiled, detections: catalogue.kinds.map(\.detect))
        self.vocabulary = KeyTable(screen.keyIDs)
        var rootFields: [Int32] = []
        self.fieldRows = FieldRows(roots: rootSpecs, keyIDs: screen.keyIDs, rootNumbers: &rootFields)
        var kinds: [KindPlan] = []
        var index: [String: Int] = [:]
        for (place, kind) in catalogue.kinds.enumerated() {
            let applicable = compiled.indices.filter { compiled[$0].definition.kinds?.contains(kind.id) ?? true }
            let gates = applicable.filter { compiled[$0].definition.stop }
            let rules = applicable.filter { !compiled[$0].definition.stop }
            index[kind.id] = kinds.count
            kinds.append(
                KindPlan(
                    definition: kind,
                    rootSpec: rootSpecs[place],
                    rootField: rootFields[place],
                    gates: gates.map { compiled[$0] },
                    rules: rules.map { compiled[$0] },
                    screenEntries: (gates + rules).map { Int32($0) }
                )
            )
        }
        self.kinds = kinds
        self.kindIndex = index
        var sensitivityOfKey = [Int32](repeating: -1, count: screen.keyIDs.count)
        for (index, name) in names.enumerated() {
            if let id = screen.keyIDs[name] { sensitivityOfKey[Int(id)] = Int32(index) }
        }
        self.sensitivityOfKey = sensitivityOfKey
        var isCredentialKey = [Bool](repeating: false, count: screen.keyIDs.count)
        for (name, id) in screen.keyIDs { isCredentialKey[Int(id)] = Evaluator.isCredentialKey(name) }
        self.isCredentialKey = isCredentialKey
    }

    deinit {
        fieldRows.free()
    }

    func builtin(_ rule: BuiltinRule) -> CompiledRule {
        builtins[rule]
            ?? Self.undeclared(rule)
    }

    /// A built-in rule the catalogue does not declare: its default severity and message, no metadata.
    private static func undeclared(_ builtin: BuiltinRule) -> CompiledRule {
        CompiledRule(
            definition: RuleDefinition(
                id: builtin.rawValue,
                title: builtin.defaultTitle,
                severity: builtin.defaultSeverity,
                enabled: true,
                kinds: nil,
                when: nil,
                assertions: [],
                message: nil,
                because: nil,
                fix: nil,
                rationale: LocalizedText(""),
                source: "",
                reference: nil,
                stop: false,
                alongside: false,
                builtin: true,
                examples: ExampleSet(now: 0, valid: [], invalid: []),
                location: CatalogueLocation(file: "<built-in>", position: SourcePosition(line: 1, column: 1))
            ),
            builtin: builtin
        )
    }
}
