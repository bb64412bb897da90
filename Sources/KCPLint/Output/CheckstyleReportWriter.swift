/// The Checkstyle XML report (format version 4.3), read by Jenkins, GitLab, reviewdog and many other tools.
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <checkstyle version="4.3">
/// <file name="pay.json">
/// <error line="3" column="17" severity="error" message="…" source="kcplint.phone-requires-buyer-name"/>
/// </file>
/// </checkstyle>
/// ```
///
/// Every file checked gets a `file` element, with or without findings. `source` is `kcplint.` plus the rule id.
public struct CheckstyleReportWriter: ReportWriter {
    /// Creates a writer.
    public init() {}

    /// The XML declaration and the root element.
    public mutating func begin() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    }

    /// One `file` element.
    public mutating func write(_ file: FileReport) -> String {
        let name = XMLText.attribute(file.path)
        guard !file.diagnostics.isEmpty else { return "<file name=\"\(name)\"/>\n" }
        var out = "<file name=\"\(name)\">\n"
        for diagnostic in file.diagnostics {
            var message = diagnostic.message
            if !diagnostic.pointer.isEmpty, !message.utf8Contains(diagnostic.pointer) {
                message += " (at \(diagnostic.pointer))"
            }
            if let fix = diagnostic.fix { message += " Fix: \(fix.message)" }
            out += "<error line=\"\(diagnostic.span.start.line)\" column=\"\(diagnostic.span.start.column)\""
            out += " severity=\"\(diagnostic.severity.rawValue)\" message=\"\(XMLText.attribute(message))\""
            out += " source=\"\(XMLText.attribute("kcplint." + diagnostic.ruleID))\"/>\n"
        }
        return out + "</file>\n"
    }

    /// Closes the root element.
    public mutating func end(_ summary: ReportSummary) -> String {
        "</checkstyle>\n"
    }
}
