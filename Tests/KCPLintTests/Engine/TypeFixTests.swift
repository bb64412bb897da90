import Testing

@testable import KCPLint

/// `field-type` findings offer a fix when the value converts plainly to the wanted type, and a catalogue rule that
/// supersedes such a finding takes its fix.
@Suite struct TypeFixTests {
    static let fields = """
        amount: {type: integer}
        ratio: {type: number}
        flag: {type: boolean}
        code: {type: string}
        secret: {type: integer, sensitive: full}
        other: {type: any}
        """

    static func validator(rules: String = EngineFixture.rule(assert: "{require: other}", severity: "info")) throws
        -> Validator
    {
        try EngineFixture.validator(EngineFixture.catalogue(rules: rules, fields: fields))
    }

    /// A rule `flag-rule` that checks `flag` is a boolean, with `extra` YAML lines.
    static func flagRule(_ extra: String = "") -> String {
        EngineFixture.rule(id: "flag-rule", assert: "{path: flag, type: boolean}") + extra
    }

    static func fix(_ validator: Validator, _ payload: String, rule: String = "field-type") -> Diagnostic.Fix?? {
        validator.validate(payload).diagnostics.first { $0.ruleID == rule }.map(\.fix)
    }

    @Test(arguments: [
        (#"{"other": 1, "amount": "3000"}"#, "3000"),
        (#"{"other": 1, "amount": "0"}"#, "0"),
        (#"{"other": 1, "ratio": "0.5"}"#, "0.5"),
        (#"{"other": 1, "ratio": "12"}"#, "12"),
        (#"{"other": 1, "flag": "false"}"#, "false"),
        (#"{"other": 1, "flag": "true"}"#, "true"),
        (#"{"other": 1, "amount": "123456789012345"}"#, "123456789012345"),
        (#"{"other": 1, "ratio": "1234567.12345678"}"#, "1234567.12345678"),
    ])
    func plainValuesConvert(payload: String, value: String) throws {
        let found = try #require(try Self.fix(Self.validator(), payload))
        let fix = try #require(found)
        #expect(fix.kind == .replace)
        #expect(fix.value == value)
        #expect(fix.message == "send \(value) instead")
        // A whole number keeps the payload's meaning: `check --fix` applies it unasked. A string with a dot may be
        // a number with a thousands dot ("10.000" for ten thousand won): only a suggestion.
        #expect(fix.isSafe == !value.contains("."))
    }

    /// A whole number written with a fraction or an exponent (`3.0`, as PHP and .NET clients write them) is an integer,
    /// as JSON Schema counts them: no finding. A real fraction is a number only.
    @Test func wholeFractionsAreIntegers() throws {
        let validator = try Self.validator()
        // With an exponent too (Java writes a large double as `1.8934236E9`), up to 10^15, where doubles are exact.
        for text in ["3.0", "-12.000", "120000.00", "0.0", "123456789012345.0", "3e0", "3.0e2", "1.8934236E9", "-0.0"] {
            #expect(validator.validate(#"{"other": 1, "amount": \#(text)}"#).diagnostics.isEmpty, "\(text)")
        }
        // At 10^15 and beyond, a number with a fraction is no integer however it is written; it is whole, for rules
        // that ask (`format: whole-number`).
        for text in ["3.5", "0.01", "1e-3", "1e20", "1.5e0", "10000000000000000.0"] {
            let found = try #require(Self.fix(validator, #"{"other": 1, "amount": \#(text)}"#))
            #expect(found == nil, "\(text): a finding without a fix")
        }
    }

    @Test(arguments: [
        #"{"other": 1, "amount": "3,000"}"#,
        #"{"other": 1, "amount": "007"}"#,
        #"{"other": 1, "amount": "1.5"}"#,
        #"{"other": 1, "amount": "-5"}"#,
        #"{"other": 1, "amount": ""}"#,
        #"{"other": 1, "ratio": "1."}"#,
        #"{"other": 1, "ratio": ".5"}"#,
        #"{"other": 1, "flag": "False"}"#,
        #"{"other": 1, "flag": 1}"#,
        #"{"other": 1, "code": 367}"#,
        #"{"other": 1, "secret": "4111"}"#,
        // Past 15 digits a reader may round it (JavaScript reads 9007199254740993 as ...992).
        #"{"other": 1, "amount": "9007199254740993"}"#,
        #"{"other": 1, "ratio": "1234567.123456789"}"#,
    ])
    func otherValuesHaveNoFix(payload: String) throws {
        let fix = try #require(try Self.fix(Self.validator(), payload))
        #expect(fix == nil)
    }

    @Test func aRuleAtTheSamePointerTakesTheFix() throws {
        let validator = try Self.validator(rules: Self.flagRule())
        let diagnostics = validator.validate(#"{"flag": "false"}"#).diagnostics
        #expect(!diagnostics.contains { $0.ruleID == "field-type" })
        let fix = try #require(diagnostics.first { $0.ruleID == "flag-rule" }?.fix)
        #expect(fix.value == "false")
    }

    @Test func aRulesOwnFixIsKept() throws {
        let validator = try Self.validator(rules: Self.flagRule("\n  fix: {replace: true}"))
        let fix = try #require(
            validator.validate(#"{"flag": "false"}"#).diagnostics.first { $0.ruleID == "flag-rule" }?.fix
        )
        #expect(fix.value == "true")
    }

    @Test func aRulesOwnFixIsSafeOnlyWhenItSaysSo() throws {
        for (extra, safe) in [("\n  fix: {replace: true}", false), ("\n  fix: {replace: true, safe: true}", true)] {
            let validator = try Self.validator(rules: Self.flagRule(extra))
            let fix = try #require(
                validator.validate(#"{"flag": 1}"#).diagnostics.first { $0.ruleID == "flag-rule" }?.fix
            )
            #expect(fix.isSafe == safe)
        }
    }

    /// A milder rule at the same pointer never hides a type error (an info about a value sent as a string would
    /// let the run pass); it still takes the place of another field finding it says better.
    @Test func aMilderRuleNeverHidesATypeError() throws {
        for (severity, expected) in [("error", ["flag-rule"]), ("info", ["field-type", "flag-rule"])] {
            let validator = try EngineFixture.validator(
                EngineFixture.catalogue(
                    rules: EngineFixture.rule(
                        id: "flag-rule",
                        assert: "{path: flag, type: boolean}",
                        severity: severity
                    ),
                    fields: Self.fields
                )
            )
            let found = validator.validate(#"{"flag": "false"}"#).diagnostics.map(\.ruleID).sorted()
            #expect(found == expected, "\(severity)")
        }
        let fields = "code: {type: string, maxLength: 4}"
        let rule = EngineFixture.rule(id: "code-chars", assert: "{path: code, notPattern: ' '}", severity: "info")
        let validator = try EngineFixture.validator(EngineFixture.catalogue(rules: rule, fields: fields))
        #expect(validator.validate(#"{"code": "a b c d e"}"#).diagnostics.map(\.ruleID) == ["code-chars"])
    }

    @Test func aRuleAlongsideKeepsTheFieldFinding() throws {
        let fields = "code: {type: string, maxLength: 4}"
        let rule = EngineFixture.rule(id: "code-chars", assert: "{path: code, notPattern: ' '}", severity: "warning")
        for (alongside, expected) in [(false, ["code-chars"]), (true, ["code-chars", "field-length"])] {
            let validator = try EngineFixture.validator(
                EngineFixture.catalogue(rules: rule + (alongside ? "\n  alongside: true" : ""), fields: fields)
            )
            let found = validator.validate(#"{"code": "a b c d e"}"#).diagnostics.map(\.ruleID).sorted()
            #expect(found == expected)
        }
    }
}
