/// The JUnit XML report: one test case per file, for CI test-report views.
///
/// A file with findings at or above the fail level is a failed test case (a `failure` element listing every
/// finding of the file); a file that could not be read is an `error`; findings below the fail level are listed
/// in `system-out` of a passing case. With a warning limit (`--max-warnings`), a run past it adds a failed case of
/// its own, so that the test view fails with the job. The counts of the `testsuites` and `testsuite` elements need every file,
/// so the whole document is written at the end.
public struct JUnitReportWriter: ReportWriter {
    /// The lowest severity that fails a test case.
    public var failLevel: Severity
    /// Language of the failure summaries.
    public var language: Language
    /// The most warnings the run allows, or nil.
    public var maxWarnings: Int?
    private var cases = ""
    private var tests = 0
    private var failures = 0
    private var errors = 0

    /// Creates a writer.
    public init(failLevel: Severity = .error, language: Language = .en, maxWarnings: Int? = nil) {
        self.failLevel = failLevel
        self.language = language
        self.maxWarnings = maxWarnings
    }

    /// Nothing yet: the header carries counts.
    public mutating func begin() -> String { "" }

    /// Adds the file's test case (written at the end).
    public mutating func write(_ file: FileReport) -> String {
        tests += 1
        let name = XMLText.attribute(file.path)
        let head = "<testcase classname=\"kcplint\" name=\"\(name)\""
        if file.isUnreadable {
            errors += 1
            let message = file.diagnostics.first?.message ?? ""
            cases +=
                "\(head)>\n<error type=\"\(FileReport.unreadableRuleID)\" message=\"\(XMLText.attribute(message))\"/>\n</testcase>\n"
            return ""
        }
        guard !file.diagnostics.isEmpty else {
            cases += "\(head)/>\n"
            return ""
        }
        let body = XMLText.content(file.diagnostics.map { Self.line(file.path, $0) }.joined())
        let failing = file.diagnostics.filter { $0.severity >= failLevel }
        if let worst = failing.map(\.severity).max() {
            failures += 1
            let message = XMLText.attribute(Self.counts(file.diagnostics, language))
            cases +=
                "\(head)>\n<failure type=\"\(worst.rawValue)\" message=\"\(message)\">\(body)</failure>\n</testcase>\n"
        } else {
            cases += "\(head)>\n<system-out>\(body)</system-out>\n</testcase>\n"
        }
        return ""
    }

    /// The whole document.
    public mutating func end(_ summary: ReportSummary) -> String {
        if let maxWarnings, summary.warnings > maxWarnings {
            tests += 1
            failures += 1
            let message =
                language == .ko
                ? "경고 \(summary.warnings)개: --max-warnings \(maxWarnings)개를 넘었습니다"
                : "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), more than --max-warnings \(maxWarnings)"
            cases +=
                "<testcase classname=\"kcplint\" name=\"warning limit\">\n<failure type=\"max-warnings\" message=\"\(XMLText.attribute(message))\"/>\n</testcase>\n"
        }
        let counts = "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"kcplint\" \(counts)>\n"
            + "<testsuite name=\"kcplint\" \(counts) skipped=\"0\">\n\(cases)</testsuite>\n</testsuites>\n"
    }

    /// `path:line:column: severity: message [rule-id]`, with notes and the fix on the following lines.
    static func line(_ path: String, _ diagnostic: Diagnostic) -> String {
        var out =
            "\(path):\(diagnostic.span.start): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]\n"
        for note in diagnostic.notes {
            let place = note.span.map { " (\(path):\($0.start))" } ?? ""
            out += "  note: \(note.message)\(place)\n"
        }
        if let fix = diagnostic.fix { out += "  fix: \(fix.message)\n" }
        return out
    }

    /// "2 errors, 1 warning" / "오류 2개, 경고 1개" (zero counts left out).
    static func counts(_ diagnostics: [Diagnostic], _ language: Language) -> String {
        var parts: [String] = []
        for severity in [Severity.error, .warning, .info] {
            let count = diagnostics.lazy.filter { $0.severity == severity }.count
            guard count > 0 else { continue }
            switch (language, severity) {
            case (.en, .error): parts.append("\(count) error\(count == 1 ? "" : "s")")
            case (.en, .warning): parts.append("\(count) warning\(count == 1 ? "" : "s")")
            case (.en, .info): parts.append("\(count) info\(count == 1 ? "" : "s")")
            case (.ko, .error): parts.append("오류 \(count)개")
            case (.ko, .warning): parts.append("경고 \(count)개")
            case (.ko, .info): parts.append("정보 \(count)개")
            }
        }
        return parts.joined(separator: ", ")
    }
}
