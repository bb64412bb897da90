import Testing

@testable import KCPLint

/// Sensitive values the catalogue does not name: members whose names read like sensitive ones, and the values of
/// payloads that are not JSON.
@Suite struct SensitiveNameTests {
    @Test func namesThatReadLikeSensitiveOnes() {
        for name in [
            "brith", "Birthday", "birth_date", "dob", "user_dob", "buyerDob", "DOB", "pwd_2digits", "cardPassword",
            "card_pw", "card_pin",
            "expiry_date",
            "exp_date", "CVC", "생년월일", "고객_비밀번호", "유효기간",
        ] {
            #expect(Masking.guessedSensitivity(ofName: Array(name.utf8)) == .full, "\(name)")
        }
        for name in ["card_no", "cardNumber", "CARD-NUM", "카드번호"] {
            #expect(Masking.guessedSensitivity(ofName: Array(name.utf8)) == .pan, "\(name)")
        }
        for name in [
            "amount", "buyer_name", "card_quota", "merchant_uid", "pw", "gift_note", "dobby", "adobe_id", "card_pink",
        ] {
            #expect(Masking.guessedSensitivity(ofName: Array(name.utf8)) == nil, "\(name)")
        }
    }

    /// The token scan of a payload that is not JSON finds the values after sensitive names, however the
    /// payload is broken, and nothing else.
    @Test func sensitiveValuesOfBrokenPayloadsAreFoundTokenByToken() {
        let text = "{pg: 'kcp', 'birth': '880214', \"card_number\": \"5409-1200\n, expiry: 2034-09, card: {cvc: 123},}"
        let bytes = Array(text.utf8)
        let ranges = Masking.lexicalSensitiveRanges(
            bytes,
            names: ["birth": .full, "card_number": .pan, "expiry": .full]
        )
        let found = ranges.map { (String(decoding: bytes[$0.byteRange], as: UTF8.self), $0.kind) }
        #expect(found.map(\.0) == ["'880214'", "\"5409-1200", "2034-09", "123"])
        #expect(found.map(\.1) == [.full, .pan, .full, .full])
        // A form-encoded body, a colon left out, and literals (which hide nothing).
        for (text, values) in [
            ("birth=880214&pwd_2digit=12&amount=1000", ["880214", "12"]),
            ("memo=x,birth=880214&card_number=4556%207375", ["880214", "4556%207375"]),
            ("'birth' => '880214', `pwd_2digit` = 12", ["'880214'", "12"]),
            // A list or an object as the value, and a name written with escapes.
            (
                #"{"pwd_2digit": [42, "x"], "b\u0069rth": "880214", "expiry": {"y": [2030, 12]},"#,
                [#"[42, "x"]"#, #""880214""#, #"{"y": [2030, 12]}"#]
            ),
            ("{\"birth\": [88,\n\"x\": 1", ["[88,"]),
            ("card[birth]=880214&card[pwd_2digit]=42", ["880214", "42"]),
            (#"{"birth" 880214, "pwd_2digit" "12", "cvc": null, "expiry": true}"#, ["880214", #""12""#]),
        ] {
            let bytes = Array(text.utf8)
            let ranges = Masking.lexicalSensitiveRanges(
                bytes,
                names: ["birth": .full, "pwd_2digit": .full, "cvc": .full, "expiry": .full]
            )
            #expect(ranges.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) } == values, "\(text)")
        }
    }

    /// In a payload that is JSON, values of guessed names are masked when they can hold a secret (a string or a
    /// number), and no name's `null`, `true` or `false` is.
    @Test func onlyValuesThatCanHoldASecretAreMasked() throws {
        let payload =
            #"{"pay_method": "card", "birth_required": true, "brith": "880214", "card_no": 4556737586899855, "cvc": null, "dob": ["880214"]}"#
        let result = try Validator.standard().validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0))
        let bytes = Array(payload.utf8)
        let masked = result.maskedRanges.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
        #expect(masked == [#""880214""#, "4556737586899855", #"["880214"]"#])
    }
}

/// A value inside a `sensitive` object or array is as secret as the container: rules that look inside it print it
/// masked, in messages and trigger notes alike.
@Suite struct SensitiveContainerTests {
    @Test func membersAndItemsOfSensitiveContainersAreMasked() throws {
        let fields = """
            s_arr: {type: array, sensitive: full, items: {type: string}}
            s_obj: {type: object, sensitive: full, properties: {inner: {type: string}, other: {type: string}}}
            p_arr: {type: array, sensitive: pan, items: {type: string}}
            """
        let rules = [
            EngineFixture.rule(id: "unique", assert: "{path: s_arr, unique: '.'}"),
            EngineFixture.rule(
                id: "inner",
                when: "{path: s_obj.other, present: true}",
                assert:
                    "[{path: s_obj.inner, pattern: '^zz'}, {path: 's_arr[*]', pattern: '^zz'}, {path: 'p_arr[*]', pattern: '^zz'}]"
            ),
        ].joined(separator: "\n")
        let validator = try EngineFixture.validator(EngineFixture.catalogue(rules: rules, fields: fields))
        let payload = """
            {"s_obj": {"inner": "SECRET6", "other": "SECRET7"}, "s_arr": ["SECRET8", "SECRET8"], \
            "p_arr": ["4111-1111-1111-1111"]}
            """
        let found = validator.validate(payload, options: ValidationOptions(now: 0)).diagnostics
        #expect(Set(found.map(\.ruleID)) == ["unique", "inner"])
        let text = found.map { ([$0.message] + $0.notes.map(\.message)).joined(separator: " | ") }.joined(
            separator: "\n"
        )
        #expect(!text.contains("SECRET") && !text.contains("4111-1111-1111-1111"), "\(text)")
        #expect(text.contains(#""***""#) && text.contains("4111-11**-****-1111"), "\(text)")
    }

    /// The strictest mask wins: a `full` member of a `pan` object is `***`, not a card number with its letters shown;
    /// a `pan` member that holds an object is masked whole, in messages and code frames alike.
    @Test func theStrictestMaskWinsAndOnlyCardNumbersKeepDigits() throws {
        let fields = "vault: {type: object, sensitive: pan, properties: {pin: {type: string, sensitive: full}}}"
        let rules = EngineFixture.rule(id: "pin", assert: "{path: vault.pin, pattern: '^zz'}")
        let validator = try EngineFixture.validator(EngineFixture.catalogue(rules: rules, fields: fields))
        let found = validator.validate(#"{"vault": {"pin": "hunter2secret"}}"#, options: ValidationOptions(now: 0))
        let message = try #require(found.diagnostics.first { $0.ruleID == "pin" }).message
        #expect(message.contains(#""***""#) && !message.contains("hunter"), "\(message)")

        let payload = """
            {"merchant_uid": "ORD-1", "amount": 1000, "card_number": {"no": "4111-1111-1111-1111", \
            "password": "hunter2secret", "birth": "880214"}, "expiry": "2030-12", "birth": "880214", "pwd_2digit": "12"}
            """
        let standard = try Validator.standard()
        let result = standard.validate(payload, options: ValidationOptions(kind: "rest-onetime", now: 0))
        let report = FileReport(path: "p.json", result: result, source: Array(payload.utf8))
        var writer = TextReportWriter()
        let text = writer.write(report)
        for secret in ["hunter", "880214", "4111-1111-1111-1111"] {
            #expect(!text.contains(secret), "\(secret) in \(text)")
        }
    }
}
