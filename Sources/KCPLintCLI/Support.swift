import ArgumentParser
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

/// Exit codes of kcplint.
enum Exit {
    /// Findings at or above the fail level, or more warnings than `--max-warnings`.
    static let findings = ExitCode(1)
    /// kcplint could not run: bad usage, an unreadable input, an invalid catalogue or configuration.
    static let couldNotRun = ExitCode(2)
}

/// Writes a line to standard error.
func printError(_ text: String) {
    writeAll(text + "\n", to: STDERR_FILENO)
}

/// Writes text to standard output; prints the error and throws exit code 2 when it cannot be written.
func printOutput(_ text: String) throws {
    let failure = writeAll(text, to: STDOUT_FILENO)
    guard failure == 0 else {
        printError("kcplint: error: cannot write standard output: \(PayloadChecker.errorText(failure))")
        throw Exit.couldNotRun
    }
}

/// Writes all of `text` to a file descriptor, again after interrupted or short writes.
/// - Returns: 0, or the `errno` of the write that failed.
@discardableResult
func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { writeAll($0, to: descriptor) }
}

/// Writes all of `bytes` to `descriptor`, retrying short writes; returns 0 or the `errno` of the failure.
func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
    var offset = 0
    while offset < bytes.count, let base = bytes.baseAddress {
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        // write(2) returns 0 for a non-empty buffer only on odd devices; stop rather than spin.
        if written == 0 { return EIO }
        offset += written
    }
    return 0
}

/// What a problem is found in.
enum ProblemSource {
    case configuration, catalogue
}

/// Prints located catalogue or configuration problems and a closing line to standard error.
func printProblems(_ error: CatalogueError, in source: ProblemSource, language: Language = .en) {
    for problem in error.problems { printError(problem.description) }
    let count = error.problems.count
    switch (source, language) {
    case (.configuration, .en), (.catalogue, .en):
        let what = source == .configuration ? "the configuration" : "the rule catalogue"
        printError("kcplint: error: \(what) is invalid (\(count) problem\(count == 1 ? "" : "s"))")
    case (.configuration, .ko): printError("kcplint: error: 설정이 올바르지 않습니다 (문제 \(count)개)")
    case (.catalogue, .ko): printError("kcplint: error: 규칙 카탈로그가 올바르지 않습니다 (문제 \(count)개)")
    }
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
    case text, json, sarif, github, junit, checkstyle, gitlab

    var format: ReportFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .sarif: .sarif
        case .github: .github
        case .junit: .junit
        case .checkstyle: .checkstyle
        case .gitlab: .gitlab
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

/// Keeps `object` alive until the process exits, on purpose. kcplint exits as soon as its report is written, and
/// releasing a validator's object graph on the way out (the catalogue, its compiled plan, each worker's copy) cost
/// ~2 M of a one-file run's 39 M instructions; the operating system takes the memory back at exit anyway.
func keepUntilExit(_ object: AnyObject) {
    _ = Unmanaged.passRetained(object)
}

/// The process environment.
var environment: [String: String] { ProcessInfo.processInfo.environment }

/// The language from the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (a `ko` locale gives Korean).
func localeLanguage() -> Language? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let value = environment[name], !value.isEmpty {
            // `ko`, `ko_KR.UTF-8`, `ko-KR`, `ko@…`; not Konkani's `kok_IN`.
            let code = value.lowercased().prefix { $0 != "_" && $0 != "." && $0 != "-" && $0 != "@" }
            return code == "ko" ? .ko : .en
        }
    }
    return nil
}

/// Absolute, standardized form of `path` (relative paths are taken from the working directory).
func absolutePath(_ path: String) -> String {
    // Most paths (every file a folder walk finds) are already clean: no `.` or `..` part, no empty one. They are
    // joined to the working directory as they are; URL's standardization costs ~10 µs a path.
    let utf8 = path.utf8
    if let first = utf8.first, utf8.last != UInt8(ascii: "/"), isCleanPath(path) {
        if first == UInt8(ascii: "/") { return path }
        if let base = workingDirectory { return base == "/" ? "/" + path : base + "/" + path }
    }
    return URL(fileURLWithPath: path).standardizedFileURL.path
}

/// The working directory when the process started, if its path is clean (see ``absolutePath(_:)``).
private let workingDirectory: String? = {
    let path = FileManager.default.currentDirectoryPath
    return path.hasPrefix("/") && (path == "/" || isCleanPath(path)) && !path.hasSuffix("/") ? path : nil
}()

/// Whether no part of `path` between slashes is empty (but a leading one), `.` or `..`.
private func isCleanPath(_ path: String) -> Bool {
    var parts = path.split(separator: "/", omittingEmptySubsequences: false)[...]
    if parts.first == "" { parts = parts.dropFirst() }
    return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
}

