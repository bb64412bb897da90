import KCPLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rules of the findings about accepted findings, reported by the CLI in the files that accept them (declared in
/// the catalogue as built-in rules, so that `overrides` and `kcplint explain` know them).
enum AcceptanceRule {
    static let suppressionUnused = "suppression-unused"
    static let suppressionExpired = "suppression-expired"
    static let baselineStale = "baseline-stale"
    static let all: Set = [suppressionUnused, suppressionExpired, baselineStale]
}

/// Findings a project has accepted: the configuration's suppressions (counted by the workers as they drop findings)
/// and the baseline (applied by the writer). At the end of a run, what no longer holds is reported in the files that
/// say it: `suppression-unused` and `suppression-expired` in `.kcplint.yml`, `baseline-stale` in the baseline.
final class SuppressionLedger: @unchecked Sendable {
    private let lock = PthreadLock()
    /// Findings dropped per suppression index; guarded by `lock`.
    private var dropped: [Int]
    /// Suppressions that name a file read and checked; guarded by `lock`.
    private var named: Set<Int> = []

    init(count: Int) {
        dropped = Array(repeating: 0, count: count)
    }

    /// Notes that `settings` apply to a file that was read and checked (from any worker; a file that cannot be read
    /// does not make its suppressions unused).
    func noteNamed(_ settings: FileSettings) {
        lock.withLock { for suppression in settings.suppressions { named.insert(suppression.index) } }
    }

    /// Findings dropped, each once however many suppressions cover it; guarded by `lock`.
    private var droppedFindings = 0

    /// Notes a finding dropped by suppression `index` (from any worker).
    func noteDropped(_ index: Int) {
        lock.withLock { dropped[index] += 1 }
    }

    /// Notes a finding dropped by the suppressions (from any worker).
    func noteDroppedFinding() {
        lock.withLock { droppedFindings += 1 }
    }

    /// The number of findings dropped, in all.
    var droppedCount: Int { lock.withLock { droppedFindings } }

    /// `suppression-expired` and `suppression-unused` warnings, located in the configuration, for the suppressions
    /// that name a checked file.
    func report(_ config: ProjectConfig, now: Int64, language: Language) -> FileReport? {
        var diagnostics: [Diagnostic] = []
        let (dropped, named) = lock.withLock { (self.dropped, self.named) }
        for index in named.sorted() {
            let suppression = config.suppressions[index]
            let rules = suppression.ruleIDs.map { "`\($0)`" }.joined(separator: ", ")
            let note = Diagnostic.Note(
                message: language == .ko ? "사유: \(suppression.reason)" : "reason: \(suppression.reason)"
            )
            if suppression.hasExpired(at: now), let until = suppression.until {
                let location = suppression.untilLocation ?? suppression.location
                diagnostics.append(
                    Self.warning(
                        AcceptanceRule.suppressionExpired,
                        at: location,
                        message: language == .ko
                            ? "\(rules) 억제가 \(until)에 끝나 해당 진단을 다시 보고합니다: 고쳤으면 항목을 지우고, 아니면 `until`을 늦추세요"
                            : "the suppression of \(rules) ended on \(until), so its findings are reported again: fix them and remove the entry, or move `until`",
                        note: note
                    )
                )
            } else if dropped[index] == 0 {
                diagnostics.append(
                    Self.warning(
                        AcceptanceRule.suppressionUnused,
                        at: suppression.location,
                        message: language == .ko
                            ? "\(rules) 억제에 걸린 진단이 검사한 파일에 없습니다: 항목을 지우세요"
                            : "the suppression of \(rules) matched no finding in the files checked: remove it",
                        note: note
                    )
                )
            }
        }
        guard !diagnostics.isEmpty else { return nil }
        var report = FileReport(path: config.name, kind: nil, diagnostics: diagnostics)
        report.role = .configuration
        return report
    }

    private static func warning(
        _ ruleID: String,
        at location: CatalogueLocation,
        message: String,
        note: Diagnostic.Note
    )
        -> Diagnostic
    {
        Diagnostic(
            ruleID: ruleID,
            severity: .warning,
            message: message,
            pointer: "",
            span: SourceSpan(start: location.position),
            byteRange: 0..<0,
            notes: [note]
        )
    }
}

extension Validator {
    /// The validator without the per-file cap on findings (a baseline holds every finding of a file).
    var uncapped: Validator {
        with(limits: ValidationLimits(json: limits.json, maxDiagnostics: Int(Int32.max)))
    }
}

/// `--baseline` and `--write-baseline`, on the writer's thread: findings the baseline holds are dropped from each
/// report; with `--write-baseline`, every finding left after the suppressions is recorded for the new baseline.
struct BaselineGate {
    /// The baseline in use, its path as reported, and the folder its paths are relative to.
    private let baseline: Baseline?
    private let directory: String
    /// What `--write-baseline` collects, the folder its paths are relative to, the paths of the files checked, and
    /// the baseline already at that path (its entries for files not checked are kept).
    private var recorded: Baseline?
    private let recordDirectory: String
    private var recordedPaths: Set<String> = []
    private let previous: Baseline?
    /// The baseline's paths of the files checked (readable or not).
    private var checkedPaths: Set<String> = []
    /// Payload folders with their links resolved (most runs meet few folders, each many times).
    private var resolvedFolders: [String: String] = [:]
    /// Findings dropped so far.
    private(set) var matched = 0
    private var stale: [Diagnostic] = []

    /// The path of the baseline in use as given (empty when there is none).
    let path: String

    /// A gate for `baseline` (read from `path`) and, with `recordTo`, a recorder for a new baseline there, which
    /// keeps the entries `previous` (the baseline already there) has for the files this run does not check.
    init(baseline: Baseline?, path: String, recordTo: String?, previous: Baseline? = nil) {
        self.baseline = baseline
        self.path = path
        directory = Self.folder(of: path)
        recorded = recordTo.map { _ in Baseline() }
        recordDirectory = recordTo.map(Self.folder(of:)) ?? ""
        self.previous = previous
        // A refresh of the baseline in use rewrites its stale entries away: they are not reported.
        refreshes = recordTo.map { absolutePath($0) == absolutePath(path) } ?? false
    }

    private let refreshes: Bool

    var isActive: Bool { baseline != nil || recorded != nil }

    /// The folder of the file at `path`, symbolic links resolved: paths are keyed the same whichever way the
    /// baseline is named (through a linked folder, `$PWD`, an absolute path).
    private static func folder(of path: String) -> String {
        resolved(deletingLastPathComponent(absolutePath(path)))
    }

    /// `folder` with its symbolic links resolved (as it is when it cannot be).
    private static func resolved(_ folder: String) -> String {
        guard let resolved = realpath(folder, nil) else { return folder }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The key of a file in a baseline in `folder`: by its resolved path, unless that leaves the folder where the path as
    /// written does not (a linked folder outside the repository), which would not be the same in another clone.
    static func portableKey(resolved: String, writtenKey: String, in folder: String) -> String {
        let key = Self.key(resolved, in: folder)
        return key.hasPrefix("../") && !writtenKey.hasPrefix("../") ? writtenKey : key
    }

    /// The key of a reported path in a baseline whose file is in `folder`: relative to it, with `..` where the file is
    /// not below it, so that the baseline holds no absolute path and works in any clone.
    static func key(_ reported: String, in folder: String) -> String {
        let path = absolutePath(reported).split(separator: "/", omittingEmptySubsequences: true)
        let base = folder.split(separator: "/", omittingEmptySubsequences: true)
        var common = 0
        while common < path.count - 1, common < base.count, path[common] == base[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        return (up + path[common...].map(String.init)).joined(separator: "/")
    }

    /// `report` without the findings the baseline holds; records its findings for `--write-baseline`.
    mutating func filter(_ report: FileReport, language: Language) -> FileReport {
        guard isActive else { return report }
        // The file's folder with its links resolved, as the baseline's is: one file named two ways has one key.
        let absolute = absolutePath(report.path)
        let folder = deletingLastPathComponent(absolute)
        let resolvedFolder: String
        if let known = resolvedFolders[folder] {
            resolvedFolder = known
        } else {
            resolvedFolder = Self.resolved(folder)
            resolvedFolders[folder] = resolvedFolder
        }
        let resolved = appendingPathComponent(resolvedFolder, lastPathComponent(absolute))
        if recorded != nil, !report.isUnreadable {
            let writtenKey = Self.key(absolute, in: recordDirectory)
            let key = Self.portableKey(resolved: resolved, writtenKey: writtenKey, in: recordDirectory)
            recordedPaths.insert(key)
            // Entries a previous baseline holds under the path as written are replaced too, not kept beside.
            recordedPaths.insert(writtenKey)
            recorded?.add(report.diagnostics, path: key)
        }
        guard let baseline else { return report }
        // The key by the resolved path; a baseline written before links were resolved (or one whose link leads out of
        // its folder) may hold the file by the path as written.
        let writtenKey = Self.key(absolute, in: directory)
        var key = Self.portableKey(resolved: resolved, writtenKey: writtenKey, in: directory)
        checkedPaths.insert(key)
        checkedPaths.insert(writtenKey)
        if baseline.files[key] == nil, baseline.files[writtenKey] != nil { key = writtenKey }
        guard !report.isUnreadable else { return report }
        let outcome = baseline.apply(to: report.diagnostics, path: key)
        matched += outcome.matched
        for (entry, written, missing) in outcome.stale where !refreshes {
            let position = written.position
            let pointer = entry.pointer.isEmpty ? "(the file)" : "`\(entry.pointer)`"
            stale.append(
                Diagnostic(
                    ruleID: AcceptanceRule.baselineStale,
                    severity: .info,
                    message: language == .ko
                        ? "기준선의 `\(entry.ruleID)` 진단 \(missing)건(`\(key)` \(pointer))이 이번 검사에서 나오지 않았습니다(문제를 고쳤거나, 억제했거나, 규칙을 껐기 때문입니다). --write-baseline으로 기준선을 줄이세요"
                        : "the baseline holds \(missing) `\(entry.ruleID)` finding\(missing == 1 ? "" : "s") at \(pointer) in `\(key)` that this run did not report (fixed, suppressed or turned off): --write-baseline shrinks the baseline",
                    pointer: "",
                    span: SourceSpan(start: position),
                    byteRange: 0..<0
                )
            )
        }
        guard outcome.matched > 0 else { return report }
        var kept = report
        kept.diagnostics = outcome.kept
        return kept
    }

    /// The `baseline-stale` infos, located in the baseline, in file order: the first hundred, and one more that
    /// counts the rest (a baseline of a whole corpus whose problems were fixed would otherwise flood the report).
    func staleReport(language: Language) -> FileReport? {
        var diagnostics = stale
        // Entries of files that no longer exist are stale too, checked or not: nothing will ever match them.
        if let baseline, !refreshes {
            for (key, entries) in baseline.files where !checkedPaths.contains(key) && !Self.exists(key, in: directory) {
                for (entry, written) in entries {
                    let pointer = entry.pointer.isEmpty ? "(the file)" : "`\(entry.pointer)`"
                    diagnostics.append(
                        Diagnostic(
                            ruleID: AcceptanceRule.baselineStale,
                            severity: .info,
                            message: language == .ko
                                ? "기준선의 `\(entry.ruleID)` 진단(`\(key)` \(pointer))이 가리키는 파일이 더 이상 없습니다. --write-baseline으로 기준선을 줄이세요"
                                : "the baseline holds `\(entry.ruleID)` at \(pointer) in `\(key)`, a file that no longer exists: --write-baseline shrinks the baseline",
                            pointer: "",
                            span: SourceSpan(start: written.position),
                            byteRange: 0..<0
                        )
                    )
                }
            }
        }
        guard !diagnostics.isEmpty else { return nil }
        diagnostics.sort { $0.span.start < $1.span.start }
        let shown = 100
        if diagnostics.count > shown {
            let rest = diagnostics.count - shown
            let position = diagnostics[shown].span.start
            diagnostics.removeLast(rest)
            diagnostics.append(
                Diagnostic(
                    ruleID: AcceptanceRule.baselineStale,
                    severity: .info,
                    message: language == .ko
                        ? "이번 검사에서 나오지 않은 기준선 항목이 \(rest)개 더 있습니다: --write-baseline으로 기준선을 줄이세요"
                        : "\(rest) more baseline entries this run did not report: --write-baseline shrinks the baseline",
                    pointer: "",
                    span: SourceSpan(start: position),
                    byteRange: 0..<0
                )
            )
        }
        var report = FileReport(path: path, kind: nil, diagnostics: diagnostics)
        report.role = .baseline
        return report
    }

    /// The baseline to write for `--write-baseline`: the findings of the files checked, and the previous entries of
    /// the files not checked (or not readable) in this run.
    func recordedBaseline() -> Baseline? {
        guard var recorded else { return nil }
        if let previous {
            // Kept: the entries of files not checked in this run, unless the file is gone.
            for path in previous.files.keys
            where !recordedPaths.contains(path) && Self.exists(path, in: recordDirectory) {
                recorded.take(path, from: previous)
            }
        }
        return recorded
    }

    /// Whether the file a baseline in `folder` names `key` is there (a link, even to nothing, is: a file whose
    /// content is not fetched yet is not a deleted one).
    private static func exists(_ key: String, in folder: String) -> Bool {
        var status = stat()
        return lstat(key.hasPrefix("/") ? key : appendingPathComponent(folder, key), &status) == 0
    }
}
