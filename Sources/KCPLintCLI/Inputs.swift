import Dispatch
import KCPLint

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One payload to check.
struct PayloadInput: Sendable {
    /// The path to report.
    var path: String
    /// Where to read it: a file path, or nil for standard input.
    var filePath: String?
    /// Why the path cannot be checked at all (it does not exist), if so.
    var problem: String?
}

/// Which files a run checks: `*.json` plus `include` patterns when walking folders, minus `exclude` patterns
/// everywhere. Configuration patterns are relative to the configuration's folder, command-line patterns to the
/// working directory.
struct InputFilter {
    var config: ProjectConfig
    var configDirectory: String
    var include: [Glob]
    var exclude: [Glob]

    /// Folders never entered.
    static let skippedFolders: Set<String> = [".git", ".build", "node_modules", ".swiftpm"]

    /// True when the file or folder at `path` (absolute) is excluded.
    func isExcluded(_ path: String) -> Bool {
        if exclude.isEmpty, config.exclude.isEmpty { return false }
        if config.excludes(relativePath(path, to: configDirectory)) { return true }
        let relative = relativePath(path, to: currentDirectory)
        return exclude.contains { $0.matchesPathOrFolder(relative) }
    }

    /// True when a file found in a folder is checked.
    func isIncluded(_ path: String) -> Bool {
        let name = lastPathComponent(path)
        if name.hasPrefix(".") { return false }
        if name.hasSuffix(".json") { return true }
        let fromConfig = relativePath(path, to: configDirectory)
        if config.include.contains(where: { $0.matches(fromConfig) }) { return true }
        let relative = relativePath(path, to: currentDirectory)
        return include.contains { $0.matches(relative) }
    }
}

/// Expands the command line into payload files: directories recursively, `-` for standard input.
struct InputCollector {
    var paths: [String]
    var stdinName: String
    var filter: InputFilter

    /// The inputs sorted by reported path, each file once; paths that do not exist come with a `problem`.
    func collect() -> [PayloadInput] {
        var inputs: [PayloadInput] = []
        var seen: Set<String> = []
        let manager = FileManager.default
        func add(_ input: PayloadInput, absolute: String? = nil) {
            let key = absolute ?? input.filePath.map(absolutePath) ?? "\u{0}stdin"
            if seen.insert(key).inserted { inputs.append(input) }
        }
        for path in paths {
            if path == "-" {
                add(PayloadInput(path: stdinName, filePath: nil))
                continue
            }
            guard let isDirectory = isDirectory(atPath: path) else {
                // A dangling symbolic link exists but cannot be read: report it as unreadable.
                if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
                    add(PayloadInput(path: path, filePath: path))
                } else {
                    inputs.append(PayloadInput(path: path, filePath: nil, problem: "no such file or directory"))
                }
                continue
            }
            if filter.isExcluded(absolutePath(path)) { continue }
            if !isDirectory {
                add(PayloadInput(path: path, filePath: path))
                continue
            }
            // The folder's absolute path is worked out once; entries are joined to it as they are read.
            let base = absolutePath(path)
            var found: [(path: String, absolute: String)] = []
            let readable = DirectoryWalker.walk(path) { relative, name, isDirectory in
                let absolute = base == "/" ? "/" + relative : base + "/" + relative
                if isDirectory {
                    return
                        !(name.hasPrefix(".") || InputFilter.skippedFolders.contains(name)
                        || filter.isExcluded(absolute))
                }
                if filter.isIncluded(absolute), !filter.isExcluded(absolute) {
                    found.append((appendingPathComponent(path, relative), absolute))
                }
                return false
            }
            guard readable else {
                inputs.append(PayloadInput(path: path, filePath: nil, problem: "cannot read the directory"))
                continue
            }
            if found.isEmpty { printError("kcplint: warning: no payload files found in \(path)") }
            for file in found { add(PayloadInput(path: file.path, filePath: file.path), absolute: file.absolute) }
        }
        return inputs.sorted { $0.path < $1.path }
    }
}

/// One file to check, with everything needed to check it.
struct CheckJob: Sendable {
    var input: PayloadInput
    var validator: Validator
    var options: ValidationOptions
    var settings: FileSettings
}

/// Reads and checks payloads in parallel; reports come back in job order.
enum PayloadChecker {
    static func check(_ jobs: [CheckJob]) -> [FileReport] {
        let results = ResultBox(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            results.set(index, checkOne(jobs[index]))
        }
        return results.values.compactMap { $0 }
    }

    static func checkOne(_ job: CheckJob) -> FileReport {
        if let problem = job.input.problem { return .unreadable(path: job.input.path, message: problem) }
        let limit = job.validator.limits.json.maxBytes
        let bytes: [UInt8]
        switch readAll(job.input.filePath, limit: limit) {
        case .success(let read): bytes = read
        case .failure(let problem): return .unreadable(path: job.input.path, message: problem.message)
        }
        let result = job.validator.validate(bytes, options: job.options)
        var report = FileReport(path: job.input.path, result: result, source: bytes)
        report.diagnostics = job.settings.apply(to: report.diagnostics)
        return report
    }

    /// Why a file could not be read.
    struct ReadProblem: Error {
        var message: String
    }

