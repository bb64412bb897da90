/// The JSON report: `{"version":1,"files":[…],"summary":{…}}`, one file object per line.
public struct JSONReportWriter: ReportWriter {
    private var first = true
    /// Where a file object is written before it is appended (kept between files).
    private var scratch: [UInt8] = []

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
    ///
    /// The object is written into `scratch`, sized beforehand for the worst case, without a capacity check per
    /// piece, then appended to `output` at once.
    public mutating func write(_ file: FileReport, to output: inout [UInt8]) {
        let bound = Self.sizeBound(of: file)
        if scratch.count < bound { scratch = [UInt8](repeating: 0, count: max(bound, 2 * scratch.count)) }
        let isFirst = first
        first = false
        let written = scratch.withUnsafeMutableBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return 0 }
            var sink = ReservedBytes(start)
            Self.write(file, first: isFirst, to: &sink)
            let written = sink.cursor - start
            assert(written <= bound, "the size bound of a file object is wrong")
            return written
        }
        scratch.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<written])) }
    }

    /// The most bytes ``write(_:first:to:)`` can write for `file`: every byte of text as a six-byte escape, every
    /// number as twenty digits, and the fixed text.
    static func sizeBound(of file: FileReport) -> Int {
        func text(_ value: String?) -> Int { 6 * (value?.utf8.count ?? 0) + 8 }
        var bound = 64 + text(file.path) + text(file.kind)
        for diagnostic in file.diagnostics {
            bound += 256 + text(diagnostic.ruleID) + text(diagnostic.message) + text(diagnostic.pointer)
            bound += text(diagnostic.documentationURL)
            if let fix = diagnostic.fix { bound += 96 + text(fix.message) + text(fix.value) + text(fix.key) }
            for note in diagnostic.notes { bound += 96 + text(note.message) + text(note.pointer) }
        }
        return bound
    }

    private static func write<Sink: ByteSink>(_ file: FileReport, first: Bool, to output: inout Sink) {
        output.append(literal: first ? "\n" : ",\n")
        output.append(literal: "{\"path\":")
        JSONText.appendQuoted(file.path, to: &output)
        output.append(literal: ",\"kind\":")
        if let kind = file.kind { JSONText.appendQuoted(kind, to: &output) } else { output.append(literal: "null") }
        output.append(literal: ",\"diagnostics\":[")
        // By index: `enumerated()` would copy each diagnostic.
        for index in file.diagnostics.indices {
            if index > 0 { output.append(0x2C) }
            Self.encode(file.diagnostics[index], to: &output)
        }
        output.append(literal: "]}")
    }

    /// Closes the document with the summary.
    public mutating func end(_ summary: ReportSummary) -> String {
        // `suppressed` and `baselined` only when findings were dropped: runs without either keep their shape.
        "\n],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)"
            + (summary.suppressed > 0 ? ",\"suppressed\":\(summary.suppressed)" : "")
            + (summary.baselined > 0 ? ",\"baselined\":\(summary.baselined)" : "") + "}}\n"
    }

    /// Appends one diagnostic object.
    static func encode<Sink: ByteSink>(_ diagnostic: Diagnostic, to out: inout Sink) {
        out.append(literal: "{\"ruleId\":")
        JSONText.appendQuoted(diagnostic.ruleID, to: &out)
        out.append(literal: ",\"severity\":\"")
        out.append(text: diagnostic.severity.rawValue)
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
            out.append(text: fix.kind.rawValue)
            out.append(literal: "\",\"message\":")
            JSONText.appendQuoted(fix.message, to: &out)
            if let value = fix.value {
                out.append(literal: ",\"value\":")
                out.append(text: value)
            }
            if let key = fix.key {
                out.append(literal: ",\"key\":")
                JSONText.appendQuoted(key, to: &out)
            }
            out.append(literal: fix.isSafe ? ",\"safe\":true}" : ",\"safe\":false}")
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
