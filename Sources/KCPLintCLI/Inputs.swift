import Dispatch
import KCPLint
import Synchronization

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
    var filePath: SystemPath?
    /// Why the path cannot be checked at all (it does not exist), if so.
    var problem: LocalizedText?
}

/// The inputs of a run in reported-path order, held compactly: a run may name hundreds of thousands of files, and a
/// `String` and a `PayloadInput` for each took several times the memory of the paths' bytes. The files found in one
/// folder argument share that folder's part of their paths (stored once); the rest of every path is in one buffer of
/// bytes (UTF-8, but for a file name that is not), and only the few inputs that are not plain files (standard input, paths that cannot be checked)
/// carry more. `input(at:)` makes the `PayloadInput` of a position when it is checked.
struct InputList: Sendable {
    /// What an input is, besides its path.
    enum Source: Sendable {
        /// A file, read at its reported path.
        case file
        /// Standard input.
        case standardInput
        /// A path that cannot be checked at all, and why.
        case problem(LocalizedText)
    }

    /// Inputs added one after the other whose paths start alike: the files found in one folder argument, or inputs
    /// named on the command line (no prefix).
    private struct Group: Sendable {
        /// The number of its first input.
        var start: UInt32
        /// How its inputs' paths start: empty, or ending in a slash.
        var prefix: [UInt8]
        var prefixIsASCII: Bool
    }

    /// The inputs' paths after their group's prefix, in the order the inputs were added.
    private var bytes: [UInt8] = []
    /// Where each added input's path ends in `bytes` (it starts where the one before it ends).
    private var ends: [UInt32] = []
    private var groups: [Group] = [Group(start: 0, prefix: [], prefixIsASCII: true)]
    /// The added inputs that are not plain files, by number.
    private var sources: [UInt32: Source] = [:]
    /// A bit per added input, set when its path after the prefix is not all ASCII.
    private var nonASCII: [UInt64] = []
    /// The added inputs by number, in reported-path order once `sortByPath` has run.
    private var order: [UInt32] = []

    /// The number of inputs.
    var count: Int { order.count }

    var isEmpty: Bool { order.isEmpty }

    /// Adds an input at `path`.
    mutating func append(_ path: SystemPath, _ source: Source = .file) {
        startGroup([])
        switch path {
        case .text(let text): appendPath(text.utf8)
        case .bytes(let bytes): appendPath(bytes)
        }
        if case .file = source { return }
        sources[UInt32(ends.count - 1)] = source
    }

    /// Starts the files found in `folder`, which `appendFile` adds by their paths below it (their reported paths are
    /// what `appendingPathComponent(folder, relative)` gives).
    mutating func startFolder(_ folder: SystemPath) {
        var prefix = folder.utf8
        if !prefix.isEmpty, prefix.last != UInt8(ascii: "/") { prefix.append(UInt8(ascii: "/")) }
        startGroup(prefix)
    }

    /// Adds a file found in the folder of the last `startFolder`, by its path below the folder (with a `problem`
    /// for a folder below it that cannot be read); `raw` is the path's bytes when they are not UTF-8.
    mutating func appendFile(_ relative: String, raw: [UInt8]? = nil, problem: LocalizedText? = nil) {
        if let raw { appendPath(raw) } else { appendPath(relative.utf8) }
        if let problem { sources[UInt32(ends.count - 1)] = .problem(problem) }
    }

    private mutating func startGroup(_ prefix: [UInt8]) {
        let last = groups.count - 1
        if groups[last].prefix == prefix { return }
        let group = Group(start: UInt32(ends.count), prefix: prefix, prefixIsASCII: prefix.allSatisfy { $0 < 0x80 })
        // A group that got no input (a folder without payload files) is replaced.
        if groups[last].start == group.start { groups[last] = group } else { groups.append(group) }
    }

