import KCPLint
import Testing

extension Hardening {
    /// One `Validator.standard()` shared by many tasks gives each the same answers as a lone caller.
    /// Run under `swift test --sanitize=thread` by `Scripts/sanitizers.sh`.
    @Suite struct ConcurrencyStressTests {
        /// 200 payloads of every kind, valid and invalid, some unreadable.
        static let payloads: [String] = (0..<200).map { index in
            let amount = index % 3 == 0 ? "\"\(index),000\"" : "\(index * 100)"
            switch index % 8 {
            case 0:
                return
                    #"{"channelKey": "channel-key-\#(index)", "pay_method": "phone", "merchant_uid": "ORD-\#(index)", "amount": \#(amount), "buyer_tel": "010-1234-5678"}"#
            case 1:
                return
                    #"{"customer_uid": "c-\#(index)", "merchant_uid": "AGAIN-\#(index)", "amount": \#(amount), "name": "정기 결제 \#(index)"}"#
            case 2:
                return
                    #"{"merchant_uid": "KEYIN-\#(index)", "amount": \#(amount), "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "880214", "pwd_2digit": "12"}"#
            case 3:
                return
                    #"{"card_number": "5409-1200-3456-7893", "expiry": "2031-07", "birth": "820213", "customer_name": "오하준 \#(index)"}"#
            case 4:
                return
                    #"{"customer_uid": "c-\#(index)", "schedules": [{"merchant_uid": "S-\#(index)", "schedule_at": 1798729200000, "amount": \#(amount)}]}"#
            case 5:
                return
                    #"{"pg": "kcp_billing.AO09C", "pay_method": "card", "merchant_uid": "B-\#(index)", "amount": 0, "customer_uid": "c-\#(index)", "buyer_tel": "010-3141-5926"}"#
            case 6:
                return
                    #"[{"pay_method": "vbank", "amount": \#(amount), "vbank_due": "2020010\#(index % 10)"}, {"customer_uid": "c"}, 1]"#
            default:
                return #"{"pay_method": "card", "amount": \#(index),, "merchant_uid": "x\#(index)"}"#
            }
        }

        @Test func oneStandardValidatorIsSharedByEightTasks() async throws {
            let validator = try Validator.standard()
            let options = ValidationOptions(language: .ko, now: 1_767_193_200)
            let expected = Self.payloads.map { validator.validate($0, options: options) }
            #expect(expected.contains { !$0.diagnostics.isEmpty })
            let results = await withTaskGroup(of: (Int, [[Diagnostic]], [[MaskedRange]]).self) { group in
                for task in 0..<8 {
                    group.addTask {
                        var diagnostics: [[Diagnostic]] = []
                        var masked: [[MaskedRange]] = []
                        // Each task walks the payloads from a different starting point.
                        for step in 0..<Self.payloads.count {
                            let payload = Self.payloads[(step + task * 25) % Self.payloads.count]
                            let result = validator.validate(payload, options: options)
                            diagnostics.append(result.diagnostics)
                            masked.append(result.maskedRanges)
                        }
                        return (task, diagnostics, masked)
                    }
                }
                var all: [(Int, [[Diagnostic]], [[MaskedRange]])] = []
                for await result in group { all.append(result) }
                return all
            }
            #expect(results.count == 8)
            for (task, diagnostics, masked) in results {
                for step in 0..<Self.payloads.count {
                    let index = (step + task * 25) % Self.payloads.count
                    #expect(diagnostics[step] == expected[index].diagnostics, "task \(task), payload \(index)")
                    #expect(masked[step] == expected[index].maskedRanges, "task \(task), payload \(index)")
                }
            }
        }

        /// Copies of a validator, one per task, give the same answers as the original (in any language, with a
        /// user catalogue on top of the default one too).
        @Test func independentCopiesGiveTheSameAnswers() async throws {
            let override = CatalogueSource(
                name: "team.yaml",
                text: "catalogue: team\nversion: 1\noverrides:\n  amount-missing: warning\n"
            )
            for validator in [try Validator.standard(), Validator(catalogue: try .standard(extendedWith: [override]))] {
                let options = ValidationOptions(language: .ko, now: 1_767_193_200)
                let expected = Self.payloads.map { validator.validate($0, options: options).diagnostics }
                let copies = (0..<4).map { _ in validator.independentCopy() }
                #expect(copies[0].catalogue.ruleSummaries == validator.catalogue.ruleSummaries)
                let results = await withTaskGroup(of: [[Diagnostic]].self) { group in
                    for copy in copies {
                        group.addTask { Self.payloads.map { copy.validate($0, options: options).diagnostics } }
                    }
                    var all: [[[Diagnostic]]] = []
                    for await result in group { all.append(result) }
                    return all
                }
                #expect(results.count == 4)
                for result in results { #expect(result == expected) }
            }
        }

        @Test func catalogueLoadingAndReportsAreSafeFromManyTasks() async throws {
            // Loading catalogues and rendering reports share nothing mutable either.
            let outputs = try await withThrowingTaskGroup(of: String.self) { group in
                for task in 0..<8 {
                    group.addTask {
                        let validator = try Validator.standard()
                        let payload = Self.payloads[task]
                        let result = validator.validate(payload, options: ValidationOptions(now: 0))
                        let report = FileReport(path: "p\(task).json", result: result, source: Array(payload.utf8))
                        var writer = JSONReportWriter()
                        var summary = ReportSummary()
                        summary.add(report)
                        return writer.begin() + writer.write(report) + writer.end(summary)
                    }
                }
                var all: [String] = []
                for try await output in group { all.append(output) }
                return all
            }
            #expect(outputs.count == 8)
            #expect(outputs.allSatisfy { $0.hasPrefix("{\"version\":1") })
        }
    }
}
