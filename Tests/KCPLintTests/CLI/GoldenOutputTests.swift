import Foundation
import Testing

/// Every report format on the fixture payloads, compared byte for byte with `Snapshots/CLI/*`.
///
/// Re-record with `KCPLINT_RECORD=1 swift test --filter GoldenOutputTests`.
@Suite struct GoldenOutputTests {
    static let base = ["check", "--no-config", "--now", CLI.now, "--no-timing"]

    @Test(arguments: [
        ("text", "check.txt"), ("json", "check.json"), ("sarif", "check.sarif"), ("github", "check.github.txt"),
        ("junit", "check.junit.xml"), ("checkstyle", "check.checkstyle.xml"), ("gitlab", "check.gitlab.json"),
    ])
    func everyFormat(format: String, golden: String) throws {
        let run = try CLI.run(Self.base + ["--format", format, "payloads"])
        #expect(run.status == 1)
        #expect(run.stderr == "")
        try CLI.assertGolden(run.stdout, golden)
    }

    @Test func textInKorean() throws {
        let run = try CLI.run(Self.base + ["--lang", "ko", "payloads"])
        #expect(run.status == 1)
        try CLI.assertGolden(run.stdout, "check.ko.txt")
    }

    @Test func koreanFromTheLocale() throws {
        let fromLocale = try CLI.run(Self.base + ["payloads"], environment: CLI.environment(["LANG": "ko_KR.UTF-8"]))
        let fromFlag = try CLI.run(Self.base + ["--lang", "ko", "payloads"])
        #expect(fromLocale.stdout == fromFlag.stdout)
        #expect(fromLocale.stdout.contains("파일 7개 검사"))
        // LC_ALL wins over LANG.
        let english = try CLI.run(
            Self.base + ["payloads"],
            environment: CLI.environment(["LANG": "ko_KR.UTF-8", "LC_ALL": "en_US.UTF-8"])
        )
        #expect(english.stdout.contains("7 files checked"))
        // --lang wins over the locale.
        let flag = try CLI.run(
            Self.base + ["--lang", "en", "payloads"],
            environment: CLI.environment(["LANG": "ko_KR.UTF-8"])
        )
        #expect(flag.stdout == english.stdout)
        // Konkani (`kok`) is not Korean.
        let konkani = try CLI.run(Self.base + ["payloads"], environment: CLI.environment(["LANG": "kok_IN.UTF-8"]))
        #expect(konkani.stdout == english.stdout)
    }

    @Test func sarifAndJUnitInKorean() throws {
        let sarif = try CLI.run(Self.base + ["--lang", "ko", "--format", "sarif", "payloads"])
        try CLI.assertGolden(sarif.stdout, "check.ko.sarif")
        let junit = try CLI.run(Self.base + ["--lang", "ko", "--format", "junit", "payloads"])
        #expect(junit.stdout.contains("message=\"오류 3개, 경고 1개\""))
    }

    @Test func projectConfiguration() throws {
        let run = try CLI.run(["check", "--config", "project.kcplint.yml", "--now", CLI.now, "--no-timing", "payloads"])
        #expect(run.status == 1)
        try CLI.assertGolden(run.stdout, "check.config.txt")
    }

    @Test func quietShowsErrorsOnly() throws {
        let run = try CLI.run(Self.base + ["--quiet", "payloads/phone-no-name.json", "payloads/warn-only.json"])
        #expect(run.status == 1)
        try CLI.assertGolden(run.stdout, "check.quiet.txt")
    }

    @Test func standardInput() throws {
        let payload = try String(
            contentsOf: CLI.fixtures.appendingPathComponent("payloads/phone-no-name.json"),
            encoding: .utf8
        )
        let run = try CLI.run(Self.base + ["--stdin-filename", "body.json", "-"], stdin: payload)
        #expect(run.status == 1)
        try CLI.assertGolden(run.stdout, "check.stdin.txt")
    }

    @Test func colorsWhenAsked() throws {
        let run = try CLI.run(Self.base + ["--color", "always", "payloads/warn-only.json"])
        #expect(run.stdout.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        // Not a terminal: no colours by default, and NO_COLOR does not matter.
        let plain = try CLI.run(Self.base + ["payloads/warn-only.json"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let never = try CLI.run(Self.base + ["--color", "never", "payloads/warn-only.json"])
        #expect(never.stdout == plain.stdout)
    }

    /// util-linux `script`, to run kcplint on a pseudo-terminal.
    static let script: String? = {
        #if os(Linux)
            return FileManager.default.isExecutableFile(atPath: "/usr/bin/script") ? "/usr/bin/script" : nil
        #else
            return nil
        #endif
    }()

    @Test(.enabled(if: script != nil, "needs util-linux script(1) for a pseudo-terminal"))
    func colorsOnATerminalUnlessNoColor() throws {
        let binary = try #require(CLI.binary)
        let command = ([binary.path] + Self.base + ["payloads/warn-only.json"]).map { "'\($0)'" }.joined(separator: " ")
        let arguments = ["-qec", command, "/dev/null"]
        let terminal = try CLI.run(arguments, executable: URL(fileURLWithPath: try #require(Self.script)))
        #expect(terminal.stdout.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        let noColor = try CLI.run(
            arguments,
            environment: CLI.environment(["NO_COLOR": "1"]),
            executable: URL(fileURLWithPath: try #require(Self.script))
        )
        #expect(noColor.stdout.contains("warning: `/buyer_postcode`"))
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    @Test func timingIsShownByDefault() throws {
        let run = try CLI.run(["check", "--no-config", "--now", CLI.now, "payloads/good.json"])
        #expect(run.status == 0)
        let summary = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("1 file checked: 0 errors, 0 warnings, 0 infos ("))
        #expect(summary.hasSuffix(" ms)"))
    }
}