    private mutating func appendPath(_ path: some Collection<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: path)
        // Four-byte offsets: four gigabytes of path text would need far more memory elsewhere first.
        precondition(bytes.count <= Int(UInt32.max) && ends.count < Int(UInt32.max), "too many inputs")
        let number = ends.count
        if number % 64 == 0 { nonASCII.append(0) }
        if bytes[start...].contains(where: { $0 >= 0x80 }) { nonASCII[number / 64] |= 1 << UInt64(number % 64) }
        ends.append(UInt32(bytes.count))
        order.append(UInt32(number))
    }

    /// Sorts the inputs by reported path, as `String` orders them (inputs with equal paths in the order added).
    /// - Parameter droppingEqualPaths: keep only the first of inputs with equal paths.
    mutating func sortByPath(droppingEqualPaths: Bool = false) {
        var order = self.order
        self.order = []
        let groups = self.groups
        let nonASCII = self.nonASCII
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                let view = PathView(bytes: bytes, ends: ends, groups: groups, nonASCII: nonASCII)
                if groups.count == 1, nonASCII.allSatisfy({ $0 == 0 }) {
                    // One folder of ASCII names: byte order, decided by the first eight bytes as one number for
                    // nearly every pair.
                    var keyed = order.map { (key: PathView.prefixKey(view.rest($0)), number: $0) }
                    keyed.sort {
                        $0.key != $1.key
                            ? $0.key < $1.key : PathView.precedes(view.rest($0.number), view.rest($1.number))
                    }
                    for index in keyed.indices { order[index] = keyed[index].number }
                } else {
                    order.sort(by: view.precedes)
                }
                // Equal paths are next to each other now, the first added first.
                guard droppingEqualPaths, order.count > 1 else { return }
                var kept = 0
                for index in 1..<order.count {
                    if view.equal(order[kept], order[index]) { continue }
                    kept += 1
                    order[kept] = order[index]
                }
                order.removeSubrange((kept + 1)...)
            }
        }
        self.order = order
    }

    /// The input at a position.
    func input(at position: Int) -> PayloadInput {
        let number = order[position]
        let prefix = groups[Self.group(of: number, in: groups)].prefix
        let start = number == 0 ? 0 : Int(ends[Int(number) - 1])
        let rest = bytes[start..<Int(ends[Int(number)])]
        let filePath = prefix.isEmpty ? SystemPath(rest) : SystemPath(prefix + rest)
        let path = filePath.display
        switch sources[number] ?? .file {
        case .file: return PayloadInput(path: path, filePath: filePath)
        case .standardInput: return PayloadInput(path: path, filePath: nil)
        case .problem(let problem): return PayloadInput(path: path, filePath: nil, problem: problem)
        }
    }

    /// The group of the input numbered `number`: the last one starting at or before it.
    private static func group(of number: UInt32, in groups: [Group]) -> Int {
        var low = 0
        var high = groups.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if groups[middle].start <= number { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The paths of the inputs, read in place, for sorting.
    private struct PathView {
        let bytes: UnsafeBufferPointer<UInt8>
        let ends: UnsafeBufferPointer<UInt32>
        let groups: [Group]
        let nonASCII: [UInt64]

        /// An input's path after its group's prefix.
        func rest(_ number: UInt32) -> UnsafeBufferPointer<UInt8> {
            let start = number == 0 ? 0 : Int(ends[Int(number) - 1])
            return UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[Int(number)])])
        }

        func restIsASCII(_ number: UInt32) -> Bool {
            nonASCII[Int(number / 64)] & (1 << UInt64(number % 64)) == 0
        }

        func group(_ number: UInt32) -> Int {
            groups.count == 1 ? 0 : InputList.group(of: number, in: groups)
        }

        /// Whether the path of `first` comes before that of `second` as `String` orders them: by Unicode scalars
        /// after canonical composition (NFC), which for ASCII is byte order.
        func precedes(_ first: UInt32, _ second: UInt32) -> Bool {
            let firstGroup = group(first)
            let secondGroup = group(second)
            let bothASCII = restIsASCII(first) && restIsASCII(second)
            if firstGroup == secondGroup {
                // The common prefix orders nothing: it is empty or ends in a slash, which no character combines with.
                if bothASCII { return Self.precedes(rest(first), rest(second)) }
                return Self.string([], rest(first)) < Self.string([], rest(second))
            }
            let firstPrefix = groups[firstGroup]
            let secondPrefix = groups[secondGroup]
            if bothASCII, firstPrefix.prefixIsASCII, secondPrefix.prefixIsASCII {
                return firstPrefix.prefix.withUnsafeBufferPointer { one in
                    secondPrefix.prefix.withUnsafeBufferPointer { other in
                        Self.precedes(one, rest(first), other, rest(second))
                    }
                }
            }
            return Self.string(firstPrefix.prefix, rest(first)) < Self.string(secondPrefix.prefix, rest(second))
        }

        /// Whether the paths of two inputs of one group are equal as strings (canonically equivalent). Different
        /// ASCII paths never are, within a group the paths are different, and a path that is not UTF-8 is equal to
        /// none (its text, with U+FFFD for the bytes that are not, could be another's).
        func equal(_ first: UInt32, _ second: UInt32) -> Bool {
            if restIsASCII(first), restIsASCII(second) { return false }
            guard let one = SystemPath.text(rest(first)), let other = SystemPath.text(rest(second)) else {
                return false
            }
            return one == other
        }

        static func string(_ prefix: [UInt8], _ rest: UnsafeBufferPointer<UInt8>) -> String {
            prefix.isEmpty ? String(decoding: rest, as: UTF8.self) : String(decoding: prefix + rest, as: UTF8.self)
        }

        /// The first eight bytes of `path` as a big-endian number (zero bytes past its end): of two paths with
        /// different keys, the one with the smaller key comes first in byte order.
        static func prefixKey(_ path: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var key: UInt64 = 0
            for index in 0..<8 { key = key << 8 | UInt64(index < path.count ? path[index] : 0) }
            return key
        }

        /// Byte order.
        static func precedes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
            let common = min(first.count, second.count)
            if common > 0, let one = first.baseAddress, let other = second.baseAddress {
                let result = memcmp(one, other, common)
                if result != 0 { return result < 0 }
            }
            return first.count < second.count
        }

        /// Byte order of `first + firstRest` and `second + secondRest`.
        static func precedes(
            _ first: UnsafeBufferPointer<UInt8>,
            _ firstRest: UnsafeBufferPointer<UInt8>,
            _ second: UnsafeBufferPointer<UInt8>,
            _ secondRest: UnsafeBufferPointer<UInt8>
        ) -> Bool {
            let firstCount = first.count + firstRest.count
            let secondCount = second.count + secondRest.count
            for index in 0..<min(firstCount, secondCount) {
                let one = index < first.count ? first[index] : firstRest[index - first.count]
                let other = index < second.count ? second[index] : secondRest[index - second.count]
                if one != other { return one < other }
            }
            return firstCount < secondCount
        }
    }
}

