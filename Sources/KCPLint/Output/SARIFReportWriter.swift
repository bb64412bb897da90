/// SARIF 2.1.0, the format of GitHub code scanning (`github/codeql-action/upload-sarif`) and other viewers.
///
/// One run whose driver lists every rule of the catalogue (title, rationale as help text, documentation URL,
/// default level and whether it is on), and one result per diagnostic: rule id and index, level, message (with
/// notes and the fix), the region in Unicode code points (`columnKind` of the run), the JSON Pointer as a
/// logical location and in `properties.pointer`, notes as related locations, a stable fingerprint, and a
/// machine-applicable fix when the fix can be expressed as a text replacement.
///
/// Artifact URIs are the paths as given, relative to the working directory (`uriBaseId` `%SRCROOT%`), so run
/// kcplint from the repository root. Source text never appears in the report.
public struct SARIFReportWriter: ReportWriter {
    /// `informationUri` of the tool.
    public static let informationURI = "https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"
    /// The key of kcplint's fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "kcplint/v1"

    private let rules: [RuleSummary]
    private let ruleIndex: [String: Int]
    private let language: Language
    private let toolVersion: String
    private var first = true

    /// Creates a writer for a run with the rules of a catalogue.
    /// - Parameters:
    ///   - rules: the catalogue's rules (`Catalogue.ruleSummaries`), listed in the driver in this order.
    ///   - language: the language of rule titles.
    ///   - toolVersion: the version reported for the driver.
    public init(rules: [RuleSummary], language: Language = .en, toolVersion: String = ReportTool.version) {
        // Built-in rules a catalogue does not declare still report: list them too, with their defaults.
        let declared = Set(rules.map(\.id))
        self.rules = rules + BuiltinRule.allCases.filter { !declared.contains($0.rawValue) }.map(Self.summary)
        self.language = language
        self.toolVersion = toolVersion
        var index: [String: Int] = [:]
        for (position, rule) in self.rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        // The tool's own id for unreadable files comes last.
        if index[FileReport.unreadableRuleID] == nil { index[FileReport.unreadableRuleID] = self.rules.count }
        self.ruleIndex = index
    }

    /// The log header: schema, version, the tool with its rules, and the opening of `results`.
    public mutating func begin() -> String {
        var out = "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\n"
        out += "\"tool\":{\"driver\":{\"name\":\"\(ReportTool.name)\",\"version\":\(JSONText.quote(toolVersion)),"
        out +=
            "\"semanticVersion\":\(JSONText.quote(toolVersion)),\"informationUri\":\(JSONText.quote(Self.informationURI)),\"rules\":["
        var descriptors = rules.map(descriptor)
        if !rules.contains(where: { $0.id == FileReport.unreadableRuleID }) {
            descriptors.append(unreadableDescriptor())
        }
        out += "\n" + descriptors.joined(separator: ",\n") + "\n]}},\n"
        out += "\"columnKind\":\"unicodeCodePoints\",\n\"results\":["
        return out
    }

