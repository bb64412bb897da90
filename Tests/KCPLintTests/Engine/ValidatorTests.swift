import Foundation
import Testing

@testable import KCPLint

/// The validator as a whole: reader findings, shapes, arrays, kinds, masking, sorting and concurrency.
@Suite struct ValidatorTests {
    static let catalogue = EngineFixture.catalogue(
        rules: EngineFixture.rule(
            id: "phone-name",
            when: "{path: pay_method, equals: phone}",
            assert: "{require: buyer_name}"
        ),
        fields: """
            pay_method: {type: string, enum: [card, phone]}
            merchant_uid: {type: string, maxLength: 40}
            amount: {type: integer, minimum: 0}
            buyer_name: {type: string}
            card_number: {type: string, sensitive: pan}
            birth: {type: string, sensitive: full, pattern: '^\\d{6}$'}
            bypass:
              type: object
              properties:
                shop_user_id: {type: string}
            """
    )

    static let validator: Validator = {
        do { return try EngineFixture.validator(catalogue) } catch { fatalError("\(error)") }
    }()

    private func diagnostics(_ text: String, language: Language = .en) -> [Diagnostic] {
        Self.validator.validate(text, options: ValidationOptions(language: language, now: 0)).diagnostics
    }

    @Test func syntaxErrorAfterKoreanTextIsLocatedInScalars() {
        let found = diagnostics("{\"buyer_name\": \"상품명\", \"amount\": 01}")
        #expect(found.map(\.ruleID) == ["json-syntax"])
        #expect(found.first?.span.start == SourcePosition(line: 1, column: 33))
    }

    @Test func duplicateKeyIsReportedAtTheSecondKeyWithANote() throws {
        let found = diagnostics("{\n  \"amount\": 1000,\n  \"amount\": 100\n}")
        let duplicate = try #require(found.first { $0.ruleID == "json-duplicate-key" })
        #expect(duplicate.pointer == "/amount")
        #expect(duplicate.span.start == SourcePosition(line: 3, column: 3))
        #expect(duplicate.notes.first?.span?.start == SourcePosition(line: 2, column: 3))
    }

    @Test func byteOrderMarkIsReportedAndTheDocumentStillChecked() {
        let found = diagnostics("\u{FEFF}{\"amount\": \"1000\"}")
        #expect(found.map(\.ruleID) == ["json-bom", "field-type"])
    }

