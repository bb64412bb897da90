import KCPLint
import Testing

extension Hardening {
    /// Raw card data in payloads never reaches any report format: messages, notes, fixes, code frames.
    @Suite struct MaskingTests {
        /// Values that must never be printed in full.
        static let cardDashed = "4111-1111-1111-1111"
        static let cardPlain = "4111111111111111"
        /// Luhn-valid, not a well-known test card.
        static let cardOther = "5409-1200-3456-7893"
        static let birth = "880214"
        static let password = "12"
        static let expiry = "2034-09"

        /// Texts whose presence in a report reveals more than the first 6 and last 4 digits of a card number,
        /// or any part of a fully masked value.
        static let forbidden = [
            cardDashed, cardPlain, "1111-1111-1111", "1111111111", "11-1111-11", cardOther, "1200-3456", "12003456",
            birth, expiry, #""pwd_2digit": "12""#, #""pwd_2digit":"12""#,
        ]

        /// One payload per REST kind and layout, each holding card data plus mistakes that draw findings on
        /// the same lines (so code frames print those lines).
        static let payloads: [(kind: String, text: String)] = {
            let card =
                #""card_number": "\#(cardDashed)", "expiry": "\#(expiry)", "birth": "\#(birth)", "pwd_2digit": "\#(password)""#
            let plainCard =
                #""card_number": "\#(cardPlain)", "expiry": "\#(expiry)", "birth": "\#(birth)", "pwd_2digit": "\#(password)""#
            let otherCard =
                #""card_number": "\#(cardOther)", "expiry": "\#(expiry)", "birth": "\#(birth)", "pwd_2digit": "\#(password)""#
            var list: [(String, String)] = []
            for fields in [card, plainCard, otherCard] {
                // Minified: every finding's code frame is the whole payload.
                list.append(
                    ("rest-onetime", #"{"merchant_uid": "KEYIN-0001", "amount": "55,000", \#(fields), "bogus": 1}"#)
                )
                list.append(
                    ("rest-billing-key", #"{\#(fields), "customer_name": "한지우", "customer_tel": 1234, "bogus": 1}"#)
                )
                list.append(
                    (
                        "rest-schedule",
                        #"{"customer_uid": "c-1", \#(fields), "schedules": [{"merchant_uid": "S-1", "schedule_at": 1, "amount": "9,900"}]}"#
                    )
                )
                list.append(
                    ("rest-again", #"{"customer_uid": "c-1", "merchant_uid": "A-1", "amount": 1.5, \#(fields)}"#)
                )
                // One member per line, with a mistake on each card line.
                let pretty = fields.split(separator: ", ").enumerated().map { "  \($1), \"bogus\($0)\": 1" }
                    .joined(separator: ",\n")
                list.append(
                    ("rest-onetime", "{\n  \"merchant_uid\": \"KEYIN-0002\",\n  \"amount\": 55000,\n\(pretty)\n}")
                )
            }
            // Wrong shapes and types of the sensitive fields themselves (their values appear in messages).
            list.append(
                (
                    "rest-onetime",
                    #"{"merchant_uid": "K-3", "amount": 1000, "card_number": \#(cardPlain), "expiry": "\#(expiry)x", "birth": "\#(birth)0", "pwd_2digit": "\#(password)3"}"#
                )
            )
            list.append(
                (
                    "rest-billing-key",
                    #"{"card_number": "\#(cardDashed) ", "expiry": "09/2034", "birth": \#(birth), "pwd_2digit": 12}"#
                )
            )
            list.append(
                (
                    "rest-onetime",
                    #"{"merchant_uid": "K-4", "amount": 1000, "card_number": "\#(cardPlain)", "expiry": "\#(expiry)", "birth": "\#(birth)", "pwd_2digit": "\#(password)", "card_number": "\#(cardDashed)"}"#
                )
            )
            // Not JSON: the code frame of the syntax error shows the card line, masked token by token. A trailing
            // comma, an object copied from JavaScript (single quotes, bare names), a string cut off at the line end.
            list.append(("rest-onetime", #"{"merchant_uid": "K-5", "amount": 1000, \#(otherCard),}"#))
            list.append(
                (
                    "rest-onetime",
                    "{merchant_uid: 'K-6', amount: 1000, card_number: '\(cardOther)', expiry: '\(expiry)', birth: '\(birth)', pwd_2digit: '\(password)'}"
                )
            )
            list.append(
                (
                    "rest-onetime",
                    "{\"birth\": \"\(birth)\", \"card_number\": \"\(cardOther)\n  , \"pwd_2digit\": \"\(password)\", }"
                )
            )
            // A card number written as a bare word: the syntax error's message quotes the word only cut short.
            list.append(("rest-onetime", #"{"merchant_uid": "K-8", "amount": 1000, "card_number": x5409120034567893}"#))
            // Misspelt sensitive names: unknown to the catalogue, masked by how they read.
            list.append(
                (
                    "rest-onetime",
                    #"{"merchant_uid": "K-7", "amount": 1000, "card_no": "\#(cardOther)", "brith": ["\#(birth)"], "pwd_2digit": "\#(password)", "expiry_date": {"v": "\#(expiry)"}, "bogus": 1}"#
                )
            )
            return list
        }()

        private static func reports(_ kind: String, _ text: String, language: Language) -> [(String, String)] {
            let bytes = Array(text.utf8)
            var outputs: [(String, String)] = []
            for forced in [kind, nil] {
                let result = HardeningSupport.standard.validate(
                    bytes,
                    options: ValidationOptions(kind: forced, language: language, now: 1_767_193_200)
                )
                let report = FileReport(path: "payload.json", result: result, source: bytes)
                var summary = ReportSummary()
                summary.add(report)
                for format in ReportFormat.allCases {
                    var writer = format.writer(ReportFormat.Options(language: language, color: false, codeFrames: true))
                    let output = writer.begin() + writer.write(report) + writer.end(summary)
                    outputs.append(("\(format.rawValue) (\(forced ?? "detected"), \(language))", output))
                }
                // Diagnostics as a library user prints them.
                let plain = result.diagnostics.map { d in
                    ([d.description, d.fix?.message ?? "", d.fix?.value ?? "", d.fix?.key ?? ""]
                        + d.notes.map(\.message))
                        .joined(separator: "\n")
                }
                outputs.append(("Diagnostic.description (\(forced ?? "detected"))", plain.joined(separator: "\n")))
            }
            return outputs
        }

        /// Every forbidden text that some report of the payload prints.
        private static func leaks(_ index: Int) -> [String] {
            let (kind, text) = payloads[index]
            var found: [String] = []
            for language in [Language.en, .ko] {
                for (name, output) in reports(kind, text, language: language) {
                    for value in forbidden where output.contains(value) {
                        found.append("\(kind) #\(index): \(name) prints \(value):\n\(output)")
                    }
                }
            }
            return found
        }

        /// Every payload, checked as its own kind and as detected. `rest-again` takes no card data: there the card
        /// members are unknown, and are masked by name all the same.
        @Test(arguments: 0..<payloads.count)
        func rawCardDataNeverAppearsInAnyFormat(_ index: Int) {
            for leak in Self.leaks(index) { Issue.record(Comment(rawValue: leak)) }
        }

        @Test func findingsAreDrawnOnTheCardLines() {
            // Guards the test above: the payloads do produce findings whose code frames show card lines.
            for (kind, text) in Self.payloads {
                let result = HardeningSupport.standard.validate(text, options: ValidationOptions(kind: kind, now: 0))
                #expect(!result.diagnostics.isEmpty, "\(kind): \(text)")
            }
            let pretty = Self.payloads[4]
            let result = HardeningSupport.standard.validate(
                pretty.text,
                options: ValidationOptions(kind: pretty.kind, now: 0)
            )
            #expect(result.maskedRanges.count == 4, "\(result.maskedRanges)")
            #expect(result.maskedRanges.filter { $0.kind == .pan }.count == 1)
        }

        @Test func cardNumbersKeepAtMostTheFirstSixAndLastFourDigits() {
            #expect(Masking.maskCardNumber(Self.cardDashed) == "4111-11**-****-1111")
            #expect(Masking.maskCardNumber("\"\(Self.cardPlain)\"") == "\"411111******1111\"")
            #expect(Masking.maskCardNumber("1234-5678-9012") == "****-****-****")
            // Full-width digits (a Korean input method's) are digits too.
            #expect(Masking.maskCardNumber("\"４５５６７３７５８６８９９８５５\"") == "\"４５５６７３******９８５５\"")
            #expect(Masking.maskFully("\"880214\"") == "\"***\"")
            // A code frame of the key-in line: only the card's 6 + 4 digits and no other secret.
            let line = #"{"card_number": "4111-1111-1111-1111", "birth": "880214"}"#
            let bytes = Array(line.utf8)
            let masked = Masking.maskedLine(
                bytes,
                line: 0..<bytes.count,
                sensitive: [
                    MaskedRange(byteRange: 16..<37, kind: .pan), MaskedRange(byteRange: 48..<56, kind: .full),
                ]
            )
            #expect(masked == #"{"card_number": "4111-11**-****-1111", "birth": ********}"#)
        }

        @Test func cardNumbersAnywhereInATextAreMasked() {
            #expect(
                Masking.maskEmbeddedCardNumbers("https://a.com/r?c=4563-1912-3456-7897&x=1")
                    == "https://a.com/r?c=4563-19**-****-7897&x=1"
            )
            #expect(
                Masking.maskEmbeddedCardNumbers("`4563191234567897` is not a parameter")
                    == "`456319******7897` is not a parameter"
            )
            #expect(Masking.maskEmbeddedCardNumbers("kcp.4563 1912 3456 7897") == "kcp.4563 19** **** 7897")
            // A card followed or led by another group of digits (its expiry, a count): the card's groups are found.
            #expect(
                Masking.maskEmbeddedCardNumbers("card 4556 7375 8689 9855 12/30") == "card 4556 73** **** 9855 12/30"
            )
            #expect(Masking.maskEmbeddedCardNumbers("x 1 4563-1912-3456-7897") == "x 1 4563-19**-****-7897")
            // Two card numbers in one run of digit groups: both.
            #expect(
                Masking.maskEmbeddedCardNumbers("4556737586899855 4916338506082832")
                    == "455673******9855 491633******2832"
            )
            #expect(
                Masking.maskEmbeddedCardNumbers("4556-7375-8689-9855 4916-3385-0608-2832")
                    == "4556-73**-****-9855 4916-33**-****-2832"
            )
            // Spaces as a URL writes them, and digits of other scripts (full-width, as a Korean input method types).
            #expect(
                Masking.maskEmbeddedCardNumbers("/hook?card=4092%201200%200012%203452&x=1")
                    == "/hook?card=4092%2012**%20****%203452&x=1"
            )
            #expect(Masking.maskEmbeddedCardNumbers("c=4092+1200+0012+3452") == "c=4092+12**+****+3452")
            #expect(Masking.maskEmbeddedCardNumbers("카드 ４５５６７３７５８６８９９８５５") == "카드 ４５５６７３******９８５５")
            #expect(Masking.maskEmbeddedCardNumbers("4556７３７５８６８９9855") == "4556７３******9855")
            // Other spaces and dashes between the groups: ideographic space, full-width hyphen, no-break space, `%2B`.
            #expect(Masking.maskEmbeddedCardNumbers("４５５６　７３７５　８６８９　９８５５") == "４５５６　７３**　****　９８５５")
            #expect(Masking.maskEmbeddedCardNumbers("４５５６－７３７５－８６８９－９８５５") == "４５５６－７３**－****－９８５５")
            #expect(
                Masking.maskEmbeddedCardNumbers("4556\u{A0}7375\u{A0}8689\u{A0}9855")
                    == "4556\u{A0}73**\u{A0}****\u{A0}9855"
            )
            #expect(Masking.maskEmbeddedCardNumbers("c=4556%2B7375%2B8689%2B9855") == "c=4556%2B73**%2B****%2B9855")
            // Characters drawn as nothing between the groups, and JSON escapes as a code frame shows them.
            #expect(
                Masking.maskEmbeddedCardNumbers("4556\u{200B}7375\u{200B}8689\u{200B}9855")
                    == "4556\u{200B}73**\u{200B}****\u{200B}9855"
            )
            #expect(
                Masking.maskEmbeddedCardNumbers(#""4556\u00a07375\u00a08689\u00a09855""#)
                    == #""4556\u00a073**\u00a0****\u00a09855""#
            )
            #expect(Masking.maskEmbeddedCardNumbers(#""\u0034556737586899855""#) == #""\u003455673******9855""#)
            // Not card numbers: too few or too many digits, Luhn-invalid, no card network, a published test card.
            for text in [
                "order 1234-5678-9012", "ts 17643744000001234567", "4563-1912-3456-7898", "1563191234567897",
                "4111-1111-1111-1111", "010-1234-5678 and 2030-12-31", "",
            ] {
                #expect(Masking.maskEmbeddedCardNumbers(text) == text, "\(text)")
            }
        }