    /// The bytes of a file (or of standard input for nil), at most `limit + 1` of them (more than `limit`
    /// is reported by the JSON reader as `json-limit`).
    static func readAll(_ path: String?, limit: Int) -> Result<[UInt8], ReadProblem> {
        let descriptor: Int32
        if let path {
            // Non-blocking, so that opening a FIFO with no writer cannot hang the run.
            descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            if descriptor < 0 { return .failure(ReadProblem(message: "cannot read the file: \(errorText(errno))")) }
        } else {
            descriptor = STDIN_FILENO
        }
        defer { if path != nil { close(descriptor) } }
        var status = stat()
        var size = 0
        if fstat(descriptor, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                return .failure(ReadProblem(message: "cannot read the file: it is a directory"))
            case S_IFREG:
                // Reads of a regular file never block, whatever O_NONBLOCK says.
                size = Int(status.st_size)
            default:
                // FIFOs, sockets and devices given by name are not payload files (standard input may be a pipe).
                if path != nil {
                    return .failure(
                        ReadProblem(message: "cannot read the file: not a regular file (FIFO, socket or device)")
                    )
                }
            }
        }
        // A regular file is read straight into a buffer of the size fstat gave (one call, as a rule); standard input and
        // files of unknown size (0 in /proc) in steps until the end. Past `limit` one more byte is kept, so that
        // the JSON reader reports the limit.
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        func readMore(_ wanted: Int) -> Int {
            var total = 0
            let appended = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
                guard let base = buffer.baseAddress else { return count = 0 }
                while total < wanted {
                    let result = read(descriptor, base + total, wanted - total)
                    if result < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if result == 0 { break }
                    total += result
                }
                count = total
            }
            if bytes.isEmpty { bytes = appended } else { bytes += appended }
            return total
        }
        if size > 0 {
            _ = readMore(min(size, limit + 1))
        } else {
            while bytes.count <= limit, failure == 0, readMore(min(64 * 1024, limit + 1 - bytes.count)) > 0 {}
        }
        if failure != 0 { return .failure(ReadProblem(message: "cannot read the file: \(errorText(failure))")) }
        return .success(bytes)
    }

    /// `strerror` text with a lowercase first letter ("no such file or directory").
    static func errorText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// Checks batches of files one ahead of their consumer: `next()` returns a batch's reports and starts checking
/// the following batch in the background, so writing a report overlaps with checking the next files.
struct BatchPipeline {
    private var batches: [[CheckJob]]
    private var position = 0
    private var ahead: (group: DispatchGroup, box: ResultBox)?

    init(_ batches: [[CheckJob]]) {
        self.batches = batches
    }

    mutating func next() -> [FileReport]? {
        guard position < batches.count else { return nil }
        let reports: [FileReport]
        if let ahead {
            ahead.group.wait()
            reports = ahead.box.values.compactMap { $0 }
            self.ahead = nil
        } else {
            reports = PayloadChecker.check(batches[position])
        }
        position += 1
        if position < batches.count {
            let batch = batches[position]
            let group = DispatchGroup()
            let box = ResultBox(count: batch.count)
            DispatchQueue.global().async(group: group) {
                DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                    box.set(index, PayloadChecker.checkOne(batch[index]))
                }
            }
            ahead = (group, box)
        }
        return reports
    }
}

/// Per-index result slots filled from concurrent workers.
///
/// Guarded by a pthread mutex (`PthreadLock`) rather than `Synchronization.Mutex`: on Linux the latter waits on
/// raw futexes, which ThreadSanitizer cannot see, so `swift test --sanitize=thread` reported a race here that
/// was not one. Every access to `storage` holds the lock.
final class ResultBox: @unchecked Sendable {
    private var storage: [FileReport?]
    private let lock = PthreadLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: FileReport) {
        lock.withLock { storage[index] = value }
    }

    var values: [FileReport?] { lock.withLock { storage } }
}

/// A `pthread_mutex_t` on the heap, where it never moves (a pthread mutex must keep its address once initialized,
/// which a stored property of a Swift value does not promise).
final class PthreadLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let result = pthread_mutex_init(mutex, nil)
        precondition(result == 0, "pthread_mutex_init failed: \(result)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` holding the lock.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// Walks a folder with `opendir`/`readdir` (file types from the directory entries, no `stat` per file).
enum DirectoryWalker {
    /// Calls `visit(relativePath, name, isDirectory)` for every entry below `root`, depth first in no particular
    /// order; a folder is entered when `visit` returns true. Symbolic links are visited as files, never entered.
    /// Returns false when `root` cannot be read.
    static func walk(_ root: String, _ visit: (String, String, Bool) -> Bool) -> Bool {
        guard let directory = opendir(root) else { return false }
        var pending: [(handle: OpaquePointer, prefix: String, path: String)] = [(directory, "", root)]
        while let top = pending.last {
            guard let entry = readdir(top.handle) else {
                closedir(top.handle)
                pending.removeLast()
                continue
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let relative = top.prefix.isEmpty ? name : top.prefix + "/" + name
            let full = top.path + "/" + name
            var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isDirectory = lstat(full, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if visit(relative, name, isDirectory), isDirectory, let child = opendir(full) {
                pending.append((child, relative, full))
            }
        }
        return true
    }
}
