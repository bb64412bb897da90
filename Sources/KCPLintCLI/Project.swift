import ArgumentParser
import KCPLint

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Options shared by the commands that load the catalogue: catalogue files, configuration, language.
struct CatalogueOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp("A catalogue file that extends the default one (repeatable).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"])
    )
    var ruleFiles: [String] = []

    @Option(
        name: .customLong("config"),
        help: ArgumentHelp("The project configuration (default: the nearest .kcplint.yml upwards).", valueName: "file"),
        completion: .file(extensions: ["yml", "yaml"])
    )
    var configFile: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .kcplint.yml files.")
    var noConfig = false

    @Option(
        name: .customLong("lang"),
        help: "Message language (default: the configuration, else LC_ALL / LANG)."
    )
    var language: LanguageOption?

    /// Loads the configuration and the catalogue; prints located problems and throws exit code 2 on failure.
    /// - Parameter examples: also load the rules' examples (only `kcplint explain` shows them).
    /// - Returns: the loaded project.
    /// - Throws: `Exit.couldNotRun` after printing the problems.
    func loadProject(examples: Bool = false) throws -> Project {
        let config = try loadConfig()
        let language = self.language?.language ?? config.config.language ?? localeLanguage() ?? .en
        let directorySources = try self.directorySources()
        var sources: [CatalogueSource] = []
        var catalogueFiles: [String] = []
        // A file named twice (in `rules:` and with `--rules`, or through a link) is loaded once: twice, its rules
        // would clash with themselves.
        var loaded: Set<String> = []
        for file in config.config.ruleFiles {
            let path =
                file.path.hasPrefix("/") ? file.path : appendingPathComponent(config.directory, file.path)
            guard loaded.insert(canonicalPath(path)).inserted else { continue }
            catalogueFiles.append(path)
            let text: String
            switch readTextFile(path) {
            case .success(let read): text = read
            case .failure(let failure):
                let problem = CatalogueProblem(
                    location: file.location,
                    message: language == .ko
                        ? "카탈로그 파일 `\(file.path)`을(를) 읽을 수 없습니다: \(failure.reason.ko)"
                        : "cannot read the catalogue file `\(file.path)`: \(failure.reason.en)"
                )
                printProblems(CatalogueError(problems: [problem]), in: .configuration, language: language)
                throw Exit.couldNotRun
            }
            sources.append(CatalogueSource(name: relativePath(absolutePath(path), to: currentDirectory), text: text))
        }
        for path in ruleFiles {
            guard loaded.insert(canonicalPath(path)).inserted else { continue }
            catalogueFiles.append(path)
            switch readTextFile(path) {
            case .success(let text): sources.append(CatalogueSource(name: path, text: text))
            case .failure(let failure):
                printError(
                    language == .ko
                        ? "kcplint: error: 카탈로그 파일 \(path)을(를) 읽을 수 없습니다: \(failure.reason.ko)"
                        : "kcplint: error: cannot read the catalogue file \(path): \(failure.reason.en)"
                )
                throw Exit.couldNotRun
            }
        }
        let project: Project
        do {
            project = try Project(
                config: config.config,
                directory: config.directory,
                language: language,
                directorySources: directorySources,
                extraSources: sources,
                examples: examples
            )
        } catch {
            printProblems(error, in: .catalogue, language: language)
            throw Exit.couldNotRun
        }
        let problems = config.config.problems(in: project.base, language: language)
        if !problems.isEmpty {
            printProblems(CatalogueError(problems: problems), in: .configuration, language: language)
            throw Exit.couldNotRun
        }
        project.configPath = config.path
        project.catalogueFiles = catalogueFiles
        return project
    }

    /// The configuration: `--config`, else the nearest `.kcplint.yml` from the working directory up, else none.
    func loadConfig() throws -> (config: ProjectConfig, directory: String, path: String?) {
        var path = configFile
        if path == nil, !noConfig { path = Self.discoverConfig(from: currentDirectory) }
        guard let path else { return (ProjectConfig(), currentDirectory, nil) }
        // Before the configuration is read, its messages are in the language of `--lang` or the locale.
        let language = self.language?.language ?? localeLanguage() ?? .en
        // A found `.kcplint.yml` that is a FIFO (or a socket, a device) would block every run below it: only a
        // regular file is read unasked. `--config` reads what it names, a pipe included.
        if configFile == nil, isRegularFile(atPath: path) == false {
            printError(
                language == .ko
                    ? "kcplint: error: \(path)은(는) 일반 파일이 아닙니다(FIFO, 소켓, 장치). 지우거나 --no-config를 쓰세요"
                    : "kcplint: error: \(path) is not a regular file (FIFO, socket or device); remove it or pass --no-config"
            )
            throw Exit.couldNotRun
        }
        let text: String
        switch readTextFile(path) {
        case .success(let read): text = read
        case .failure(let failure):
            printError(
                language == .ko
                    ? "kcplint: error: 설정 파일 \(path)을(를) 읽을 수 없습니다: \(failure.reason.ko)"
                    : "kcplint: error: cannot read the configuration file \(path): \(failure.reason.en)"
            )
            throw Exit.couldNotRun
        }
        let name = relativePath(absolutePath(path), to: currentDirectory)
        do {
            let config = try ProjectConfig(
                source: CatalogueSource(name: name, text: text),
                language: self.language?.language,
                fallback: localeLanguage() ?? .en
            )
            return (config, deletingLastPathComponent(absolutePath(path)), path)
        } catch {
            // The configuration's own `language`, when it can be read, is its problems'.
            printProblems(
                error,
                in: .configuration,
                language: self.language?.language ?? ProjectConfig.language(writtenIn: text) ?? language
            )
            throw Exit.couldNotRun
        }
    }

    /// The `*.yaml` files of `KCPLINT_RULES_DIR` (for catalogue authors), or nil for the compiled-in default catalogue.
    private func directorySources() throws -> [CatalogueSource]? {
        guard let directory = environment["KCPLINT_RULES_DIR"], !directory.isEmpty else { return nil }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
                .sorted()
        } catch {
            printError("kcplint: error: cannot read KCPLINT_RULES_DIR \(directory)")
            throw Exit.couldNotRun
        }
        return try names.map { name in
            let path = appendingPathComponent(directory, name)
            switch readTextFile(path) {
            case .success(let text):
                return CatalogueSource(name: relativePath(absolutePath(path), to: currentDirectory), text: text)
            case .failure(let failure):
                printError("kcplint: error: cannot read the catalogue file \(path): \(failure.reason.en)")
                throw Exit.couldNotRun
            }
        }
    }

    /// The nearest `.kcplint.yml` in `directory` or a folder above it.
    static func discoverConfig(from directory: String) -> String? {
        var folder = directory
        while true {
            let candidate = appendingPathComponent(folder, ProjectConfig.fileName)
            if isDirectory(atPath: candidate) == false { return candidate }
            let parent = deletingLastPathComponent(folder)
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }
}