    /// The results of one file.
    public mutating func write(_ file: FileReport) -> String {
        var output: [UInt8] = []
        write(file, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The results of one file, appended as UTF-8 (the file's artifact location is encoded once for all of them).
    public mutating func write(_ file: FileReport, to output: inout [UInt8]) {
        guard !file.diagnostics.isEmpty else { return }
        var artifact: [UInt8] = []
        Self.appendArtifactLocation(file.path, to: &artifact)
        // The fingerprint: the FNV-1a hash of `rule\0path\0pointer`, and the occurrence of that triple in the file.
        var occurrences = Fingerprint.Occurrences()
        for diagnostic in file.diagnostics {
            output.append(literal: first ? "\n" : ",\n")
            first = false
            let occurrence = occurrences.next(diagnostic)
            let hash = Fingerprint.hex(Fingerprint.fnv1a([diagnostic.ruleID, file.path, diagnostic.pointer]))
            appendResult(diagnostic, in: file, artifact: artifact, fingerprint: (hash, occurrence), to: &output)
        }
    }

    /// Closes `results`, the run and the log.
    public mutating func end(_ summary: ReportSummary) -> String {
        "\n]}]}\n"
    }

    // MARK: - Rules

    private func descriptor(_ rule: RuleSummary) -> String {
        let title = rule.title.text(language)
        let ko = language == .ko
        let reason = rule.rationale.text(language)
        let rationale = reason.isEmpty ? title : reason
        var help = title
        if !reason.isEmpty { help += "\n\n\(reason)" }
        if !rule.kinds.isEmpty { help += "\n\n\(ko ? "종류" : "Kinds"): \(rule.kinds.joined(separator: ", "))" }
        if !rule.source.isEmpty { help += "\n\n\(ko ? "출처" : "Source"): \(rule.source)" }
        var out = "{\"id\":\(JSONText.quote(rule.id)),\"name\":\(JSONText.quote(Self.ruleName(rule.id)))"
        out += ",\"shortDescription\":{\"text\":\(JSONText.quote(title))}"
        out += ",\"fullDescription\":{\"text\":\(JSONText.quote(rationale))}"
        out += ",\"help\":{\"text\":\(JSONText.quote(help))}"
        if Self.isAbsoluteURI(rule.source) { out += ",\"helpUri\":\(JSONText.quote(rule.source))" }
        out += ",\"defaultConfiguration\":{\"enabled\":\(rule.isEnabled),\"level\":\"\(Self.level(rule.severity))\"}"
        var tags = rule.kinds
        if rule.isBuiltin { tags.append("builtin") }
        if !tags.isEmpty { out += ",\"properties\":{\"tags\":[\(tags.map(JSONText.quote).joined(separator: ","))]}" }
        return out + "}"
    }

    /// The summary of a built-in rule the catalogue does not declare.
    private static func summary(_ rule: BuiltinRule) -> RuleSummary {
        RuleSummary(
            id: rule.rawValue,
            title: rule.defaultTitle,
            severity: rule.defaultSeverity,
            isEnabled: true,
            kinds: [],
            rationale: LocalizedText(""),
            source: "",
            reference: nil,
            isBuiltin: true,
            validExamples: [],
            invalidExamples: [],
            location: CatalogueLocation(file: "<built-in>", position: SourcePosition(line: 1, column: 1)),
            message: nil
        )
    }

    private func unreadableDescriptor() -> String {
        let text = LocalizedText(en: "The file could not be read", ko: "파일을 읽을 수 없음").text(language)
        return
            "{\"id\":\"\(FileReport.unreadableRuleID)\",\"name\":\"InputUnreadable\",\"shortDescription\":{\"text\":\(JSONText.quote(text))}"
            + ",\"fullDescription\":{\"text\":\(JSONText.quote(text))},\"help\":{\"text\":\(JSONText.quote(text))}"
            + ",\"defaultConfiguration\":{\"enabled\":true,\"level\":\"error\"},\"properties\":{\"tags\":[\"builtin\"]}}"
    }

    // MARK: - Results

    private func appendResult(
        _ diagnostic: Diagnostic,
        in file: FileReport,
        artifact: [UInt8],
        fingerprint: (hash: String, occurrence: Int),
        to output: inout [UInt8]
    ) {
        var message = diagnostic.message
        for note in diagnostic.notes { message += "\nNote: \(note.message)" }
        if let fix = diagnostic.fix { message += "\nFix: \(fix.message)" }
        output.append(literal: "{\"ruleId\":")
        JSONText.appendQuoted(diagnostic.ruleID, to: &output)
        if let index = ruleIndex[diagnostic.ruleID] {
            output.append(literal: ",\"ruleIndex\":")
            output.append(decimal: index)
        }
        output.append(literal: ",\"level\":\"")
        output.append(literal: Self.level(diagnostic.severity))
        output.append(literal: "\",\"message\":{\"text\":")
        JSONText.appendQuoted(message, to: &output)
        output.append(literal: "},\"locations\":[{\"physicalLocation\":")
        Self.appendPhysicalLocation(artifact, region: file.isUnreadable ? nil : diagnostic.span, to: &output)
        if !diagnostic.pointer.isEmpty {
            output.append(literal: ",\"logicalLocations\":[{\"fullyQualifiedName\":")
            JSONText.appendQuoted(diagnostic.pointer, to: &output)
            output.append(literal: ",\"kind\":\"value\"}]")
        }
        output.append(literal: "}]")
        var related = false
        for (index, note) in diagnostic.notes.enumerated() {
            guard let span = note.span else { continue }
            output.append(literal: related ? "," : ",\"relatedLocations\":[")
            related = true
            output.append(literal: "{\"id\":")
            output.append(decimal: index + 1)
            output.append(literal: ",\"message\":{\"text\":")
            JSONText.appendQuoted(note.message, to: &output)
            output.append(literal: "},\"physicalLocation\":")
            Self.appendPhysicalLocation(artifact, region: span, to: &output)
            output.append(literal: "}")
        }
        if related { output.append(literal: "]") }
        if let fix = diagnostic.fix, let change = replacement(for: fix, diagnostic, source: file.source) {
            output.append(literal: ",\"fixes\":[{\"description\":{\"text\":")
            JSONText.appendQuoted(fix.message, to: &output)
            output.append(literal: "},\"artifactChanges\":[{\"artifactLocation\":")
            output.append(contentsOf: artifact)
            output.append(literal: ",\"replacements\":[")
            output.append(text: change)
            output.append(literal: "]}]}]")
        }
        output.append(literal: ",\"partialFingerprints\":{\"")
        output.append(text: Self.fingerprintKey)
        output.append(literal: "\":\"")
        output.append(text: fingerprint.hash)
        output.append(0x3A)
        output.append(decimal: fingerprint.occurrence)
        output.append(literal: "\"},\"properties\":{\"pointer\":")
        JSONText.appendQuoted(diagnostic.pointer, to: &output)
        if let kind = file.kind {
            output.append(literal: ",\"kind\":")
            JSONText.appendQuoted(kind, to: &output)
        }
        output.append(literal: "}}")
    }

    /// `{"artifactLocation":…,"region":…}` from an artifact location written by ``appendArtifactLocation(_:to:)``.
    private static func appendPhysicalLocation(_ artifact: [UInt8], region span: SourceSpan?, to output: inout [UInt8])
    {
        output.append(literal: "{\"artifactLocation\":")
        output.append(contentsOf: artifact)
        if let span {
            output.append(literal: ",\"region\":")
            appendRegion(span, to: &output)
        }
        output.append(literal: "}")
    }

    /// `{"uri":…}` of `path`, with `"uriBaseId":"%SRCROOT%"` when it is relative.
    private static func appendArtifactLocation(_ path: String, to output: inout [UInt8]) {
        let (uri, relative) = Self.uri(path)
        output.append(literal: "{\"uri\":")
        JSONText.appendQuoted(uri, to: &output)
        if relative { output.append(literal: ",\"uriBaseId\":\"%SRCROOT%\"") }
        output.append(literal: "}")
    }

    /// A text replacement for a fix, when the diagnostic's bytes are exactly what the fix replaces: the value
    /// for `replace`, the quoted member name for `rename`.
    private func replacement(for fix: Diagnostic.Fix, _ diagnostic: Diagnostic, source: [UInt8]?) -> String? {
        guard let source, diagnostic.byteRange.upperBound <= source.count, !diagnostic.byteRange.isEmpty else {
            return nil
        }
        let inserted: String
        switch fix.kind {
        case .replace:
            guard let value = fix.value else { return nil }
            inserted = value
        case .rename:
            guard let key = fix.key, let last = Self.lastToken(diagnostic.pointer) else { return nil }
            guard source[diagnostic.byteRange].elementsEqual(JSONText.quote(last).utf8) else { return nil }
            inserted = JSONText.quote(key)
        }
        return
            "{\"deletedRegion\":\(Self.region(diagnostic.span)),\"insertedContent\":{\"text\":\(JSONText.quote(inserted))}}"
    }

    // MARK: - Helpers

    static func region(_ span: SourceSpan) -> String {
        var output: [UInt8] = []
        appendRegion(span, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `{"startLine":…,"startColumn":…,"endLine":…,"endColumn":…}`.
    static func appendRegion(_ span: SourceSpan, to output: inout [UInt8]) {
        output.append(span, labels: ("{\"startLine\":", ",\"startColumn\":", ",\"endLine\":", ",\"endColumn\":"))
        output.append(0x7D)
    }

    static func level(_ severity: Severity) -> StaticString {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `phone-requires-buyer-name` → `PhoneRequiresBuyerName`.
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func isAbsoluteURI(_ text: String) -> Bool {
        text.hasPrefix("https://") || text.hasPrefix("http://")
    }

    /// The artifact URI of a path: percent-encoded, relative unless the path is absolute (`file://`).
    static func uri(_ path: String) -> (uri: String, relative: Bool) {
        let path = ReportPath.normalized(path)
        let absolute = path.hasPrefix("/")
        var output: [UInt8] = absolute ? Array("file://".utf8) : []
        let digits: StaticString = "0123456789ABCDEF"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                output.append(byte)
            default:
                output.append(UInt8(ascii: "%"))
                output.append(digits.utf8Start[Int(byte >> 4)])
                output.append(digits.utf8Start[Int(byte & 0x0F)])
            }
        }
        return (String(decoding: output, as: UTF8.self), !absolute)
    }

    /// The last reference token of a JSON Pointer, unescaped; nil for the root.
    static func lastToken(_ pointer: String) -> String? {
        guard let slash = pointer.lastIndex(of: "/") else { return nil }
        var token = String(pointer[pointer.index(after: slash)...])
        token = token.replacing("~1", with: "/").replacing("~0", with: "~")
        return token
    }
}
