/// Paths as the reports that name files by URI or for a code-quality view write them (SARIF, GitLab).
enum ReportPath {
    /// `path` without its `.` parts and doubled slashes (`.//a.json` and `./sub/./a.json` are `a.json` and
    /// `sub/a.json`), so that a path given loosely is not taken for another file, or, worse, for one at the root of the
    /// file system. `..` parts and a leading `/` are kept; a path with nothing left is `.`.
    static func normalized(_ path: String) -> String {
        // Most paths (every file a folder walk finds below a clean argument) have nothing to drop.
        let hasDotPart = path == "." || path.hasPrefix("./") || path.hasSuffix("/.") || path.contains("/./")
        if !hasDotPart, !path.contains("//") { return path }
        let absolute = path.utf8.first == UInt8(ascii: "/")
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
