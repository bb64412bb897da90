#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes fixed payloads back (`check --fix`): atomically, so that an interrupted run never leaves half a file.
enum FileRewriter {
    /// Replaces the contents of the file at `path` with `bytes`; nil when done, else why not.
    ///
    /// The new contents go to a temporary file beside the target (the file a symbolic link points to, so the link
    /// stays a link), which takes the target's permission bits and is renamed over it. A file with other hard links
    /// is refused: the rename would leave the other names with the old contents.
    static func replace(_ path: String, with bytes: [UInt8]) -> String? {
        guard let resolved = realpath(path, nil) else { return "cannot write the fixed file: \(errorText(errno))" }
        let target = String(cString: resolved)
        free(resolved)
        var status = stat()
        guard stat(target, &status) == 0 else { return "cannot write the fixed file: \(errorText(errno))" }
        guard status.st_nlink <= 1 else {
            return "cannot write the fixed file: it has other hard links, which a rewrite would leave unfixed"
        }
        var template = Array(
            "\(deletingLastPathComponent(target))/.\(lastPathComponent(target)).kcplint-XXXXXX".utf8CString
        )
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { return "cannot write the fixed file: \(errorText(errno))" }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure = bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        if failure == 0, fchmod(descriptor, status.st_mode & 0o7777) != 0 { failure = errno }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, target) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            return "cannot write the fixed file: \(errorText(failure))"
        }
        return nil
    }

    private static func errorText(_ code: Int32) -> String { PayloadChecker.errorText(code) }
}
