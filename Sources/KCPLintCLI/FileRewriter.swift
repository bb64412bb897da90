import KCPLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes fixed payloads back (`check --fix`), in place, as formatters do: the file keeps its inode, so its owner,
/// group, permissions, extended attributes (ACLs, security labels), hard links and symbolic links stay as they
/// were, and a file the user may not write is not written.
///
/// The file must still be the one that was checked: the same file (device and inode) with the same bytes, else it
/// is left alone (an editor saved it, another run fixed it, a link was pointed elsewhere). The write cannot leave
/// half a document behind: terminating signals wait until it is done, and a shorter text is first written padded
/// with spaces to the old length (valid JSON at every step) and then cut to its length.
enum FileRewriter {
    /// Replaces the contents of the file at `path`, which were `original` when it was read as `identity`, with
    /// `bytes`; nil when done, else why not.
    static func replace(_ path: SystemPath, identity: FileIdentity, original: [UInt8], with bytes: [UInt8]) -> String? {
        let descriptor = path.withCString { open($0, O_RDWR | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return "cannot write the fixed file: \(errorText(errno))" }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return "cannot write the fixed file: \(errorText(errno))" }
        guard status.st_mode & S_IFMT == S_IFREG, FileIdentity(status) == identity,
            Int(status.st_size) == original.count,
            contents(of: descriptor, count: original.count) == original
        else {
            return "not fixed: the file changed while it was checked (run kcplint again)"
        }
        return withTerminatingSignalsHeld {
            // Padded to the old length first: cut short at any point, the file is still one JSON document.
            var padded = bytes
            if padded.count < original.count { padded += repeatElement(0x20, count: original.count - padded.count) }
            // From offset 0: the check above read with `pread`, which leaves the offset where `open` put it.
            let failure = padded.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
            if failure != 0 { return "cannot write the fixed file: \(errorText(failure))" }
            if padded.count != bytes.count, ftruncate(descriptor, off_t(bytes.count)) != 0 {
                return "cannot write the fixed file: \(errorText(errno))"
            }
            return nil
        }
    }

    /// The first `count` bytes of the open file (fewer if it is shorter).
    private static func contents(of descriptor: Int32, count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < count {
                let result = pread(descriptor, base + initialized, count - initialized, off_t(initialized))
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return }
                initialized += result
            }
        }
    }

    private static func errorText(_ code: Int32) -> String { PayloadChecker.errorText(code) }
}

/// Writes the fixed files of a `check --fix` run back, on the writer's thread and in input order, and counts them.
struct FixWriter {
    let plan: CheckPlan
    let output: OutputGuard?
    /// The files written so far: a file named twice is written once.
    private var written: Set<FileIdentity> = []
    private var fixes = 0
    /// Whether the last file handed to ``writeBack(_:at:)`` could not be written (its error was printed).
    private(set) var lastFailed = false

    init(plan: CheckPlan, output: OutputGuard?) {
        self.plan = plan
        self.output = output
    }

    /// The report to show for the input at `position`, checked as `report`: its fixed file written back, or, when
    /// that cannot be, the report of the file as it is.
    mutating func writeBack(_ report: FileReport, at position: Int) -> FileReport {
        lastFailed = false
        guard let pending = plan.pendingFixes.take(position), let fixed = report.source else { return report }
        // The report file is never written over an input; the run ends with that error.
        if output?.isOutput(pending.identity) == true { return pending.unfixed }
        // The same file under another name: fixed already, so checked as it is now.
        if written.contains(pending.identity) { return plan.reportWithoutFixing(at: position) }
        if let problem = FileRewriter.replace(
            pending.path,
            identity: pending.identity,
            original: pending.original,
            with: fixed
        ) {
            printError("kcplint: error: \(report.path): \(problem)")
            lastFailed = true
            return pending.unfixed
        }
        written.insert(pending.identity)
        fixes += pending.applied
        return report
    }

    /// "applied 3 fixes in 1 file", in `language`.
    func summary(_ language: Language) -> String {
        switch language {
        case .ko: "파일 \(written.count)개에 수정 \(fixes)건을 적용했습니다"
        case .en:
            "applied \(fixes) fix\(fixes == 1 ? "" : "es") in \(written.count) file\(written.count == 1 ? "" : "s")"
        }
    }
}
