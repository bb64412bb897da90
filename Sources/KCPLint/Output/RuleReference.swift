/// Renders the catalogue's rule reference as Markdown (the generated `Rules/README.md`).
public enum RuleReference {
    /// The Markdown text of the reference.
    public static func markdown(_ catalogue: Catalogue) -> String {
        var out = """
            <!-- Generated from Rules/*.yaml. Do not edit: run `KCPLINT_RECORD=1 swift test --filter GeneratedFiles`. -->
            # kcplint rule reference

            The default catalogue: \(catalogue.ruleSummaries.count) rules over \(catalogue.kindIDs.count) request kinds.
            The format of these files is described in [FORMAT.md](FORMAT.md).

            """
        if let policy = catalogue.policy {
            out += "\n## Severity policy\n\n```\n\(policy)\n```\n"
        }
        out += "\n## Request kinds\n\nDetected in this order; the first match wins (`--kind` forces one).\n\n"
        out += "| kind | request | detected when |\n|---|---|---|\n"
        for kind in catalogue.kindSummaries {
            out += "| `\(kind.id)` | \(cell(kind.endpoint ?? kind.title.en)) | \(cell(kind.detection.en)) |\n"
        }
        out += "\n## Rules\n\n| id | severity | kinds | what it checks | source |\n|---|---|---|---|---|\n"
        for rule in catalogue.ruleSummaries {
            let kinds = rule.kinds.isEmpty ? "all" : rule.kinds.map { "`\($0)`" }.joined(separator: ", ")
            let reference = rule.reference.map { " (\($0))" } ?? ""
            let title = "\(rule.title.en)<br>\(rule.title.ko)"
            out +=
                "| `\(rule.id)`\(reference) | \(rule.severity.rawValue) | \(kinds) | \(cell(title)) | [docs](\(rule.source)) |\n"
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        text.replacingPipes().split(separator: "\n").joined(separator: " ")
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var out = ""
        for character in self { out += character == "|" ? "\\|" : String(character) }
        return out
    }
}
