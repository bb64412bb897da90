import Foundation
import Testing

/// `--baseline`, `--write-baseline` and the configuration's `suppress` entries: accepted findings are dropped from
/// the report, and what no longer holds is reported where it is written.
@Suite struct AcceptanceCommandTests {
    static let base = ["check", "--now", CLI.now, "--no-timing"]
    static let environment = CLI.environment(fixtureCatalogue: false)

    /// A payment with a string amount (error), an unknown member (warning) and a `bypass` member KCP knows.
    static let payload = """
        {
          "channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c",
          "pay_method": "card",
          "merchant_uid": "ORD-20300101-000901",
          "name": "당근 10kg",
          "amount": "64900",
          "gift_note": "thanks",
          "buyer_tel": "010-1234-5678",
          "m_redirect_url": "https://shop.example.com/payments/complete"
        }

        """

    @Test func aBaselineHidesTheFindingsItHoldsAndOnlyThose() throws {
        try CLI.withFolder(["payloads/pay.json": Self.payload, "ci/README": "baselines\n"]) { folder in
            let record = try CLI.run(
                Self.base + ["--no-config", "--write-baseline", "ci/baseline.json", "payloads"],
                in: folder,
                environment: Self.environment
            )
            // Writing a baseline is a normal run besides: the findings are reported and fail it.
            #expect(record.status == 1)
            #expect(record.stderr == "kcplint: recorded 2 findings in the baseline ci/baseline.json\n")
            let written = try CLI.read(folder, "ci/baseline.json")
            // Paths relative to the baseline's folder, sorted by rule id; no line numbers.
            #expect(
                written == """
                    {"version":1,"findings":[
                    {"path":"../payloads/pay.json","ruleId":"field-type","pointer":"/amount","count":1,"message":"`/amount` must be a number, found a string"},
                    {"path":"../payloads/pay.json","ruleId":"field-unknown","pointer":"/gift_note","count":1,"message":"`gift_note` is not a parameter of this request"}
                    ]}

                    """
            )

            let clean = try CLI.run(
                Self.base + ["--no-config", "--baseline", "ci/baseline.json", "payloads"],
                in: folder,
                environment: Self.environment
            )
            #expect(clean.status == 0)
            #expect(clean.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos, 2 in the baseline\n")

            // A new finding is reported; the fixed one leaves a stale entry, an info at its line in the baseline.
            try Data(
                Self.payload.replacingOccurrences(of: #""64900""#, with: "64900")
                    .replacingOccurrences(of: #""card""#, with: #""cards""#).utf8
            ).write(to: folder.appendingPathComponent("payloads/pay.json"))
            let changed = try CLI.run(
                Self.base + ["--no-config", "--baseline", "ci/baseline.json", "--format", "json", "payloads"],
                in: folder,
                environment: Self.environment
            )
            #expect(changed.status == 1)
            #expect(changed.stdout.contains(#""ruleId":"pay-method-not-kcp""#))
            #expect(!changed.stdout.contains(#""pointer":"/gift_note""#))
            #expect(
                changed.stdout.contains(
                    #"{"path":"ci/baseline.json","kind":null,"diagnostics":[{"ruleId":"baseline-stale","severity":"info","message":"the baseline holds 1 `field-type` finding at `/amount` in `../payloads/pay.json` that this run did not report (fixed, suppressed or turned off): --write-baseline shrinks the baseline","pointer":"","line":2,"column":1,"#
                )
            )
            #expect(changed.stdout.contains(#""baselined":1}}"#))
            let verbose = try CLI.run(
                Self.base + ["--no-config", "--lang", "ko", "--baseline", "ci/baseline.json", "-v", "payloads"],
                in: folder,
                environment: Self.environment
            )
            #expect(verbose.stdout.contains("\nci/baseline.json: 기준선 — 오류 0개, 경고 0개, 정보 1개\n"))
            #expect(
                verbose.stdout.contains(
                    "기준선의 `field-type` 진단 1건(`../payloads/pay.json` `/amount`)이 이번 검사에서 나오지 않았습니다(문제를 고쳤거나, 억제했거나, 규칙을 껐기 때문입니다). --write-baseline으로 기준선을 줄이세요"
                )
            )
        }
    }

    @Test func aBaselineIsNeverWrittenOverAnInput() throws {
        try CLI.withFolder(["pay.json": Self.payload]) { folder in
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent("link.json"),
                withDestinationURL: folder.appendingPathComponent("pay.json")
            )
            for target in ["pay.json", "link.json"] {
                let run = try CLI.run(
                    Self.base + ["--no-config", "--write-baseline", target, "pay.json"],
                    in: folder,
                    environment: Self.environment
                )
                // A payload is not a baseline: kcplint writes a baseline only over a baseline.
                #expect(run.status == 2)
                #expect(
                    run.stderr
                        == "\(target):1:1: error: a baseline needs `\"version\": 1` (--write-baseline replaces only a kcplint baseline; name a new file or remove this one)\n"
                )
                #expect(try CLI.read(folder, "pay.json") == Self.payload)
            }
            let same = try CLI.run(
                Self.base + ["--no-config", "--write-baseline", "b.json", "--output", "./b.json", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(same.status == 2)
            #expect(same.stderr.contains("--output and --write-baseline name the same file"))
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["link.json", "pay.json"])
        }
    }

    @Test func aRefreshKeepsTheFilesItDidNotCheckAndReportsNoStaleEntries() throws {
        let clean = Self.payload.replacingOccurrences(of: #""64900""#, with: "64900")
        try CLI.withFolder(["a.json": Self.payload, "b.json": Self.payload, "ci/README": "x\n"]) { folder in
            let all = try CLI.run(
                Self.base + ["--no-config", "--write-baseline", "ci/base.json", "a.json", "b.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(all.stderr == "kcplint: recorded 4 findings in the baseline ci/base.json\n")
            // A pre-commit refresh over one changed file: b.json's entries stay, a.json's shrink, and the entry the
            // refresh drops is not reported as stale.
            try Data(clean.utf8).write(to: folder.appendingPathComponent("a.json"))
            let refresh = try CLI.run(
                Self.base + [
                    "--no-config", "--baseline", "ci/base.json", "--write-baseline", "ci/base.json", "a.json",
                ],
                in: folder,
                environment: Self.environment
            )
            #expect(refresh.status == 0)
            #expect(!refresh.stdout.contains("baseline-stale"))
            #expect(refresh.stderr == "kcplint: recorded 3 findings in the baseline ci/base.json\n")
            let written = try CLI.read(folder, "ci/base.json")
            #expect(written.contains(#""path":"../b.json","ruleId":"field-type""#))
            #expect(!written.contains(#""path":"../a.json","ruleId":"field-type""#))
            // b.json deleted: its entries are stale in any run (nothing can match them), and a refresh drops them.
            try FileManager.default.removeItem(at: folder.appendingPathComponent("b.json"))
            let after = try CLI.run(
                Self.base + ["--no-config", "--baseline", "ci/base.json", "a.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(after.stdout.contains("a file that no longer exists"))
            #expect(after.stdout.contains("ci/base.json:3:1: info:"))
            let dropped = try CLI.run(
                Self.base + [
                    "--no-config", "--baseline", "ci/base.json", "--write-baseline", "ci/base.json", "a.json",
                ],
                in: folder,
                environment: Self.environment
            )
            #expect(!dropped.stdout.contains("baseline-stale"))
            #expect(!(try CLI.read(folder, "ci/base.json")).contains("b.json"))
        }
    }

    @Test func theRulesAboutAcceptedFindingsAreCatalogueRules() throws {
        let config = """
            version: 1
            overrides: {suppression-unused: off, suppression-expired: error}
            suppress:
              - {match: pay.json, rules: json-bom, reason: never}
              - {match: pay.json, rules: field-type, reason: later, until: 2025-12-31}

            """
        try CLI.withFolder(["pay.json": Self.payload, ".kcplint.yml": config]) { folder in
            let run = try CLI.run(Self.base + ["pay.json"], in: folder, environment: Self.environment)
            #expect(!run.stdout.contains("suppression-unused"))
            #expect(run.stdout.contains("error: the suppression of `field-type` ended on 2025-12-31"))
            let explain = try CLI.run(["explain", "baseline-stale"], in: folder, environment: Self.environment)
            #expect(explain.status == 0)
            #expect(explain.stdout.hasPrefix("baseline-stale: A baseline entry no finding matches"))
        }
    }

    @Test func staleEntriesPastAHundredAreCounted() throws {
        let entries = (0..<150).map { #"{"path":"pay.json","ruleId":"field-unknown","pointer":"/gone_\#($0)"}"# }
        let baseline = "{\"version\":1,\"findings\":[\n" + entries.joined(separator: ",\n") + "\n]}\n"
        try CLI.withFolder(["pay.json": Self.payload, "base.json": baseline]) { folder in
            let run = try CLI.run(
                Self.base + ["--no-config", "--baseline", "base.json", "--format", "json", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(run.stdout.components(separatedBy: #""ruleId":"baseline-stale""#).count - 1 == 101)
            #expect(run.stdout.contains("50 more baseline entries this run did not report"))
        }
    }

    @Test func aFileWithMoreFindingsThanTheCapIsBaselinedWhole() throws {
        let members = (0..<600).map { "\"unknown_\($0)\": \($0)" }.joined(separator: ", ")
        let big = #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "# + members + "}"
        try CLI.withFolder(["big.json": big]) { folder in
            _ = try CLI.run(
                Self.base + ["--no-config", "--write-baseline", "base.json", "big.json"],
                in: folder,
                environment: Self.environment
            )
            let run = try CLI.run(
                Self.base + ["--no-config", "--baseline", "base.json", "big.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix("1 file checked: 0 errors, 0 warnings, 0 infos"))
            #expect(!run.stdout.contains("diagnostics-truncated"))
        }
    }

    @Test func theFilesARunReadsAreNeitherCheckedNorOverwritten() throws {
        let config = "version: 1\nbaseline: base.json\n"
        try CLI.withFolder(["pay.json": Self.payload, ".kcplint.yml": config]) { folder in
            // The baseline sits among the payloads: it is not checked as one, and a second write is a refresh.
            for _ in 0..<2 {
                let run = try CLI.run(
                    Self.base + ["--write-baseline", "base.json", "."],
                    in: folder,
                    environment: Self.environment
                )
                #expect(run.stderr == "kcplint: recorded 2 findings in the baseline base.json\n")
                #expect(!run.stdout.contains("kind-unknown"))
            }
            let output = try CLI.run(
                Self.base + ["--output", "base.json", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(output.status == 2)
            #expect(
                output.stderr == "kcplint: error: --output base.json is the baseline; kcplint does not write over it\n"
            )
            let overConfig = try CLI.run(
                Self.base + ["--write-baseline", ".kcplint.yml", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(overConfig.status == 2)
            #expect(
                overConfig.stderr
                    == "kcplint: error: --write-baseline .kcplint.yml is the configuration; kcplint does not write over it\n"
            )
            #expect(try CLI.read(folder, ".kcplint.yml") == config)
            // Nor is a baseline not in use in this run: a second one, or any in a run without the configuration
            // (a pre-commit hook names every staged file).
            try FileManager.default.copyItem(atPath: folder.path + "/base.json", toPath: folder.path + "/old.json")
            let plain = try CLI.run(
                Self.base + ["--no-config", "-v", "old.json", "base.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(plain.status == 0)
            #expect(plain.stdout.contains("old.json: baseline — ok"))
            // Reformatted by a JSON formatter, it is still one.
            let pretty = try CLI.read(folder, "base.json").replacingOccurrences(
                of: #"{"version":1,"findings":["#,
                with: "{\n  \"version\": 1,\n  \"findings\": ["
            )
            try Data(pretty.utf8).write(to: folder.appendingPathComponent("pretty.json"))
            let formatted = try CLI.run(
                Self.base + ["--no-config", "-v", "pretty.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(formatted.stdout.contains("pretty.json: baseline — ok"))
        }
    }

    @Test func aBaselineNamedThroughALinkedFolderMatches() throws {
        try CLI.withFolder(["real/pay.json": Self.payload]) { folder in
            let link = folder.appendingPathComponent("link")
            try FileManager.default.createSymbolicLink(
                at: link,
                withDestinationURL: folder.appendingPathComponent("real")
            )
            let record = try CLI.run(
                Self.base + ["--no-config", "--write-baseline", link.path + "/base.json", "pay.json"],
                in: folder.appendingPathComponent("real"),
                environment: Self.environment
            )
            #expect(record.status == 1)
            #expect(try CLI.read(folder, "real/base.json").contains(#""path":"pay.json""#))
            // Read back through the link and through the real folder: the same keys either way.
            for named in [link.path, folder.appendingPathComponent("real").path] {
                let run = try CLI.run(
                    Self.base + ["--no-config", "--baseline", named + "/base.json", "pay.json"],
                    in: folder.appendingPathComponent("real"),
                    environment: Self.environment
                )
                #expect(run.status == 0, "\(named)")
            }
            // The payload named through the link too (a shell's logical $PWD): still the same key.
            let throughLink = try CLI.run(
                Self.base + ["--no-config", "--baseline", "real/base.json", "link/pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(throughLink.status == 0)
            let writtenThroughLink = try CLI.run(
                Self.base + ["--no-config", "--write-baseline", "link/b2.json", "link/pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(writtenThroughLink.status == 1)
            #expect(try CLI.read(folder, "real/b2.json").contains(#""path":"pay.json""#))
            // A folder linked from outside the baseline's folder keeps its key as written: where the link leads is
            // not the same in another clone.
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("real/repo"),
                withIntermediateDirectories: true
            )
            try FileManager.default.createSymbolicLink(
                atPath: folder.path + "/real/repo/shared",
                withDestinationPath: folder.path + "/real"
            )
            let outside = try CLI.run(
                Self.base + ["--no-config", "--write-baseline", "real/repo/b3.json", "real/repo/shared/pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(outside.status == 1)
            #expect(try CLI.read(folder, "real/repo/b3.json").contains(#""path":"shared/pay.json""#))
        }
    }

    @Test func theConfigurationNamesTheBaseline() throws {
        let config = "version: 1\nbaseline: kcplint-baseline.json\n"
        try CLI.withFolder(["pay.json": Self.payload, ".kcplint.yml": config]) { folder in
            let missing = try CLI.run(Self.base + ["pay.json"], in: folder, environment: Self.environment)
            #expect(missing.status == 2)
            #expect(
                missing.stderr
                    == "kcplint: error: cannot read the baseline kcplint-baseline.json (--write-baseline kcplint-baseline.json records one)\n"
            )
            let korean = try CLI.run(
                Self.base + ["--lang", "ko", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(
                korean.stderr
                    == "kcplint: error: 기준선 kcplint-baseline.json을(를) 읽을 수 없습니다 (--write-baseline kcplint-baseline.json(으)로 만들 수 있습니다)\n"
            )
            // A FIFO is no baseline: said so, not advised to be made with the option that names it.
            #expect(mkfifo(folder.appendingPathComponent("fifo.json").path, 0o600) == 0)
            let fifo = try CLI.run(
                Self.base + ["--write-baseline", "fifo.json", "--no-config", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(fifo.status == 2)
            #expect(
                fifo.stderr
                    == "kcplint: error: cannot read the baseline fifo.json: not a regular file (FIFO, socket or device)\n"
            )
            let first = try CLI.run(
                Self.base + ["--write-baseline", "kcplint-baseline.json", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(first.status == 1)
            let run = try CLI.run(Self.base + ["pay.json"], in: folder, environment: Self.environment)
            #expect(run.status == 0)
            #expect(run.stdout.hasSuffix("2 in the baseline\n"))

            try Data("{\"version\":1,\"findings\":[\n{\"path\":3}]}".utf8)
                .write(to: folder.appendingPathComponent("kcplint-baseline.json"))
            let broken = try CLI.run(Self.base + ["pay.json"], in: folder, environment: Self.environment)
            #expect(broken.status == 2)
            #expect(
                broken.stderr
                    == "kcplint-baseline.json:2:1: error: a baseline entry needs `path`, a string\n"
            )
        }
    }

    @Test func suppressionsDropTheirFindingsAndSayWhenTheyNoLongerHold() throws {
        let config = """
            version: 1
            suppress:
              - match: "pay.json#/gift_note"
                rules: field-unknown
                reason: our proxy strips it
              - match: "*.json"
                rules: [field-type]
                reason: string amounts until the 2027 release
                until: 2025-12-31
              - match: pay.json
                rules: json-bom
                reason: an old editor
              - match: other/*.json
                rules: json-bom
                reason: never checked in this run

            """
        try CLI.withFolder(["pay.json": Self.payload, ".kcplint.yml": config]) { folder in
            let run = try CLI.run(Self.base + ["pay.json"], in: folder, environment: Self.environment)
            #expect(run.status == 1)
            #expect(!run.stdout.contains("gift_note"))
            // The expired entry lets its finding through, and says so at its `until`; the unused one is reported at
            // its entry; the one for files not checked says nothing.
            #expect(
                run.stdout.contains("pay.json:6:13: error: `/amount` must be a number, found a string [field-type]")
            )
            #expect(
                run.stdout.contains(
                    ".kcplint.yml:9:12: warning: the suppression of `field-type` ended on 2025-12-31, so its findings are reported again: fix them and remove the entry, or move `until` [suppression-expired]\n  note: reason: string amounts until the 2027 release\n"
                )
            )
            #expect(
                run.stdout.contains(
                    ".kcplint.yml:10:5: warning: the suppression of `json-bom` matched no finding in the files checked: remove it [suppression-unused]"
                )
            )
            #expect(!run.stdout.contains(".kcplint.yml:13"))
            #expect(run.stdout.hasSuffix("1 file checked: 1 error, 2 warnings, 0 infos, 1 suppressed\n"))
            // `-v` names the configuration for what it is, not as a payload of no kind.
            let verbose = try CLI.run(Self.base + ["-v", "pay.json"], in: folder, environment: Self.environment)
            #expect(verbose.stdout.hasPrefix("pay.json: sdk-payment — 1 error, 0 warnings, 0 infos\n"))
            #expect(verbose.stdout.contains("\n.kcplint.yml: configuration — 0 errors, 2 warnings, 0 infos\n"))

            // A suppressed finding is not fixed: the accepted string amount stays a string under --fix.
            let accepted = config.replacingOccurrences(of: "until: 2025-12-31", with: "until: 2099-12-31")
            try Data(accepted.utf8).write(to: folder.appendingPathComponent(".kcplint.yml"))
            let fix = try CLI.run(
                Self.base + ["--fix", "--format", "json", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(try CLI.read(folder, "pay.json") == Self.payload)
            #expect(fix.stdout.contains(#""summary":{"files":1,"errors":0,"warnings":1,"infos":0,"suppressed":2}"#))
            // Two entries covering one finding: both are in use, and the finding is counted once.
            let overlapping = accepted.replacingOccurrences(
                of: "  - match: pay.json\n    rules: json-bom",
                with: "  - match: pay.json\n    rules: [json-bom, field-type]"
            )
            #expect(overlapping != accepted)
            try Data(overlapping.utf8).write(to: folder.appendingPathComponent(".kcplint.yml"))
            let twice = try CLI.run(
                Self.base + ["--format", "json", "pay.json"],
                in: folder,
                environment: Self.environment
            )
            #expect(twice.stdout.contains(#""warnings":0,"infos":0,"suppressed":2}"#), "\(twice.stdout)")
        }
    }
}
