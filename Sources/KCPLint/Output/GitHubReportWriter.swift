/// GitHub Actions workflow commands: one annotation per diagnostic, shown on the pull request's diff.
///
/// `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RULE-ID::MESSAGE`, with `warning` for warnings
/// and `notice` for infos. Notes and the fix follow the message on their own lines. Values are escaped as the
/// runner expects: `%`, CR and LF everywhere, and also `:` and `,` in properties. The run ends with a plain
/// summary line.
public struct GitHubReportWriter: ReportWriter {
    /// Language of the summary line.
    public var language: Language

    /// Creates a writer.
    public init(language: Language = .en) {
        self.language = language
    }

    /// Nothing before the first file.
    public mutating func begin() -> String { "" }

    /// One workflow command per diagnostic.
    public mutating func write(_ file: FileReport) -> String {
        var output: [UInt8] = []
        write(file, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// One workflow command per diagnostic, appended as UTF-8. Escapes are made on the bytes: every character
    /// escaped is ASCII, and no byte of a multi-byte UTF-8 character is.
    public mutating func write(_ file: FileReport, to output: inout [UInt8]) {
        for diagnostic in file.diagnostics {
            switch diagnostic.severity {
            case .error: output.append(literal: "::error file=")
            case .warning: output.append(literal: "::warning file=")
            case .info: output.append(literal: "::notice file=")
            }
            Self.appendEscaped(file.path, property: true, to: &output)
            if !file.isUnreadable {
                output.append(diagnostic.span, labels: (",line=", ",col=", ",endLine=", ",endColumn="))
            }
            output.append(literal: ",title=")
            Self.appendEscaped(diagnostic.ruleID, property: true, to: &output)
            output.append(literal: "::")
            Self.appendEscaped(diagnostic.message, property: false, to: &output)
            if !diagnostic.pointer.isEmpty, !diagnostic.message.utf8Contains(diagnostic.pointer) {
                output.append(literal: " (at ")
                Self.appendEscaped(diagnostic.pointer, property: false, to: &output)
                output.append(0x29)
            }
            // The message's own lines, escaped as line feeds of the one command.
            for note in diagnostic.notes {
                output.append(literal: "%0Anote: ")
                Self.appendEscaped(note.message, property: false, to: &output)
                if let span = note.span {
                    Self.appendEscaped(" (\(file.path):\(span.start))", property: false, to: &output)
                }
            }
            if let fix = diagnostic.fix {
                output.append(literal: "%0Afix: ")
                Self.appendEscaped(fix.message, property: false, to: &output)
            }
            if let url = diagnostic.documentationURL {
                output.append(literal: "%0Adocs: ")
                Self.appendEscaped(url, property: false, to: &output)
            }
            output.append(0x0A)
        }
    }

    /// The summary line, plain text.
    public mutating func end(_ summary: ReportSummary) -> String {
        var text = TextReportWriter(language: language)
        return text.end(summary)
    }

    /// Escapes a command's message: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        var output: [UInt8] = []
        appendEscaped(text, property: false, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Escapes a property value: `%`, CR, LF, `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        var output: [UInt8] = []
        appendEscaped(text, property: true, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` with `%`, CR and LF escaped, and with `property` also `:` and `,`; other control characters
    /// become U+FFFD; runs of other bytes are copied whole.
    static func appendEscaped(_ text: String, property: Bool, to output: inout [UInt8]) {
        output.append(text) { bytes, index in
            switch bytes[index] {
            case 0x25: ("%25", 1)
            case 0x0D: ("%0D", 1)
            case 0x0A: ("%0A", 1)
            case 0x3A where property: ("%3A", 1)
            case 0x2C where property: ("%2C", 1)
            // Other control characters (an escape sequence in a member name) are never passed to the log.
            default: [UInt8].controlWidth(bytes, index).map { ("\u{FFFD}", $0) }
            }
        }
    }
}