/// Which files a run checks: `*.json` plus `include` patterns when walking folders, minus `exclude` patterns
/// everywhere. Configuration patterns are relative to the configuration's folder, command-line patterns to the
/// working directory.
struct InputFilter {
    var config: ProjectConfig
    var configDirectory: String
    var include: [Glob]
    var exclude: [Glob]
    /// Files never checked, by absolute path: the baselines a run reads and writes (JSON, but not payloads).
    var skippedFiles: Set<String> = []

    /// Folders never entered.
    static let skippedFolders: Set<String> = [".git", ".build", "node_modules", ".swiftpm"]

    /// True when the file or folder at `path` (absolute) is excluded.
    func isExcluded(_ path: @autoclosure () -> String) -> Bool {
        if exclude.isEmpty, config.exclude.isEmpty, skippedFiles.isEmpty { return false }
        let path = path()
        if skippedFiles.contains(path) { return true }
        if config.excludes(relativePath(path, to: configDirectory)) { return true }
        let relative = relativePath(path, to: currentDirectory)
        return exclude.contains { $0.matchesPathOrFolder(relative) }
    }

    /// True when a file found in a folder is checked; `name` is the last component of `path` (absolute).
    /// A hidden file (`.checkout.json`) only when a pattern names its leading dot (`.checkout.json`, `**/.*.json`,
    /// `{.a,.b}.json`), as in a shell: `*.json` leaves it out.
    func isIncluded(_ path: @autoclosure () -> String, name: String) -> Bool {
        let isHidden = name.utf8.first == UInt8(ascii: ".")
        if !isHidden, name.utf8.count > 5, name.utf8.suffix(5).elementsEqual(".json".utf8) { return true }
        if config.include.isEmpty, include.isEmpty { return false }
        func includes(_ glob: Glob, _ path: String) -> Bool {
            isHidden ? glob.matchesHiddenFile(path) : glob.matches(path)
        }
        let path = path()
        let fromConfig = relativePath(path, to: configDirectory)
        if config.include.contains(where: { includes($0, fromConfig) }) { return true }
        let relative = relativePath(path, to: currentDirectory)
        return include.contains { includes($0, relative) }
    }
}

/// Expands the command line into payload files: directories recursively, `-` for standard input.
struct InputCollector {
    var paths: [String]
    var stdinName: String
    var filter: InputFilter
    /// The language of the warning about a folder without payloads.
    var language = Language.en

