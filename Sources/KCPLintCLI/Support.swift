import ArgumentParser
import Foundation
import KCPLint

/// Exit codes of kcplint.
enum Exit {
    static let findings = ExitCode(1)
    static let couldNotRun = ExitCode(2)
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// `--lang` values.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case en, ko

    var language: Language { self == .en ? .en : .ko }
}

/// Options shared by commands that load the catalogue.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A catalogue file that extends the default one (repeatable).", valueName: "file"))
    var ruleFiles: [String] = []

    @Option(name: .customLong("lang"), help: "Message language: en or ko (default: from LC_ALL / LANG).")
    var language: LanguageOption?

    /// The effective language: the flag, else a Korean locale, else English.
    var effectiveLanguage: Language {
        if let language { return language.language }
        let environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ko") ? .ko : .en
            }
        }
        return .en
    }

    /// Loads the default catalogue plus `--rules` files; prints located problems and exits 2 on failure.
    func loadCatalogue(extra: [String] = []) throws -> Catalogue {
        var sources: [CatalogueSource] = []
        for path in ruleFiles + extra {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("kcplint: error: cannot read catalogue file \(path)")
                throw Exit.couldNotRun
            }
            sources.append(CatalogueSource(name: path, text: String(decoding: data, as: UTF8.self)))
        }
        do {
            if let directory = ProcessInfo.processInfo.environment["KCPLINT_RULES_DIR"] {
                return try Catalogue(sources: try Self.directorySources(directory) + sources)
            }
            return try Catalogue.standard(extendedWith: sources)
        } catch let error as CatalogueError {
            for problem in error.problems { printError(problem.description) }
            printError("kcplint: error: the rule catalogue is invalid (\(error.problems.count) problem\(error.problems.count == 1 ? "" : "s"))")
            throw Exit.couldNotRun
        }
    }

    /// The `*.yaml` files of a directory, in name order (for catalogue authors: `KCPLINT_RULES_DIR=Rules`).
    static func directorySources(_ directory: String) throws -> [CatalogueSource] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileReadUnknown)
            }
            return CatalogueSource(name: path, text: String(decoding: data, as: UTF8.self))
        }
    }
}
