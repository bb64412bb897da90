import Foundation
import Testing

/// Runs the built `kcplint` executable and compares its output with golden files.
///
/// The executable is found beside the test bundle (SwiftPM builds every target of the package before the
/// tests), or at `KCPLINT_BINARY`. Fixtures live in `Snapshots/Fixtures` (the test target excludes
/// `Snapshots`, so SwiftPM does not treat them as resources): `catalogue/` is a tiny catalogue read through
/// `KCPLINT_RULES_DIR` so goldens do not move when the default catalogue grows.
enum CLI {
    /// A scratch folder holding `files` (names may have folders: `ci/base.json`), removed after `body`.
    static func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcplint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(text.utf8).write(to: url)
        }
        try body(folder)
    }

    /// The text of the file `name` in `folder`.
    static func read(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    /// The test fixtures folder.
    static let fixtures = Repository.url("Tests/KCPLintTests/Snapshots/Fixtures")
    /// The golden files folder.
    static let goldens = Repository.url("Tests/KCPLintTests/Snapshots/CLI")
    /// The fixed clock of every golden run.
    static let now = "2026-01-01T00:00:00+09:00"

    /// The result of one run.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `kcplint` executable.
    static let binary: URL? = {
        if let path = ProcessInfo.processInfo.environment["KCPLINT_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("kcplint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// The environment of a run: no inherited locale, CI or colour variables, the fixture catalogue.
    static func environment(_ extra: [String: String] = [:], fixtureCatalogue: Bool = true) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp"]
        // Sanitizer runs (Scripts/sanitizers.sh) configure the child processes too.
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "KCPLINT_TIME_SCALE"] {
            if let value = inherited[name] { environment[name] = value }
        }
        if fixtureCatalogue { environment["KCPLINT_RULES_DIR"] = fixtures.appendingPathComponent("catalogue").path }
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `kcplint arguments` in `directory` (default: the fixtures folder).
    static func run(
        _ arguments: [String],
        in directory: URL? = nil,
        environment: [String: String]? = nil,
        stdin: String? = nil,
        executable: URL? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Run {
        guard let binary = executable ?? binary else {
            Issue.record(
                "the kcplint executable was not found beside the tests; set KCPLINT_BINARY",
                sourceLocation: sourceLocation
            )
            return Run(status: -1, stdout: "", stderr: "")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kcplint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? fixtures
        process.environment = environment ?? self.environment()
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try input.close()
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8)
        )
    }

    /// Compares `actual` with the golden file `name` byte for byte; `KCPLINT_RECORD=1` (or a missing file)
    /// writes it instead, and the test fails so that the new file gets reviewed.
    static func assertGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = goldens.appendingPathComponent(name)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return }
        if Repository.recording || expected == nil {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded the golden file Snapshots/CLI/\(name); review it and run the tests again",
                sourceLocation: sourceLocation
            )
            return
        }
        Issue.record(
            "output differs from Snapshots/CLI/\(name) (re-record with KCPLINT_RECORD=1 if the change is intended):\n\(diff(expected ?? "", actual))",
            sourceLocation: sourceLocation
        )
    }

    /// A unified diff of two texts (`diff -u`), or the first differing line when `diff` is missing.
    static func diff(_ expected: String, _ actual: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kcplint-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let left = folder.appendingPathComponent("expected")
            let right = folder.appendingPathComponent("actual")
            try expected.write(to: left, atomically: true, encoding: .utf8)
            try actual.write(to: right, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["diff", "-u", left.path, right.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        } catch {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            for index in 0..<max(a.count, b.count)
            where (index < a.count ? a[index] : nil) != (index < b.count ? b[index] : nil) {
                return
                    "line \(index + 1):\n- \(index < a.count ? String(a[index]) : "")\n+ \(index < b.count ? String(b[index]) : "")"
            }
            return ""
        }
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kcplint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
