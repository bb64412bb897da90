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
        var out = ""
        for diagnostic in file.diagnostics {
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            let span = diagnostic.span
            var properties = [
                "file=" + Self.escapeProperty(file.path),
                "line=\(span.start.line)",
                "col=\(span.start.column)",
                "endLine=\(span.end.line)",
                "endColumn=\(span.end.column)",
                "title=" + Self.escapeProperty(diagnostic.ruleID),
            ]
            if file.isUnreadable { properties = [properties[0], properties[5]] }
            var message = diagnostic.message
            if !diagnostic.pointer.isEmpty, !message.contains(diagnostic.pointer) {
                message += " (at \(diagnostic.pointer))"
            }
            for note in diagnostic.notes {
                let place = note.span.map { " (\(file.path):\($0.start))" } ?? ""
                message += "\nnote: \(note.message)\(place)"
            }
            if let fix = diagnostic.fix { message += "\nfix: \(fix.message)" }
            if let url = diagnostic.documentationURL { message += "\ndocs: \(url)" }
            out += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
        }
        return out
    }

    /// The summary line, plain text.
    public mutating func end(_ summary: ReportSummary) -> String {
        var text = TextReportWriter(language: language)
        return text.end(summary)
    }

    /// Escapes a command's message: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes a property value: `%`, CR, LF, `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
