import Testing

@testable import KCPLint

/// Card numbers and REST credentials are found anywhere in a request, at the right pointer, never echoed, and the
/// values of sensitive names are masked wherever they appear.
@Suite struct SecretScanTests {
    static let validator = Result { try Validator.standard() }

    /// A Luhn-valid Visa number that is not a published test number.
    static let card = "4539148803436467"

    private func secrets(_ payload: String) throws -> [String] {
        try Self.validator.get().validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0)).diagnostics
            .filter { $0.ruleID.hasPrefix("secret-") }
            .map { "\($0.ruleID) \($0.pointer)" }
    }

    @Test func cardNumbersAreFoundAtAnyDepth() throws {
        let payload = """
            {"pay_method": "card", "custom_data": {"items": [[1, {"note": "\(Self.card)"}], "4539 1488 0343 6467"]},
             "bypass": {"x": ["a", {"y": "4539-1488-0343-6467"}]}}
            """
        #expect(
            try secrets(payload) == [
                "secret-card-number /custom_data/items/0/1/note",
                "secret-card-number /custom_data/items/1",
                "secret-card-number /bypass/x/1/y",
            ]
        )
    }

    /// Card numbers have 13 to 19 digits, with or without separators; phone numbers and longer or shorter digit
    /// runs (all Luhn-valid here) are not card numbers.
    @Test func cardNumbersHaveThirteenToNineteenDigits() throws {
        let payload = """
            {"pay_method": "card", "buyer_tel": "010-4242-1004", "custom_data": {"a": "4539148803433",
             "b": "6214 8300 0000 0000 007", "c": "453914880340", "d": "45391488034364670000", "e": "010 4242 1004 5"}}
            """
        #expect(try secrets(payload) == ["secret-card-number /custom_data/a", "secret-card-number /custom_data/b"])
    }

    @Test func requestsOfAnArrayAreScannedEachFromItsOwnPlace() throws {
        let payload = #"[{"pay_method": "card"}, {"pay_method": "card", "custom_data": {"n": "\#(Self.card)"}}]"#
        #expect(try secrets(payload) == ["secret-card-number /1/custom_data/n"])
    }

    /// Test cards (also written with an escape), identifiers, failed checksums and digit runs of other lengths.
    @Test func testNumbersIdentifiersShortOrLongDigitRunsAreNotCardNumbers() throws {
        let payload = """
            {"pay_method": "card", "merchant_uid": "\(Self.card)", "custom_data": {"a": "4111111111111111",
             "b": "453914880343646", "c": "45391488034364670000000", "d": "4539148803436468", "e": 1764374400000,
             "f": "\\u0034111111111111111", "g": 4539148803436467.0, "h": -4539148803436467, "i": 45391488034364670,
             "isbn": 9791162540459, "isbn_text": "979-11-6254-045-9"}}
            """
        #expect(try secrets(payload).isEmpty)
    }

    /// A card number written as a JSON number (a form's number field) is one too, beside the type error of a
    /// `card_number` that must be a string.
    @Test func cardNumbersWrittenAsNumbersAreFound() throws {
        let payload = #"{"merchant_uid": "o-1", "amount": 3000, "card_number": \#(Self.card), "memo": [\#(Self.card)]}"#
        #expect(try secrets(payload) == ["secret-card-number /card_number", "secret-card-number /memo/0"])
        let result = try Self.validator.get().validate(
            payload,
            options: ValidationOptions(kind: "rest-onetime", now: 0)
        )
        #expect(result.diagnostics.contains { $0.ruleID == "field-type" && $0.pointer == "/card_number" })
        let bytes = Array(payload.utf8)
        let line = Masking.maskedLine(bytes, line: 0..<bytes.count, sensitive: result.maskedRanges)
        #expect(!line.contains(Self.card))
    }

    /// A card number written with JSON escapes is the same number: found, and masked whole in code frames (its
    /// escapes would show the digits in hex).
    @Test func escapedCardNumbersAreFoundDecoded() throws {
        let payload =
            #"{"pay_method": "card", "custom_data": {"f": "\u0034539148803436467", "g": "\u00345\u003391-4880"}}"#
        #expect(try secrets(payload) == ["secret-card-number /custom_data/f"])
        let result = try Self.validator.get().validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0))
        let bytes = Array(payload.utf8)
        let start = try #require(payload.utf8.firstRange(of: #""\u0034539"#.utf8)).lowerBound
        let offset = payload.utf8.distance(from: payload.utf8.startIndex, to: start)
        #expect(result.maskedRanges.contains { $0.byteRange.lowerBound == offset && $0.kind == .pan })
        let line = Masking.maskedLine(bytes, line: 0..<bytes.count, sensitive: result.maskedRanges)
        #expect(!line.contains("539148803436467"))
        #expect(line.contains(#""f": "# + String(repeating: "*", count: 23) + ","))
    }

    @Test func credentialsAreFoundByNameIgnoringCaseAndEscapes() throws {
        let payload = #"""
            {"pay_method": "card", "custom_data": {"imp_secret": "0123456789abcdef", "API_KEY": "0123456789abcdef",
             "imp\u005fkey": "0123456789abcdef", "Authorization": "Bearer 0123456789", "imp_key": "short",
             "company": "0123456789abcdef"}}
            """#
        #expect(
            try secrets(payload) == [
                "secret-credential /custom_data/imp_secret",
                "secret-credential /custom_data/API_KEY",
                "secret-credential /custom_data/imp_key",
                "secret-credential /custom_data/Authorization",
            ]
        )
    }

    /// A catalogue's rules may name a credential: its name then has a key id, and is still a credential's.
    @Test func credentialsNamedInTheCatalogueAreFound() throws {
        let validator = try EngineFixture.validator(
            EngineFixture.catalogue(
                rules: EngineFixture.rule(when: "{path: api_key, equals: none}", assert: "{require: amount}")
            )
        )
        let found = validator.validate(#"{"api_key": "0123456789abcdef", "amount": 1}"#).diagnostics.map(\.ruleID)
        #expect(found == ["secret-credential"])
    }

    @Test func reportsNeverEchoTheSecretAndMaskItsValue() throws {
        let payload =
            #"{"pay_method": "card", "custom_data": {"n": "\#(Self.card)", "imp_secret": "0123456789abcdef"}}"#
        let result = try Self.validator.get().validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0))
        let text = result.diagnostics.map { "\($0.message) \($0.notes)" }.joined()
        #expect(!text.contains(Self.card) && !text.contains("0123456789abcdef"))
        let masked = result.maskedRanges.map { String(decoding: Array(payload.utf8)[$0.byteRange], as: UTF8.self) }
        #expect(masked.contains("\"\(Self.card)\"") && masked.contains("\"0123456789abcdef\""))
    }

    @Test func sensitiveNamesAreMaskedOutsideTheirDictionaryToo() throws {
        let payload = #"{"pay_method": "card", "custom_data": {"list": [{"card_number": "x"}, {"birth": "880214"}]}}"#
        let result = try Self.validator.get().validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0))
        let masked = result.maskedRanges.map { String(decoding: Array(payload.utf8)[$0.byteRange], as: UTF8.self) }
        #expect(masked == ["\"x\"", "\"880214\""])
    }
}
