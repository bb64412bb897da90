/// Which examples ``Validator/exampleProblems(_:)`` runs.
public struct ExampleScope: Sendable, Hashable {
    /// The rules whose examples run (nil: every rule).
    public var ruleIDs: Set<String>?
    /// The kinds whose examples run (nil: every kind).
    public var kindIDs: Set<String>?
    /// Only the examples written in these catalogue files, by ``CatalogueSource/name`` (nil: wherever written).
    /// A kind extended by a later file has examples in several files.
    public var files: Set<String>?

    /// Creates a scope; every filter left nil lets everything through.
    public init(ruleIDs: Set<String>? = nil, kindIDs: Set<String>? = nil, files: Set<String>? = nil) {
        self.ruleIDs = ruleIDs
        self.kindIDs = kindIDs
        self.files = files
    }

    /// Every example of every rule and kind.
    public static let all = ExampleScope()

    /// The examples of the rule `id` only.
    public static func rule(_ id: String) -> ExampleScope { ExampleScope(ruleIDs: [id], kindIDs: []) }

    /// The examples of the kind `id` only.
    public static func kind(_ id: String) -> ExampleScope { ExampleScope(ruleIDs: [], kindIDs: [id]) }

    /// The examples written in the catalogue files `names` (user catalogues, say), of any rule or kind.
    public static func files(_ names: some Sequence<String>) -> ExampleScope { ExampleScope(files: Set(names)) }
}

