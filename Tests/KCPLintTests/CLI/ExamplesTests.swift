import Foundation
import Testing

/// `kcplint check -v Examples/` on the default catalogue: every kind is detected and the good payloads are clean.
@Suite struct ExamplesTests {
    @Test func everyKindIsDetectedAndGoodPayloadsAreClean() throws {
        let run = try CLI.run(
            ["check", "-v", "--no-timing", "--now", "2026-11-28T12:00:00+09:00", "Examples/"],
            in: Repository.root,
            environment: CLI.environment(fixtureCatalogue: false)
        )
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").filter { $0.contains(" — ") }
        let expected: [(String, String)] = [
            ("Examples/rest-again/ok.json", "rest-again — ok"),
            ("Examples/rest-billing-key/ok.json", "rest-billing-key — ok"),
            ("Examples/rest-onetime/key-in-ok.json", "rest-onetime — ok"),
            ("Examples/rest-schedule/ok.json", "rest-schedule — ok"),
            ("Examples/sdk-billing-key/card-ok.json", "sdk-billing-key — 0 errors"),
            ("Examples/sdk-payment/card-ok.json", "sdk-payment — ok"),
            ("Examples/sdk-payment/phone-missing-buyer-name.json", "sdk-payment — 1 error"),
            ("Examples/rest-schedule/milliseconds.json", "rest-schedule — 2 errors"),
        ]
        for (path, summary) in expected {
            #expect(lines.contains { $0.hasPrefix("\(path): \(summary)") }, "\(path): \(summary) not in\n\(run.stdout)")
        }
    }
}
