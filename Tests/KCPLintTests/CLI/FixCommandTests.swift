import Foundation
import Testing

/// `check --fix`: safe fixes are written back (only the fixed values change), suggestions only with
/// `--unsafe-fixes`, and the report and exit code describe what is left.
@Suite struct FixCommandTests {
    static let base = ["check", "--no-config", "--now", CLI.now, "--no-timing"]
    /// The default catalogue, not the fixture one: the fixes under test are the real rules'.
    static let environment = CLI.environment(fixtureCatalogue: false)

    /// A payment with three safe fixes (two strings that are plainly a number and a boolean, a generic
    /// `pay_method` alias) and one suggestion (a misspelt member).
    static let payload = """
        {
          "channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c",
          "pay_method": "samsungpay",
          "merchant_uid": "ORD-20300101-000901",
          "name": "당근 10kg",
          "amount": "64900",
          "escrow" :  "false",
          "buyer_nmae": "홍길동",
          "buyer_tel": "010-1234-5678",
          "m_redirect_url": "https://shop.example.com/payments/complete"
        }

        """

    @Test func safeFixesAreWrittenAndTheReportShowsWhatIsLeft() throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            let run = try CLI.run(Self.base + ["--fix", "pay.json"], in: folder, environment: Self.environment)
            let fixed = Self.payload
                .replacingOccurrences(of: #""samsungpay""#, with: #""samsung""#)
                .replacingOccurrences(of: #""64900""#, with: "64900")
                .replacingOccurrences(of: #""false""#, with: "false")
            #expect(try CLI.read(folder, "pay.json") == fixed)
            #expect(run.stderr == "kcplint: applied 3 fixes in 1 file\n")
            // Left: the misspelt member (a warning, so the run passes), reported on the fixed file.
            #expect(run.status == 0)
            #expect(run.stdout.contains("pay.json:8:3: warning: `buyer_nmae` is not a parameter"))
            #expect(!run.stdout.contains("field-type"))
        }
    }

    @Test func suggestionsNeedUnsafeFixes() throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            let run = try CLI.run(
                Self.base + ["--fix", "--unsafe-fixes", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(try CLI.read(folder, "pay.json").contains(#""buyer_name": "홍길동""#))
            #expect(run.stderr == "kcplint: applied 4 fixes in 1 file\n")
            #expect(run.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos\n")
        }
    }

    @Test func withoutFixNothingIsWritten() throws {
        try CLI.withFolder(["pay.json": Self.payload, "broken.json": #"{"amount": "3000",}"#]) { folder in
            let plain = try CLI.run(Self.base + ["pay.json"], in: folder, environment: Self.environment)
            #expect(plain.status == 1)
            #expect(try CLI.read(folder, "pay.json") == Self.payload)
            // A file that is not JSON has nothing a fix can be placed in.
            let broken = try CLI.run(Self.base + ["--fix", "broken.json"], in: folder, environment: Self.environment)
            #expect(broken.status == 1)
            #expect(broken.stderr == "kcplint: applied 0 fixes in 0 files\n")
            #expect(try CLI.read(folder, "broken.json") == #"{"amount": "3000",}"#)
        }
    }

    @Test func aLinkStaysALinkAndPermissionsStay() throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            let target = folder.appendingPathComponent("pay.json").path
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("link.json").path,
                withDestinationPath: "pay.json"
            )
            _ = try CLI.run(Self.base + ["--fix", "link.json"], in: folder, environment: Self.environment)
            let link = folder.appendingPathComponent("link.json").path
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "pay.json")
            #expect(try CLI.read(folder, "pay.json").contains(#""amount": 64900,"#))
            let permissions = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
            #expect(permissions == 0o640)
        }
    }

