/// The JSON report: `{"version":1,"files":[…],"summary":{…}}`, one file object per line.
public struct JSONReportWriter: ReportWriter {
    private var first = true

    /// Creates a writer.
    public init() {}

    /// Opens the document.
    public mutating func begin() -> String { "{\"version\":1,\"files\":[" }

    /// One file object.
    public mutating func write(_ file: FileReport) -> String {
        var out = first ? "\n" : ",\n"
        first = false
        out +=
            "{\"path\":\(JSONText.quote(file.path)),\"kind\":\(file.kind.map(JSONText.quote) ?? "null"),\"diagnostics\":["
        for (index, diagnostic) in file.diagnostics.enumerated() {
            if index > 0 { out += "," }
            out += Self.encode(diagnostic)
        }
        out += "]}"
        return out
    }

    /// Closes the document with the summary.
    public mutating func end(_ summary: ReportSummary) -> String {
        "\n],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)}}\n"
    }

    static func encode(_ diagnostic: Diagnostic) -> String {
        var out = "{\"ruleId\":\(JSONText.quote(diagnostic.ruleID)),\"severity\":\"\(diagnostic.severity.rawValue)\""
        out += ",\"message\":\(JSONText.quote(diagnostic.message)),\"pointer\":\(JSONText.quote(diagnostic.pointer))"
        out += ",\"line\":\(diagnostic.span.start.line),\"column\":\(diagnostic.span.start.column)"
        out += ",\"endLine\":\(diagnostic.span.end.line),\"endColumn\":\(diagnostic.span.end.column)"
        if let fix = diagnostic.fix {
            out += ",\"fix\":{\"kind\":\"\(fix.kind.rawValue)\",\"message\":\(JSONText.quote(fix.message))"
            if let value = fix.value { out += ",\"value\":\(value)" }
            if let key = fix.key { out += ",\"key\":\(JSONText.quote(key))" }
            out += "}"
        } else {
            out += ",\"fix\":null"
        }
        out += ",\"notes\":["
        for (index, note) in diagnostic.notes.enumerated() {
            if index > 0 { out += "," }
            out += "{\"message\":\(JSONText.quote(note.message))"
            if let pointer = note.pointer { out += ",\"pointer\":\(JSONText.quote(pointer))" }
            if let span = note.span { out += ",\"line\":\(span.start.line),\"column\":\(span.start.column)" }
            out += "}"
        }
        out += "]"
        if let url = diagnostic.documentationURL { out += ",\"docs\":\(JSONText.quote(url))" }
        out += "}"
        return out
    }
}
