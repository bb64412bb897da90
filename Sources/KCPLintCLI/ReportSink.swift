#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a report goes: standard output, or a file written atomically (a temporary file in the same folder,
/// renamed over the target at the end, so readers never see half a report).
///
/// A symbolic link is followed, and the file it names is replaced (the link stays). A target that is not a
/// regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written to as it is, never replaced.
final class ReportSink {
    private let target: String?
    /// The file the temporary one replaces at the end (the target, its links resolved).
    private var destination: String?
    private var temporary: String?
    /// The temporary file's slot in ``TemporaryFiles``, removed on a signal.
    private var cleanupSlot: Int?
    /// A target written to as it is (not replaced), opened at the first write.
    private var special: String?
    private var descriptor: Int32 = STDOUT_FILENO

    /// Opens the sink: standard output for nil, else a temporary file beside `path`.
    init(path: String?) throws(SinkError) {
        target = path
        guard let path else { return }
        var absolute = absolutePath(path)
        if let alias = Self.descriptor(named: absolute) {
            // The open file itself, at its offset: what was written to it before stays.
            let fd = dup(alias)
            guard fd >= 0 else { throw SinkError(message: "cannot write \(path): \(PayloadChecker.errorText(errno))") }
            descriptor = fd
            return
        }
        var status = stat()
        // `/dev/stdout` and `/dev/fd/N` name an open file of a process: written to, never replaced. A regular file
        // elsewhere under /dev or /proc (`/dev/shm/report.json`, `/proc/self/cwd/report.json`) is replaced as any.
        var isDescriptorAlias = Self.namesOpenFile(absolute)
        var keptMode: mode_t?
        var keptOwner: (uid_t, gid_t)?
        if lstat(absolute, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            // A link is followed, also to a file not made yet; a loop of links is refused.
            if let resolved = realpath(absolute, nil) {
                absolute = String(cString: resolved)
                free(resolved)
            } else if errno == ELOOP {
                throw SinkError(message: "cannot write \(path): \(PayloadChecker.errorText(ELOOP))")
            } else {
                absolute = canonicalPath(absolute)
            }
            isDescriptorAlias = isDescriptorAlias || Self.namesOpenFile(absolute)
        }
        if stat(absolute, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG where !isDescriptorAlias:
                // The report replaces the file with its permissions (a private report stays private), not with
                // its set-user and set-group bits, and with its owner when that can be kept.
                keptMode = status.st_mode & 0o777
                keptOwner = (status.st_uid, status.st_gid)
            case S_IFDIR:
                throw SinkError(message: "cannot write \(path): it is a directory")
            default:
                // A device, a FIFO, a socket, or a file open as `/dev/stdout`: written as it is, opened at the
                // first write (opening a FIFO waits for its reader, and a run refused before writing opens nothing).
                special = absolute
                descriptor = -1
                return
            }
        }
        destination = absolute
        let folder = deletingLastPathComponent(absolute)
        let name = lastPathComponent(absolute)
        var template = Array("\(folder)/.\(name).kcplint-XXXXXX".utf8CString)
        let (fd, slot) = TemporaryFiles.make(&template)
        guard fd >= 0 else {
            throw SinkError(message: "cannot write \(path): \(PayloadChecker.errorText(errno))")
        }
        // mkstemp creates the file readable by its owner only; give it the usual permissions, or the replaced
        // file's.
        let mask = umask(0)
        umask(mask)
        // Only root may give a file away; anyone may keep its group when they are in it.
        if let (owner, group) = keptOwner, owner != geteuid() || group != getegid(), fchown(fd, owner, group) != 0 {
            _ = fchown(fd, uid_t.max, group)
        }
        fchmod(fd, keptMode ?? 0o666 & ~mask)
        descriptor = fd
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        cleanupSlot = slot
    }

    /// Whether `path` names a file through a process's open descriptor (`/dev/stdout`, `/dev/fd/1`,
    /// `/proc/1234/fd/1`).
    static func namesOpenFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return ["/dev/stdin", "/dev/stdout", "/dev/stderr"].contains(path) || path.hasPrefix("/dev/fd/")
            || parts.count >= 3 && parts[0] == "proc" && parts[2] == "fd"
    }

    /// The descriptor that `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names, or nil.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// Output not yet written: reports of many small files go out in few system calls.
    private var pending: [UInt8] = []
    private static let flushSize = 1 << 16

    /// Writes text.
    func write(_ text: String) throws(SinkError) {
        try write { $0.append(contentsOf: text.utf8) }
    }

    /// Writes what `body` appends (buffered: see ``flush()``).
    func write(_ body: (inout [UInt8]) -> Void) throws(SinkError) {
        body(&pending)
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Writes the buffered output.
    func flush() throws(SinkError) {
        guard !pending.isEmpty else { return }
        try openSpecial()
        let failure = pending.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        pending.removeAll(keepingCapacity: true)
        guard failure == 0 else {
            throw SinkError(
                message: "cannot write \(target ?? "standard output"): \(PayloadChecker.errorText(failure))"
            )
        }
    }

    /// Opens the special target, if there is one and it is not open yet.
    private func openSpecial() throws(SinkError) {
        guard let special, descriptor < 0 else { return }
        let fd = open(special, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            throw SinkError(message: "cannot write \(target ?? special): \(PayloadChecker.errorText(errno))")
        }
        descriptor = fd
    }

    /// Finishes: writes the buffered output, then renames the temporary file over the target.
    func commit() throws(SinkError) {
        try flush()
        guard let temporary, let target, let destination else {
            // A special target is opened even for an empty report: a FIFO's reader then sees its end.
            try openSpecial()
            if target != nil, descriptor != STDOUT_FILENO {
                close(descriptor)
                descriptor = STDOUT_FILENO
            }
            return
        }
        self.temporary = nil
        fsync(descriptor)
        close(descriptor)
        defer { TemporaryFiles.remove(cleanupSlot) }
        guard rename(temporary, destination) == 0 else {
            let text = PayloadChecker.errorText(errno)
            unlink(temporary)
            throw SinkError(message: "cannot write \(target): \(text)")
        }
    }

    /// Gives up: removes the temporary file, leaving the target as it was.
    func abandon() {
        guard let temporary else {
            if target != nil, descriptor >= 0, descriptor != STDOUT_FILENO {
                close(descriptor)
                descriptor = STDOUT_FILENO
            }
            return
        }
        self.temporary = nil
        close(descriptor)
        unlink(temporary)
        TemporaryFiles.remove(cleanupSlot)
    }

    deinit { abandon() }
}