        /// A fix repeats the value: none is offered for a card number sent as a string in a number field.
        @Test func noTypeFixRepeatsACardNumber() {
            for amount in ["4507529170342", "370996030824628", "4507529170342.0"] {
                let text = #"{"merchant_uid": "o-1", "customer_uid": "c-1", "amount": "\#(amount)", "name": "x"}"#
                let result = HardeningSupport.standard.validate(
                    text,
                    options: ValidationOptions(kind: "rest-again", now: 0)
                )
                let onAmount = result.diagnostics.filter { $0.pointer == "/amount" }
                #expect(onAmount.contains { $0.ruleID == "secret-card-number" } || amount.contains("."), "\(amount)")
                #expect(!onAmount.isEmpty)
                #expect(onAmount.allSatisfy { $0.fix == nil }, "\(amount): \(onAmount.map(\.ruleID))")
            }
            // The same finding on a plain amount keeps its fix.
            let plain = HardeningSupport.standard.validate(
                #"{"merchant_uid": "o-1", "customer_uid": "c-1", "amount": "1000", "name": "x"}"#,
                options: ValidationOptions(kind: "rest-again", now: 0)
            )
            #expect(plain.diagnostics.contains { $0.pointer == "/amount" && $0.fix?.value == "1000" })
        }

        @Test func aCardNumberInAMemberNameOrAURLIsNeverPrinted() {
            let text =
                #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "m_redirect_url": "https://a.com/r?c=4563-1912-3456-7897", "4563191234567897": 1}"#
            let result = HardeningSupport.standard.validate(
                text,
                options: ValidationOptions(kind: "sdk-payment", now: 0)
            )
            let unknown = result.diagnostics.first { $0.ruleID == "field-unknown" }
            #expect(unknown?.pointer == "/456319******7897")
            var writer = TextReportWriter(color: false, codeFrames: true)
            let output = writer.write(FileReport(path: "p.json", result: result, source: Array(text.utf8)))
            #expect(!output.contains("4563191234567897") && !output.contains("1912-3456"), "\(output)")
        }

        @Test func maskedCardNumbersInReportsShowSixAndFour() {
            let text =
                #"{"merchant_uid": "KEYIN-0001", "amount": "55,000", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "880214", "pwd_2digit": "12"}"#
            let result = HardeningSupport.standard.validate(
                text,
                options: ValidationOptions(kind: "rest-onetime", now: 0)
            )
            var writer = TextReportWriter(color: false, codeFrames: true)
            let output = writer.write(FileReport(path: "p.json", result: result, source: Array(text.utf8)))
            #expect(output.contains("4111-11**-****-1111"), "\(output)")
        }
    }
}
