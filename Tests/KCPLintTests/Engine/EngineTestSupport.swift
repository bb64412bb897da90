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
}
