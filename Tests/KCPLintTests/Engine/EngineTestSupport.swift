import Testing

@testable import KCPLint

/// Builds one-rule catalogues for engine tests.
enum EngineFixture {
    /// A catalogue with one open kind `test` (detected by any object) and `rule` (YAML, indented under `rules:`).
    static func catalogue(rules: String, fields: String = "") -> String {
        """
        catalogue: test
        version: 1
        kinds:
          - id: test
            title: Test
            detect: {path: ., type: object}
            open: \(fields.isEmpty ? "true" : "false")
        \(fields.isEmpty ? "" : "    fields:\n" + fields.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n"))
        rules:
        \(rules.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        """
    }

    /// A rule with the given `when` and `assert` bodies (YAML flow or block text).
    static func rule(id: String = "r", when: String? = nil, assert: String, severity: String = "error") -> String {
        var text = """
            - id: \(id)
              title: T
              severity: \(severity)
              message: {en: "bad {field} {value} {expected}", ko: "잘못됨 {field}"}
              rationale: test
              source: https://developers.portone.io/x
              examples: {valid: ['{}'], invalid: [{payload: '{}', pointer: ''}]}
            """
        if let when { text += "\n  when: \(when)" }
        text += "\n  assert: \(assert)"
        return text
    }

    static func validator(_ yaml: String) throws -> Validator {
        Validator(catalogue: try Catalogue(sources: [CatalogueSource(name: "test.yaml", text: yaml)]))
    }

    /// Pointers reported by rule `r` for `payload`.
    static func pointers(_ validator: Validator, _ payload: String, rule: String = "r", now: Int64 = 1_767_193_200)
        -> [String]
    {
        validator.validate(payload, options: ValidationOptions(now: now)).diagnostics.filter { $0.ruleID == rule }.map(
            \.pointer
        )
    }

    /// A plan of a catalogue given as YAML text.
    static func plan(_ yaml: String) throws -> ValidationPlan {
        ValidationPlan(catalogue: try Catalogue(sources: [CatalogueSource(name: "test.yaml", text: yaml)]))
    }

    /// `json` read with `plan`'s vocabulary, as `Validator.validate` reads it (keys compare by id).
    static func document(_ json: String, _ plan: ValidationPlan) throws -> JSONDocument {
        try #require(JSONReader().read(Array(json.utf8), keys: plan.vocabulary).document)
    }

    /// An evaluator for the root object of `document`.
    static func evaluator(_ document: JSONDocument, _ plan: ValidationPlan) -> Evaluator {
        Evaluator(
            document: document,
            plan: plan,
            language: .en,
            now: 0,
            budget: FindingBudget(limit: 10),
            request: document.root
        )
    }

    /// `body` with a rule-screen pass over the root object of `json`.
    static func withPass<Result>(_ json: String, _ plan: ValidationPlan, _ body: (RuleScreen.Pass) -> Result) throws
        -> Result
    {
        let document = try Self.document(json, plan)
        let evaluator = evaluator(document, plan)
        return withExtendedLifetime(evaluator) {
            plan.screen.withPass(
                document: document,
                request: document.root,
                members: evaluator.requestMembers,
                now: 0,
                body
            )
        }
    }
}