/// Which file a path names, after symbolic links: its device and inode.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the file at `path`, or nil when nothing is there.
    init?(ofPath path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of the file at `path`, or nil when nothing is there.
    init?(ofPath path: SystemPath) {
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of the file `info` describes.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// A path as the file system spells it. A file name is bytes, not always UTF-8 (a name saved in EUC-KR, say): such
/// a path is reported with U+FFFD for the bytes that are not UTF-8 (`display`), and opened by its own bytes.
enum SystemPath: Hashable, Sendable {
    /// A path that is valid UTF-8.
    case text(String)
    /// A path that is not: its bytes (no terminating NUL).
    case bytes([UInt8])

    /// The path of `bytes`.
    init(_ bytes: some Collection<UInt8>) {
        if let text = Self.text(bytes) {
            self = .text(text)
        } else {
            self = .bytes(Array(bytes))
        }
    }

    /// The text of `bytes` when they are UTF-8, else nil. As fast as `String(decoding:as:)` for the paths of a
    /// folder walk (`String(validating:as:)` costs several times more).
    static func text(_ bytes: some Collection<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        // Repairs replace bytes by U+FFFD: a valid path decodes to its own bytes.
        if bytes.allSatisfy({ $0 < 0x80 }) || text.utf8.elementsEqual(bytes) { return text }
        return nil
    }

    /// The path as text, for reports and patterns.
    var display: String {
        switch self {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The path's bytes.
    var utf8: [UInt8] {
        switch self {
        case .text(let text): Array(text.utf8)
        case .bytes(let bytes): bytes
        }
    }

    /// `self/name`, where `name` is a relative path's bytes and `text` the same path when it is UTF-8.
    func appending(_ name: some Collection<UInt8>, text: String?) -> SystemPath {
        if case .text(let path) = self, let text { return .text(path + "/" + text) }
        return .bytes(utf8 + [UInt8(ascii: "/")] + name)
    }

    /// Calls `body` with the path as a C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        switch self {
        case .text(let text):
            return try text.withCString(body)
        case .bytes(let bytes):
            let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
            return try terminated.withUnsafeBufferPointer { buffer in
                // A non-empty array always has storage.
                guard let base = buffer.baseAddress else { return try "".withCString(body) }
                return try body(base)
            }
        }
    }

    /// The path a command-line argument names: the argument's own bytes when they are not UTF-8 (Swift gives
    /// arguments with such bytes replaced by U+FFFD). Nil when two arguments of different bytes read alike, as
    /// `f\xe8.json` and `f\xe9.json` do: which one is meant cannot be told.
    static func argument(_ argument: String) -> SystemPath? {
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return .text(argument) }
        var spellings: Set<[UInt8]> = []
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self),
                count: strlen(raw)
            )
            if String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(argument.utf8) {
                spellings.insert(Array(bytes))
            }
        }
        guard spellings.count <= 1 else { return nil }
        return spellings.first.map(SystemPath.init) ?? .text(argument)
    }
}

/// Whether `path` names a folder (after symbolic links); nil when nothing is there.
func isDirectory(atPath path: SystemPath) -> Bool? {
    var info = stat()
    guard path.withCString({ stat($0, &info) }) == 0 else { return nil }
    return (info.st_mode & S_IFMT) == S_IFDIR
}

/// The text of a configuration or catalogue file, or why it cannot be had: the file cannot be read, is a folder, or
/// is not UTF-8 text (a UTF-16 or UTF-32 file is named as such). Any file that can be read is read, to its end
/// (`--rules <(…)` names a pipe).
func readTextFile(_ path: String) -> Result<String, PayloadChecker.ReadProblem> {
    func failure(_ code: Int32) -> Result<String, PayloadChecker.ReadProblem> {
        .failure(PayloadChecker.ReadProblem(PayloadChecker.reason(code)))
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return failure(errno) }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
        return failure(EISDIR)
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    // More than the YAML reader takes (16 MiB) is read only to be refused by it.
    while bytes.count <= 32 << 20 {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            return failure(errno)
        }
        if count == 0 { break }
        bytes += chunk[..<count]
    }
    // Many NUL bytes in text that is otherwise UTF-8: UTF-16 or UTF-32 without a byte order mark. A stray one is the
    // YAML reader's to locate.
    let wide = bytes.lazy.filter { $0 == 0 }.count * 4 >= bytes.count && !bytes.isEmpty
    if !wide, let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
    let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    let utf32 = bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF])
    let encoding = utf32 ? "UTF-32" : utf16 ? "UTF-16" : wide ? "UTF-16 or UTF-32" : nil
    return .failure(
        PayloadChecker.ReadProblem(
            encoding.map {
                LocalizedText(en: "it is \($0) text; save it as UTF-8", ko: "\($0) 텍스트입니다. UTF-8로 저장하세요")
            } ?? LocalizedText(en: "it is not UTF-8 text", ko: "UTF-8 텍스트가 아닙니다")
        )
    )
}

