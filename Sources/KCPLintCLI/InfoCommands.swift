import ArgumentParser
import KCPLint

/// `kcplint rules`: the rules of the catalogue.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the rules of the catalogue.",
        discussion: """
            Examples:
              kcplint rules
              kcplint rules --kind rest-schedule --severity error
              kcplint rules --format json
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Option(help: "Only rules that apply to this kind.", completion: .list(defaultKindCompletions))
    var kind: String?

    @Option(help: "Only rules of this severity: error, warning or info.")
    var severity: SeverityOption?

    @Option(help: "Output format: text or json.")
    var format: ListFormatOption = .text

    func run() throws {
        let project = try catalogueOptions.loadProject()
        let language = project.language
        let catalogue = try project.globalCatalogue()
        if let kind, !catalogue.kindIDs.contains(kind) {
            let kinds = catalogue.kindIDs.joined(separator: ", ")
            printError(
                language == .ko
                    ? "kcplint: error: 알 수 없는 종류 '\(kind)'. 종류: \(kinds)"
                    : "kcplint: error: unknown kind '\(kind)'; kinds are \(kinds)"
            )
            throw Exit.couldNotRun
        }
        var rules = catalogue.ruleSummaries
        if let kind { rules = rules.filter { $0.kinds.isEmpty || $0.kinds.contains(kind) } }
        if let severity { rules = rules.filter { $0.severity == severity.severity } }
        var output = ""
        switch format {
        case .json:
            output =
                "[\n"
                + rules.map { rule in
                    "{\"id\":\(JSONText.quote(rule.id)),\"severity\":\"\(rule.severity.rawValue)\",\"enabled\":\(rule.isEnabled),"
                        + "\"kinds\":[\(rule.kinds.map(JSONText.quote).joined(separator: ","))],\"title\":\(JSONText.quote(rule.title.text(language))),"
                        + "\"builtin\":\(rule.isBuiltin),\"source\":\(JSONText.quote(rule.source))}"
                }.joined(separator: ",\n") + "\n]\n"
        case .text:
            let width = rules.map(\.id.count).max() ?? 10
            for rule in rules {
                let id = padded(rule.id, to: width)
                let state = rule.isEnabled ? rule.severity.rawValue : "off"
                let kinds =
                    rule.kinds.isEmpty ? (language == .ko ? "모든 종류" : "all kinds") : rule.kinds.joined(separator: ",")
                output +=
                    "\(id)  \(padded(state, to: 7))  \(rule.title.text(language))  [\(kinds)]\n"
            }
        }
        try printOutput(TextReportWriter.terminalSafe(output))
    }
}

/// `kcplint explain RULE-ID`: everything about one rule.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a rule: title, rationale, severity, kinds, source and examples.",
        discussion: """
            Examples:
              kcplint explain phone-requires-buyer-name
              kcplint explain field-unknown --lang ko
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Argument(help: "The rule id.")
    var ruleID: String

    func run() throws {
        let project = try catalogueOptions.loadProject(examples: true)
        let language = project.language
        let catalogue = try project.globalCatalogue()
        guard let rule = catalogue.ruleSummaries.first(where: { $0.id == ruleID }) else {
            printError(
                language == .ko
                    ? "kcplint: error: 알 수 없는 규칙 '\(ruleID)' (`kcplint rules`가 규칙을 나열합니다)"
                    : "kcplint: error: unknown rule '\(ruleID)' (`kcplint rules` lists them)"
            )
            throw Exit.couldNotRun
        }
        let ko = language == .ko
        // Labels padded to one width in each language (Hangul is two columns wide).
        func line(_ en: String, _ korean: String, _ value: String) -> String {
            ko ? "\(korean) \(value)\n" : "\(en) \(value)\n"
        }
        var out = "\(rule.id): \(rule.title.text(language))\n\n"
        out += line("severity: ", "심각도:  ", rule.isEnabled ? rule.severity.rawValue : "off")
        out += line(
            "kinds:    ",
            "종류:    ",
            rule.kinds.isEmpty ? (ko ? "전체" : "all") : rule.kinds.joined(separator: ", ")
        )
        out += line("source:   ", "출처:    ", rule.source)
        if let reference = rule.reference { out += line("reference:", "참조:    ", reference) }
        out += line("defined:  ", "정의:    ", "\(rule.location)") + "\n"
        out += rule.rationale.text(language) + "\n"
        if let message = rule.message { out += "\n" + line("message:", "메시지:", message.text(language)) }
        if let safe = rule.fixIsSafe {
            let fix =
                switch (safe, ko) {
                case (true, false): "fix:     safe (the payload means the same after it): `check --fix` applies it\n"
                case (true, true): "수정:    안전함 (적용 후에도 페이로드의 뜻이 같습니다): `check --fix`가 적용합니다\n"
                case (false, false): "fix:     a suggestion: `check --fix --unsafe-fixes` applies it\n"
                case (false, true): "수정:    제안 (뜻이 바뀔 수 있습니다): `check --fix --unsafe-fixes`가 적용합니다\n"
                }
            out += fix
        }
        // Examples are printed as reports print payloads: a card number, birth date or password in a catalogue's
        // example is masked here too. An expiry date is shown: the expiry rules' examples are about it.
        let validator = Validator(catalogue: catalogue)
        func masked(_ json: String) -> String {
            let bytes = Array(json.utf8)
            let ranges = validator.validate(bytes).maskedRanges.filter { !Self.isExpiry(bytes, before: $0.byteRange) }
            return Masking.maskEmbeddedCardNumbers(Masking.maskedLine(bytes, line: 0..<bytes.count, sensitive: ranges))
        }
        if !rule.validExamples.isEmpty {
            out += (ko ? "\n올바른 예:\n" : "\nvalid examples:\n") + rule.validExamples.map { "  \(masked($0))\n" }.joined()
        }
        if !rule.invalidExamples.isEmpty {
            out +=
                (ko ? "\n잘못된 예:\n" : "\ninvalid examples:\n")
                + rule.invalidExamples.map {
                    let pointers = $0.pointers.map { $0.isEmpty ? (ko ? "(최상위)" : "(root)") : $0 }
                    return
                        "  \(masked($0.json))\n    \(ko ? "보고 위치:" : "reported at") \(pointers.joined(separator: ", "))\n"
                }.joined()
        }
        try printOutput(TextReportWriter.terminalSafe(out))
    }

    /// Whether the member name before the value at `range` is `expiry`, the card's expiry month.
    static func isExpiry(_ bytes: [UInt8], before range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: "\"") else { return false }
        var start = end - 1
        while start > 0, bytes[start - 1] != UInt8(ascii: "\"") { start -= 1 }
        return String(decoding: bytes[start..<(end - 1)], as: UTF8.self) == "expiry"
    }
}

/// `kcplint kinds`: the request kinds and how each is detected.
struct Kinds: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the request kinds and how each is detected.",
        discussion: """
            Kinds are tried in this order; the first whose condition holds wins. `check --kind` or a `kind`
            in .kcplint.yml forces one.

            Example:
              kcplint kinds --lang ko
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let project = try catalogueOptions.loadProject()
        let language = project.language
        let catalogue = project.base
        var out = ""
        for (index, kind) in catalogue.kindSummaries.enumerated() {
            let when = language == .ko ? "판별 조건:" : "detected when"
            out +=
                "\(index + 1). \(kind.id): \(kind.title.text(language))\n   \(when) \(kind.detection.text(language))\n"
        }
        try printOutput(TextReportWriter.terminalSafe(out))
    }
}
