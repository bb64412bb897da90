import Foundation
import Testing

@testable import KCPLint

/// The compiled-in catalogue and the rule reference must match `Rules/`.
@Suite struct GeneratedFilesTests {
    static func renderDefaultCatalogueSource(_ files: [(name: String, text: String)]) -> String {
        var lines = [
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
        lines += ["    ]", "}", ""]
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
        try check("Sources/KCPLint/Catalogue/DefaultCatalogue+Generated.swift", expected: Self.renderDefaultCatalogueSource(files))
        #expect(DefaultCatalogueFiles.files.map(\.name) == files.map(\.name))
    }

    @Test func ruleReferenceIsUpToDate() throws {
        let catalogue = try Catalogue(sources: Repository.ruleFiles().map { CatalogueSource(name: "Rules/\($0.name)", text: $0.text) })
        try check("Rules/README.md", expected: RuleReference.markdown(catalogue))
    }
}
