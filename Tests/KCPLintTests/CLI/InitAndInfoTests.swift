import Foundation
import Testing

/// `kcplint init`, `rules`, `explain`, `kinds`, and smoke tests on the default catalogue.
@Suite struct InitAndInfoTests {
    @Test func initWritesAStarterThatLoadsAndRefusesToOverwrite() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.run(["init"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == "wrote .kcplint.yml\n")
        let config = folder.appendingPathComponent(".kcplint.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        #expect(text.hasPrefix("# kcplint project configuration"))
        #expect(text.contains("# failOn: error"))
        // The starter is valid and changes nothing: it loads with the default catalogue.
        try Data(#"{"#.utf8).write(to: folder.appendingPathComponent("a.json"))
        let check = try CLI.run(
            ["check", "--format", "json", "a.json"],
            in: folder,
            environment: CLI.environment(fixtureCatalogue: false)
        )
        #expect(check.status == 1)
        #expect(check.stdout.contains(#""ruleId":"json-syntax""#))
        // An existing file is kept unless --force.
        try "language: ko\n".write(to: config, atomically: true, encoding: .utf8)
        let again = try CLI.run(["init"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr == "kcplint: error: .kcplint.yml already exists; use --force to overwrite it\n")
        #expect(try String(contentsOf: config, encoding: .utf8) == "language: ko\n")
        let forced = try CLI.run(["init", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: config, encoding: .utf8) == text)
        let elsewhere = try CLI.run(["init", "sub.yml"], in: folder)
        #expect(elsewhere.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sub.yml").path))
        // A symbolic link, even to nothing yet, is written through only with --force.
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.yml", withDestinationPath: "a.json")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/dangling.yml",
            withDestinationPath: "new.yml"
        )
        for link in ["link.yml", "dangling.yml"] {
            let refused = try CLI.run(["init", link], in: folder)
            #expect(refused.status == 2)
            #expect(refused.stderr == "kcplint: error: \(link) is a symbolic link; use --force to write through it\n")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("a.json"), encoding: .utf8) == "{")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.yml").path))
    }

    @Test func rulesListAndFilter() throws {
        let all = try CLI.run(["rules", "--no-config"])
        #expect(all.status == 0)
        #expect(all.stdout.contains("phone-requires-buyer-name"))
        let warnings = try CLI.run(["rules", "--no-config", "--severity", "warning", "--format", "json"])
        let rules = try JSONSerialization.jsonObject(with: Data(warnings.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rules.compactMap { $0["id"] as? String } == ["expiry-in-past", "field-unknown", "field-deprecated"])
        // The configuration's severities show.
        let configured = try CLI.run(["rules", "--config", "project.kcplint.yml", "--lang", "en"])
        #expect(configured.stdout.contains("expiry-in-past             error    Card expiry in the past"))
        #expect(try CLI.run(["rules", "--no-config", "--kind", "nope"]).status == 2)
    }

    @Test func explainAndKinds() throws {
        let explain = try CLI.run(["explain", "--no-config", "phone-requires-buyer-name"])
        #expect(explain.status == 0)
        try CLI.assertGolden(explain.stdout, "explain.txt")
        let korean = try CLI.run(["explain", "--no-config", "--lang", "ko", "phone-requires-buyer-name"])
        #expect(korean.stdout.hasPrefix("phone-requires-buyer-name: 휴대폰 결제에는 구매자 이름이 필요함\n"))
        // The rationale in the report's language (`rationale: {en, ko}`).
        #expect(korean.stdout.contains("\n통신사 결제창은 구매자 이름이 없는 결제를 거절합니다.\n"))
        #expect(!korean.stdout.contains("The carrier billing window"))
        let unknown = try CLI.run(["explain", "--no-config", "nope"])
        #expect(unknown.status == 2)
        let unknownInKorean = try CLI.run(["explain", "--no-config", "--lang", "ko", "nope"])
        #expect(unknownInKorean.stderr.hasPrefix("kcplint: error: 알 수 없는 규칙 'nope'"))
        let unknownKind = try CLI.run(["check", "--no-config", "--lang", "ko", "--kind", "nope", "x.json"])
        #expect(unknownKind.stderr == "kcplint: error: 알 수 없는 종류 'nope'. 종류: test-payment\n")
        let kinds = try CLI.run(["kinds", "--no-config"])
        #expect(kinds.stdout == "1. test-payment: Test payment\n   detected when `merchant_uid` is present\n")
        let koreanKinds = try CLI.run(["kinds", "--no-config", "--lang", "ko"])
        #expect(koreanKinds.stdout == "1. test-payment: 테스트 결제\n   판별 조건: `merchant_uid` 있음\n")
        // Shared options before the command's name: still that command, not files for `check`.
        let optionsFirst = try CLI.run(["--no-config", "--lang=ko", "explain", "phone-requires-buyer-name"])
        #expect(optionsFirst.stdout == korean.stdout)
        #expect(try CLI.run(["--no-config", "kinds"]).stdout == kinds.stdout)
    }

    /// `explain` prints examples as reports print payloads: a card number, birth date or password in them is
    /// masked, and control characters in a catalogue's text cannot reach the terminal.
    @Test func explainMasksExamplesAndControlCharacters() throws {
        let environment = CLI.environment(fixtureCatalogue: false)
        let secret = try CLI.run(["explain", "--no-config", "secret-card-number"], environment: environment)
        #expect(secret.stdout.contains(#""card": "4563-19**-****-7897""#))
        #expect(!secret.stdout.contains("4563-1912-3456-7897"))
        let expiry = try CLI.run(["explain", "--no-config", "--lang", "ko", "expiry-past"], environment: environment)
        #expect(!expiry.stdout.contains("900101") && expiry.stdout.contains(#""expiry": "2019-01""#))
        #expect(expiry.stdout.contains("\n잘못된 예:\n") && expiry.stdout.contains("심각도:   error\n"))
        try CLI.withFolder([
            "rules.yaml": """
            catalogue: shop
            version: 1
            rules:
              - id: shop-rule
                title: "Bell\\u0007 and \\e[31mred"
                rationale: A rule of the shop.
                severity: warning
                source: https://shop.example/rules
                kinds: [test-payment]
                message: "`memo` is not sent"
                assert: {forbid: memo}
                examples:
                  valid:
                    - {merchant_uid: o-1}
                  invalid:
                    - payload: {merchant_uid: o-1, memo: x}
                      pointer: /memo
            """
        ]) { folder in
            let run = try CLI.run(["explain", "--no-config", "--rules", "rules.yaml", "shop-rule"], in: folder)
            #expect(run.stdout.hasPrefix("shop-rule: Bell\u{FFFD} and \u{FFFD}[31mred\n"), "\(run.stdout)\(run.stderr)")
        }
    }

    @Test func completionScripts() throws {
        let bash = try CLI.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        #expect(bash.stdout.contains("--fail-on"))
    }

    @Test func defaultCatalogueSmoke() throws {
        let environment = CLI.environment(fixtureCatalogue: false)
        let kinds = try CLI.run(["kinds", "--no-config"], environment: environment)
        for kind in [
            "sdk-payment", "sdk-billing-key", "rest-onetime", "rest-billing-key", "rest-again", "rest-schedule",
        ] {
            #expect(kinds.stdout.contains("\(kind): "), "default kind \(kind)")
        }
        let broken = try CLI.run(
            ["check", "--no-config", "--format", "json", "-"],
            environment: environment,
            stdin: #"{"amount": 1000,}"#
        )
        #expect(broken.status == 1)
        #expect(broken.stdout.contains(#""ruleId":"json-syntax""#))
        let examples = try CLI.run(
            ["check", "--no-config", "--now", CLI.now, "--format", "sarif", Repository.url("Examples").path],
            environment: environment
        )
        #expect(examples.status != 2, "\(examples.stderr)")
        #expect(examples.stdout.contains(#""ruleId":"#))
    }
}
