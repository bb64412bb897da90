import Foundation
import KCPLint
import Synchronization

/// One payload to check.
struct PayloadInput: Sendable {
    /// The path to report.
    var path: String
    /// Where to read it: a file path, or nil for standard input.
    var filePath: String?
}

/// A path that could not be used.
struct InputProblem: Sendable {
    var path: String
    var message: String
}

/// Expands the command line into payload files: directories recursively (`*.json`), `-` for stdin.
struct InputCollector {
    var paths: [String]
    var stdinName: String
    var skippedDirectories: Set<String> = [".git", ".build", "node_modules", ".swiftpm"]

    func collect() -> (inputs: [PayloadInput], problems: [InputProblem]) {
        var inputs: [PayloadInput] = []
        var problems: [InputProblem] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(PayloadInput(path: stdinName, filePath: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(InputProblem(path: path, message: "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                inputs.append(PayloadInput(path: path, filePath: path))
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                problems.append(InputProblem(path: path, message: "cannot read directory"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let full = (path as NSString).appendingPathComponent(relative)
                if let type = enumerator.fileAttributes?[.type] as? FileAttributeType, type == .typeDirectory {
                    if name.hasPrefix(".") || skippedDirectories.contains(name) { enumerator.skipDescendants() }
                    continue
                }
                if name.hasSuffix(".json"), !name.hasPrefix(".") { found.append(full) }
            }
            inputs += found.sorted().map { PayloadInput(path: $0, filePath: $0) }
        }
        return (inputs, problems)
    }
}

/// Reads and checks payloads, in parallel, returning reports in input order.
struct PayloadChecker: Sendable {
    let validator: Validator
    let options: ValidationOptions

    func check(_ inputs: [PayloadInput]) -> [FileReport] {
        let results = ResultBox(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, checkOne(inputs[index]))
        }
        return results.values.compactMap { $0 }.sorted { $0.path < $1.path }
    }

    func checkOne(_ input: PayloadInput) -> FileReport {
        let bytes: [UInt8]
        if let filePath = input.filePath {
            guard let data = FileManager.default.contents(atPath: filePath) else {
                return unreadable(input.path, "cannot read the file")
            }
            bytes = [UInt8](data)
        } else {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        let result = validator.validate(bytes, options: options)
        return FileReport(path: input.path, result: result, source: bytes)
    }

    private func unreadable(_ path: String, _ message: String) -> FileReport {
        let diagnostic = Diagnostic(
            ruleID: "input-unreadable", severity: .error, message: message, pointer: "",
            span: SourceSpan(start: SourcePosition(line: 1, column: 1)), byteRange: 0..<0)
        return FileReport(path: path, kind: nil, diagnostics: [diagnostic], source: nil)
    }
}

/// Per-index result slots filled from concurrent workers.
final class ResultBox: Sendable {
    private let storage: Mutex<[FileReport?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: FileReport) {
        storage.withLock { $0[index] = value }
    }

    var values: [FileReport?] { storage.withLock { $0 } }
}
