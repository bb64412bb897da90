/// The result of checking one file (or standard input), ready to print.
public struct FileReport: Sendable {
    /// The path as given by the user (or the `--stdin-filename`).
    public var path: String
    /// The detected or forced kind: one kind, `mixed` for an array of different kinds, or nil.
    public var kind: String?
    /// Diagnostics, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The file's bytes, for code frames (nil when unreadable).
    public var source: [UInt8]?
    /// Sensitive byte ranges of `source`, masked in code frames.
    public var maskedRanges: [MaskedRange]
    /// Findings past the per-file limit, not listed (a `diagnostics-truncated` finding stands for them): counted in
    /// the totals and for the fail level.
    public var hidden = FindingCounts()
    /// What the file is: a payload, or a file of the project's that reports on the accepted findings.
    public var role = Role.payload

    /// What a reported file is.
    public enum Role: Sendable, Hashable {
        /// A payload that was checked.
        case payload
        /// The project configuration (`suppression-unused`, `suppression-expired`).
        case configuration
        /// A baseline (`baseline-stale`).
        case baseline
    }

    /// Creates a report.
    public init(
        path: String,
        kind: String?,
        diagnostics: [Diagnostic],
        source: [UInt8]? = nil,
        maskedRanges: [MaskedRange] = []
    ) {
        self.path = path
        self.kind = kind
        self.diagnostics = diagnostics
        self.source = source
        self.maskedRanges = maskedRanges
    }

    /// A report from a validation result.
    public init(path: String, result: ValidationResult, source: [UInt8]) {
        // One kind, or `mixed` when the requests differ (no set: most files hold one request).
        var kind: String?
        for case let found? in result.kinds {
            if let seen = kind, seen != found {
                kind = "mixed"
                break
            }
            kind = found
        }
        self.init(
            path: path,
            kind: kind,
            diagnostics: result.diagnostics,
            source: source,
            maskedRanges: result.maskedRanges
        )
        hidden = result.hidden
    }
}

extension FileReport {
    /// The rule id of the diagnostic that stands for a file that could not be read.
    public static let unreadableRuleID = "input-unreadable"

    /// The report of a file that could not be read: one `input-unreadable` error at 1:1, no source.
    public static func unreadable(path: String, message: String) -> FileReport {
        let diagnostic = Diagnostic(
            ruleID: unreadableRuleID,
            severity: .error,
            message: message,
            pointer: "",
            span: SourceSpan(start: SourcePosition(line: 1, column: 1)),
            byteRange: 0..<0
        )
        return FileReport(path: path, kind: nil, diagnostics: [diagnostic], source: nil)
    }

    /// True for the report of a file that could not be read.
    public var isUnreadable: Bool {
        source == nil && diagnostics.contains { $0.ruleID == Self.unreadableRuleID }
    }

    /// The number of diagnostics at or above `severity`.
    public func count(atLeast severity: Severity) -> Int {
        diagnostics.lazy.filter { $0.severity >= severity }.count + hidden.count(atLeast: severity)
    }
}

/// Counts over a whole run.
public struct ReportSummary: Sendable, Hashable {
    /// Files checked.
    public var files = 0
    /// Diagnostics per severity.
    public var errors = 0
    /// Warnings.
    public var warnings = 0
    /// Infos.
    public var infos = 0
    /// Files that could not be read (counted in `files` too).
    public var unreadable = 0
    /// Findings dropped by the configuration's suppressions.
    public var suppressed = 0
    /// Findings dropped because the baseline holds them.
    public var baselined = 0

    /// An empty summary.
    public init() {}

    /// Adds a file's diagnostics.
    public mutating func add(_ report: FileReport) {
        files += 1
        if report.isUnreadable { unreadable += 1 }
        addFindings(of: report)
        errors += report.hidden.errors
        warnings += report.hidden.warnings
        infos += report.hidden.infos
    }

    /// Adds the diagnostics of a report that is not of a checked file (the configuration's, the baseline's).
    public mutating func addFindings(of report: FileReport) {
        for diagnostic in report.diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}

/// A report format: writes the header, each file in order, and the trailer, so output can stream.
public protocol ReportWriter {
    /// Text before the first file.
    mutating func begin() -> String
    /// Text for one file.
    mutating func write(_ file: FileReport) -> String
    /// Text after the last file.
    mutating func end(_ summary: ReportSummary) -> String
    /// Appends the text for one file to `output` as UTF-8 (by default, that of ``write(_:)``).
    mutating func write(_ file: FileReport, to output: inout [UInt8])
}

extension ReportWriter {
    /// Appends the UTF-8 of ``write(_:)``.
    public mutating func write(_ file: FileReport, to output: inout [UInt8]) {
        output.append(contentsOf: write(file).utf8)
    }
}