/// The working directory, absolute.
let currentDirectory = absolutePath(FileManager.default.currentDirectoryPath)

/// A loaded configuration and catalogue, with one validator per distinct set of rule levels.
final class Project {
    let config: ProjectConfig
    /// The configuration file, when there is one.
    var configPath: String?
    /// The catalogue files loaded besides the default catalogue (the configuration's and `--rules`).
    var catalogueFiles: [String] = []
    /// The configuration's folder (the working directory when there is none): the base of its patterns.
    let directory: String
    let language: Language
    /// The files of `KCPLINT_RULES_DIR`, or nil for the compiled-in default catalogue.
    private let directorySources: [CatalogueSource]?
    /// The configuration's catalogue files and `--rules` files, loaded after the default ones.
    private let extraSources: [CatalogueSource]
    /// Whether rule examples are loaded.
    private let examples: Bool
    /// The configuration's suppressions, indexed once for the run.
    private lazy var suppressionIndex = ProjectConfig.SuppressionIndex(config.suppressions, paths: config.paths)
    /// The catalogue without the configuration's severity changes.
    private(set) var base: Catalogue
    private var catalogues: [[String: RuleLevel]: Catalogue] = [:]
    private var validators: [[String: RuleLevel]: Validator] = [:]

    init(
        config: ProjectConfig,
        directory: String,
        language: Language,
        directorySources: [CatalogueSource]?,
        extraSources: [CatalogueSource],
        examples: Bool
    ) throws(CatalogueError) {
        self.config = config
        self.directory = directory
        self.language = language
        self.directorySources = directorySources
        self.extraSources = extraSources
        self.examples = examples
        let base = try Self.load(directorySources, extraSources, examples: examples)
        self.base = base
        catalogues[[:]] = base
        // The examples of the configuration's and `--rules` catalogues run against the whole catalogue: a valid one
        // the rule reports, or an invalid one it misses, is a catalogue problem. The default catalogue's are run by
        // the test suite (its compiled-in copy has none), so a run without user catalogues builds nothing more.
        if !extraSources.isEmpty {
            let validator = Validator(catalogue: base)
            let problems = validator.exampleProblems(.files(extraSources.map(\.name)))
            if !problems.isEmpty { throw CatalogueError(problems: problems) }
            validators[[:]] = validator
        }
    }

    /// The default catalogue (or the `KCPLINT_RULES_DIR` files) followed by `extra`.
    private static func load(
        _ directorySources: [CatalogueSource]?,
        _ extra: [CatalogueSource],
        examples: Bool
    ) throws(CatalogueError) -> Catalogue {
        if let directorySources { return try Catalogue(sources: directorySources + extra) }
        return try Catalogue.standard(extendedWith: extra, examples: examples)
    }

    /// The catalogue with `levels` applied.
    func catalogue(_ levels: [String: RuleLevel]) throws -> Catalogue {
        if let catalogue = catalogues[levels] { return catalogue }
        guard let overrides = ProjectConfig.overrideSource(levels, name: config.name.isEmpty ? "<config>" : config.name)
        else { return base }
        do {
            let catalogue = try Self.load(directorySources, extraSources + [overrides], examples: examples)
            catalogues[levels] = catalogue
            return catalogue
        } catch {
            printProblems(error, in: .configuration, language: language)
            throw Exit.couldNotRun
        }
    }

    /// The catalogue with the configuration's global severity changes (what `kcplint rules` shows).
    func globalCatalogue() throws -> Catalogue {
        try catalogue(Dictionary(config.overrides.map { ($0.ruleID, $0.level) }, uniquingKeysWith: { $1 }))
    }

    /// A validator for `levels`.
    func validator(_ levels: [String: RuleLevel]) throws -> Validator {
        if let validator = validators[levels] { return validator }
        let validator = Validator(catalogue: try catalogue(levels))
        validators[levels] = validator
        return validator
    }

    /// The configuration's settings for a file path as reported (relative to the working directory or absolute).
    /// Suppressions ended at `now` (Unix seconds) are marked expired.
    func settings(forPath path: String, now: Int64) -> FileSettings {
        config.settings(forPath: relativePath(absolutePath(path), to: directory), now: now, index: suppressionIndex)
    }
}
