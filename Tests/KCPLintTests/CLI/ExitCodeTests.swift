import Foundation
import Testing

/// Exit codes: 0 nothing at or above the fail level, 1 findings, 2 could not run.
@Suite struct ExitCodeTests {
    static let base = ["check", "--no-config", "--now", CLI.now, "--no-timing"]

    @Test func cleanIsZero() throws {
        let run = try CLI.run(Self.base + ["payloads/good.json"])
        #expect(run.status == 0)
        #expect(run.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos\n")
    }

    @Test func errorsAreOne() throws {
        #expect(try CLI.run(Self.base + ["payloads/phone-no-name.json"]).status == 1)
    }

    @Test func warningsOnlyAreZeroUnlessTheFailLevelIsLower() throws {
        #expect(try CLI.run(Self.base + ["payloads/warn-only.json"]).status == 0)
        #expect(try CLI.run(Self.base + ["--fail-on", "warning", "payloads/warn-only.json"]).status == 1)
        #expect(try CLI.run(Self.base + ["--fail-on", "info", "payloads/warn-only.json"]).status == 1)
        #expect(try CLI.run(Self.base + ["--fail-on", "warning", "payloads/good.json"]).status == 0)
    }

    @Test func maxWarnings() throws {
        let over = try CLI.run(Self.base + ["--max-warnings", "0", "payloads/warn-only.json"])
        #expect(over.status == 1)
        #expect(over.stderr == "kcplint: too many warnings: 1, more than --max-warnings 0\n")
        #expect(try CLI.run(Self.base + ["--max-warnings", "1", "payloads/warn-only.json"]).status == 0)
        // --quiet hides warnings but they still count.
        let quiet = try CLI.run(Self.base + ["--quiet", "--max-warnings", "0", "payloads/warn-only.json"])
        #expect(quiet.status == 1)
        #expect(!quiet.stdout.contains("warning:"))
    }