/// The temporary files of the reports being written, removed when a signal ends the run (Ctrl-C, a cancelled CI
/// job's SIGTERM, a closed terminal's SIGHUP): the handler unlinks them, then the process dies of the signal as it
/// would have. The paths are C strings in fixed slots, which the handler only reads and passes to `unlink`
/// (async-signal-safe).
enum TemporaryFiles {
    private static let capacity = 8
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()

    /// Installs the handlers (once). The slots exist first: a signal that was pending while the parent's mask held
    /// it is delivered the moment it is unblocked, and a handler that had to make the slots then would wait for its
    /// own initialisation forever.
    private static let handlers: Void = {
        _ = slots
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(number) { number in TemporaryFiles.removeAllAndRaise(number) }
            // A signal the run was started to ignore (`nohup`) stays ignored (`SIG_IGN` is the handler 1).
            if unsafeBitCast(previous, to: Int.self) == 1 {
                _ = signal(number, previous)
                continue
            }
            sigaddset(&unblocked, number)
        }
        // A mask inherited from the parent (Foundation's `Process` passes its thread's on) would keep them pending.
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    }()

    /// Makes a file of the `mkstemp` template and records it, with the terminating signals held between the two
    /// (a signal then cannot end the run with the file made but not recorded). Returns the descriptor (-1 with
    /// `errno` set) and the file's slot (nil when every slot is taken: the file is then only removed by a normal
    /// end).
    static func make(_ template: inout [CChar]) -> (descriptor: Int32, slot: Int?) {
        handlers
        return withTerminatingSignalsHeld {
            let descriptor = template.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { mkstemp($0) } ?? -1
            }
            return (descriptor, descriptor >= 0 ? add(template) : nil)
        }
    }

    /// Records the NUL-terminated `path`; returns its slot.
    private static func add(_ path: [CChar]) -> Int? {
        guard let free = (0..<capacity).first(where: { slots[$0] == nil }), let copy = strdup(path) else { return nil }
        slots[free] = copy
        return free
    }

    /// Forgets the file of `slot` (written or removed).
    static func remove(_ slot: Int?) {
        guard let slot, let path = slots[slot] else { return }
        slots[slot] = nil
        free(path)
    }

    private static func removeAllAndRaise(_ number: Int32) {
        for index in 0..<capacity { if let path = slots[index] { unlink(path) } }
        _ = signal(number, SIG_DFL)
        raise(number)
    }
}

/// A report could not be written.
struct SinkError: Error {
    var message: String
}
