#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a report goes: standard output, or a file written atomically (a temporary file in the same folder,
/// renamed over the target at the end, so readers never see half a report).
final class ReportSink {
    private let target: String?
    private var temporary: String?
    private var descriptor: Int32 = STDOUT_FILENO

    /// Opens the sink: standard output for nil, else a temporary file beside `path`.
    init(path: String?) throws(SinkError) {
        target = path
        guard let path else { return }
        let absolute = absolutePath(path)
        let folder = deletingLastPathComponent(absolute)
        let name = lastPathComponent(absolute)
        var template = Array("\(folder)/.\(name).kcplint-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else {
            throw SinkError(message: "cannot write \(path): \(PayloadChecker.errorText(errno))")
        }
        // mkstemp creates the file readable by its owner only; give it the usual permissions.
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        descriptor = fd
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
        let failure = pending.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        pending.removeAll(keepingCapacity: true)
        guard failure == 0 else {
            throw SinkError(
                message: "cannot write \(target ?? "standard output"): \(PayloadChecker.errorText(failure))"
            )
        }
    }

    /// Finishes: writes the buffered output, then renames the temporary file over the target.
    func commit() throws(SinkError) {
        try flush()
        guard let temporary, let target else { return }
        self.temporary = nil
        fsync(descriptor)
        close(descriptor)
        guard rename(temporary, absolutePath(target)) == 0 else {
            let text = PayloadChecker.errorText(errno)
            unlink(temporary)
            throw SinkError(message: "cannot write \(target): \(text)")
        }
    }

    /// Gives up: removes the temporary file, leaving the target as it was.
    func abandon() {
        guard let temporary else { return }
        self.temporary = nil
        close(descriptor)
        unlink(temporary)
    }

    deinit { abandon() }
}

/// A report could not be written.
struct SinkError: Error {
    var message: String
}