    @Test(arguments: [
        [String](),  // no path
        ["--format", "yaml", "payloads"],
        ["--fail-on", "fatal", "payloads"],
        ["--max-warnings", "-1", "payloads"],
        ["--max-warnings", "many", "payloads"],
        ["--now", "yesterday", "payloads"],
        ["--exclude", "[a-", "payloads"],
        ["--no-such-flag", "payloads"],
        ["--lang", "jp", "payloads"],
    ])
    func badUsageIsTwo(arguments: [String]) throws {
        let run = try CLI.run(Self.base + arguments)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("kcplint: "))
    }

    /// The usage errors say what is wrong with the value, not that it is missing.
    @Test func usageErrorsNameTheValue() throws {
        let negative = try CLI.run(Self.base + ["--max-warnings", "-1", "payloads"])
        #expect(negative.stderr.hasPrefix("kcplint: Error: --max-warnings must be 0 or more\n"))
        let unnamed = try CLI.run(Self.base + ["--stdin-filename", "", "-"], stdin: "{}")
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.hasPrefix("kcplint: Error: --stdin-filename needs a name (the default is <stdin>)\n"))
    }

    /// Standard input named with --stdin-filename is excluded as the file of that name would be.
    @Test func standardInputNamedLikeAnExcludedFileIsExcluded() throws {
        let named = Self.base + ["--stdin-filename", "fixtures/y.json", "-"]
        let excluded = try CLI.run(named + ["--exclude", "fixtures/"], stdin: "{}")
        #expect(excluded.status == 0)
        #expect(excluded.stdout.contains("0 files checked"))
        let checked = try CLI.run(named, stdin: "{}")
        #expect(checked.stdout.contains("1 file checked"))
    }

    /// A catalogue or configuration file that cannot be used says why: missing, a folder, not UTF-8; and one read
    /// through a pipe (`--rules <(…)`) is read.
    @Test func unreadableCatalogueAndConfigurationFilesSayWhy() throws {
        try CLI.withFolder(["rules/extra.yaml": "catalogue: extra\nversion: 1\n"]) { folder in
            try Data([0xFF, 0xFE, 0x63, 0x00]).write(to: folder.appendingPathComponent("utf16.yaml"))
            try Data([0x63, 0x00, 0x3A, 0x00]).write(to: folder.appendingPathComponent("utf16le.yaml"))
            try Data("catalogue: \u{E9}\n".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }).write(
                to: folder.appendingPathComponent("latin1.yaml")
            )
            for (file, reason) in [
                ("no-such.yaml", "no such file or directory"), ("rules", "it is a directory"),
                ("utf16.yaml", "it is UTF-16 text; save it as UTF-8"), ("latin1.yaml", "it is not UTF-8 text"),
                ("utf16le.yaml", "it is UTF-16 or UTF-32 text; save it as UTF-8"),
            ] {
                let rules = try CLI.run(Self.base + ["--rules", file, "-"], in: folder, stdin: "{}")
                #expect(rules.status == 2)
                #expect(rules.stderr == "kcplint: error: cannot read the catalogue file \(file): \(reason)\n")
                let config = try CLI.run(["check", "--config", file, "-"], in: folder, stdin: "{}")
                #expect(config.stderr == "kcplint: error: cannot read the configuration file \(file): \(reason)\n")
            }
            // A stray NUL in UTF-8 text is the YAML reader's to locate, not a UTF-16 file.
            try Data("version: 1\nlanguage: ko\u{0}\n".utf8).write(to: folder.appendingPathComponent("nul.yml"))
            let stray = try CLI.run(["check", "--config", "nul.yml", "-"], in: folder, stdin: "{}")
            #expect(stray.stderr.hasPrefix("nul.yml:2:13: error: control characters are not allowed (U+0000)\n"))
            let piped = try CLI.run(
                [
                    "-c", #"exec "$0" check --no-config --rules <(cat rules/extra.yaml) --no-timing -"#,
                    try #require(CLI.binary).path,
                ],
                in: folder,
                stdin: "{}",
                executable: URL(fileURLWithPath: "/bin/bash")
            )
            #expect(piped.stderr == "", "\(piped.stderr)")
            #expect(piped.status != 2)
            #expect(piped.stdout.contains("1 file checked"), "\(piped.stdout)")
        }
    }

    @Test func helpAndVersionAreZero() throws {
        let help = try CLI.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on"))
        #expect(help.stdout.contains("Examples:"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("kcplint "))
        for command in ["rules", "explain", "kinds", "init"] {
            let run = try CLI.run([command, "--help"])
            #expect(run.status == 0, "\(command) --help")
            #expect(run.stdout.contains("Example"), "\(command) --help has examples")
        }
    }

    @Test func unknownKindIsTwo() throws {
        let run = try CLI.run(Self.base + ["--kind", "rest-agian", "payloads/good.json"])
        #expect(run.status == 2)
        #expect(run.stderr == "kcplint: error: unknown kind 'rest-agian'; kinds are test-payment\n")
    }

    @Test func missingAndUnreadableInputsAreTwoAndOthersAreStillReported() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: CLI.fixtures.appendingPathComponent("payloads/phone-no-name.json"),
            to: folder.appendingPathComponent("bad.json")
        )
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("dangling.json").path,
            withDestinationPath: "/nonexistent/kcplint.json"
        )
        let run = try CLI.run(Self.base + ["--format", "json", ".", "missing.json"], in: folder)
        #expect(run.status == 2)
        #expect(
            run.stdout.contains(
                #"{"path":"./bad.json","kind":"test-payment","diagnostics":[{"ruleId":"phone-requires-buyer-name""#
            )
        )
        #expect(
            run.stdout.contains(
                #"{"path":"./dangling.json","kind":null,"diagnostics":[{"ruleId":"input-unreadable","severity":"error","message":"cannot read the file: no such file or directory""#
            )
        )
        #expect(
            run.stdout.contains(
                #"{"path":"missing.json","kind":null,"diagnostics":[{"ruleId":"input-unreadable","severity":"error","message":"no such file or directory""#
            )
        )
        #expect(run.stderr.contains("kcplint: error: missing.json: no such file or directory"))
        let text = try CLI.run(Self.base + [".", "missing.json"], in: folder)
        #expect(text.status == 2)
        #expect(text.stdout.hasSuffix("3 files checked (2 unreadable): 3 errors, 1 warning, 0 infos\n"))
    }

    @Test func unreadableFileIsTwo() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secret.json")
        try Data("{}".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        guard !FileManager.default.isReadableFile(atPath: file.path) else { return }  // root reads anything
        let run = try CLI.run(Self.base + ["secret.json"], in: folder)
        #expect(run.status == 2)
        #expect(
            run.stdout.contains("secret.json:1:1: error: cannot read the file: permission denied [input-unreadable]")
        )
    }

    @Test func invalidCatalogueIsTwo() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "catalogue: extra\nversion: 1\nrules:\n  - id: Bad_Id\n    title: x\n".write(
            to: folder.appendingPathComponent("extra.yaml"),
            atomically: true,
            encoding: .utf8
        )
        let run = try CLI.run(
            Self.base + ["--rules", folder.appendingPathComponent("extra.yaml").path, "payloads/good.json"]
        )
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("extra.yaml:4:9: error: an id is kebab-case"))
        #expect(run.stderr.contains("kcplint: error: the rule catalogue is invalid ("))
        let missing = try CLI.run(Self.base + ["--rules", "no-such.yaml", "payloads/good.json"])
        #expect(missing.status == 2)
        #expect(
            missing.stderr == "kcplint: error: cannot read the catalogue file no-such.yaml: no such file or directory\n"
        )
    }

    /// A user catalogue rule (`--rules`, or `rules:` in `.kcplint.yml`) on the default catalogue, with `examples`.
    static func userRule(_ examples: String) -> String {
        """
        catalogue: t
        version: 1
        rules:
          - id: t-rule
            title: {en: "T", ko: "T"}
            severity: warning
            kinds: [sdk-payment]
            assert: {path: name, pattern: '^a'}
            message: "`name` must start with a"
            rationale: r
            source: https://example.com
            examples:
        \(examples)
        """
    }

    /// A user catalogue's examples are read and run when it loads, against the whole catalogue: one that is not JSON,
    /// a valid one the rule reports or an invalid one it does not is a catalogue problem located at the example, in
    /// `check`, `explain` and `rules` alike (exit 2, nothing on standard output).
    @Test func aUserCatalogueWhoseExamplesContradictItIsTwo() throws {
        let contradicting = Self.userRule(
            """
                  valid:
                    - {pay_method: card, merchant_uid: o-1, amount: 1000, name: zzz}
                  invalid:
                    - payload: {pay_method: card, merchant_uid: o-1, amount: 1000, name: abc}
                      pointer: /name
                    - payload: '{"customer_uid": "c", "merchant_uid": "m", "amount": 1000, "name": "b"}'
                      pointer: /name
                      kind: rest-again
            """
        )
        let malformed = Self.userRule(
            """
                  valid: ['{not json at all']
                  invalid: [{payload: '[[[[', pointer: /name}]
            """
        )
        let contradictions = [
            #"user.yaml:14:11: error: valid example draws rule `t-rule` at "/name" (`name` must start with a)"#,
            #"user.yaml:16:11: error: invalid example must draw rule `t-rule` at "/name", but draws it nowhere (checked as kind `sdk-payment`)"#,
            #"user.yaml:18:11: error: invalid example must draw rule `t-rule` at "/name", but draws it nowhere (checked as kind `rest-again`)"#,
            "kcplint: error: the rule catalogue is invalid (3 problems)",
        ]
        let notJSON = [
            "bad.yaml:13:15: error: example is not valid JSON: object keys must be double-quoted strings (character 2 of the payload)",
            "bad.yaml:14:27: error: example is not valid JSON: unexpected end of input, expected a value or ']' (character 5 of the payload)",
            "kcplint: error: the rule catalogue is invalid (2 problems)",
        ]
        try CLI.withFolder(
            [
                "user.yaml": contradicting, "bad.yaml": malformed, "p.json": #"{"pay_method": "card"}"#,
                "project/.kcplint.yml": "version: 1\nrules: [../user.yaml]\n", "project/p.json": "{}",
            ]
        ) { folder in
            let environment = CLI.environment(fixtureCatalogue: false)
            for (file, expected) in [("user.yaml", contradictions), ("bad.yaml", notJSON)] {
                for command in [
                    ["check", "--no-timing", "p.json"], ["explain", "t-rule"], ["rules"], ["kinds"],
                ] {
                    let run = try CLI.run(
                        command + ["--no-config", "--rules", file],
                        in: folder,
                        environment: environment
                    )
                    #expect(run.status == 2, "\(command)")
                    #expect(run.stdout == "", "\(command)")
                    #expect(run.stderr == expected.map { $0 + "\n" }.joined(), "\(command)")
                }
            }
            // Named by the configuration's `rules:`, the file is checked the same (and named by its path).
            let configured = try CLI.run(
                ["check", "--no-timing", "p.json"],
                in: folder.appendingPathComponent("project"),
                environment: environment
            )
            #expect(configured.status == 2)
            let lines = configured.stderr.split(separator: "\n").map(String.init)
            #expect(lines.count == contradictions.count)
            for (line, expected) in zip(lines, contradictions) { #expect(line.hasSuffix(expected), "\(line)") }
        }
    }

    /// A user catalogue whose examples hold loads as before (the demo one too).
    @Test func aUserCatalogueWhoseExamplesHoldLoads() throws {
        let holding = Self.userRule(
            """
                  valid:
                    - {pay_method: card, merchant_uid: o-1, amount: 1000, name: abc}
                    - '{"customer_uid": "c", "merchant_uid": "m", "amount": 1000, "name": "b"}'
                  invalid:
                    - payload: {pay_method: card, merchant_uid: o-1, amount: 1000, name: zzz}
                      pointer: /name
            """
        )
        try CLI.withFolder(
            [
                "user.yaml": holding,
                "p.json": #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "name": "b"}"#,
            ]
        ) { folder in
            let environment = CLI.environment(fixtureCatalogue: false)
            let check = try CLI.run(
                ["check", "--no-config", "--no-timing", "--rules", "user.yaml", "p.json"],
                in: folder,
                environment: environment
            )
            #expect(check.status == 0 && check.stderr == "")
            #expect(check.stdout.contains("p.json:1:71: warning: `name` must start with a [t-rule]\n"))
            let explain = try CLI.run(
                ["explain", "--no-config", "--rules", "user.yaml", "t-rule"],
                in: folder,
                environment: environment
            )
            #expect(explain.status == 0 && explain.stderr == "")
            #expect(
                explain.stdout.contains(
                    #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "name": "zzz"}"#
                )
            )
            let demo = try CLI.run(
                [
                    "check", "--no-config", "--no-timing", "--rules",
                    Repository.url("Examples/demo/shop-rules.yaml").path, "p.json",
                ],
                in: folder,
                environment: environment
            )
            #expect(demo.status != 2 && demo.stderr == "")
        }
    }

    /// A catalogue named twice (the configuration's `rules:` and `--rules`, or through a link) is loaded once.
    @Test func aCatalogueNamedTwiceIsLoadedOnce() throws {
        let rules = try String(contentsOf: Repository.url("Examples/demo/shop-rules.yaml"), encoding: .utf8)
        try CLI.withFolder(
            [
                "shop-rules.yaml": rules, ".kcplint.yml": "version: 1\nrules: [shop-rules.yaml]\n",
                "a.json": #"{"pay_method": "card", "merchant_uid": "m", "amount": 1000}"#,
            ]
        ) { folder in
            try FileManager.default.createSymbolicLink(
                atPath: folder.path + "/alias.yaml",
                withDestinationPath: "shop-rules.yaml"
            )
            let environment = CLI.environment(fixtureCatalogue: false)
            let once = try CLI.run(["check", "--no-timing", "a.json"], in: folder, environment: environment)
            let twice = try CLI.run(
                ["check", "--no-timing", "--rules", "shop-rules.yaml", "--rules", "alias.yaml", "a.json"],
                in: folder,
                environment: environment
            )
            #expect(once.status != 2 && once.stderr.isEmpty)
            #expect(twice.status == once.status && twice.stderr.isEmpty)
            #expect(twice.stdout == once.stdout)
        }
    }

    @Test func invalidConfigurationIsTwoWithLocatedMessages() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "version: 1\nfailOn: fatal\noverrides:\n  expiry-in-pest: off\n".write(
            to: folder.appendingPathComponent(".kcplint.yml"),
            atomically: true,
            encoding: .utf8
        )
        try Data("{\"merchant_uid\": \"o-1\"}".utf8).write(to: folder.appendingPathComponent("a.json"))
        // Found by walking up from the working directory.
        let nested = folder.appendingPathComponent("sub/dir")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let structural = try CLI.run(["check", "../../a.json"], in: nested)
        #expect(structural.status == 2)
        // Outside the working directory, the configuration is named by its absolute path.
        #expect(
            structural.stderr.hasPrefix(
                folder.standardizedFileURL.path
                    + "/.kcplint.yml:2:9: error: `failOn` must be error, warning or info, found `fatal`\n"
            )
        )
        try "version: 1\noverrides:\n  expiry-in-pest: off\n".write(
            to: folder.appendingPathComponent(".kcplint.yml"),
            atomically: true,
            encoding: .utf8
        )
        let unknownRule = try CLI.run(["check", "a.json"], in: folder)
        #expect(unknownRule.status == 2)
        #expect(
            unknownRule.stderr == """
                .kcplint.yml:3:3: error: unknown rule `expiry-in-pest` (did you mean `expiry-in-past`?)
                kcplint: error: the configuration is invalid (1 problem)

                """
        )
        // --no-config ignores it; --config names another file.
        #expect(try CLI.run(["check", "--no-config", "a.json"], in: folder).status == 0)
        let missing = try CLI.run(["check", "--config", "nope.yml", "a.json"], in: folder)
        #expect(missing.status == 2)
        #expect(
            missing.stderr == "kcplint: error: cannot read the configuration file nope.yml: no such file or directory\n"
        )
        // In Korean under --lang ko.
        let korean = try CLI.run(["check", "--lang", "ko", "a.json"], in: folder)
        #expect(
            korean.stderr == """
                .kcplint.yml:3:3: error: 알 수 없는 규칙 `expiry-in-pest` (`expiry-in-past`을(를) 의도하셨나요?)
                kcplint: error: 설정이 올바르지 않습니다 (문제 1개)

                """
        )
        let koreanMissing = try CLI.run(["check", "--lang", "ko", "--config", "nope.yml", "a.json"], in: folder)
        #expect(koreanMissing.stderr == "kcplint: error: 설정 파일 nope.yml을(를) 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다\n")
    }

    @Test func configurationGates() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: CLI.fixtures.appendingPathComponent("payloads/warn-only.json"),
            to: folder.appendingPathComponent("w.json")
        )
        try "failOn: warning\n".write(
            to: folder.appendingPathComponent(".kcplint.yml"),
            atomically: true,
            encoding: .utf8
        )
        #expect(try CLI.run(["check", "w.json"], in: folder).status == 1)
        // The flag wins over the configuration.
        #expect(try CLI.run(["check", "--fail-on", "error", "w.json"], in: folder).status == 0)
        try "maxWarnings: 0\n".write(
            to: folder.appendingPathComponent(".kcplint.yml"),
            atomically: true,
            encoding: .utf8
        )
        #expect(try CLI.run(["check", "w.json"], in: folder).status == 1)
        #expect(try CLI.run(["check", "--max-warnings", "5", "w.json"], in: folder).status == 0)
    }

    @Test func githubFormatIsChosenInsideGitHubActions() throws {
        let auto = try CLI.run(
            Self.base + ["payloads/warn-only.json"],
            environment: CLI.environment(["GITHUB_ACTIONS": "true"])
        )
        let explicit = try CLI.run(Self.base + ["--format", "github", "payloads/warn-only.json"])
        #expect(auto.stdout == explicit.stdout)
        #expect(auto.stdout.hasPrefix("::warning file=payloads/warn-only.json,line=4,col=3,"))
        // An explicit format wins.
        let json = try CLI.run(
            Self.base + ["--format", "json", "payloads/warn-only.json"],
            environment: CLI.environment(["GITHUB_ACTIONS": "true"])
        )
        #expect(json.stdout.hasPrefix("{\"version\":1"))
    }
}
