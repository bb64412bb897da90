/// The JSON report: `{"version":1,"files":[…],"summary":{…}}`, one file object per line.
public struct JSONReportWriter: ReportWriter {
    private var first = true

    /// Creates a writer.
    public init() {}

    /// Opens the document.
    public mutating func begin() -> String { "{\"version\":1,\"files\":[" }

    /// One file object.
    public mutating func write(_ file: FileReport) -> String {
        var output: [UInt8] = []
        write(file, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// One file object, appended as UTF-8 (no intermediate strings: reports of large runs are mostly this).
    public mutating func write(_ file: FileReport, to output: inout [UInt8]) {
        output.append(literal: first ? "\n" : ",\n")
        first = false
        output.append(literal: "{\"path\":")
        JSONText.appendQuoted(file.path, to: &output)
        output.append(literal: ",\"kind\":")
        if let kind = file.kind { JSONText.appendQuoted(kind, to: &output) } else { output.append(literal: "null") }
        output.append(literal: ",\"diagnostics\":[")
        for (index, diagnostic) in file.diagnostics.enumerated() {
            if index > 0 { output.append(0x2C) }
            Self.encode(diagnostic, to: &output)
        }
        output.append(literal: "]}")
    }

    /// Closes the document with the summary.
    public mutating func end(_ summary: ReportSummary) -> String {
        "\n],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)}}\n"
    }

    /// Appends one diagnostic object.
    static func encode(_ diagnostic: Diagnostic, to out: inout [UInt8]) {
        out.append(literal: "{\"ruleId\":")
        JSONText.appendQuoted(diagnostic.ruleID, to: &out)
        out.append(literal: ",\"severity\":\"")
        out.append(contentsOf: diagnostic.severity.rawValue.utf8)
        out.append(literal: "\",\"message\":")
        JSONText.appendQuoted(diagnostic.message, to: &out)
        out.append(literal: ",\"pointer\":")
        JSONText.appendQuoted(diagnostic.pointer, to: &out)
        out.append(literal: ",\"line\":")
        out.append(decimal: diagnostic.span.start.line)
        out.append(literal: ",\"column\":")
        out.append(decimal: diagnostic.span.start.column)
        out.append(literal: ",\"endLine\":")
        out.append(decimal: diagnostic.span.end.line)
        out.append(literal: ",\"endColumn\":")
        out.append(decimal: diagnostic.span.end.column)
        if let fix = diagnostic.fix {
            out.append(literal: ",\"fix\":{\"kind\":\"")
            out.append(contentsOf: fix.kind.rawValue.utf8)
            out.append(literal: "\",\"message\":")
            JSONText.appendQuoted(fix.message, to: &out)
            if let value = fix.value {
                out.append(literal: ",\"value\":")
                out.append(contentsOf: value.utf8)
            }
            if let key = fix.key {
                out.append(literal: ",\"key\":")
                JSONText.appendQuoted(key, to: &out)
            }
            out.append(literal: "}")
        } else {
            out.append(literal: ",\"fix\":null")
        }
        out.append(literal: ",\"notes\":[")
        for (index, note) in diagnostic.notes.enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(literal: "{\"message\":")
            JSONText.appendQuoted(note.message, to: &out)
            if let pointer = note.pointer {
                out.append(literal: ",\"pointer\":")
                JSONText.appendQuoted(pointer, to: &out)
            }
            if let span = note.span {
                out.append(literal: ",\"line\":")
                out.append(decimal: span.start.line)
                out.append(literal: ",\"column\":")
                out.append(decimal: span.start.column)
            }
            out.append(literal: "}")
        }
        out.append(literal: "]")
        if let url = diagnostic.documentationURL {
            out.append(literal: ",\"docs\":")
            JSONText.appendQuoted(url, to: &out)
        }
        out.append(literal: "}")
    }
}

extension [UInt8] {
    /// Appends the UTF-8 bytes of a literal.
    mutating func append(literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends `value` in decimal digits.
    mutating func append(decimal value: Int) {
        if value < 0 { append(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: magnitude / divisor % 10) + 0x30)
            divisor /= 10
        }
    }
}
