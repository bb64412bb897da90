import ArgumentParser
import Foundation
import KCPLint

/// Exit codes of kcplint.
enum Exit {
    /// Findings at or above the fail level, or more warnings than `--max-warnings`.
    static let findings = ExitCode(1)
    /// kcplint could not run: bad usage, an unreadable input, an invalid catalogue or configuration.
    static let couldNotRun = ExitCode(2)
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints located catalogue or configuration problems and a closing line to standard error.
func printProblems(_ error: CatalogueError, what: String) {
    for problem in error.problems { printError(problem.description) }
    let count = error.problems.count
    printError("kcplint: error: \(what) is invalid (\(count) problem\(count == 1 ? "" : "s"))")
}

/// `--lang` values.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case en, ko

    var language: Language { self == .en ? .en : .ko }
}

/// `--fail-on` and `--severity` values.
enum SeverityOption: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info

    var severity: Severity {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        }
    }
}

/// `--format` values of `kcplint check`.
enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, junit, checkstyle

    var format: ReportFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .sarif: .sarif
        case .github: .github
        case .junit: .junit
        case .checkstyle: .checkstyle
        }
    }
}

/// `--format` values of `kcplint rules`.
enum ListFormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--color` values.
enum ColorOption: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// The request kinds of the default catalogue, for shell completion of `--kind`.
let defaultKindCompletions = [
    "sdk-payment", "sdk-billing-key", "rest-onetime", "rest-billing-key", "rest-again", "rest-schedule",
]

/// The process environment.
var environment: [String: String] { ProcessInfo.processInfo.environment }

/// The language from the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (a `ko` locale gives Korean).
func localeLanguage() -> Language? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let value = environment[name], !value.isEmpty {
            return value.lowercased().hasPrefix("ko") ? .ko : .en
        }
    }
    return nil
}

/// Absolute, standardized form of `path` (relative paths are taken from the working directory).
func absolutePath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

/// `path` relative to `base` (`/`-separated), or `path` itself when it is not below `base`.
func relativePath(_ path: String, to base: String) -> String {
    if base == "/" { return String(path.drop { $0 == "/" }) }
    if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
    return path
}
