import Testing

@testable import KCPLint

/// Fixes applied as byte edits: only the value or key changes, unsafe fixes only when asked, and edits that would
/// clash or cannot be placed are left out.
@Suite struct FixApplierTests {
    static let fields = """
        amount: {type: integer}
        flag: {type: boolean}
        buyer_name: {type: string}
        """

    static func validator() throws -> Validator {
        try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(assert: "{require: amount}", severity: "info"),
                fields: fields
            )
        )
    }

    static func text(_ outcome: FixApplier.Outcome) -> String { String(decoding: outcome.bytes, as: UTF8.self) }

    /// A diagnostic at `pointer` carrying `fix`.
    static func finding(_ pointer: String, _ fix: Diagnostic.Fix) -> Diagnostic {
        let start = SourcePosition(line: 1, column: 1)
        return Diagnostic(
            ruleID: "r",
            severity: .error,
            message: "m",
            pointer: pointer,
            span: SourceSpan(start: start),
            byteRange: 0..<1,
            fix: fix
        )
    }

    static func replace(_ value: String, safe: Bool = true) -> Diagnostic.Fix {
        Diagnostic.Fix(kind: .replace, message: "m", value: value, isSafe: safe)
    }

    /// A fix that writes what is there already is not applied, even beside one that changes the file.
    @Test func aFixThatChangesNothingIsNotApplied() {
        let payload = Array(#"{"amount": "1000", "flag": true}"#.utf8)
        let findings = [Self.finding("/amount", Self.replace("1000")), Self.finding("/flag", Self.replace("true"))]
        let outcome = FixApplier.apply(findings, to: payload)
        #expect(Self.text(outcome) == #"{"amount": 1000, "flag": true}"#)
        #expect(outcome.applied.map(\.pointer) == ["/amount"])
        #expect(FixApplier.apply([findings[1]], to: payload).applied.isEmpty)
    }

    static func rename(_ key: String, safe: Bool = true) -> Diagnostic.Fix {
        Diagnostic.Fix(kind: .rename, message: "m", key: key, isSafe: safe)
    }

    @Test func safeFixesChangeOnlyTheirValue() throws {
        let payload = "{\n  \"amount\": \"3000\",\n    \"flag\":\"false\" ,\n  \"buyer_nmae\": \"홍길동\"\n}\n"
        let diagnostics = try Self.validator().validate(payload).diagnostics
        let outcome = FixApplier.apply(diagnostics, to: Array(payload.utf8))
        #expect(Self.text(outcome) == "{\n  \"amount\": 3000,\n    \"flag\":false ,\n  \"buyer_nmae\": \"홍길동\"\n}\n")
        #expect(outcome.applied.map(\.pointer) == ["/amount", "/flag"])
        // Fixed, the payload draws none of those findings again.
        let again = try Self.validator().validate(outcome.bytes).diagnostics
        #expect(!again.contains { $0.ruleID == "field-type" })
    }

    @Test func suggestionsOnlyWhenAsked() throws {
        let payload = #"{"amount": 1, "buyer_nmae": "홍길동"}"#
        let diagnostics = try Self.validator().validate(payload).diagnostics
        #expect(FixApplier.apply(diagnostics, to: Array(payload.utf8)).applied.isEmpty)
        let outcome = FixApplier.apply(diagnostics, to: Array(payload.utf8), selecting: .all)
        #expect(Self.text(outcome) == #"{"amount": 1, "buyer_name": "홍길동"}"#)
    }

    @Test func aRenameNeverMakesADuplicateMember() {
        let payload = #"{"a": 1, "b": 2, "c": 3}"#
        let outcome = FixApplier.apply(
            [
                Self.finding("/a", Self.rename("b")), Self.finding("/c", Self.rename("d")),
                Self.finding("/a", Self.rename("d")),
            ],
            to: Array(payload.utf8)
        )
        #expect(Self.text(outcome) == #"{"a": 1, "b": 2, "d": 3}"#)
        #expect(outcome.applied.count == 1)
    }

    /// Two renames to one name: the safe one wins, wherever it is, so that `--unsafe-fixes` never applies fewer safe
    /// fixes than `--fix`.
    @Test func aSafeRenameClaimsItsNameBeforeAGuess() {
        let payload = #"{"buyer_nmae": "a", "buyer_name ": "b"}"#
        let outcome = FixApplier.apply(
            [
                Self.finding("/buyer_nmae", Self.rename("buyer_name", safe: false)),
                Self.finding("/buyer_name ", Self.rename("buyer_name")),
            ],
            to: Array(payload.utf8),
            selecting: .all
        )
        #expect(Self.text(outcome) == #"{"buyer_nmae": "a", "buyer_name": "b"}"#)
    }

    @Test func overlappingEditsKeepTheFirstInTheDocument() {
        let payload = #"{"card": {"code": 367}, "x": 1}"#
        let outcome = FixApplier.apply(
            [Self.finding("/card/code", Self.replace(#""367""#)), Self.finding("/card", Self.replace("{}"))],
            to: Array(payload.utf8)
        )
        #expect(Self.text(outcome) == #"{"card": {}, "x": 1}"#)
        #expect(outcome.applied.map(\.pointer) == ["/card"])
    }

    @Test func pointersWithEscapesAndIndexes() {
        let payload = #"{"a/b": [0, {"~k": "1"}]}"#
        let outcome = FixApplier.apply(
            [Self.finding("/a~1b/1/~0k", Self.replace("1")), Self.finding("/a~1b/0", Self.replace("true"))],
            to: Array(payload.utf8)
        )
        #expect(Self.text(outcome) == #"{"a/b": [true, {"~k": 1}]}"#)
    }

    @Test(arguments: [
        (#"{"a": 1}"#, "/b", "2"),  // no such member
        (#"{"a": [1]}"#, "/a/01", "2"),  // not an array index as RFC 6901 writes them
        (#"{"a": [1]}"#, "/a/1", "2"),  // past the end
        (#"{"a": 1}"#, "/a", "2 3"),  // not one JSON value
        (#"{"a": 1, "a": 2}"#, "/a", "3"),  // duplicate keys: the pointer is ambiguous
        (#"{"a": {"b": 1}, "a": {"b": 2}}"#, "/a/b", "3"),  // through a duplicated member
        (#"{"a": 1"#, "/a", "2"),  // not JSON
    ])
    func unplaceableFixesAreLeftOut(payload: String, pointer: String, value: String) {
        let outcome = FixApplier.apply([Self.finding(pointer, Self.replace(value))], to: Array(payload.utf8))
        #expect(outcome.applied.isEmpty)
        #expect(outcome.bytes == Array(payload.utf8))
    }

    /// Duplicate keys elsewhere in the payload leave the fixes whose pointers do not go through them alone.
    @Test func aDuplicateKeyOnlyStopsTheFixesThatGoThroughIt() {
        let payload = #"[{"amount": "1000"}, {"custom_data": {"a": 1, "a": 1}, "b": "2", "c": {"a": "5"}}]"#
        let outcome = FixApplier.apply(
            [
                Self.finding("/0/amount", Self.replace("1000")), Self.finding("/1/b", Self.replace("2")),
                Self.finding("/1/c/a", Self.replace("5")), Self.finding("/1/custom_data/a", Self.replace("2")),
            ],
            to: Array(payload.utf8)
        )
        #expect(Self.text(outcome) == #"[{"amount": 1000}, {"custom_data": {"a": 1, "a": 1}, "b": 2, "c": {"a": 5}}]"#)
        #expect(outcome.applied.count == 3)
    }

    @Test func aRenameOfTheRootOrAnItemIsLeftOut() {
        let payload = #"[{"a": 1}]"#
        let outcome = FixApplier.apply(
            [Self.finding("", Self.rename("x")), Self.finding("/0", Self.rename("x"))],
            to: Array(payload.utf8)
        )
        #expect(outcome.applied.isEmpty)
    }
}

/// A `map` fix takes payload values by value: every spelling of a number finds its key, and a catalogue cannot
/// give one value two keys.
@Suite struct MapFixTests {
    static func catalogue(_ map: String) -> String {
        EngineFixture.catalogue(
            rules: """
                - id: r
                  title: T
                  severity: warning
                  assert: {path: zq, notIn: [1, a, true]}
                  message: m
                  fix: {map: \(map), safe: true}
                  rationale: r
                  source: https://developers.portone.io/x
                  examples: {valid: ['{}'], invalid: [{payload: '{"zq": 1}', pointer: /zq}]}
                """
        )
    }

    @Test func numbersFindTheirKeyByValue() throws {
        let validator = try EngineFixture.validator(Self.catalogue("{1: 2, a: b, true: false}"))
        for (value, fixed) in [
            ("1", "2"), ("1.0", "2"), ("1e0", "2"), ("10e-1", "2"), (#""a""#, #""b""#), (#""\u0061""#, #""b""#),
            ("true", "false"),
        ] {
            let found = validator.validate(#"{"zq": \#(value)}"#, options: ValidationOptions(now: 0)).diagnostics
            #expect(found.first { $0.ruleID == "r" }?.fix?.value == fixed, "\(value)")
        }
    }

    @Test func twoKeysWithOneValueAreRefused() throws {
        let error = try #require(throws: CatalogueError.self) {
            try EngineFixture.validator(Self.catalogue("{1: 2, 1.0: 3}"))
        }
        #expect(error.problems.map(\.message) == ["`map` has two keys with the same value 1.0"])
    }
}
