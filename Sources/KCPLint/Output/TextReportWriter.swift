/// The human report: `path:line:column: severity: message [rule-id]`, a code frame, notes and fixes.
public struct TextReportWriter: ReportWriter {
    /// Use ANSI colours.
    public var color: Bool
    /// Show the payload line with a caret under the span.
    public var codeFrames: Bool
    /// Language of the summary line.
    public var language: Language
    /// Elapsed time to print in the summary, if any.
    public var elapsedMilliseconds: Int?
    /// Print one line per file (clean files included) with the request kind and its counts.
    public var listFiles: Bool

    /// Creates a writer.
    public init(
        color: Bool = false,
        codeFrames: Bool = true,
        language: Language = .en,
        elapsedMilliseconds: Int? = nil,
        listFiles: Bool = false
    ) {
        self.color = color
        self.codeFrames = codeFrames
        self.language = language
        self.elapsedMilliseconds = elapsedMilliseconds
        self.listFiles = listFiles
    }

    /// Nothing before the first file.
    public mutating func begin() -> String { "" }

    /// The diagnostics of one file.
    public mutating func write(_ file: FileReport) -> String {
        var out = listFiles ? fileLine(file) : ""
        let lines = file.source.map { LineTable($0) }
        for diagnostic in file.diagnostics {
            let severity = paint(diagnostic.severity.rawValue, code: Self.code(diagnostic.severity))
            out += "\(paint("\(file.path):\(diagnostic.span.start)", code: "1")): \(severity): \(diagnostic.message) "
            out += paint("[\(diagnostic.ruleID)]", code: "2") + "\n"
            if codeFrames, let source = file.source, let lines {
                out += frame(source, lines: lines, span: diagnostic.span, masked: file.maskedRanges)
            }
            for note in diagnostic.notes {
                let place = note.span.map { " (\(file.path):\($0.start))" } ?? ""
                out += "  \(paint("note", code: "36")): \(note.message)\(place)\n"
            }
            if let fix = diagnostic.fix {
                out += "  \(paint("fix", code: "32")): \(fix.message)\n"
            }
        }
        // A blank line after each file with findings keeps the groups apart.
        return file.diagnostics.isEmpty ? out : out + "\n"
    }

    /// `path: sdk-payment, 1 error, 0 warnings, 2 infos` (or `ok`).
    private func fileLine(_ file: FileReport) -> String {
        let counts = Severity.allCases.reversed().map { severity in
            file.diagnostics.lazy.filter { $0.severity == severity }.count
        }
        let kind = file.kind ?? (language == .en ? "kind not detected" : "종류 판별 불가")
        let result: String
        switch language {
        case .en:
            result =
                counts.allSatisfy { $0 == 0 }
                ? "ok"
                : "\(counts[0]) error\(counts[0] == 1 ? "" : "s"), \(counts[1]) warning\(counts[1] == 1 ? "" : "s"), \(counts[2]) info\(counts[2] == 1 ? "" : "s")"
        case .ko:
            result = counts.allSatisfy { $0 == 0 } ? "문제 없음" : "오류 \(counts[0])개, 경고 \(counts[1])개, 정보 \(counts[2])개"
        }
        return paint(file.path, code: "1") + ": " + kind + " — " + result + "\n"
    }

    /// The summary line.
    public mutating func end(_ summary: ReportSummary) -> String {
        var line: String
        switch language {
        case .en:
            line =
                "\(summary.files) file\(summary.files == 1 ? "" : "s") checked"
                + (summary.unreadable > 0 ? " (\(summary.unreadable) unreadable)" : "")
                + ": \(summary.errors) error\(summary.errors == 1 ? "" : "s"), "
                + "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.infos) info\(summary.infos == 1 ? "" : "s")"
        case .ko:
            line =
                "파일 \(summary.files)개 검사" + (summary.unreadable > 0 ? "(읽을 수 없음 \(summary.unreadable)개)" : "")
                + ": 오류 \(summary.errors)개, 경고 \(summary.warnings)개, 정보 \(summary.infos)개"
        }
        if let elapsed = elapsedMilliseconds { line += " (\(elapsed) ms)" }
        return line + "\n"
    }

    private static func code(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;34"
        }
    }

    private func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func frame(_ source: [UInt8], lines: LineTable, span: SourceSpan, masked: [MaskedRange]) -> String {
        let lineNumber = span.start.line
        let range = lines.byteRange(ofLine: lineNumber)
        var text = Masking.maskedLine(source, line: range, sensitive: masked)
        // Keep frames readable for minified payloads: show at most 100 columns around the span.
        var startColumn = span.start.column
        var scalars = Array(text.unicodeScalars)
        if scalars.count > 120 {
            let from = max(0, startColumn - 40)
            let to = min(scalars.count, from + 100)
            scalars = Array(scalars[from..<to])
            text =
                (from > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars))
                + (to < scalars.count + from ? "…" : "")
            startColumn = startColumn - from + (from > 0 ? 1 : 0)
        }
        text = String(text.map { $0 == "\t" ? " " : $0 })
        let width: Int
        if span.end.line == span.start.line {
            width = max(1, min(span.end.column - span.start.column, 100))
        } else {
            width = max(1, text.unicodeScalars.count - startColumn + 1)
        }
        // Columns are Unicode scalars; wide (Hangul) characters take two cells on a terminal.
        let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, startColumn - 1))))
        let underlined = String(
            String.UnicodeScalarView(text.unicodeScalars.dropFirst(max(0, startColumn - 1)).prefix(width))
        )
        let gutter = String(lineNumber)
        let pad = String(repeating: " ", count: gutter.count)
        var caret = String(repeating: " ", count: Self.cells(prefix)) + "^"
        let cellWidth = Self.cells(underlined)
        if cellWidth > 1 { caret += String(repeating: "~", count: cellWidth - 1) }
        return " \(gutter) | \(text)\n \(pad) | \(paint(caret, code: "1;32"))\n"
    }

    /// Terminal cells: East Asian wide characters count two.
    static func cells(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
