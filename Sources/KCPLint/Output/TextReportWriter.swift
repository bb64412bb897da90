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
        var output: [UInt8] = []
        write(file, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The diagnostics of one file, appended as UTF-8.
    public mutating func write(_ file: FileReport, to output: inout [UInt8]) {
        if listFiles { output.append(text: fileLine(file)) }
        guard !file.diagnostics.isEmpty else { return }
        // The line table is built only for a file with findings.
        let lines = codeFrames ? file.source.map { LineTable($0) } : nil
        for diagnostic in file.diagnostics {
            paint(code: "1", to: &output) { output in
                output.append(terminalSafe: file.path)
                output.append(0x3A)
                Self.append(diagnostic.span.start, to: &output)
            }
            output.append(literal: ": ")
            paint(code: Self.code(diagnostic.severity), to: &output) { $0.append(text: diagnostic.severity.rawValue) }
            output.append(literal: ": ")
            output.append(terminalSafe: diagnostic.message)
            output.append(0x20)
            paint(code: "2", to: &output) { output in
                output.append(0x5B)
                output.append(text: diagnostic.ruleID)
                output.append(0x5D)
            }
            output.append(0x0A)
            if let source = file.source, let lines {
                frame(
                    source,
                    lines: lines,
                    span: diagnostic.span,
                    offset: diagnostic.byteRange.lowerBound,
                    masked: file.maskedRanges,
                    to: &output
                )
            }
            for note in diagnostic.notes {
                output.append(literal: "  ")
                paint(code: "36", to: &output) { $0.append(literal: "note") }
                output.append(literal: ": ")
                output.append(terminalSafe: note.message)
                if let span = note.span {
                    output.append(literal: " (")
                    output.append(terminalSafe: file.path)
                    output.append(0x3A)
                    Self.append(span.start, to: &output)
                    output.append(0x29)
                }
                output.append(0x0A)
            }
            if let fix = diagnostic.fix {
                output.append(literal: "  ")
                paint(code: "32", to: &output) { $0.append(literal: "fix") }
                output.append(literal: ": ")
                output.append(terminalSafe: fix.message)
                output.append(0x0A)
            }
        }
        // A blank line after each file with findings keeps the groups apart.
        output.append(0x0A)
    }

    /// `line:column`.
    private static func append(_ position: SourcePosition, to output: inout [UInt8]) {
        output.append(decimal: position.line)
        output.append(0x3A)
        output.append(decimal: position.column)
    }

    /// `path: sdk-payment, 1 error, 0 warnings, 2 infos` (or `ok`).
    private func fileLine(_ file: FileReport) -> String {
        let counts = Severity.allCases.reversed().map { severity in
            file.diagnostics.lazy.filter { $0.severity == severity }.count
        }
        let kind =
            switch (file.role, language) {
            case (.payload, .en): file.kind ?? "kind not detected"
            case (.payload, .ko): file.kind ?? "종류 판별 불가"
            case (.configuration, .en): "configuration"
            case (.configuration, .ko): "설정 파일"
            case (.baseline, .en): "baseline"
            case (.baseline, .ko): "기준선"
            }
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
        var path: [UInt8] = []
        path.append(terminalSafe: file.path)
        return paint(String(decoding: path, as: UTF8.self), code: "1") + ": " + kind + " — " + result + "\n"
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
                + (summary.suppressed > 0 ? ", \(summary.suppressed) suppressed" : "")
                + (summary.baselined > 0 ? ", \(summary.baselined) in the baseline" : "")
        case .ko:
            line =
                "파일 \(summary.files)개 검사" + (summary.unreadable > 0 ? "(읽을 수 없음 \(summary.unreadable)개)" : "")
                + ": 오류 \(summary.errors)개, 경고 \(summary.warnings)개, 정보 \(summary.infos)개"
                + (summary.suppressed > 0 ? ", 억제 \(summary.suppressed)개" : "")
                + (summary.baselined > 0 ? ", 기준선 \(summary.baselined)개" : "")
        }
        if let elapsed = elapsedMilliseconds { line += " (\(elapsed) ms)" }
        return line + "\n"
    }

    private static func code(_ severity: Severity) -> StaticString {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;34"
        }
    }

    private func paint(_ text: String, code: StaticString) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Appends what `body` appends, in colour `code` when colours are on.
    private func paint(code: StaticString, to output: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        guard color else { return body(&output) }
        output.append(literal: "\u{1B}[")
        output.append(literal: code)
        output.append(0x6D)
        body(&output)
        output.append(literal: "\u{1B}[0m")
    }

    /// The payload line of `span` (masked) with a caret line under the span. Columns count Unicode scalars; the
    /// line is worked on as UTF-8 bytes, each scalar found by its lead byte. `offset`: the byte where the span
    /// starts.
    private func frame(
        _ source: [UInt8],
        lines: LineTable,
        span: SourceSpan,
        offset: Int,
        masked: [MaskedRange],
        to output: inout [UInt8]
    ) {
        let lineNumber = span.start.line
        var lineRange = lines.byteRange(ofLine: lineNumber)
        var startColumn = span.start.column
        // A long line (a minified payload) is worked on only around the span, so that a frame costs the same
        // whatever the line's length: a file of thousands of findings on one line is not quadratic.
        let window = 1_024
        var cutBefore = false
        var cutAfter = false
        if lineRange.count > 4 * window, offset >= lineRange.lowerBound, offset <= lineRange.upperBound {
            var lower = max(lineRange.lowerBound, offset - window)
            while lower > lineRange.lowerBound, source[lower] & 0xC0 == 0x80 { lower -= 1 }
            var upper = min(lineRange.upperBound, offset + window)
            while upper < lineRange.upperBound, source[upper] & 0xC0 == 0x80 { upper += 1 }
            startColumn = 1 + source[lower..<offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            cutBefore = lower > lineRange.lowerBound
            cutAfter = upper < lineRange.upperBound
            lineRange = lower..<upper
        }
        // Masked values, then any card number left in the line (a member name, a URL): same length, same columns.
        var text = Array(
            Masking.maskEmbeddedCardNumbers(Masking.maskedLine(source, line: lineRange, sensitive: masked)).utf8
        )
        var starts = Self.scalarStarts(text)
        // Keep frames readable for minified payloads: show at most 100 columns around the span.
        if starts.count > 120 {
            let from = max(0, startColumn - 40)
            let to = min(starts.count, from + 100)
            var cut: [UInt8] = from > 0 || cutBefore ? Array("…".utf8) : []
            cut += text[starts[from]..<(to < starts.count ? starts[to] : text.count)]
            if to < starts.count || cutAfter { cut += "…".utf8 }
            text = cut
            starts = Self.scalarStarts(text)
            startColumn = startColumn - from + (from > 0 || cutBefore ? 1 : 0)
        }
        for index in text.indices where text[index] == 0x09 { text[index] = 0x20 }
        // Control characters of the payload (a NUL, an escape sequence) are shown as U+FFFD, one for one.
        if text.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) {
            var safe: [UInt8] = []
            safe.append(terminalSafe: String(decoding: text, as: UTF8.self))
            text = safe
            starts = Self.scalarStarts(text)
        }
        let width =
            span.end.line == span.start.line
            ? max(1, min(span.end.column - span.start.column, 100)) : max(1, starts.count - startColumn + 1)
        // Wide (Hangul) characters take two cells on a terminal.
        let before = min(max(0, startColumn - 1), starts.count)
        let prefixCells = Self.cells(text, starts[0..<before])
        let underlinedCells = Self.cells(text, starts[before..<min(before + width, starts.count)])
        output.append(0x20)
        output.append(decimal: lineNumber)
        output.append(literal: " | ")
        output.append(contentsOf: text)
        output.append(literal: "\n ")
        output.append(contentsOf: repeatElement(0x20, count: String(lineNumber).utf8.count))
        output.append(literal: " | ")
        paint(code: "1;32", to: &output) { output in
            output.append(contentsOf: repeatElement(0x20, count: prefixCells))
            output.append(0x5E)
            if underlinedCells > 1 { output.append(contentsOf: repeatElement(0x7E, count: underlinedCells - 1)) }
        }
        output.append(0x0A)
    }

    /// The offset of each scalar's first byte in the UTF-8 `text`.
    private static func scalarStarts(_ text: [UInt8]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(text.count)
        for (index, byte) in text.enumerated() where byte & 0xC0 != 0x80 { starts.append(index) }
        return starts
    }

    /// The terminal cells of the scalars of `text` that start at `starts`: two for a wide character, none for one
    /// that joins the character before it (a combining mark, a Hangul vowel or final consonant of a decomposed
    /// syllable, a variation selector, a skin tone, what follows a zero-width joiner), one for the others.
    static func cells(_ text: [UInt8], _ starts: ArraySlice<Int>) -> Int {
        var total = 0
        var joined = false
        for start in starts {
            let lead = UInt32(text[start])
            var value: UInt32
            var length: Int
            switch lead {
            case 0..<0x80: (value, length) = (lead, 1)
            case 0xC0..<0xE0: (value, length) = (lead & 0x1F, 2)
            case 0xE0..<0xF0: (value, length) = (lead & 0x0F, 3)
            default: (value, length) = (lead & 0x07, 4)
            }
            for offset in 1..<length where start + offset < text.count {
                value = value << 6 | UInt32(text[start + offset] & 0x3F)
            }
            if joined || isZeroWidth(value) {
                joined = value == 0x200D
                continue
            }
            joined = value == 0x200D
            total += isWide(value) ? 2 : 1
        }
        return total
    }

    /// Whether the scalar `value` takes no cell of its own.
    private static func isZeroWidth(_ value: UInt32) -> Bool {
        guard value >= 0x300 else { return false }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) || (0x200B...0x200F).contains(value)
            || (0x2060...0x2064).contains(value) || (0xFE00...0xFE0F).contains(value)
            || (0x1F3FB...0x1F3FF).contains(value) || (0xE0100...0xE01EF).contains(value)
            || (0xE0000...0xE007F).contains(value) || (0x206A...0x206F).contains(value) || value == 0xFEFF
            || value == 0x180E
        {
            return true
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether the scalar `value` is East Asian wide (two terminal cells).
    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
    }
}

extension TextReportWriter {
    /// `text` as the text report prints payload text: each control character (but tab and line feed) and each
    /// bidirectional formatting character as U+FFFD, so that a catalogue's or a payload's text cannot move the cursor
    /// or reorder what is read.
    public static func terminalSafe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var bytes: [UInt8] = []
            bytes.append(terminalSafe: String(line))
            return String(decoding: bytes, as: UTF8.self)
        }.joined(separator: "\n")
    }
}