/// `path` with its links resolved, also when the file does not exist yet (its folder's are), for comparing two
/// paths that may name one file.
func canonicalPath(_ path: String, links: Int = 0) -> String {
    let absolute = absolutePath(path)
    if let resolved = realpath(absolute, nil) {
        defer { free(resolved) }
        return String(cString: resolved)
    }
    var status = stat()
    if links < 40, lstat(absolute, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
        // A link to a file not made yet: where it points.
        var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(absolute, &target, Int(PATH_MAX))
        if count > 0 {
            let name = String(decoding: target[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let full = name.hasPrefix("/") ? name : appendingPathComponent(deletingLastPathComponent(absolute), name)
            return canonicalPath(full, links: links + 1)
        }
    }
    let folder = deletingLastPathComponent(absolute)
    guard folder != absolute, let resolved = realpath(folder, nil) else { return absolute }
    defer { free(resolved) }
    return appendingPathComponent(String(cString: resolved), lastPathComponent(absolute))
}

/// Whether `path` names a directory (after symbolic links, as `stat` sees it), or nil when nothing is there.
/// Whether `path` (links followed) is a regular file; nil when it cannot be looked up.
func isRegularFile(atPath path: String) -> Bool? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (info.st_mode & S_IFMT) == S_IFREG
}

/// Whether `path` (links followed) is a folder; nil when it cannot be looked up.
func isDirectory(atPath path: String) -> Bool? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (info.st_mode & S_IFMT) == S_IFDIR
}

// Path helpers with the results of the `NSString` methods of the same names. Taking a path apart, repeated slashes
// count as one, a trailing slash is ignored and "/" stays "/"; appending joins the two parts as they are.

/// `path` with repeated slashes merged and a trailing slash removed (except for "/" itself). Works on bytes: a
/// slash is one byte in UTF-8 and never part of another character's encoding.
private func tidiedPath(_ path: String) -> String {
    let slash = UInt8(ascii: "/")
    var bytes: [UInt8] = []
    bytes.reserveCapacity(path.utf8.count)
    for byte in path.utf8 where !(byte == slash && bytes.last == slash) { bytes.append(byte) }
    if bytes.count > 1, bytes.last == slash { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
}

/// The last component of `path`: "b" for "/a/b/", "/" for "/", "" for "".
func lastPathComponent(_ path: String) -> String {
    let path = tidiedPath(path)
    guard path != "/", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
    return String(path[path.utf8.index(after: slash)...])
}

/// `path` without its last component: "/a" for "/a/b/", "/" for "/a" and "/", "" for "a" and "".
func deletingLastPathComponent(_ path: String) -> String {
    let path = tidiedPath(path)
    if path == "/" { return path }
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

/// `component` appended to `path`, with a slash between them unless `path` ends in one: "a/b" for "a" or "a/"
/// and "b", "b" for "" and "b". Neither part is otherwise changed (reported paths keep what the user typed).
func appendingPathComponent(_ path: String, _ component: String) -> String {
    if path.isEmpty { return component }
    if component.isEmpty { return path }
    return path.hasSuffix("/") ? path + component : path + "/" + component
}

/// `text` padded with spaces to `width` characters, or cut to them (what `padding(toLength:withPad:startingAt:)`
/// gives for ASCII text).
func padded(_ text: String, to width: Int) -> String {
    let count = text.count
    if count >= width { return String(text.prefix(width)) }
    return text + String(repeating: " ", count: width - count)
}

/// `path` relative to `base` (`/`-separated), or `path` itself when it is not below `base`.
func relativePath(_ path: String, to base: String) -> String {
    if base == "/" { return String(path.drop { $0 == "/" }) }
    if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
    return path
}

/// Runs `body` with SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGPIPE held back on the calling thread; one that
/// arrives meanwhile takes effect when `body` returns. The process's other threads (Dispatch's workers) block
/// these signals already, so none of them can end the process in the middle.
func withTerminatingSignalsHeld<Result>(_ body: () -> Result) -> Result {
    var held = sigset_t()
    var previous = sigset_t()
    sigemptyset(&held)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&held, signal) }
    pthread_sigmask(SIG_BLOCK, &held, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return body()
}
