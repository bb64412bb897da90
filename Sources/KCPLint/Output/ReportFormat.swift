/// The tool's name and version, as reports show them.
public enum ReportTool {
    /// `kcplint`.
    public static let name = "kcplint"
    /// The version of kcplint.
    public static let version = "0.1.0"
}

/// The report formats, and a writer for each.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `path:line:column: severity: message [rule-id]` with code frames, notes, fixes and a summary line.
    case text
    /// `{"version":1,"files":[…],"summary":{…}}`.
    case json
    /// SARIF 2.1.0 (GitHub code scanning).
    case sarif
    /// GitHub Actions workflow commands (annotations).
    case github
    /// JUnit XML: one test case per file.
    case junit
    /// Checkstyle XML 4.3.
    case checkstyle
    /// GitLab Code Quality (Code Climate issues).
    case gitlab

    /// What every writer may need.
    public struct Options: Sendable {
        /// The language of the report's own texts (summaries, SARIF rule titles).
        public var language: Language
        /// The lowest severity that fails the run (JUnit marks those files as failed).
        public var failLevel: Severity
        /// Text: ANSI colours.
        public var color: Bool
        /// Text: code frames under each finding.
        public var codeFrames: Bool
        /// SARIF: the rules of the catalogue.
        public var rules: [RuleSummary]
        /// Text: one line per file with its kind and counts, clean files included.
        public var listFiles: Bool
        /// The most warnings the run allows (`--max-warnings`); JUnit fails a test case for the limit past it.
        public var maxWarnings: Int?

        /// Creates options.
        public init(
            language: Language = .en,
            failLevel: Severity = .error,
            color: Bool = false,
            codeFrames: Bool = true,
            rules: [RuleSummary] = [],
            listFiles: Bool = false,
            maxWarnings: Int? = nil
        ) {
            self.language = language
            self.failLevel = failLevel
            self.color = color
            self.codeFrames = codeFrames
            self.rules = rules
            self.listFiles = listFiles
            self.maxWarnings = maxWarnings
        }
    }

    /// A new writer of this format.
    public func writer(_ options: Options) -> any ReportWriter {
        switch self {
        case .text:
            TextReportWriter(
                color: options.color,
                codeFrames: options.codeFrames,
                language: options.language,
                listFiles: options.listFiles
            )
        case .json: JSONReportWriter()
        case .sarif: SARIFReportWriter(rules: options.rules, language: options.language)
        case .github: GitHubReportWriter(language: options.language)
        case .junit:
            JUnitReportWriter(
                failLevel: options.failLevel,
                language: options.language,
                maxWarnings: options.maxWarnings
            )
        case .checkstyle: CheckstyleReportWriter()
        case .gitlab: GitLabReportWriter()
        }
    }
}