    @Test func theFileIsWrittenInPlaceSoEveryNameSeesTheFix() throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            try FileManager.default.linkItem(
                at: folder.appendingPathComponent("pay.json"),
                to: folder.appendingPathComponent("other.json")
            )
            let inode = { (name: String) in
                try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[
                    .systemFileNumber
                ] as? Int
            }
            let before = try inode("pay.json")
            // Named twice (and a third time through the hard link): fixed once, counted once.
            let run = try CLI.run(
                Self.base + ["--fix", "pay.json", "./pay.json", "other.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(run.stderr == "kcplint: applied 3 fixes in 1 file\n")
            #expect(try inode("pay.json") == before)
            #expect(try CLI.read(folder, "other.json").contains(#""amount": 64900,"#))
            #expect(!run.stdout.contains("field-type"))
        }
    }

    @Test func findingsPastThePerFileCapAreFixedInOneRun() throws {
        let entries = (0..<600).map {
            #"{"merchant_uid": "SCHED-\#($0)", "schedule_at": 1900000000, "amount": "1000", "name": "n"}"#
        }
        let body = #"{"customer_uid": "cust-1", "schedules": [\#(entries.joined(separator: ",\n"))]}"#
        try CLI.withFolder(["schedule.json": body]) { folder in
            let run = try CLI.run(Self.base + ["--fix", "schedule.json"], in: folder, environment: Self.environment)
            #expect(run.stderr == "kcplint: applied 600 fixes in 1 file\n")
            #expect(try !CLI.read(folder, "schedule.json").contains(#""1000""#))
        }
    }