    /// The inputs sorted by reported path, each file once; paths that do not exist come with a `problem`.
    func collect() -> InputList {
        var inputs = InputList()
        // Several arguments can name one file more than once (a file and its folder, `a.json ./a.json`): each
        // file's absolute path is remembered, and only the first is kept. One argument cannot, as a folder walk
        // meets each file once, so then nothing is remembered (for a large folder the set was the largest thing
        // held). Paths of one folder still compare as strings, where different bytes may be equal (`é` composed
        // and decomposed): after sorting, the second of two equal paths is dropped, as the set did.
        let single = paths.count == 1
        var seen: Set<String> = []
        func isNew(_ key: @autoclosure () -> String) -> Bool {
            single || seen.insert(key()).inserted
        }
        // A file whose path is not UTF-8 is known by the path's bytes (its text could be another file's), made
        // absolute and tidied as `absolutePath` does the others': `.` and empty parts dropped, `..` taken back.
        func key(_ absolute: String, _ raw: SystemPath?) -> String {
            guard let raw else { return absolute }
            let slash = UInt8(ascii: "/")
            var bytes = raw.utf8
            if bytes.first != slash { bytes = Array(currentDirectory.utf8) + [slash] + bytes }
            var parts: [ArraySlice<UInt8>] = []
            for part in bytes.split(separator: slash) where part != [UInt8(ascii: ".")] {
                if part.elementsEqual("..".utf8) { _ = parts.popLast() } else { parts.append(part) }
            }
            return "\u{0}" + parts.map { $0.map { String($0) }.joined(separator: ",") }.joined(separator: "/")
        }
        for path in paths {
            if path == "-" {
                // Named with --stdin-filename, standard input is excluded as a file of that name would be.
                if stdinName != "<stdin>", filter.isExcluded(absolutePath(stdinName)) { continue }
                if isNew("\u{0}stdin") { inputs.append(.text(stdinName), .standardInput) }
                continue
            }
            // Opened by its bytes when they are not UTF-8; reported and matched against patterns as text.
            guard let systemPath = SystemPath.argument(path) else {
                let why = LocalizedText(
                    en: "it reads as another argument that is not UTF-8 does: name the folder that holds it instead",
                    ko: "UTF-8이 아닌 다른 인자와 같게 읽힙니다. 대신 이를 담은 폴더를 지정하세요"
                )
                inputs.append(.text(path), .problem(PayloadChecker.cannotRead(.file, because: why)))
                continue
            }
            let rootIsRaw = if case .bytes = systemPath { true } else { false }
            let raw: SystemPath? = rootIsRaw ? systemPath : nil
            guard let isDirectory = isDirectory(atPath: systemPath) else {
                let code = errno
                var info = stat()
                // A dangling symbolic link exists but cannot be read: report it as unreadable.
                if systemPath.withCString({ lstat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFLNK {
                    if isNew(key(absolutePath(path), raw)) { inputs.append(systemPath) }
                } else if code == ENOENT || code == ENOTDIR {
                    inputs.append(systemPath, .problem(PayloadChecker.reason(ENOENT)))
                } else {
                    // In a folder that may not be entered, say: not "no such file".
                    inputs.append(systemPath, .problem(PayloadChecker.cannotRead(.file, code)))
                }
                continue
            }
            if filter.isExcluded(absolutePath(path)) { continue }
            if !isDirectory {
                if isNew(key(absolutePath(path), raw)) { inputs.append(systemPath) }
                continue
            }
            // The folder's absolute path is worked out once; entries are joined to it as they are read.
            let base = absolutePath(path)
            var found = 0
            inputs.startFolder(systemPath)
            let readable = DirectoryWalker.walk(
                systemPath,
                unreadable: { relative, raw, code in
                    // A folder below that cannot be entered: its files would go unchecked without a word.
                    guard !filter.isExcluded(base == "/" ? "/" + relative : base + "/" + relative) else { return }
                    found += 1
                    inputs.appendFile(relative, raw: raw, problem: PayloadChecker.cannotRead(.folder, code))
                }
            ) { relative, raw, name, isDirectory in
                // Made only when a filter or the duplicate check needs it.
                func absolute() -> String { base == "/" ? "/" + relative : base + "/" + relative }
                if isDirectory {
                    return
                        !(name.hasPrefix(".") || InputFilter.skippedFolders.contains(name)
                        || filter.isExcluded(absolute()))
                }
                if filter.isIncluded(absolute(), name: name), !filter.isExcluded(absolute()) {
                    found += 1
                    // Below a folder named in bytes, every file is (its text could be another folder's).
                    let bytes = raw ?? (rootIsRaw ? Array(relative.utf8) : nil)
                    if isNew(key(absolute(), bytes.map { systemPath.appending($0, text: nil) })) {
                        inputs.appendFile(relative, raw: raw)
                    }
                }
                return false
            }
            guard readable else {
                inputs.append(systemPath, .problem(PayloadChecker.cannotRead(.folder, errno)))
                continue
            }
            if found == 0 {
                printError(
                    language == .ko
                        ? "kcplint: warning: \(path)에서 페이로드 파일(*.json)을 찾지 못했습니다"
                        : "kcplint: warning: no payload files found in \(path)"
                )
            }
        }
        inputs.sortByPath(droppingEqualPaths: single)
        return inputs
    }
}

/// What checking a file takes besides the file: the settings that apply to it, and the validator and options they
/// give. Shared by every file with the same settings (most runs have one for all files).
final class CheckSetup: Sendable {
    let validator: Validator
    let options: ValidationOptions
    let settings: FileSettings
    /// Where the findings the settings' suppressions drop are counted (nil when they have none).
    let ledger: SuppressionLedger?
    /// Setups with the same key share one validator (their settings differ in what is applied after it).
    let validatorKey: Int

    init(
        validator: Validator,
        options: ValidationOptions,
        settings: FileSettings,
        ledger: SuppressionLedger?,
        validatorKey: Int = 0
    ) {
        self.validator = validator
        self.options = options
        self.settings = settings
        self.ledger = settings.suppressions.isEmpty ? nil : ledger
        self.validatorKey = validatorKey
    }
}

/// The files of a run and how to check each: per file only its path (in `inputs`) and, when files differ in
/// settings, a small index into `setups`.
struct CheckPlan: Sendable {
    var inputs: InputList
    var setups: [CheckSetup]
    /// The index in `setups` of each input by position; empty when every input has `setups[0]`.
    var setupIndices: [UInt32] = []
    /// The number of threads that check files at once: one per core.
    let threads = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    /// The file `--output` names, when it exists: an input that turns out to be that file is noted in it.
    let output: OutputGuard?
    /// With `--fix`: which fixes to apply to the files (nil: the files are only read), and the fixed files the
    /// workers leave for the writer to write back.
    var fixing: FixApplier.Selection?
    let pendingFixes = PendingFixes()

    init(inputs: InputList, setups: [CheckSetup], setupIndices: [UInt32] = [], output: OutputGuard? = nil) {
        self.inputs = inputs
        self.setups = setups
        self.setupIndices = setupIndices
        self.output = output
    }

    var count: Int { inputs.count }

    /// The setups worker `worker` checks with. Workers after the first get independent copies of the validators
    /// when the run is large enough (a copy costs about as much as checking a hundred files): workers on different
    /// cores then share no reference-counted catalogue object (see `Validator.independentCopy()`).
    func setups(forWorker worker: Int) -> [CheckSetup] {
        guard worker > 0, count >= 256 * worker else { return setups }
        // One copy per validator, not per setup: a configuration naming hundreds of files has as many setups.
        var copies: [Int: Validator] = [:]
        return setups.map { setup in
            let copy = copies[setup.validatorKey] ?? setup.validator.independentCopy()
            copies[setup.validatorKey] = copy
            return CheckSetup(
                validator: copy,
                options: setup.options,
                settings: setup.settings,
                ledger: setup.ledger,
                validatorKey: setup.validatorKey
            )
        }
    }

    /// Checks the input at `position` with `setups` (from ``setups(forWorker:)``).
    func report(at position: Int, setups: [CheckSetup]) -> FileReport {
        let setup = setup(at: position, in: setups)
        let input = inputs.input(at: position)
        guard let fixing else { return PayloadChecker.checkOne(input, setup, output: output) }
        let pending = pendingFixes
        return PayloadChecker.checkOne(
            input,
            setup,
            output: output,
            fixing: (fixing, { pending.put($0, at: position) })
        )
    }

    /// The report of the input at `position` as it is now, fixing nothing (for a file already fixed under another
    /// name).
    func reportWithoutFixing(at position: Int) -> FileReport {
        PayloadChecker.checkOne(inputs.input(at: position), setup(at: position, in: setups))
    }

    /// The setup of the input at `position`, among `setups` (the plan's, or a worker's copies of them).
    private func setup(at position: Int, in setups: [CheckSetup]) -> CheckSetup {
        setupIndices.isEmpty ? setups[0] : setups[Int(setupIndices[position])]
    }
}

/// The files kcplint writes besides fixes (`--output`, `--write-baseline`), and which of them some input is (kcplint
/// never writes to a payload).
///
/// Inputs are compared by identity (device and inode, after symbolic links), which also catches an input that is
/// a link to an output. The identity of a file read comes from the `fstat` its reading makes anyway, so the
/// check costs no system call; only an input that cannot be opened is looked up by path.
final class OutputGuard: Sendable {
    /// The paths as given, and the identities of those that exist.
    private let targets: [(path: String, identity: FileIdentity)]
    /// Bit `i` is set when an input is `targets[i]`.
    private let clashes = Atomic<Int>(0)

    /// A guard for `paths`, or nil when none exists yet (then no input can be one).
    init?(paths: [String]) {
        let targets = paths.compactMap { path in FileIdentity(ofPath: path).map { (path, $0) } }
        guard !targets.isEmpty else { return nil }
        self.targets = targets
    }

    /// Notes the input whose identity is `identity`.
    func note(_ identity: FileIdentity?) {
        guard let identity else { return }
        for (index, target) in targets.enumerated() where target.identity == identity {
            clashes.bitwiseOr(1 << index, ordering: .relaxed)
        }
    }

    /// Whether an input noted so far is an output file (read after the workers are done).
    var isAnInput: Bool { clashes.load(ordering: .relaxed) != 0 }

    /// Whether an input noted so far is the output file at `path` (as given to ``init(paths:)``).
    func isAnInput(_ path: String) -> Bool {
        let clashes = clashes.load(ordering: .relaxed)
        return targets.indices.contains { clashes & (1 << $0) != 0 && targets[$0].path == path }
    }

    /// Whether the file of `identity` is an output file.
    func isOutput(_ identity: FileIdentity) -> Bool { targets.contains { $0.identity == identity } }
}

/// Reads and checks one payload.
enum PayloadChecker {
    /// `fixing`: apply those fixes and report what is left, handing the fixed file to `keep` for the writer to
    /// write back (see ``fix(_:_:_:selecting:)``).
    static func checkOne(
        _ input: PayloadInput,
        _ setup: CheckSetup,
        output: OutputGuard? = nil,
        fixing: (selection: FixApplier.Selection, keep: (PendingFix) -> Void)? = nil
    ) -> FileReport {
        if let problem = input.problem {
            output?.note(input.filePath.flatMap(FileIdentity.init(ofPath:)))
            return .unreadable(path: input.path, message: problem.text(setup.options.language))
        }
        let limit = setup.validator.limits.json.maxBytes
        let bytes: [UInt8]
        var identity: FileIdentity?
        switch readAll(input.filePath, limit: limit, identity: &identity) {
        case .success(let read):
            bytes = read
            output?.note(identity)
        case .failure(let problem):
            // Not opened: looked up by path, as a file kcplint cannot read may still be the output.
            output?.note(identity ?? input.filePath.flatMap(FileIdentity.init(ofPath:)))
            return .unreadable(path: input.path, message: problem.text.text(setup.options.language))
        }
        // Any baseline kcplint wrote, not only the one in use, is left alone (reported, with -v, as a baseline).
        if Baseline.isWrittenBaseline(bytes) {
            var report = FileReport(path: input.path, kind: nil, diagnostics: [])
            report.role = .baseline
            return report
        }
        let result = setup.validator.validate(bytes, options: setup.options)
        var report = FileReport(path: input.path, result: result, source: bytes)
        if let ledger = setup.ledger {
            ledger.noteNamed(setup.settings)
            report.diagnostics = setup.settings.apply(
                to: report.diagnostics,
                suppressed: ledger.noteDropped,
                dropped: ledger.noteDroppedFinding
            )
        } else {
            report.diagnostics = setup.settings.apply(to: report.diagnostics)
        }
        guard let fixing, let path = input.filePath, let identity else { return report }
        guard let (fixed, pending) = fix(report, path, identity, setup, selecting: fixing.selection) else {
            return report
        }
        fixing.keep(pending)
        return fixed
    }

    /// The report of a file after its fixes, and the fixed file for the writer; nil when nothing was fixed.
    ///
    /// Fixes are applied in rounds (a fix can make another finding's pointer resolve) to the findings the settings
    /// keep. A file whose findings reached the per-file cap is fixed with a validator without the cap, so that one
    /// run fixes all of them; the report is of the fixed file, under the usual cap.
    static func fix(
        _ first: FileReport,
        _ path: SystemPath,
        _ identity: FileIdentity,
        _ setup: CheckSetup,
        selecting: FixApplier.Selection
    ) -> (FileReport, PendingFix)? {
        guard let original = first.source else { return nil }
        var fixer = setup.validator
        var findings = first.diagnostics
        // The built-in rule that stands for the findings past the cap.
        let capped = findings.contains { $0.ruleID == "diagnostics-truncated" }
        if capped {
            fixer = Validator(
                catalogue: setup.validator.catalogue,
                limits: ValidationLimits(json: setup.validator.limits.json, maxDiagnostics: Int(Int32.max))
            )
            findings = setup.settings.apply(to: fixer.validate(original, options: setup.options).diagnostics)
        }
        var bytes = original
        var applied = 0
        var last: ValidationResult?
        // Until a round changes nothing (a fix can uncover another: a renamed `card ` lets its members be fixed),
        // so that one `--fix` leaves nothing a second one would fix. A round whose fixes change no byte counts
        // nothing, and a file coming back to an earlier state (catalogue fixes that undo each other) ends it.
        var seen: Set<Int> = [original.hashValue]
        for _ in 0..<Self.maximumFixRounds {
            let outcome = FixApplier.apply(findings, to: bytes, selecting: selecting)
            guard !outcome.applied.isEmpty, outcome.bytes != bytes, seen.insert(outcome.bytes.hashValue).inserted
            else { break }
            bytes = outcome.bytes
            applied += outcome.applied.count
            let result = fixer.validate(bytes, options: setup.options)
            findings = setup.settings.apply(to: result.diagnostics)
            last = result
        }
        guard applied > 0, let last else { return nil }
        // The report is under the usual cap: the last round's result is it, unless the rounds ran without the cap.
        let result = capped ? setup.validator.validate(bytes, options: setup.options) : last
        var report = FileReport(path: first.path, result: result, source: bytes)
        report.diagnostics = setup.settings.apply(to: report.diagnostics)
        return (
            report, PendingFix(path: path, identity: identity, original: original, unfixed: first, applied: applied)
        )
    }

    /// The most rounds of fixes one file gets; each round applies every fix it can, so a payload needs about as
    /// many as its fixes are nested.
    static let maximumFixRounds = 64

    /// Why a file could not be read.
    struct ReadProblem: Error {
        /// The whole message, in both languages (`cannot read the file: permission denied`).
        var text: LocalizedText
        /// Why, without the lead (`permission denied`), to follow another message.
        var reason: LocalizedText

        init(_ text: LocalizedText, reason: LocalizedText? = nil) {
            self.text = text
            self.reason = reason ?? text
        }
    }

    /// What could not be read.
    enum Unreadable {
        case file, folder
    }

    /// `cannot read the file: <why>` in both languages, with `why` from `code`.
    static func cannotRead(_ what: Unreadable, _ code: Int32) -> LocalizedText {
        cannotRead(what, because: reason(code))
    }

    /// `cannot read the file: <why>` in both languages.
    static func cannotRead(_ what: Unreadable, because why: LocalizedText) -> LocalizedText {
        switch what {
        case .file: LocalizedText(en: "cannot read the file: \(why.en)", ko: "파일을 읽을 수 없습니다: \(why.ko)")
        case .folder: LocalizedText(en: "cannot read the folder: \(why.en)", ko: "폴더를 읽을 수 없습니다: \(why.ko)")
        }
    }

    /// The bytes of a file (or of standard input for nil), at most `limit + 1` of them (more than `limit`
    /// is reported by the JSON reader as `json-limit`). `identity`: the file's, once it is open.
    static func readAll(
        _ path: SystemPath?,
        limit: Int,
        identity: inout FileIdentity?
    ) -> Result<[UInt8], ReadProblem> {
        let descriptor: Int32
        if let path {
            // Non-blocking, so that opening a FIFO with no writer cannot hang the run.
            descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
            if descriptor < 0 { return .failure(readProblem(errno)) }
        } else {
            descriptor = STDIN_FILENO
        }
        defer { if path != nil { close(descriptor) } }
        var status = stat()
        var size = 0
        if fstat(descriptor, &status) == 0 {
            if path != nil { identity = FileIdentity(status) }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                return .failure(readProblem(EISDIR))
            case S_IFREG:
                // Reads of a regular file never block, whatever O_NONBLOCK says.
                size = Int(status.st_size)
            default:
                // FIFOs, sockets and devices given by name are not payload files (standard input may be a pipe).
                if path != nil {
                    let why = LocalizedText(
                        en: "not a regular file (FIFO, socket or device); to read standard input, pass `-`",
                        ko: "일반 파일이 아닙니다(FIFO, 소켓, 장치). 표준 입력을 읽으려면 `-`를 주세요"
                    )
                    return .failure(ReadProblem(cannotRead(.file, because: why), reason: why))
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
                if wanted >= 4 << 20 { adviseHugePages(base, count: wanted) }
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
        if failure != 0 { return .failure(readProblem(failure)) }
        return .success(bytes)
    }

    /// Asks the kernel to back a large buffer with huge pages where it can (Linux's transparent huge pages): reading
    /// a 17 MB file into it then takes a few page faults instead of thousands. Only a hint; memory use is the same.
    private static func adviseHugePages(_ base: UnsafeMutablePointer<UInt8>, count: Int) {
        #if os(Linux)
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let start = (Int(bitPattern: base) + page - 1) & ~(page - 1)
            let end = (Int(bitPattern: base) + count) & ~(page - 1)
            if page > 0, end > start {
                _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
            }
        #endif
    }

    /// The problem of a file that cannot be read because of `code`.
    static func readProblem(_ code: Int32) -> ReadProblem {
        ReadProblem(cannotRead(.file, code), reason: reason(code))
    }

    /// `strerror` text with a lowercase first letter ("no such file or directory").
    static func errorText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Why `code` failed, in both languages: in Korean for the errors a run meets, else the system's English text.
    static func reason(_ code: Int32) -> LocalizedText {
        let english = errorText(code)
        let korean: String? =
            switch code {
            case ENOENT, ENOTDIR: "그런 파일이나 폴더가 없습니다"
            case EACCES, EPERM: "권한이 없습니다"
            case EISDIR: "폴더입니다"
            case ELOOP: "심볼릭 링크가 너무 많거나 순환합니다"
            case ENAMETOOLONG: "경로가 너무 깁니다"
            case EIO: "입출력 오류"
            case EMFILE, ENFILE: "열린 파일이 너무 많습니다"
            case ENOSPC: "디스크 공간이 없습니다"
            case EROFS: "읽기 전용 파일 시스템입니다"
            default: nil
            }
        return LocalizedText(en: code == EISDIR ? "it is a directory" : english, ko: korean ?? english)
    }
}

/// Walks a folder with `opendir`/`readdir` (file types from the directory entries, no `stat` per file).
enum DirectoryWalker {
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 18

    /// Calls `visit(relativePath, raw, name, isDirectory)` for every entry below `root`, depth first in no
    /// particular order; `raw` is the relative path's bytes when they are not UTF-8 (the text has U+FFFD for them).
    /// A folder is entered when `visit` returns true. Symbolic links are visited as files, never entered. A folder
    /// to enter that cannot be read is passed to `unreadable` with the error. Returns false when `root` cannot be
    /// read.
    static func walk(
        _ root: SystemPath,
        unreadable: (String, [UInt8]?, Int32) -> Void = { _, _, _ in },
        _ visit: (String, [UInt8]?, String, Bool) -> Bool
    ) -> Bool {
        guard let directory = root.withCString({ opendir($0) }) else { return false }
        var pending: [(handle: OpaquePointer, prefix: String, raw: [UInt8]?, path: SystemPath)] = [
            (directory, "", nil, root)
        ]
        while let top = pending.last {
            guard let entry = readdir(top.handle) else {
                closedir(top.handle)
                pending.removeLast()
                continue
            }
            // The fields are read in place: the kernel's records are as long as their names, so copying the whole
            // `dirent` (its 256-byte name field) could read past the end of the directory buffer.
            let record = UnsafeRawPointer(entry)
            let namePointer = (record + Self.nameOffset).assumingMemoryBound(to: UInt8.self)
            let nameBytes = UnsafeBufferPointer(start: namePointer, count: strlen(namePointer))
            let text = SystemPath.text(nameBytes)
            let name = text ?? String(decoding: nameBytes, as: UTF8.self)
            let type = Int32((record + Self.typeOffset).load(as: UInt8.self))
            if name == "." || name == ".." { continue }
            let relative = top.prefix.isEmpty ? name : top.prefix + "/" + name
            var raw: [UInt8]?
            if text == nil || top.raw != nil {
                let prefix = top.raw ?? Array(top.prefix.utf8)
                raw = prefix.isEmpty ? Array(nameBytes) : prefix + [UInt8(ascii: "/")] + nameBytes
            }
            // The full path is made only for a folder or an entry of unknown type (most entries are files).
            var isDirectory = type == Int32(DT_DIR)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                isDirectory =
                    top.path.appending(nameBytes, text: text).withCString { lstat($0, &info) } == 0
                    && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if visit(relative, raw, name, isDirectory), isDirectory {
                let full = top.path.appending(nameBytes, text: text)
                if let child = full.withCString({ opendir($0) }) {
                    pending.append((child, relative, raw, full))
                } else {
                    unreadable(relative, raw, errno)
                }
            }
        }
        return true
    }
}

/// A file a worker fixed, for the writer to write back (`check --fix`). Files are written on the writer's thread,
/// in input order, where no signal can end the process in the middle of a write (see ``FileRewriter``).
struct PendingFix: Sendable {
    /// The path to write.
    var path: SystemPath
    /// The file that was read, and its bytes then: a file that changed since is not written.
    var identity: FileIdentity
    var original: [UInt8]
    /// The report of the file as it is, for when the fixed one cannot be written.
    var unfixed: FileReport
    /// The number of fixes applied.
    var applied: Int
}

/// The fixed files of a run by input position, from the workers that fix them to the writer.
final class PendingFixes: @unchecked Sendable {
    private let lock = PthreadLock()
    /// Guarded by `lock`.
    private var byPosition: [Int: PendingFix] = [:]

    /// Leaves the fixed file of the input at `position`.
    func put(_ fix: PendingFix, at position: Int) {
        lock.withLock { byPosition[position] = fix }
    }

    /// Takes the fixed file of the input at `position`, if there is one.
    func take(_ position: Int) -> PendingFix? {
        lock.withLock { byPosition.removeValue(forKey: position) }
    }
}
