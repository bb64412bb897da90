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
            printError("kcplint: error: unknown kind '\(kind)'; kinds are \(catalogue.kindIDs.joined(separator: ", "))")
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
                let kinds = rule.kinds.isEmpty ? "all kinds" : rule.kinds.joined(separator: ",")
                output +=
                    "\(id)  \(padded(state, to: 7))  \(rule.title.text(language))  [\(kinds)]\n"
            }
        }
        try printOutput(output)
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
            printError("kcplint: error: unknown rule '\(ruleID)'")
            throw Exit.couldNotRun
        }
        var out = "\(rule.id): \(rule.title.text(language))\n\n"
        out += "severity:  \(rule.isEnabled ? rule.severity.rawValue : "off")\n"
        out += "kinds:     \(rule.kinds.isEmpty ? "all" : rule.kinds.joined(separator: ", "))\n"
        out += "source:    \(rule.source)\n"
        if let reference = rule.reference { out += "reference: \(reference)\n" }
        out += "defined:   \(rule.location)\n\n"
        out += rule.rationale + "\n"
        if let message = rule.message { out += "\nmessage: \(message.text(language))\n" }
        if let safe = rule.fixIsSafe {
            out +=
                safe
                ? "fix:     safe (the payload means the same after it): `check --fix` applies it\n"
                : "fix:     a suggestion: `check --fix --unsafe-fixes` applies it\n"
        }
        if !rule.validExamples.isEmpty {
            out += "\nvalid examples:\n" + rule.validExamples.map { "  \($0)\n" }.joined()
        }
        if !rule.invalidExamples.isEmpty {
            out +=
                "\ninvalid examples:\n"
                + rule.invalidExamples.map {
                    "  \($0.json)\n    reported at \($0.pointers.map { $0.isEmpty ? "(root)" : $0 }.joined(separator: ", "))\n"
                }.joined()
        }
        try printOutput(out)
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
            out += "\(index + 1). \(kind.id): \(kind.title.text(language))\n   detected when \(kind.detection)\n"
        }
        try printOutput(out)
    }
}
