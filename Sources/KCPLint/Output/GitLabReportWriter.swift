/// GitLab's Code Quality report (`artifacts:reports:codequality`), a subset of the Code Climate issue format that
/// other Code Climate readers take too: a JSON array with one issue per diagnostic.
///
/// ```json
/// [
/// {"type":"issue","check_name":"amount-not-integer","description":"… (at /amount)","categories":["Bug Risk"],
///  "severity":"major","fingerprint":"3f2a…","location":{"path":"body.json","lines":{"begin":4,"end":4}}}
/// ]
/// ```
///
/// Severities map to GitLab's scale as errors `major`, warnings `minor`, infos `info`. The fingerprint is the
/// 64-bit FNV-1a hash of the rule, the path, the JSON Pointer and the occurrence of that triple in the file, so it
/// stays the same when lines move (GitLab then shows the finding as existing, not new) and differs between two
/// findings (GitLab shows one issue per fingerprint). Paths are as given, with a leading `./` removed (in the hash
/// too): run kcplint from the repository root.
public struct GitLabReportWriter: ReportWriter {
    private var first = true

    /// Creates a writer.
    public init() {}

    /// Opens the array.
    public mutating func begin() -> String { "[" }

    /// The issues of one file.
    public mutating func write(_ file: FileReport) -> String {
        var output: [UInt8] = []
        write(file, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The issues of one file, appended as UTF-8.
    public mutating func write(_ file: FileReport, to output: inout [UInt8]) {
        guard !file.diagnostics.isEmpty else { return }
        let path = Self.relativePath(file.path)
        var occurrences = Fingerprint.Occurrences()
        for diagnostic in file.diagnostics {
            output.append(literal: first ? "\n" : ",\n")
            first = false
            let occurrence = occurrences.next(diagnostic)
            output.append(literal: "{\"type\":\"issue\",\"check_name\":")
            JSONText.appendQuoted(diagnostic.ruleID, to: &output)
            output.append(literal: ",\"description\":")
            JSONText.appendQuoted(Self.description(of: diagnostic), to: &output)
            output.append(literal: ",\"categories\":[\"Bug Risk\"],\"severity\":\"")
            output.append(literal: Self.severity(diagnostic.severity))
            output.append(literal: "\",\"fingerprint\":\"")
            let hash = Fingerprint.fnv1a([diagnostic.ruleID, path, diagnostic.pointer, String(occurrence)])
            output.append(text: Fingerprint.hex(hash))
            output.append(literal: "\",\"location\":{\"path\":")
            JSONText.appendQuoted(path, to: &output)
            output.append(literal: ",\"lines\":{\"begin\":")
            output.append(decimal: diagnostic.span.start.line)
            output.append(literal: ",\"end\":")
            output.append(decimal: max(diagnostic.span.start.line, diagnostic.span.end.line))
            output.append(literal: "}}}")
        }
    }

    /// Closes the array.
    public mutating func end(_ summary: ReportSummary) -> String {
        first ? "]\n" : "\n]\n"
    }

    /// The message, with the pointer when the message does not name it, and the fix.
    static func description(of diagnostic: Diagnostic) -> String {
        var text = diagnostic.message
        if !diagnostic.pointer.isEmpty, !text.utf8Contains(diagnostic.pointer) { text += " (at \(diagnostic.pointer))" }
        if let fix = diagnostic.fix { text += "; fix: \(fix.message)" }
        return text
    }

    /// `path` without its `.` parts and doubled slashes (`.//a.json` is `a.json`, `d//a.json` is `d/a.json`).
    static func relativePath(_ path: String) -> String { ReportPath.normalized(path) }

    /// GitLab's severity for a kcplint severity.
    static func severity(_ severity: Severity) -> StaticString {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