    @Test func numbersARealReaderWouldRoundStayStrings() throws {
        let body = Self.payload.replacingOccurrences(of: #""64900""#, with: #""9007199254740993""#)
        try CLI.withFolder(["pay.json": body]) { folder in
            _ = try CLI.run(Self.base + ["--fix", "pay.json"], in: folder, environment: Self.environment)
            #expect(try CLI.read(folder, "pay.json").contains(#""amount": "9007199254740993","#))
        }
    }

    @Test func theReportFileIsNeverAnInputFixed() throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            let run = try CLI.run(
                Self.base + ["--fix", "--format", "json", "--output", "pay.json", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(run.status == 2)
            #expect(try CLI.read(folder, "pay.json") == Self.payload)
        }
    }

    @Test func theCountSpeaksTheLanguageAndQuietHidesIt() throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            let korean = try CLI.run(
                Self.base + ["--lang", "ko", "--fix", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(korean.stderr == "kcplint: 파일 1개에 수정 3건을 적용했습니다\n")
            let quiet = try CLI.run(
                Self.base + ["--quiet", "--fix", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(quiet.stderr.isEmpty)
        }
    }

    @Test func aRuleTurnedOffFixesNothing() throws {
        let config = "version: 1\noverrides: {field-type: off, pay-method-alias: off}\n"
        try CLI.withFolder(["pay.json": Self.payload, ".kcplint.yml": config]) { folder in
            let run = try CLI.run(
                ["check", "--now", CLI.now, "--no-timing", "--fix", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(run.stderr == "kcplint: applied 0 fixes in 0 files\n")
            #expect(try CLI.read(folder, "pay.json") == Self.payload)
        }
    }

    /// Fixes nested four deep (each member's name has a trailing space, then the value is a string) are all applied
    /// by one `--fix`: a second one and `--diff` find nothing left.
    @Test func oneFixRunAppliesAChainOfFixes() throws {
        let chained = """
            {"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", \
            "merchant_uid": "ORD-20300101-000902", "name": "n", "amount": 1000, "buyer_tel": "010-1234-5678", \
            "m_redirect_url": "https://shop.example.com/done", "card ": {"direct ": {"code ": "361", "quota ": "3"}}}
            """
        try CLI.withFolder(["pay.json": chained]) { folder in
            let run = try CLI.run(Self.base + ["--fix", "pay.json"], in: folder, environment: Self.environment)
            #expect(run.status == 0, "\(run.stdout)")
            #expect(try CLI.read(folder, "pay.json").hasSuffix(#""card": {"direct": {"code": "361", "quota": 3}}}"#))
            let diff = try CLI.run(Self.base + ["--diff", "pay.json"], in: folder, environment: Self.environment)
            #expect(diff.status == 0 && diff.stdout.isEmpty)
        }
    }

    /// A catalogue fix that writes the value the member already has changes nothing: it is not counted, the file
    /// is not rewritten, and `--diff` passes.
    @Test func aFixThatChangesNothingIsNotApplied() throws {
        let rules = """
            catalogue: noop
            version: 1
            kinds:
              - id: sdk-payment
                fields:
                  memo2: {type: any}
            rules:
              - id: noop-rule
                title: N
                severity: warning
                kinds: [sdk-payment]
                assert: {path: memo2, type: object}
                message: memo2 should be an object
                fix: {replace: "y", safe: true}
                rationale: r
                source: https://example.com
                examples:
                  valid:
                    - {pay_method: card, merchant_uid: o-1, amount: 1000}
                  invalid:
                    - payload: {pay_method: card, merchant_uid: o-1, amount: 1000, memo2: x}
                      pointer: /memo2

            """
        let payload = #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "memo2": "y"}"#
        try CLI.withFolder(["pay.json": payload, "noop.yaml": rules]) { folder in
            let fix = try CLI.run(
                Self.base + ["--rules", "noop.yaml", "--fix", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(fix.stderr == "kcplint: applied 0 fixes in 0 files\n")
            #expect(try CLI.read(folder, "pay.json") == payload)
            let diff = try CLI.run(
                Self.base + ["--rules", "noop.yaml", "--diff", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(diff.status == 0 && diff.stdout.isEmpty)
        }
    }

    @Test(arguments: [["--fix", "-"], ["--unsafe-fixes", "pay.json"]])
    func badUsageIsTwo(arguments: [String]) throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            let run = try CLI.run(Self.base + arguments, in: folder, environment: Self.environment, stdin: Self.payload)
            #expect(run.status == 2)
            #expect(try CLI.read(folder, "pay.json") == Self.payload)
        }
    }

    @Test func explainSaysWhetherARulesFixIsSafe() throws {
        let expected = [
            ("pay-method-alias", "fix:     safe (the payload means the same after it): `check --fix` applies it"),
            ("field-type", "fix:     safe (the payload means the same after it): `check --fix` applies it"),
            ("field-unknown", "fix:     a suggestion: `check --fix --unsafe-fixes` applies it"),
        ]
        for (rule, line) in expected {
            let run = try CLI.run(["explain", "--no-config", rule], environment: Self.environment)
            #expect(run.stdout.contains(line + "\n"), "\(rule)")
        }
        let none = try CLI.run(["explain", "--no-config", "redirect-url-missing"], environment: Self.environment)
        #expect(!none.stdout.contains("fix:"))
    }

    @Test func diffShowsTheFixesAndWritesNothing() throws {
        try CLI.withFolder(["pay.json": Self.payload, "clean.json": "{\"a\": 1}"]) { folder in
            let run = try CLI.run(
                Self.base + ["--diff", "pay.json", "clean.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(run.status == 1)
            #expect(try CLI.read(folder, "pay.json") == Self.payload)
            #expect(run.stderr == "kcplint: --fix would apply 3 fixes in 1 file\n")
            let expected = """
                --- a/pay.json
                +++ b/pay.json
                @@ -1,10 +1,10 @@
                 {
                   "channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c",
                -  "pay_method": "samsungpay",
                +  "pay_method": "samsung",
                   "merchant_uid": "ORD-20300101-000901",
                   "name": "당근 10kg",
                -  "amount": "64900",
                -  "escrow" :  "false",
                +  "amount": 64900,
                +  "escrow" :  false,
                   "buyer_nmae": "홍길동",
                   "buyer_tel": "010-1234-5678",
                   "m_redirect_url": "https://shop.example.com/payments/complete"

                """
            #expect(run.stdout == expected)
            let clean = try CLI.run(Self.base + ["--diff", "clean.json"], in: folder, environment: Self.environment)
            #expect(clean.status == 0)
            #expect(clean.stdout.isEmpty)
        }
    }

    /// File names with a space, a tab, a line break or a quote are written as git writes them, so that `git apply`
    /// (and `patch -p1`) find the files.
    @Test func diffHeadersNameAnyFile() throws {
        let body = #"{"customer_uid": "c-1", "merchant_uid": "ORD-1", "amount": "1000", "name": "n"}"#
        let names = [
            "sp ace.json": "a/sp ace.json\t", "tab\tx.json": #""a/tab\tx.json""#, "nl\nx.json": #""a/nl\nx.json""#,
            "q\"x.json": #""a/q\"x.json""#, "결제.json": "a/결제.json",
        ]
        try CLI.withFolder(Dictionary(uniqueKeysWithValues: names.keys.map { ($0, body) })) { folder in
            for (name, header) in names {
                let run = try CLI.run(Self.base + ["--diff", name], in: folder, environment: Self.environment)
                let after = header.replacingOccurrences(of: "a/", with: "b/")
                #expect(run.stdout.hasPrefix("--- \(header)\n+++ \(after)\n"), "\(name)")
                guard
                    let git = ["/usr/bin/git", "/bin/git"].first(where: {
                        FileManager.default.isExecutableFile(atPath: $0)
                    })
                else { continue }
                try Data(run.stdout.utf8).write(to: folder.appendingPathComponent("fix.diff"))
                let check = try CLI.run(
                    ["apply", "--check", "fix.diff"],
                    in: folder,
                    executable: URL(fileURLWithPath: git)
                )
                #expect(check.status == 0, "\(name): \(check.stderr)")
            }
        }
    }

    /// A patch must match the file, so a diff shows the lines around a fix as they are: when they hold a
    /// sensitive value, kcplint says so on standard error.
    @Test func aDiffShowingSensitiveValuesSaysSo() throws {
        let body = "{\n \"merchant_uid\": \"K-1\",\n \"amount\": \"1000\",\n \"birth\": \"880214\"\n}\n"
        try CLI.withFolder(["key-in.json": body]) { folder in
            let run = try CLI.run(Self.base + ["--diff", "key-in.json"], in: folder, environment: Self.environment)
            #expect(run.stdout.contains("\n  \"birth\": \"880214\"\n"))
            #expect(
                run.stderr.hasPrefix(
                    "kcplint: warning: this diff shows sensitive values (card number, birth date, card password) as the files hold them, since a patch must match the file: do not share it\n"
                )
            )
        }
    }

    @Test func diffMarksALastLineWithoutABreak() throws {
        let body = #"{"customer_uid": "c-1", "merchant_uid": "ORD-1", "amount": "1000", "name": "n"}"#
        try CLI.withFolder(["again.json": body]) { folder in
            let run = try CLI.run(Self.base + ["--diff", "again.json"], in: folder, environment: Self.environment)
            let fixed = body.replacingOccurrences(of: #""1000""#, with: "1000")
            #expect(
                run.stdout
                    == "--- a/again.json\n+++ b/again.json\n@@ -1,1 +1,1 @@\n-\(body)\n\\ No newline at end of file\n+\(fixed)\n\\ No newline at end of file\n"
            )
        }
    }

    @Test(arguments: [["--diff", "--fix", "pay.json"], ["--diff", "--format", "json", "pay.json"], ["--diff", "-"]])
    func diffUsageErrorsAreTwo(arguments: [String]) throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            let run = try CLI.run(Self.base + arguments, in: folder, environment: Self.environment, stdin: Self.payload)
            #expect(run.status == 2)
        }
    }
}
