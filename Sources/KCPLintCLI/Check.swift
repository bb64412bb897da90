import ArgumentParser
import Dispatch
import KCPLint

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `kcplint check`: validates payload files, directories or standard input.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check payload files (the default command).",
        discussion: """
            Folders are searched for *.json files; hidden folders, .git, .build and
            node_modules are skipped. Settings come from the nearest .kcplint.yml
            (see `kcplint init`); flags win over it.

            Examples:
              kcplint check Examples/
              kcplint check --kind rest-again --format json body.json
              cat body.json | kcplint check --stdin-filename body.json -
              kcplint check --format sarif --output kcplint.sarif payloads/
              kcplint check --fail-on warning --max-warnings 0 payloads/
              kcplint check --fix payloads/
              kcplint check --diff payloads/ > fixes.patch
              kcplint check --write-baseline kcplint-baseline.json payloads/
              kcplint check --baseline kcplint-baseline.json payloads/

            Exit codes:
              0  no finding at or above the fail level
              1  findings at or above the fail level, or too many warnings
              2  could not run: bad usage, an unreadable input, an invalid
                 catalogue or configuration
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Option(
        help: ArgumentHelp("Check every payload as this kind instead of detecting it.", valueName: "kind"),
        completion: .list(defaultKindCompletions)
    )
    var kind: String?

    @Option(
        help: ArgumentHelp(
            "The clock for \"not in the past\" checks (ISO 8601, e.g. 2026-01-01T00:00:00+09:00).",
            valueName: "time"
        )
    )
    var now: String?

    @Option(
        help:
            "Report format (default: text; github inside GitHub Actions)."
    )
    var format: FormatOption?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file")
    )
    var output: String?

    @Option(help: "The lowest severity that fails the run (default: error).")
    var failOn: SeverityOption?

    // Unconditional: `--max-warnings -1` is a value (refused as below 0), not a missing one.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Fail when there are more than this many warnings.", valueName: "n")
    )
    var maxWarnings: Int?

    @Flag(
        name: [.short, .long],
        help: "Report errors only (warnings and infos still count for --fail-on and --max-warnings)."
    )
    var quiet = false

    @Flag(name: [.short, .long], help: "Text output: one line per file, clean files included, with its request kind.")
    var verbose = false

    @Option(help: "Colors in text output; auto: on a terminal, unless NO_COLOR is set.")
    var color: ColorOption = .auto

    @Flag(inversion: .prefixedNo, help: "Show the elapsed time in the text summary.")
    var timing = true

    @Flag(
        help: ArgumentHelp(
            "Apply the safe fixes to the files (\"3000\" -> 3000); the report shows what is left.",
            discussion:
                "Only the fixed values change; files are written in place, only if unchanged since they were read. Standard input is not fixed."
        )
    )
    var fix = false

    @Flag(help: "Print what --fix would change, as a unified diff, instead of the report; write nothing.")
    var diff = false

    @Flag(
        help: "With --fix or --diff, also apply the suggested fixes (a guessed member name, another payment method)."
    )
    var unsafeFixes = false

    @Option(
        help: ArgumentHelp(
            "Report only findings this baseline does not hold (default: `baseline` in .kcplint.yml).",
            valueName: "file"
        ),
        completion: .file(extensions: ["json"])
    )
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Record every finding of this run as the accepted ones, in this file (written atomically).",
            valueName: "file"
        ),
        completion: .file(extensions: ["json"])
    )
    var writeBaseline: String?

    @Option(
        help: ArgumentHelp(
            "Also check files matching this pattern when searching folders (repeatable).",
            valueName: "glob"
        )
    )
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files and folders matching this pattern (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(
        help: ArgumentHelp(
            "The path to report for standard input (also matched by .kcplint.yml patterns and --exclude).",
            valueName: "name"
        )
    )
    var stdinFilename: String = "<stdin>"

    @Argument(
        help: ArgumentHelp(
            "Payload files or directories (*.json, recursive), or - for standard input.",
            valueName: "path"
        ),
        completion: .file(extensions: ["json"])
    )
    var paths: [String] = []

    mutating func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one path, or - for standard input") }
        if let now, ISO8601.parse(now) == nil {
            throw ValidationError(
                "--now must be an ISO 8601 date-time such as 2026-01-01T00:00:00+09:00, found '\(now)'"
            )
        }
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
        if stdinFilename.isEmpty { throw ValidationError("--stdin-filename needs a name (the default is <stdin>)") }
        if unsafeFixes, !fix, !diff { throw ValidationError("--unsafe-fixes needs --fix or --diff") }
        if diff, fix { throw ValidationError("--diff shows what --fix would change; give one of them") }
        if diff, format != nil || output != nil {
            throw ValidationError("--diff prints a diff to standard output; it takes no --format or --output")
        }
        if diff, paths.contains("-") {
            throw ValidationError("--diff compares files with their fixes; it cannot read standard input")
        }
        if let output, let writeBaseline, absolutePath(output) == absolutePath(writeBaseline) {
            throw ValidationError("--output and --write-baseline name the same file")
        }
        if diff, writeBaseline != nil {
            throw ValidationError("--diff writes nothing; it takes no --write-baseline")
        }
        if fix, paths.contains("-") {
            throw ValidationError("--fix rewrites files; it cannot fix standard input (check it without --fix)")
        }
        for pattern in include + exclude {
            do { _ = try Glob(pattern) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let start = ContinuousClock.now
        let project = try catalogueOptions.loadProject()
        defer { keepUntilExit(project) }
        let language = project.language
        let failLevel = failOn?.severity ?? project.config.failOn ?? .error
        let maxWarnings = self.maxWarnings ?? project.config.maxWarnings
        let format = self.format?.format ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
        if let kind, !project.base.kindIDs.contains(kind) {
            let kinds = project.base.kindIDs.joined(separator: ", ")
            printError(
                language == .ko
                    ? "kcplint: error: 알 수 없는 종류 '\(kind)'. 종류: \(kinds)"
                    : "kcplint: error: unknown kind '\(kind)'; kinds are \(kinds)"
            )
            throw Exit.couldNotRun
        }

        try refuseOverwriting(project, baseline: baselinePath(project), language: language)
        var gate = try baselineGate(project, language: language)
        var filter = InputFilter(
            config: project.config,
            configDirectory: project.directory,
            include: include.compactMap { try? Glob($0) },
            exclude: exclude.compactMap { try? Glob($0) }
        )
        filter.skippedFiles = Set(
            [gate.path, writeBaseline].compactMap { $0 }.filter { !$0.isEmpty }.map(absolutePath)
        )
        let inputs = InputCollector(paths: paths, stdinName: stdinFilename, filter: filter, language: language)
            .collect()
        // `--output` may not name an input: the workers note each file they read against it, and the report is
        // not written over an input (see `OutputGuard`).
        let outputGuard = OutputGuard(paths: [output, writeBaseline].compactMap { $0 })
        let clock = now.flatMap(ISO8601.parse)
        let ledger = SuppressionLedger(count: project.config.suppressions.count)
        var plan = try checkPlan(
            inputs,
            project: project,
            clock: clock,
            ledger: ledger,
            output: outputGuard,
            uncapped: gate.isActive
        )
        if fix || diff { plan.fixing = unsafeFixes ? .all : .safe }
        if diff { return try printDiffs(plan, language: language) }

        let sink: ReportSink
        let baselineSink: ReportSink?
        do throws(SinkError) {
            sink = try ReportSink(path: output)
            baselineSink = try writeBaseline.map { path throws(SinkError) in try ReportSink(path: path) }
        } catch {
            printError("kcplint: error: \(error.message)")
            throw Exit.couldNotRun
        }
        let rules = format == .sarif ? try project.globalCatalogue().ruleSummaries : []
        var writer = format.writer(
            ReportFormat.Options(
                language: language,
                failLevel: failLevel,
                color: useColor(),
                rules: rules,
                listFiles: verbose,
                maxWarnings: maxWarnings
            )
        )
        var summary = ReportSummary()
        var fixWriter = FixWriter(plan: plan, output: outputGuard)
        var couldNotRun = false
        var failing = 0
        let levels = try acceptanceRules(project)
        do throws(SinkError) {
            try sink.write(writer.begin())
            // Reports are written in input order while the next files are checked; the pipeline holds a bounded
            // window of them (each report holds its file), and the sink writes every 64 KiB, so output streams on
            // long runs.
            let pipeline = CheckPipeline(plan)
            var position = 0
            while let reports = pipeline.next() {
                for checked in reports {
                    defer { position += 1 }
                    var report = fix ? fixWriter.writeBack(checked, at: position) : checked
                    if fixWriter.lastFailed { couldNotRun = true }
                    if gate.isActive { report = gate.filter(report, language: language) }
                    summary.add(report)
                    failing += report.count(atLeast: failLevel)
                    if report.isUnreadable {
                        couldNotRun = true
                        if format != .text || output != nil {
                            printError("kcplint: error: \(report.path): \(report.diagnostics.first?.message ?? "")")
                        }
                    }
                    var shown = report
                    if quiet { shown.diagnostics = shown.diagnostics.filter { $0.severity == .error } }
                    try sink.write { writer.write(shown, to: &$0) }
                }
            }
            // What no longer holds of the suppressions and the baseline, reported in their own files.
            let accepted = [
                ledger.report(project.config, now: clock ?? Int64(time(nil)), language: language),
                gate.staleReport(language: language),
            ]
            // Their rules are declared in the catalogue: `overrides` may change their severity or turn them off.
            for case var report? in accepted {
                report.diagnostics = report.diagnostics.compactMap { diagnostic in
                    guard let rule = levels[diagnostic.ruleID] else { return diagnostic }
                    guard rule.isEnabled else { return nil }
                    var leveled = diagnostic
                    leveled.severity = rule.severity
                    return leveled
                }
                guard !report.diagnostics.isEmpty else { continue }
                summary.addFindings(of: report)
                failing += report.count(atLeast: failLevel)
                if quiet { report.diagnostics = report.diagnostics.filter { $0.severity == .error } }
                try sink.write { writer.write(report, to: &$0) }
            }
            summary.suppressed = ledger.droppedCount
            summary.baselined = gate.matched
            if timing, var text = writer as? TextReportWriter {
                text.elapsedMilliseconds = Self.milliseconds(ContinuousClock.now - start)
                writer = text
            }
            try sink.write(writer.end(summary))
            // Every input has been read by now: the report replaces the output only if none of them is it.
            if let output, outputGuard?.isAnInput(output) == true { sink.abandon() } else { try sink.commit() }
        } catch {
            sink.abandon()
            printError("kcplint: error: \(error.message)")
            throw Exit.couldNotRun
        }
        if fix, !quiet {
            // On standard error: the report formats stay as they are.
            printError("kcplint: " + fixWriter.summary(language))
        }
        if let writeBaseline, outputGuard?.isAnInput(writeBaseline) == true {
            printError(
                language == .ko
                    ? "kcplint: error: --write-baseline \(writeBaseline)은(는) 입력 파일 중 하나입니다. kcplint는 입력 파일에 쓰지 않습니다"
                    : "kcplint: error: --write-baseline \(writeBaseline) is one of the inputs; kcplint never writes to an input"
            )
            throw Exit.couldNotRun
        }
        if let writeBaseline, let baselineSink, let recorded = gate.recordedBaseline() {
            do throws(SinkError) {
                try baselineSink.write(recorded.json())
                try baselineSink.commit()
            } catch {
                printError("kcplint: error: \(error.message)")
                throw Exit.couldNotRun
            }
            if !quiet {
                printError(
                    language == .ko
                        ? "kcplint: 기준선 \(writeBaseline)에 진단 \(recorded.findingCount)건을 기록했습니다"
                        : "kcplint: recorded \(recorded.findingCount) finding\(recorded.findingCount == 1 ? "" : "s") in the baseline \(writeBaseline)"
                )
            }
        }
        if let output, outputGuard?.isAnInput(output) == true {
            printError(
                language == .ko
                    ? "kcplint: error: --output \(output)은(는) 입력 파일 중 하나입니다. kcplint는 입력 파일에 쓰지 않습니다"
                    : "kcplint: error: --output \(output) is one of the inputs; kcplint never writes to an input"
            )
            throw Exit.couldNotRun
        }

        if couldNotRun { throw Exit.couldNotRun }
        if failing > 0 { throw Exit.findings }
        if let maxWarnings, summary.warnings > maxWarnings {
            printError(
                language == .ko
                    ? "kcplint: 경고가 너무 많습니다: \(summary.warnings)개, 허용 개수(--max-warnings) \(maxWarnings)개 초과"
                    : "kcplint: too many warnings: \(summary.warnings), more than --max-warnings \(maxWarnings)"
            )
            throw Exit.findings
        }
    }

    /// `--diff`: each file's fixes as a unified diff on standard output, nothing written; exits 1 when some file
    /// would change.
    private func printDiffs(_ plan: CheckPlan, language: Language) throws {
        let sink: ReportSink
        do throws(SinkError) { sink = try ReportSink(path: nil) } catch {
            printError("kcplint: error: \(error.message)")
            throw Exit.couldNotRun
        }
        var couldNotRun = false
        var seen: Set<FileIdentity> = []
        var fixes = 0
        // Whether a diff shows a sensitive value: a patch must match the file, so its lines are not masked.
        var showsSensitive = false
        do throws(SinkError) {
            let pipeline = CheckPipeline(plan)
            var position = 0
            while let reports = pipeline.next() {
                for report in reports {
                    defer { position += 1 }
                    if report.isUnreadable {
                        couldNotRun = true
                        printError("kcplint: error: \(report.path): \(report.diagnostics.first?.message ?? "")")
                    }
                    guard let pending = plan.pendingFixes.take(position), let fixed = report.source,
                        seen.insert(pending.identity).inserted
                    else { continue }
                    fixes += pending.applied
                    let diff = UnifiedDiff.make(path: report.path, old: pending.original, new: fixed)
                    showsSensitive =
                        showsSensitive
                        || pending.unfixed.maskedRanges.contains { masked in
                            masked.byteRange.upperBound <= pending.original.count
                                && diff.firstRange(of: pending.original[masked.byteRange]) != nil
                        }
                    try sink.write { $0 += diff }
                }
            }
            try sink.commit()
        } catch {
            printError("kcplint: error: \(error.message)")
            throw Exit.couldNotRun
        }
        if showsSensitive {
            printError(
                language == .ko
                    ? "kcplint: warning: 이 diff에는 카드번호·생년월일·비밀번호 같은 민감정보가 파일 그대로 들어 있습니다(패치는 파일과 일치해야 하므로 가리지 않습니다). 공유하지 마세요"
                    : "kcplint: warning: this diff shows sensitive values (card number, birth date, card password) as the files hold them, since a patch must match the file: do not share it"
            )
        }
        if !quiet {
            let files = seen.count
            printError(
                language == .ko
                    ? "kcplint: --fix를 실행하면 파일 \(files)개에 수정 \(fixes)건이 적용됩니다"
                    : "kcplint: --fix would apply \(fixes) fix\(fixes == 1 ? "" : "es") in \(files) file\(files == 1 ? "" : "s")"
            )
        }
        if couldNotRun { throw Exit.couldNotRun }
        if !seen.isEmpty { throw Exit.findings }
    }

    /// Colors for text output: `--color`, else on a terminal unless `NO_COLOR` is set (https://no-color.org).
    private func useColor() -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            guard output == nil, isatty(STDOUT_FILENO) != 0 else { return false }
            return (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }

    /// The settings, validator and options of every input, worked out before anything is written (a validator for
    /// new settings may fail to build). Inputs with equal settings share one `CheckSetup`.
    private func checkPlan(
        _ inputs: InputList,
        project: Project,
        clock: Int64?,
        ledger: SuppressionLedger,
        output: OutputGuard?,
        uncapped: Bool
    ) throws -> CheckPlan {
        let today = clock ?? Int64(time(nil))
        var setups: [CheckSetup] = []
        var known: [FileSettings: UInt32] = [:]
        var validatorKeys: [[String: RuleLevel]: Int] = [:]
        func setupIndex(_ settings: FileSettings) throws -> UInt32 {
            if let index = known[settings] { return index }
            let index = UInt32(setups.count)
            var options = ValidationOptions(kind: kind ?? settings.kind, language: project.language, now: clock)
            // A payload with a large array shares its items out among the cores.
            options.parallelLoop = { count, body in DispatchQueue.concurrentPerform(iterations: count, execute: body) }
            let validatorKey = validatorKeys[settings.levels] ?? validatorKeys.count
            validatorKeys[settings.levels] = validatorKey
            setups.append(
                CheckSetup(
                    // A baseline holds every finding of a file: past the per-file cap too.
                    validator: uncapped
                        ? try project.validator(settings.levels).uncapped : try project.validator(settings.levels),
                    options: options,
                    settings: settings,
                    ledger: ledger,
                    validatorKey: validatorKey
                )
            )
            known[settings] = index
            return index
        }
        var indices: [UInt32] = []
        if project.config.paths.isEmpty, project.config.suppressions.isEmpty {
            // Without `paths` and `suppress` entries the configuration says the same of every file.
            if !inputs.isEmpty {
                let input = inputs.input(at: 0)
                _ = try setupIndex(project.settings(forPath: input.path, now: today))
            }
        } else {
            for position in 0..<inputs.count {
                let input = inputs.input(at: position)
                let index = try setupIndex(project.settings(forPath: input.path, now: today))
                // The indices are kept from the first input whose settings differ from the first one's.
                if index != 0, indices.isEmpty {
                    indices.reserveCapacity(inputs.count)
                    indices.append(contentsOf: repeatElement(0, count: position))
                }
                if !indices.isEmpty { indices.append(index) }
            }
        }
        return CheckPlan(inputs: inputs, setups: setups, setupIndices: indices, output: output)
    }

    /// The baseline of `--baseline` (or the configuration's `baseline`), and the recorder of `--write-baseline` (with
    /// the baseline already at its path, whose entries for files not checked are kept).
    private func baselineGate(_ project: Project, language: Language) throws -> BaselineGate {
        let path = baselinePath(project)
        let refreshes = path != nil && writeBaseline.map { absolutePath($0) == absolutePath(path ?? "") } == true
        var read: Baseline?
        if let path {
            // The first `--write-baseline` of a configured baseline has nothing to read yet.
            read = try Self.readBaseline(path, mayBeMissing: refreshes, language: language)
        }
        var previous = refreshes ? read : nil
        if let writeBaseline, !refreshes {
            previous = try Self.readBaseline(writeBaseline, mayBeMissing: true, writing: true, language: language)
        }
        return BaselineGate(baseline: read, path: path ?? "", recordTo: writeBaseline, previous: previous)
    }

    /// The rules about accepted findings (`suppression-unused`, `suppression-expired`, `baseline-stale`) as the
    /// configuration's `overrides` leave them, by id.
    private func acceptanceRules(_ project: Project) throws -> [String: RuleSummary] {
        let rules = try project.globalCatalogue().ruleSummaries.filter { AcceptanceRule.all.contains($0.id) }
        return Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The baseline in use: `--baseline`, else the configuration's `baseline` (relative to the working directory).
    private func baselinePath(_ project: Project) -> String? {
        if let baseline { return baseline }
        guard let file = project.config.baseline else { return nil }
        let path = file.path.hasPrefix("/") ? file.path : appendingPathComponent(project.directory, file.path)
        return relativePath(absolutePath(path), to: currentDirectory)
    }

    /// The baseline at `path`; nil when there is no file and `mayBeMissing`. Prints a located problem and throws
    /// exit code 2 otherwise. `writing`: the file is about to be replaced by a new baseline, so it must be one.
    private static func readBaseline(
        _ path: String,
        mayBeMissing: Bool,
        writing: Bool = false,
        language: Language
    ) throws -> Baseline? {
        let ko = language == .ko
        let option = writing ? "--write-baseline" : ko ? "기준선" : "the baseline"
        if isDirectory(atPath: path) == true {
            printError(
                ko
                    ? "kcplint: error: \(option) \(path)은(는) 파일이 아니라 폴더입니다"
                    : "kcplint: error: \(option) \(path) is a folder, not a file"
            )
            throw Exit.couldNotRun
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if mayBeMissing, isDirectory(atPath: path) == nil { return nil }
            let code = errno
            // The way to make one, for a baseline that is not there; else why it cannot be read.
            var info = stat()
            let why =
                stat(path, &info) != 0
                ? (ko ? " (--write-baseline \(path)(으)로 만들 수 있습니다)" : " (--write-baseline \(path) records one)")
                : info.st_mode & S_IFMT != S_IFREG
                    ? (ko ? ": 일반 파일이 아닙니다(FIFO, 소켓, 장치)" : ": not a regular file (FIFO, socket or device)")
                    : ": " + PayloadChecker.reason(code).text(language)
            printError(
                ko
                    ? "kcplint: error: 기준선 \(path)을(를) 읽을 수 없습니다\(why)"
                    : "kcplint: error: cannot read the baseline \(path)\(why)"
            )
            throw Exit.couldNotRun
        }
        do throws(BaselineError) {
            return try Baseline(json: Array(data))
        } catch {
            let position = error.position.map { ":\($0.line):\($0.column)" } ?? ""
            let hint =
                !writing
                ? ""
                : ko
                    ? " (--write-baseline은 kcplint 기준선만 바꿉니다. 새 파일을 지정하거나 이 파일을 지우세요)"
                    : " (--write-baseline replaces only a kcplint baseline; name a new file or remove this one)"
            printError("\(path)\(position): error: \(error.reason.text(language))\(hint)")
            throw Exit.couldNotRun
        }
    }

    /// Exits 2 when `--output` or `--write-baseline` names a file kcplint reads besides the payloads: the
    /// configuration, a catalogue file, or (for `--output`) the baseline in use. A refresh (`--baseline X
    /// --write-baseline X`) is the one overwrite allowed.
    private func refuseOverwriting(_ project: Project, baseline: String?, language: Language) throws {
        let ko = language == .ko
        var read: [(what: String, path: String)] = []
        if let config = project.configPath { read.append((ko ? "설정 파일" : "the configuration", config)) }
        read += project.catalogueFiles.map { (ko ? "카탈로그 파일" : "a catalogue file", $0) }
        // The report and the new baseline are two files: the same one, under two names or through a link, would
        // lose one of them.
        if let output, let writeBaseline, canonicalPath(output) == canonicalPath(writeBaseline) {
            printError(
                ko
                    ? "kcplint: error: --output \(output)은(는) --write-baseline 파일과 같습니다. 서로 다른 파일을 지정하세요"
                    : "kcplint: error: --output \(output) is the --write-baseline file; give them different files"
            )
            throw Exit.couldNotRun
        }
        for (option, target) in [("--output", output), ("--write-baseline", writeBaseline)] {
            guard let target, let identity = FileIdentity(ofPath: target) else { continue }
            var clashes = read
            if option == "--output", let baseline { clashes.append((ko ? "기준선" : "the baseline", baseline)) }
            for (what, path) in clashes where FileIdentity(ofPath: path) == identity {
                printError(
                    ko
                        ? "kcplint: error: \(option) \(target)은(는) \(what)입니다. kcplint는 이 파일에 쓰지 않습니다"
                        : "kcplint: error: \(option) \(target) is \(what); kcplint does not write over it"
                )
                throw Exit.couldNotRun
            }
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
