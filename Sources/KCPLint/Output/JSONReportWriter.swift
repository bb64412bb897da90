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
            Self.encode(diagnostic, to: &out)
        }
        out += "]}"
        return out
    }

    /// Closes the document with the summary.
    public mutating func end(_ summary: ReportSummary) -> String {
        "\n],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)}}\n"
    }

    static func encode(_ diagnostic: Diagnostic) -> String {
        var out = ""
        encode(diagnostic, to: &out)
        return out
    }

    /// Appends one diagnostic object (no intermediate strings: reports of large runs are mostly this).
    static func encode(_ diagnostic: Diagnostic, to out: inout String) {
        out += "{\"ruleId\":"
        JSONText.appendQuoted(diagnostic.ruleID, to: &out)
        out += ",\"severity\":\""
        out += diagnostic.severity.rawValue
        out += "\",\"message\":"
        JSONText.appendQuoted(diagnostic.message, to: &out)
        out += ",\"pointer\":"
        JSONText.appendQuoted(diagnostic.pointer, to: &out)
        out += ",\"line\":"
        out += String(diagnostic.span.start.line)
        out += ",\"column\":"
        out += String(diagnostic.span.start.column)
        out += ",\"endLine\":"
        out += String(diagnostic.span.end.line)
        out += ",\"endColumn\":"
        out += String(diagnostic.span.end.column)
        if let fix = diagnostic.fix {
            out += ",\"fix\":{\"kind\":\""
            out += fix.kind.rawValue
            out += "\",\"message\":"
            JSONText.appendQuoted(fix.message, to: &out)
            if let value = fix.value {
                out += ",\"value\":"
                out += value
            }
            if let key = fix.key {
                out += ",\"key\":"
                JSONText.appendQuoted(key, to: &out)
            }
            out += "}"
        } else {
            out += ",\"fix\":null"
        }
        out += ",\"notes\":["
        for (index, note) in diagnostic.notes.enumerated() {
            if index > 0 { out += "," }
            out += "{\"message\":"
            JSONText.appendQuoted(note.message, to: &out)
            if let pointer = note.pointer {
                out += ",\"pointer\":"
                JSONText.appendQuoted(pointer, to: &out)
            }
            if let span = note.span {
                out += ",\"line\":"
                out += String(span.start.line)
                out += ",\"column\":"
                out += String(span.start.column)
            }
            out += "}"
        }
        out += "]"
        if let url = diagnostic.documentationURL {
            out += ",\"docs\":"
            JSONText.appendQuoted(url, to: &out)
        }
        out += "}"
    }
}
