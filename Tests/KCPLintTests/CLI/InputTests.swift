import Foundation
import Testing

/// Inputs: folders, patterns, standard input, arrays, the output file.
@Suite struct InputTests {
    static let base = ["check", "--no-config", "--now", CLI.now, "--no-timing", "--format", "json"]

    /// The reported paths of a JSON report, in order.
    static func paths(_ report: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]] ?? []
        return files.compactMap { $0["path"] as? String }
    }

    @Test func foldersAreSearchedForJSONFilesSortedByPath() throws {
        let run = try CLI.run(Self.base + ["payloads"])
        #expect(
            try Self.paths(run.stdout) == [
                "payloads/batch.json", "payloads/broken.json", "payloads/card.json", "payloads/good.json",
                "payloads/phone-no-name.json", "payloads/warn-only.json", "payloads/한글/결제 요청.json",
            ]
        )
        // Hidden folders and files other than *.json are skipped.
        #expect(!run.stdout.contains("skipped.json"))
        #expect(!run.stdout.contains("notes.txt"))
    }

    @Test func includeAndExcludePatterns() throws {
        let excluded = try CLI.run(Self.base + ["--exclude", "한글/", "--exclude", "b*.json", "payloads"])
        #expect(
            try Self.paths(excluded.stdout) == [
                "payloads/card.json", "payloads/good.json", "payloads/phone-no-name.json", "payloads/warn-only.json",
            ]
        )
        // Exclusion applies to files named on the command line too (pre-commit passes every staged file).
        let named = try CLI.run(
            Self.base + ["--exclude", "payloads/card.json", "payloads/card.json", "payloads/good.json"]
        )
        #expect(try Self.paths(named.stdout) == ["payloads/good.json"])
        #expect(named.status == 0)
        let included = try CLI.run(Self.base + ["--include", "*.txt", "--exclude", "**/*.json", "payloads"])
        #expect(try Self.paths(included.stdout) == ["payloads/notes.txt"])
    }

    /// A hidden file is checked only when an include pattern names its leading dot, as a shell's `*` leaves it out.
    @Test func hiddenFilesOnlyWhenAPatternNamesThem() throws {
        try CLI.withFolder(["pay/.checkout.json": "{}", "pay/ok.json": "{}"]) { folder in
            for (include, expected) in [
                ([], ["pay/ok.json"]), (["*.json"], ["pay/ok.json"]),
                ([".checkout.json"], ["pay/.checkout.json", "pay/ok.json"]),
                (["**/.*.json"], ["pay/.checkout.json", "pay/ok.json"]),
                (["{.checkout,.other}.json"], ["pay/.checkout.json", "pay/ok.json"]),
                // Per alternative: `*` does not name hidden files, `.checkout` does.
                (["{.checkout,*}.json"], ["pay/.checkout.json", "pay/ok.json"]), (["{*,.other}.json"], ["pay/ok.json"]),
            ] {
                let run = try CLI.run(Self.base + include.flatMap { ["--include", $0] } + ["pay"], in: folder)
                #expect(try Self.paths(run.stdout) == expected, "\(include)")
            }
        }
    }

    @Test func eachFileOnce() throws {
        let run = try CLI.run(
            Self.base + ["payloads/good.json", "./payloads/good.json", "payloads/", "-"],
            stdin: "{}"
        )
        let paths = try Self.paths(run.stdout)
        #expect(paths.filter { $0.hasSuffix("good.json") }.count == 1)
        #expect(paths.contains("<stdin>"))
    }

    /// A file name need not be UTF-8 (older Korean systems wrote names in EUC-KR): such a file is found in a folder,
    /// can be named on the command line (once, however it is spelt) and fixed in place, and its path is reported
    /// with U+FFFD for the bytes that are not UTF-8.
    @Test func fileNamesThatAreNotUTF8AreChecked() throws {
        let binary = try #require(CLI.binary)
        try CLI.withFolder([:]) { folder in
            // Arguments with such bytes cannot be passed through `Process`: a shell makes the names.
            let script = #"""
                set -e
                name="$(printf '\260\341\301\246').json"
                mkdir -p "p/sub$(printf '\276')"
                cd p
                printf '%s' '{"pg": "kcp.A52CY", "currency": "krw"}' > "$name"
                cp "$name" "sub$(printf '\276')/a.json"
                "$0" check --no-config --no-timing --format json --kind sdk-payment . > ../folder.json || true
                "$0" check --no-config --no-timing --format json --kind sdk-payment --fix "$name" "./$name" \
                    > ../named.json 2> /dev/null || true
                cat "$name"
                """#
            let run = try CLI.run(
                ["-c", script, binary.path],
                in: folder,
                environment: CLI.environment(fixtureCatalogue: false),
                executable: URL(fileURLWithPath: "/bin/sh")
            )
            #expect(run.status == 0, "\(run.stderr)")
            let found = try Self.paths(try CLI.read(folder, "folder.json"))
            #expect(found == ["./sub\u{FFFD}/a.json", "./\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.json"])
            let named = try CLI.read(folder, "named.json")
            #expect(try Self.paths(named) == ["\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.json"])
            #expect(!named.contains("input-unreadable") && !named.contains("currency-code-spelling"))
            #expect(run.stdout == #"{"pg": "kcp.A52CY", "currency": "KRW"}"#)
            // Two arguments whose names read alike: neither is guessed.
            let alike = try CLI.run(
                [
                    "-c", #"cd p && exec "$0" check --no-config "$(printf 'x\350').json" "$(printf 'x\351').json""#,
                    binary.path,
                ],
                in: folder,
                executable: URL(fileURLWithPath: "/bin/sh")
            )
            #expect(alike.status == 2)
            #expect(alike.stdout.contains("reads as another argument that is not UTF-8 does"))
        }
    }

    @Test func standardInputWithItsName() throws {
        let run = try CLI.run(
            Self.base + ["--stdin-filename", "checkout/pay.json", "-"],
            stdin: #"{"merchant_uid": "o-1", "amount": 0}"#
        )
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                #"{"path":"checkout/pay.json","kind":"test-payment","diagnostics":[{"ruleId":"field-range""#
            )
        )
    }

    @Test func standardInputNameIsMatchedByTheConfiguration() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "paths:\n  - match: checkout/*.json\n    overrides: {field-unknown: off}\n".write(
            to: folder.appendingPathComponent(".kcplint.yml"),
            atomically: true,
            encoding: .utf8
        )
        let payload = #"{"merchant_uid": "o-1", "extra": 1}"#
        let matched = try CLI.run(["check", "--stdin-filename", "checkout/pay.json", "-"], in: folder, stdin: payload)
        #expect(matched.stdout.hasPrefix("1 file checked: 0 errors, 0 warnings"))
        let other = try CLI.run(
            ["check", "--stdin-filename", "other.json", "-", "--no-timing"],
            in: folder,
            stdin: payload
        )
        #expect(other.stdout.contains("[field-unknown]"))
    }

    @Test func arrayPayloadsHavePointersRelativeToTheFile() throws {
        let run = try CLI.run(Self.base + ["payloads/batch.json"])
        #expect(run.stdout.contains(#""pointer":"/1/amount""#))
        #expect(run.stdout.contains(#""pointer":"/1/pay_method""#))
    }

    @Test func kindFromTheFlagAndFromTheConfiguration() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // No merchant_uid: the kind cannot be detected.
        try Data(#"{"amount": 100}"#.utf8).write(to: folder.appendingPathComponent("body.json"))
        let detected = try CLI.run(Self.base + ["body.json"], in: folder)
        #expect(detected.stdout.contains(#""ruleId":"kind-unknown""#))
        let forced = try CLI.run(Self.base + ["--kind", "test-payment", "body.json"], in: folder)
        #expect(forced.stdout.contains(#""kind":"test-payment""#))
        #expect(forced.stdout.contains(#""ruleId":"field-required""#))
        try "paths:\n  - match: \"*.json\"\n    kind: test-payment\n".write(
            to: folder.appendingPathComponent(".kcplint.yml"),
            atomically: true,
            encoding: .utf8
        )
        let configured = try CLI.run(["check", "--format", "json", "body.json"], in: folder)
        #expect(configured.stdout.contains(#""kind":"test-payment""#))
    }

    @Test func pointerOverridesNarrowToOneMember() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"merchant_uid": "o-1", "a": 1, "b": {"c": 2}}"#.utf8).write(
            to: folder.appendingPathComponent("pay.json")
        )
        try
            "paths:\n  - match: \"pay.json#/b\"\n    overrides: {field-unknown: off}\n  - match: \"pay.json#/a\"\n    overrides: {field-unknown: error}\n"
            .write(
                to: folder.appendingPathComponent(".kcplint.yml"),
                atomically: true,
                encoding: .utf8
            )
        let run = try CLI.run(["check", "--format", "json", "pay.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains(#""ruleId":"field-unknown","severity":"error","message":"`a` is not"#))
        #expect(!run.stdout.contains(#""pointer":"/b""#))
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.sarif")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        let run = try CLI.run(
            ["check", "--no-config", "--now", CLI.now, "--format", "sarif", "--output", target.path, "payloads"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        let written = try String(contentsOf: target, encoding: .utf8)
        let direct = try CLI.run(["check", "--no-config", "--now", CLI.now, "--format", "sarif", "payloads"])
        #expect(written == direct.stdout)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.sarif"])
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect(((attributes[.posixPermissions] as? Int) ?? 0) & 0o044 != 0)
    }

    /// A folder below an input folder that cannot be read is an unreadable input (exit 2), not skipped in silence.
    /// (Run with few file descriptors, so that a deep tree cannot be opened: root may read any folder.)
    @Test func aFolderTheWalkCannotEnterIsReported() throws {
        let deep = (1...30).map { "d\($0)" }.joined(separator: "/")
        try CLI.withFolder(["pay/top.json": "{}", "pay/\(deep)/bad.json": #"{"amount": "1"}"#]) { folder in
            let binary = try #require(CLI.binary)
            let run = try CLI.run(
                ["-c", #"ulimit -n 12; exec "$0" "$@""#, binary.path, "check", "--no-config", "--no-timing", "pay"],
                in: folder,
                environment: CLI.environment(fixtureCatalogue: false),
                executable: URL(fileURLWithPath: "/bin/sh")
            )
            #expect(run.status == 2)
            #expect(run.stdout.contains(": error: cannot read the folder: too many open files [input-unreadable]"))
            #expect(run.stdout.contains("pay/top.json:1:1"))
        }
    }

    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A file in a folder that may not be entered is unreadable for want of permission, not missing. Root may enter
    /// any folder: as root the run drops to `nobody` with `setpriv`, from a copy of the binary it can execute.
    @Test(.enabled(if: getuid() != 0 || setpriv != nil, "needs a user without root's rights"))
    func aFileInAFolderThatMayNotBeEnteredIsNotMissing() throws {
        try CLI.withFolder(["locked/pay.json": "{}", "bin/README": ""]) { folder in
            let binary = try #require(CLI.binary)
            var arguments = ["check", "--no-config", "--no-timing", "locked/pay.json", "missing.json"]
            var executable = binary
            if getuid() == 0, let setpriv = Self.setpriv {
                let copy = folder.appendingPathComponent("bin/kcplint")
                try FileManager.default.copyItem(at: binary, to: copy)
                #expect(chmod(folder.path, 0o755) == 0 && chmod(folder.path + "/bin", 0o755) == 0)
                arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path] + arguments
                executable = URL(fileURLWithPath: setpriv)
            }
            #expect(chmod(folder.path + "/locked", 0o000) == 0)
            defer { _ = chmod(folder.path + "/locked", 0o755) }
            let run = try CLI.run(arguments, in: folder, executable: executable)
            #expect(run.status == 2)
            #expect(run.stdout.contains("locked/pay.json:1:1: error: cannot read the file: permission denied"))
            #expect(run.stdout.contains("missing.json:1:1: error: no such file or directory"))
            // In Korean, as every finding of the report is.
            let korean = try CLI.run(
                Array(arguments.prefix { $0 != "locked/pay.json" }) + [
                    "--lang", "ko", "locked/pay.json", "missing.json",
                ],
                in: folder,
                executable: executable
            )
            #expect(korean.status == 2)
            #expect(korean.stdout.contains("locked/pay.json:1:1: error: 파일을 읽을 수 없습니다: 권한이 없습니다"))
            #expect(korean.stdout.contains("missing.json:1:1: error: 그런 파일이나 폴더가 없습니다"))
        }
    }

    /// A run ended by a signal (Ctrl-C, a cancelled CI job) removes the temporary file of `--output` and dies of the
    /// signal: interrupted runs leave no `.report.json.kcplint-XXXXXX` behind.
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalRemovesTheTemporaryReport(_ number: Int32) throws {
        try CLI.withFolder([:]) { folder in
            let binary = try #require(CLI.binary)
            let process = Process()
            process.executableURL = binary
            process.arguments = ["check", "--no-config", "--output", "report.json", "-"]
            process.currentDirectoryURL = folder
            process.environment = CLI.environment()
            // Standard input stays open: the run waits for it with its temporary report made.
            let input = Pipe()
            process.standardInput = input
            try process.run()
            func temporaries() -> [String] {
                ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
                    $0.hasPrefix(".report.json.kcplint-")
                }
            }
            var waited = 0
            while temporaries().isEmpty, waited < 500 {
                usleep(10_000)
                waited += 1
            }
            #expect(temporaries().count == 1)
            kill(process.processIdentifier, number)
            process.waitUntilExit()
            try input.fileHandleForWriting.close()
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(process.terminationStatus == number)
            #expect(temporaries().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.json").path))
        }
    }

    /// A `.kcplint.yml` found on the way up that is a FIFO is refused, never opened: reading it would block every run.
    @Test func aConfigurationThatIsAFIFOIsRefusedNotRead() throws {
        try CLI.withFolder(["sub/pay.json": #"{"merchant_uid": "o-1"}"#]) { folder in
            #expect(mkfifo(folder.path + "/.kcplint.yml", 0o644) == 0)
            let run = try CLI.run(["check", "pay.json"], in: folder.appendingPathComponent("sub"))
            #expect(run.status == 2)
            #expect(run.stderr.contains(".kcplint.yml is not a regular file (FIFO, socket or device)"))
            #expect(
                try CLI.run(["check", "--no-config", "pay.json"], in: folder.appendingPathComponent("sub")).status != 2
            )
        }
    }

    /// `--output` replaces a regular file only: a link keeps pointing at the file that gets the report, and a FIFO,
    /// `/dev/stdout` or a folder is written to or refused, never replaced by a file.
    @Test func outputThroughLinksAndSpecialFiles() throws {
        try CLI.withFolder(["pay.json": #"{"merchant_uid": "o-1"}"#, "reports/old.txt": "old\n"]) { folder in
            let base = ["check", "--no-config", "--now", CLI.now, "--no-timing"]
            let direct = try CLI.run(base + ["pay.json"], in: folder)
            // A link to a file: the file is replaced, the link stays.
            try FileManager.default.createSymbolicLink(
                atPath: folder.path + "/latest.txt",
                withDestinationPath: "reports/old.txt"
            )
            let linked = try CLI.run(base + ["--output", "latest.txt", "pay.json"], in: folder)
            #expect(linked.status == direct.status)
            #expect(try CLI.read(folder, "reports/old.txt") == direct.stdout)
            #expect(
                try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/latest.txt")
                    == "reports/old.txt"
            )
            // A FIFO is written to (a reader takes the report) and stays a FIFO.
            let fifo = folder.appendingPathComponent("pipe").path
            #expect(mkfifo(fifo, 0o644) == 0)
            let reader = Process()
            reader.executableURL = URL(fileURLWithPath: "/bin/sh")
            reader.arguments = ["-c", "timeout 30 cat pipe > piped.txt"]
            reader.currentDirectoryURL = folder
            try reader.run()
            let piped = try CLI.run(base + ["--output", "pipe", "pay.json"], in: folder)
            reader.waitUntilExit()
            #expect(piped.status == direct.status)
            #expect(try CLI.read(folder, "piped.txt") == direct.stdout)
            var info = stat()
            #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
            // `/dev/stdout` is standard output itself.
            let stdout = try CLI.run(base + ["--output", "/dev/stdout", "pay.json"], in: folder)
            #expect(stdout.stdout == direct.stdout)
            // A link to a file not made yet makes it; a loop of links is refused, and stays.
            try FileManager.default.createSymbolicLink(
                atPath: folder.path + "/next.txt",
                withDestinationPath: "reports/new.txt"
            )
            #expect(try CLI.run(base + ["--output", "next.txt", "pay.json"], in: folder).status == direct.status)
            #expect(try CLI.read(folder, "reports/new.txt") == direct.stdout)
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop1", withDestinationPath: "loop2")
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop2", withDestinationPath: "loop1")
            let loop = try CLI.run(base + ["--output", "loop1", "pay.json"], in: folder)
            #expect(loop.status == 2)
            #expect(loop.stderr == "kcplint: error: cannot write loop1: too many levels of symbolic links\n")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/loop1") == "loop2")
            // The report and a new baseline are never one file, whatever the names.
            try FileManager.default.createSymbolicLink(
                atPath: folder.path + "/base-link",
                withDestinationPath: "base.json"
            )
            let same = try CLI.run(
                base + ["--write-baseline", "base.json", "--output", "base-link", "pay.json"],
                in: folder
            )
            #expect(same.status == 2)
            #expect(
                same.stderr
                    == "kcplint: error: --output base-link is the --write-baseline file; give them different files\n"
            )
            let toFolder = try CLI.run(base + ["--output", "reports", "pay.json"], in: folder)
            #expect(toFolder.status == 2)
            #expect(toFolder.stderr == "kcplint: error: cannot write reports: it is a directory\n")
        }
    }

    /// A report replaces a regular file however it is named (`/proc/self/cwd/…` is no open descriptor) and keeps
    /// its permissions; a standard descriptor the parent closed does not make the report land in another file.
    @Test func outputReplacesRegularFilesAndKeepsTheirMode() throws {
        try CLI.withFolder(["p.json": #"{"merchant_uid": "o-1", "zz": 1}"#]) { folder in
            let report = folder.appendingPathComponent("report.json")
            try Data(String(repeating: "x", count: 5000).utf8).write(to: report)
            chmod(report.path, 0o600)
            let run = try CLI.run(
                Self.base + ["--output", "/proc/self/cwd/report.json", "p.json"],
                in: folder
            )
            #expect(run.status == 0)
            let written = try CLI.read(folder, "report.json")
            #expect(try Self.paths(written) == ["p.json"])
            let mode = (try FileManager.default.attributesOfItem(atPath: report.path)[.posixPermissions] as? Int)
            #expect(mode == 0o600)
            // Not its set-user bit: a report is no program.
            chmod(report.path, 0o4755)
            _ = try CLI.run(Self.base + ["--output", "report.json", "p.json"], in: folder)
            #expect(try FileManager.default.attributesOfItem(atPath: report.path)[.posixPermissions] as? Int == 0o755)
            let binary = try #require(CLI.binary)
            let closed = try CLI.run(
                ["-c", #"exec "$0" check --no-config --write-baseline base.json p.json >&-"#, binary.path],
                in: folder,
                executable: URL(fileURLWithPath: "/bin/sh")
            )
            #expect(closed.status == 0)
            #expect(try CLI.read(folder, "base.json").hasPrefix("{\"version\":1,"))
        }
    }

    @Test func outputNeverOverwritesAnInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("pay.json")
        try Data(#"{"merchant_uid": "o-1"}"#.utf8).write(to: input)
        let run = try CLI.run(["check", "--no-config", "--output", "pay.json", "."], in: folder)
        #expect(run.status == 2)
        #expect(
            run.stderr == "kcplint: error: --output pay.json is one of the inputs; kcplint never writes to an input\n"
        )
        #expect(try String(contentsOf: input, encoding: .utf8) == #"{"merchant_uid": "o-1"}"#)
        // The same file under another name: a symbolic link given as the output, and an input that is a hard link.
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/alias.json", withDestinationPath: "pay.json")
        try FileManager.default.linkItem(atPath: input.path, toPath: folder.path + "/twin.txt")
        for (output, inputPath) in [("alias.json", "pay.json"), ("pay.json", "alias.json"), ("twin.txt", "pay.json")] {
            let linked = try CLI.run(["check", "--no-config", "--output", output, inputPath], in: folder)
            #expect(linked.status == 2, "\(output) \(inputPath)")
            #expect(linked.stderr.contains("is one of the inputs"), "\(output) \(inputPath)")
        }
        #expect(try String(contentsOf: input, encoding: .utf8) == #"{"merchant_uid": "o-1"}"#)
        // An input kcplint opens but does not read (a FIFO) is still compared: the FIFO is not replaced by a file.
        let fifo = folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let piped = try CLI.run(["check", "--no-config", "--output", "pipe.json", "pipe.json", "pay.json"], in: folder)
        #expect(piped.status == 2)
        #expect(piped.stderr.hasSuffix("--output pipe.json is one of the inputs; kcplint never writes to an input\n"))
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        let badFolder = try CLI.run(
            ["check", "--no-config", "--output", "no/such/folder/r.txt", "pay.json"],
            in: folder
        )
        #expect(badFolder.status == 2)
        #expect(
            badFolder.stderr.hasPrefix("kcplint: error: cannot write no/such/folder/r.txt: no such file or directory")
        )
    }
}