    /// A body encoded twice (`JSON.stringify` of text that already was JSON) is named as such.
    @Test func aBodyEncodedTwiceIsNamed() throws {
        let twice = #""{\"merchant_uid\": \"o-1\", \"amount\": 1000}""#
        let found = try Validator.standard().validate(twice).diagnostics
        #expect(found.map(\.ruleID) == ["payload-shape"])
        #expect(found.first?.message.contains("the body was encoded twice") == true)
        let text = try Validator.standard().validate(#""{not json""#).diagnostics
        #expect(text.first?.message.contains("encoded twice") == false)
    }

    @Test func nonObjectPayloadIsAShapeError() {
        #expect(diagnostics("\"amount=1000\"").map(\.ruleID) == ["payload-shape"])
        #expect(diagnostics("[{\"amount\": 1}, 3]").map(\.pointer) == ["/1"])
    }

    @Test func arraysOfRequestsAreCheckedEachWithFilePointers() {
        let result = Self.validator.validate(#"[{"amount": 1}, {"amount": "x"}, {"pay_method": "phone"}]"#)
        #expect(result.diagnostics.map(\.pointer) == ["/1/amount", "/2/buyer_name"])
        #expect(result.kinds == ["test", "test", "test"])
    }

    @Test func unknownKeyGetsDidYouMeanAndRenameFix() throws {
        let found = diagnostics(#"{"merchantUid": "o-1"}"#)
        let unknown = try #require(found.first)
        #expect(unknown.ruleID == "field-unknown")
        #expect(unknown.message == "`merchantUid` is not a parameter of this request; did you mean `merchant_uid`?")
        #expect(
            unknown.fix == Diagnostic.Fix(kind: .rename, message: "rename it to `merchant_uid`", key: "merchant_uid")
        )
        #expect(
            diagnostics(#"{"merchantUid": "o-1"}"#, language: .ko).first?.message.contains("`merchant_uid`을(를) 의도하셨나요?")
                == true
        )
    }

    /// A member name with spaces around it (a serializer attribute such as `[JsonProperty("customer_uid ")]`) is the
    /// parameter without them: a safe rename; a name that is no parameter even without them gets a note only.
    @Test func aNameWithSpacesAroundItIsRenamedSafely() throws {
        let unknown = try #require(diagnostics(#"{"merchant_uid ": "o-1"}"#).first)
        #expect(unknown.ruleID == "field-unknown")
        #expect(
            unknown.message
                == "`merchant_uid ` is not a parameter of this request; did you mean `merchant_uid`, without the spaces?"
        )
        #expect(
            unknown.fix
                == Diagnostic.Fix(
                    kind: .rename,
                    message: "rename it to `merchant_uid`",
                    key: "merchant_uid",
                    isSafe: true
                )
        )
        #expect(
            diagnostics("{\"\\tmerchant_uid\": \"o-1\"}", language: .ko).first?.message.contains("공백 없는 `merchant_uid`")
                == true
        )
        // Taken already, or no parameter at all: no rename.
        let taken = try #require(diagnostics(#"{"merchant_uid": "o-1", " merchant_uid": "o-2"}"#).first)
        #expect(taken.fix == nil)
        #expect(taken.message.hasSuffix("; note the spaces around the name"))
        #expect(try #require(diagnostics(#"{"gift_note ": 1}"#).first).fix == nil)
        #expect(Evaluator.trimmingSpaces(" \t a b\r\n") == "a b")
        #expect(Evaluator.trimmingSpaces("   ") == "   ")
    }

    /// The dictionary's findings link to the reference page of the request's call, not to the SDK's for every kind.
    @Test func fieldFindingsLinkToTheirCallsReference() throws {
        let validator = try Validator.standard()
        func docs(_ payload: String) -> [String?] {
            validator.validate(payload, options: ValidationOptions(now: 0)).diagnostics
                .filter { $0.ruleID.hasPrefix("field-") }.map(\.documentationURL)
        }
        let again = #"{"customer_uid": "c-1", "merchant_uid": "o-1", "amount": 1000, "name": "n", "gift_note": 1}"#
        #expect(docs(again) == ["https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"])
        #expect(
            Set(docs(#"{"customer_uid": "c-1", "schedules": [], "gift_note": 1}"#))
                == ["https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1"],
            "an empty list of schedules, and the unknown member"
        )
        #expect(
            docs(#"{"channelKey": "k", "pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "gift_note": 1}"#)
                == ["https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1"]
        )
    }

    @Test func sensitiveValuesAreMaskedInMessagesAndRanges() throws {
        let text = #"{"card_number": 4111111111111111, "birth": "8802-14"}"#
        let result = Self.validator.validate(text)
        let messages = result.diagnostics.map(\.message).joined(separator: "\n")
        #expect(!messages.contains("4111111111111111"))
        #expect(!messages.contains("8802-14"))
        #expect(result.maskedRanges.count == 2)
    }

    @Test func aRuleFindingReplacesTheFieldFindingAtItsPointer() throws {
        // `m_redirect_url` has `format: url` in the dictionary (field-format); the rule url-placeholder reports the
        // docs' placeholder at the same member with a precise message, and the generic finding is dropped.
        let payload = """
            {"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", \
            "merchant_uid": "ORD-20300101-000408", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", \
            "m_redirect_url": "{모바일에서 결제 완료 후 리디렉션 될 URL}"}
            """
        let found = try Validator.standard().validate(payload, options: ValidationOptions(now: 0)).diagnostics
        #expect(found.filter { $0.pointer == "/m_redirect_url" }.map(\.ruleID) == ["url-placeholder"])
        // Without the rule, the dictionary's finding is the one reported there.
        let off = try #require(ProjectConfig.overrideSource(["url-placeholder": .off]))
        let withoutRule = try Validator(catalogue: Catalogue.standard(extendedWith: [off]))
            .validate(payload, options: ValidationOptions(now: 0)).diagnostics
        #expect(withoutRule.filter { $0.pointer == "/m_redirect_url" }.map(\.ruleID) == ["field-format"])
    }

    /// Pointers are told apart by their bytes: a member spelt with a look-alike of `K` (U+212A KELVIN SIGN, equal to
    /// `K` as a `String`) is reported as unknown, not hidden behind the finding about the missing `channelKey`.
    @Test func aLookAlikeMemberIsNotTheMemberARuleReportsMissing() throws {
        let payload =
            #"{"channel\#u{212A}ey": "channel-key-1", "pay_method": "card", "merchant_uid": "o-1", "amount": 1000}"#
        let found = try Validator.standard().validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0))
            .diagnostics
        #expect(found.contains { $0.ruleID == "channel-missing" && $0.pointer == "/channelKey" })
        #expect(
            found.contains { $0.ruleID == "field-unknown" && $0.pointer.utf8.elementsEqual("/channel\u{212A}ey".utf8) }
        )
    }

    /// A value written with escapes (PHP's `json_encode` writes Hangul as `\uXXXX`, `/` as `\/`) is quoted in messages
    /// as it reads; a card number spelt in escapes is still masked.
    @Test func escapedValuesAreQuotedAsTheyRead() throws {
        let payload = #"""
            {"customer_uid": "c-1", "merchant_uid": "o-1", "amount": 1000, "name": "n",
             "buyer_email": "\uae40\ud68c\uc6d0@\uba54\uc77c", "notice_url": "http:\/\/localhost\/hook",
             "custom_data": {"note": "\u0034563-1912-3456-7897"}, "currency": "\u0034563-1912-3456-7897"}
            """#
        let found = try Validator.standard().validate(payload, options: ValidationOptions(kind: "rest-again", now: 0))
            .diagnostics
        let email = try #require(found.first { $0.pointer == "/buyer_email" })
        #expect(email.message.contains(#""김회원@메일""#), "\(email.message)")
        let url = try #require(found.first { $0.pointer == "/notice_url" })
        #expect(url.message.contains(#""http://localhost/hook""#), "\(url.message)")
        // A value with invisible characters (a right-to-left override) is quoted as written.
        let hidden = try Validator.standard().validate(
            #"{"customer_uid": "c-1", "merchant_uid": "o-1", "amount": 1000, "name": "n", "buyer_email": "a\u202eb"}"#,
            options: ValidationOptions(kind: "rest-again", now: 0)
        ).diagnostics.first { $0.pointer == "/buyer_email" }
        #expect(hidden?.message.contains(#""a\u202eb""#) == true, "\(hidden?.message ?? "")")
        // A zero-width space too; a card number spelt in escapes beside one is masked.
        let invisible = try Validator.standard().validate(
            #"{"pay_method": "card\u200b", "memo": "x", "merchant_uid": "o-1", "amount": 1000, "currency": "\u0034556737586899855\u202e"}"#,
            options: ValidationOptions(kind: "sdk-payment", now: 0)
        ).diagnostics
        let method = invisible.first { $0.pointer == "/pay_method" }
        #expect(method?.message.contains(#""card\u200b""#) == true, "\(method?.message ?? "")")
        let spelt = invisible.first { $0.pointer == "/currency" }
        #expect(spelt?.message.contains(#""455673******9855\u202e""#) == true, "\(spelt?.message ?? "")")
        let currency = try #require(found.first { $0.pointer == "/currency" })
        #expect(
            !currency.message.contains("1912-3456") && !currency.message.contains("4563-1912"),
            "\(currency.message)"
        )
    }

    /// Only a rule forbidding the member supersedes `field-deprecated`, whatever a project's overrides: `vat` gets its
    /// own rule's finding alone, and `pg` keeps "is deprecated" beside a finding about its value.
    @Test func deprecationIsSupersededOnlyByARuleForbiddingTheMember() throws {
        let again = #"{"customer_uid": "c-1", "merchant_uid": "o-1", "amount": 1000, "name": "n", "vat": 90}"#
        let sdk = #"{"pg": "kcp.INIBillTst", "pay_method": "card", "merchant_uid": "o-1", "amount": 1000}"#
        for overrides: [String: RuleLevel] in [
            [:], ["vat-deprecated": .severity(.info)], ["field-deprecated": .severity(.error)],
            ["pg-site-code-from-other-gateway": .severity(.info)],
        ] {
            let catalogue =
                overrides.isEmpty
                ? try Catalogue.standard()
                : try Catalogue.standard(extendedWith: [try #require(ProjectConfig.overrideSource(overrides))])
            for validator in [Validator(catalogue: catalogue), Validator(catalogue: catalogue).independentCopy()] {
                let onVAT = validator.validate(again, options: ValidationOptions(kind: "rest-again", now: 0))
                    .diagnostics.filter { $0.pointer == "/vat" }.map(\.ruleID)
                #expect(onVAT == ["vat-deprecated"], "\(overrides)")
                let onPG = validator.validate(sdk, options: ValidationOptions(kind: "sdk-payment", now: 0))
                    .diagnostics.filter { $0.pointer == "/pg" }.map(\.ruleID)
                #expect(onPG.sorted() == ["field-deprecated", "pg-site-code-from-other-gateway"], "\(overrides)")
            }
        }
    }

    @Test func diagnosticsAreSortedByPosition() {
        let found = diagnostics(#"{"pay_method": "phone", "zz": 1, "amount": -1}"#)
        let offsets = found.map(\.byteRange.lowerBound)
        #expect(offsets == offsets.sorted())
    }

    @Test func oneValidatorIsSharedAcrossConcurrentTasks() async {
        let payloads = (0..<200).map { index in
            index % 2 == 0
                ? #"{"pay_method": "phone", "amount": \#(index)}"# : #"{"amount": "\#(index)", "merchantUid": "x"}"#
        }
        let expected = payloads.map { Self.validator.validate($0, options: ValidationOptions(now: 0)).diagnostics }
        let validator = Self.validator
        let results = await withTaskGroup(of: (Int, [Diagnostic]).self) { group in
            for (index, payload) in payloads.enumerated() {
                group.addTask { (index, validator.validate(payload, options: ValidationOptions(now: 0)).diagnostics) }
            }
            var results = [[Diagnostic]](repeating: [], count: payloads.count)
            for await (index, diagnostics) in group { results[index] = diagnostics }
            return results
        }
        #expect(results == expected)
    }

    @Test func tooManyDiagnosticsAreTruncatedWithOneNote() {
        let validator = Validator(catalogue: Self.validator.catalogue, limits: ValidationLimits(maxDiagnostics: 3))
        let payload = "{" + (0..<10).map { "\"k\($0)\": 1" }.joined(separator: ", ") + "}"
        let found = validator.validate(payload).diagnostics
        #expect(found.count == 4)
        #expect(found.last?.ruleID == "diagnostics-truncated")
        #expect(found.last?.message == "7 more diagnostics not shown")
    }

    /// `payload-shape` and `diagnostics-truncated` turned off report nothing, as every other rule turned off.
    @Test func shapeAndTruncationRulesCanBeTurnedOff() throws {
        let quiet = try Catalogue.standard(extendedWith: [
            CatalogueSource(
                name: "quiet.yaml",
                text: "catalogue: quiet\nversion: 1\noverrides: {payload-shape: off, diagnostics-truncated: off}"
            )
        ])
        let full = Validator(catalogue: try Catalogue.standard())
        let turnedOff = Validator(catalogue: quiet)
        for payload in [
            #""str""#, "null", "[]", #"[{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 1000}, 5]"#,
        ] {
            #expect(full.validate(payload).diagnostics.contains { $0.ruleID == "payload-shape" }, "\(payload)")
            #expect(!turnedOff.validate(payload).diagnostics.contains { $0.ruleID == "payload-shape" }, "\(payload)")
        }
        let many =
            #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "#
            + (0..<10).map { "\"unknown_\($0)\": 1" }.joined(separator: ", ") + "}"
        let all = Validator(catalogue: quiet).validate(many).diagnostics.count
        #expect(all > 10)
        let capped = Validator(catalogue: quiet, limits: ValidationLimits(maxDiagnostics: 3)).validate(many)
        #expect(capped.diagnostics.count == 3 && !capped.diagnostics.contains { $0.ruleID == "diagnostics-truncated" })
        #expect(capped.hidden.total == all - 3)
    }

    @Test func forcedUnknownKindIsADiagnosticNotACrash() {
        let found = Self.validator.validate("{}", options: ValidationOptions(kind: "nope")).diagnostics
        #expect(found.map(\.ruleID) == ["kind-unknown"])
    }
}

/// The Foundation conveniences of the library API.
@Suite struct FoundationAPITests {
    @Test func dataAndDateEntryPoints() throws {
        let validator = try Validator.standard()
        let body = Data(#"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": "10,000"}"#.utf8)
        let options = ValidationOptions(
            kind: "rest-again",
            language: .ko,
            date: Date(timeIntervalSince1970: 1_767_193_200)
        )
        #expect(options.now == 1_767_193_200)
        let result = validator.validate(body, options: options)
        #expect(result.kinds == ["rest-again"])
        #expect(result.diagnostics.contains { $0.ruleID == "amount-formatted-string" && $0.pointer == "/amount" })
    }

    /// The README's advice for services that check live requests: one override turns off the warning about real
    /// card numbers, which is meant for files that get committed.
    @Test func aServiceCanTurnOffTheCardNumberWarning() throws {
        let body =
            #"{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4563-1912-3456-7897", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}"#
        let options = ValidationOptions(kind: "rest-onetime")
        let standard = try Validator.standard()
        #expect(standard.validate(body, options: options).diagnostics.contains { $0.ruleID == "secret-card-number" })
        let service = Validator(
            catalogue: try .standard(extendedWith: [
                CatalogueSource(
                    name: "service.yaml",
                    text: "catalogue: service\nversion: 1\noverrides: {secret-card-number: off}"
                )
            ])
        )
        let result = service.validate(body, options: options)
        #expect(!result.diagnostics.contains { $0.ruleID == "secret-card-number" })
        // Still masked wherever payload text is printed.
        #expect(result.maskedRanges.contains { $0.kind == .pan })
    }
}