extension Validator {
    /// Runs the examples of the catalogue's rules and kinds and returns every one the catalogue contradicts, located
    /// at the example in its YAML file (in English, as every catalogue problem).
    ///
    /// The loader checks the examples' form (each is JSON, each invalid one names its pointers); this checks their
    /// meaning, which takes the whole catalogue, later files included:
    ///
    /// - a valid example of a rule draws no finding of that rule;
    /// - an invalid example of a rule draws that rule at exactly its `pointer`s, no more and no fewer;
    /// - a valid example of a kind draws no `field-*`, `json-*` or `kind-unknown` finding;
    /// - an invalid example of a kind draws its `rule` at exactly its `pointer`s.
    ///
    /// Each runs with the examples' clock (`examples.now`), as the example's `kind` when it names one (a kind's
    /// examples default to that kind), else as detected, and with the default ``ValidationLimits``. A rule turned
    /// off (by `overrides`) is turned on for its own examples. The default catalogue compiled into the library has
    /// no examples (``Catalogue/standard(examples:)``): its examples run in this repository's test suite.
    ///
    /// - Parameter scope: the rules, kinds and files whose examples run (default: all).
    /// - Returns: The problems, by catalogue file (in load order) and position; empty when every example holds.
    public func exampleProblems(_ scope: ExampleScope = .all) -> [CatalogueProblem] {
        let base = with(limits: .default)
        var variants: [String: Validator] = [:]
        /// The validator to run an example expecting `rule` on: this one, or one with `rule` turned on.
        func validator(expecting rule: String) -> Validator {
            guard catalogue.rules.contains(where: { $0.id == rule && !$0.enabled }) else { return base }
            if let variant = variants[rule] { return variant }
            let variant = Validator(catalogue: catalogue.enabling([rule]))
            variants[rule] = variant
            return variant
        }
        func inScope(_ example: CatalogueExample) -> Bool {
            scope.files.map { $0.contains(example.location.file) } ?? true
        }
        var problems: [CatalogueProblem] = []
        for rule in catalogue.rules where scope.ruleIDs.map({ $0.contains(rule.id) }) ?? true {
            let examples = rule.examples
            let valid = examples.valid.filter(inScope)
            let invalid = examples.invalid.filter(inScope)
            if valid.isEmpty && invalid.isEmpty { continue }
            let validator = validator(expecting: rule.id)
            for example in valid {
                let found = Self.run(validator, example, now: examples.now, kind: nil).diagnostics.filter {
                    $0.ruleID == rule.id
                }
                if !found.isEmpty {
                    problems.append(
                        CatalogueProblem(
                            location: example.location,
                            message: "valid example draws rule `\(rule.id)` at \(Self.describe(found))"
                        )
                    )
                }
            }
            for example in invalid {
                if let problem = Self.check(validator, example, now: examples.now, kind: nil, rule: rule.id) {
                    problems.append(problem)
                }
            }
        }
        for kind in catalogue.kinds where scope.kindIDs.map({ $0.contains(kind.id) }) ?? true {
            guard let examples = kind.examples else { continue }
            for example in examples.valid where inScope(example) {
                let found = Self.run(base, example, now: examples.now, kind: kind.id).diagnostics.filter {
                    $0.ruleID.hasPrefix("field-") || $0.ruleID.hasPrefix("json-")
                        || $0.ruleID == BuiltinRule.kindUnknown.rawValue
                }
                if !found.isEmpty {
                    problems.append(
                        CatalogueProblem(
                            location: example.location,
                            message: "valid example of kind `\(kind.id)` draws \(Self.describe(found, withRules: true))"
                        )
                    )
                }
            }
            for example in examples.invalid where inScope(example) {
                // The loader requires `rule` on a kind's invalid example.
                let rule = example.rule ?? ""
                let validator = validator(expecting: rule)
                if let problem = Self.check(validator, example, now: examples.now, kind: kind.id, rule: rule) {
                    problems.append(problem)
                }
            }
        }
        let order = Dictionary(
            catalogue.sourceNames.enumerated().map { ($1, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        return problems.enumerated().sorted { left, right in
            let (a, b) = (left.element.location, right.element.location)
            let (fileA, fileB) = (order[a.file] ?? Int.max, order[b.file] ?? Int.max)
            if fileA != fileB { return fileA < fileB }
            if a.file != b.file { return a.file < b.file }
            if a.position.line != b.position.line { return a.position.line < b.position.line }
            if a.position.column != b.position.column { return a.position.column < b.position.column }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// The result of `example`, in English, with the examples' clock, as the example's kind, else `kind`.
    private static func run(_ validator: Validator, _ example: CatalogueExample, now: Int64, kind: String?)
        -> ValidationResult
    {
        let options = ValidationOptions(kind: example.kind ?? kind, language: .en, now: now)
        return validator.validate(example.json, options: options)
    }

    /// A problem when the invalid `example` does not draw `rule` at exactly its pointers.
    private static func check(
        _ validator: Validator,
        _ example: CatalogueExample,
        now: Int64,
        kind: String?,
        rule: String
    )
        -> CatalogueProblem?
    {
        let result = run(validator, example, now: now, kind: kind)
        let found = result.diagnostics.filter { $0.ruleID == rule }
        guard found.map(\.pointer).sorted() != example.pointers.sorted() else { return nil }
        var message =
            "invalid example must draw rule `\(rule)` at \(example.pointers.map(quoted).joined(separator: ", "))"
        guard found.isEmpty else {
            return CatalogueProblem(
                location: example.location,
                message: message + ", but draws it at \(describe(found))"
            )
        }
        message += ", but draws it nowhere"
        // Why the rule may not have run: the payload could not be read or its kind told, or it is of another kind.
        let blocking = result.diagnostics.filter {
            $0.ruleID.hasPrefix("json-") || $0.ruleID == BuiltinRule.payloadShape.rawValue
                || $0.ruleID == BuiltinRule.kindUnknown.rawValue
        }
        if !blocking.isEmpty {
            message += " (it draws \(describe(blocking, withRules: true)))"
        } else {
            let kinds = Set(result.kinds.compactMap { $0 }).sorted()
            if !kinds.isEmpty { message += " (checked as kind \(kinds.map { "`\($0)`" }.joined(separator: ", ")))" }
        }
        return CatalogueProblem(location: example.location, message: message)
    }

    /// `"/name" (message); "/other" (message)`, each after its rule id when `withRules`; at most five.
    private static func describe(_ diagnostics: [Diagnostic], withRules: Bool = false) -> String {
        let shown = diagnostics.prefix(5).map {
            (withRules ? "\($0.ruleID) at " : "") + "\(quoted($0.pointer)) (\($0.message))"
        }
        let more = diagnostics.count - shown.count
        return shown.joined(separator: "; ") + (more > 0 ? "; and \(more) more" : "")
    }

    /// A JSON Pointer as a JSON string: `"/name"`, `""` for the root.
    private static func quoted(_ pointer: String) -> String { JSONText.quote(pointer) }
}
