import Foundation

/// Paths inside the repository, found from this file's location (not a bundle resource).
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // KCPLintTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// `Rules/*.yaml` in name order.
    static func ruleFiles() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: url("Rules").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { ($0, try text("Rules/\($0)")) }
    }

    /// Whether golden and generated files should be rewritten instead of compared.
    static var recording: Bool { ProcessInfo.processInfo.environment["KCPLINT_RECORD"] == "1" }
}
