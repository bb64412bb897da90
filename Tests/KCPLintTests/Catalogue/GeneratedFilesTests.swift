import Foundation
import Testing

@testable import KCPLint

/// The compiled-in catalogue and the rule reference must match `Rules/`.
@Suite struct GeneratedFilesTests {
    static func renderDefaultCatalogueSource(_ files: [(name: String, text: String)]) -> String {
        var lines = [
            "// swift-format-ignore-file",
            "// Generated from Rules/*.yaml. Do not edit: run `KCPLINT_RECORD=1 swift test --filter GeneratedFiles`.",
            "", "/// The default catalogue files, compiled into the library.", "enum DefaultCatalogueFiles {",
            "    static let files: [(name: String, text: String)] = [",
        ]
        for file in files {
            lines.append("        (\"\(file.name)\", #####\"\"\"")
            var text = file.text
            while text.hasSuffix("\n") { text.removeLast() }
            lines.append(text)
            lines.append("\"\"\"#####),")
        }
        let snapshot = Base64.encode(CatalogueSnapshot.encode(CompiledCatalogue.stateWithoutExamples(files)))
        lines += [
            "    ]", "",
            "    /// The same files loaded without their examples, as a `CatalogueSnapshot` in Base64.",
            "    static let snapshot = \"\(snapshot)\"",
        ]
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }

    private func check(_ relative: String, expected: String) throws {
        let url = Repository.url(relative)
        let actual = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if actual != expected {
            if Repository.recording {
                try expected.write(to: url, atomically: true, encoding: .utf8)
            }
            Issue.record("\(relative) is out of date. Run `KCPLINT_RECORD=1 swift test --filter GeneratedFiles`.")
        }
    }

    @Test func compiledCatalogueMatchesRulesFolder() throws {
        let files = try Repository.ruleFiles()
        try check(
            "Sources/KCPLint/Catalogue/DefaultCatalogue+Generated.swift",
            expected: Self.renderDefaultCatalogueSource(files)
        )
        #expect(DefaultCatalogueFiles.files.map(\.name) == files.map(\.name))
    }

    /// The precompiled default catalogue has the same kinds and rules, with the same settings, as `Rules/`.
    @Test func precompiledCatalogueMatchesTheYAML() throws {
        let fromYAML = try Catalogue.standard(examples: true)
        let precompiled = try Catalogue.standard()
        #expect(precompiled.kindIDs == fromYAML.kindIDs)
        let strip: (RuleSummary) -> RuleSummary = { rule in
            var rule = rule
            rule.validExamples = []
            rule.invalidExamples = []
            rule.location = CatalogueLocation(file: rule.location.file, position: SourcePosition(line: 1, column: 1))
            return rule
        }
        #expect(precompiled.ruleSummaries.map(strip) == fromYAML.ruleSummaries.map(strip))
        // Same verdicts on the catalogue's own examples.
        let yamlValidator = Validator(catalogue: fromYAML)
        let validator = Validator(catalogue: precompiled)
        for rule in fromYAML.rules {
            for example in rule.examples.valid + rule.examples.invalid {
                let options = ValidationOptions(kind: example.kind, now: rule.examples.now)
                #expect(
                    validator.validate(example.json, options: options).diagnostics
                        == yamlValidator.validate(example.json, options: options).diagnostics
                )
            }
        }
    }

    @Test func ruleReferenceIsUpToDate() throws {
        let catalogue = try Catalogue(
            sources: Repository.ruleFiles().map { CatalogueSource(name: "Rules/\($0.name)", text: $0.text) }
        )
        try check("Rules/README.md", expected: RuleReference.markdown(catalogue))
    }
}
