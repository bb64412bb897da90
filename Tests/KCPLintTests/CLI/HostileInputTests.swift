import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Odd and hostile inputs: each gets a clear diagnostic and exit 2, the other files are still checked, and
/// nothing blocks or crashes.
@Suite struct HostileInputTests {
    /// A temporary folder with one good payload in it.
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kcplint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(#"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 1000}"#.utf8)
            .write(to: url.appendingPathComponent("good.json"))
        return url
    }

    private func check(_ arguments: [String], in directory: URL) throws -> CLI.Run {
        try CLI.run(["check", "--no-timing", "--format", "json"] + arguments, in: directory)
    }

    @Test func fifoIsReportedWithoutBlocking() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("pipe.json").path, 0o644) == 0)
        let started = Date()
        let run = try check(["pipe.json", "good.json"], in: directory)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(run.status == 2)
        #expect(run.stdout.contains("not a regular file"))
        #expect(run.stdout.contains("\"path\":\"good.json\""))
    }

    @Test func deviceIsReportedWithoutReadingForever() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try check(["/dev/zero", "good.json"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.contains("not a regular file"))
    }

    @Test func symbolicLinkLoopIsUnreadable() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let loop = directory.appendingPathComponent("loop.json")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        // Named directly, and found while walking the folder.
        for arguments in [["loop.json", "good.json"], ["."]] {
            let run = try check(arguments, in: directory)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout.contains("loop.json"), "\(arguments)")
            #expect(run.stdout.contains("good.json"), "\(arguments)")
        }
    }

    @Test func binaryEmptyAndHugeFilesAreFindingsNotCrashes() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x00, 0xFF, 0xFE, 0x7F, 0x80, 0x00]).write(to: directory.appendingPathComponent("binary.json"))
        try Data().write(to: directory.appendingPathComponent("empty.json"))
        // 100 MB: over the 64 MiB input limit.
        let huge = directory.appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        let run = try check(["."], in: directory)
        #expect(run.status == 1)
        for (file, rule) in [
            ("binary.json", "json-syntax"), ("empty.json", "json-syntax"), ("huge.json", "json-limit"),
        ] {
            let line = run.stdout.split(separator: "\n").first { $0.contains("\"path\":\"./\(file)\"") }
            #expect(line?.contains("\"ruleId\":\"\(rule)\"") == true, "\(file): \(line ?? "missing")")
        }
    }

    @Test func invalidUTF8FileNameIsRead() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A name with the byte 0xFF, which is not UTF-8.
        let name: [CChar] =
            Array("bad-".utf8CString.dropLast()) + [CChar(bitPattern: 0xFF)] + Array(".json".utf8CString)
        let full = Array(directory.path.utf8CString.dropLast()) + [CChar(47)] + name
        let descriptor = full.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { open($0, O_CREAT | O_WRONLY, 0o644) } ?? -1
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let run = try check(["."], in: directory)
        // The file is read by its bytes (it is empty: a syntax error) and reported with U+FFFD for 0xFF.
        #expect(run.status == 1)
        #expect(run.stdout.contains("good.json"))
        #expect(
            run.stdout.contains(#""path":"./bad-\#u{FFFD}.json","kind":null,"diagnostics":[{"ruleId":"json-syntax""#)
        )
        #expect(!run.stdout.contains("input-unreadable"))
    }

    @Test func fileThatVanishesIsUnreadable() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try check(["gone.json", "good.json"], in: directory)
        #expect(run.status == 2)
        #expect(run.stdout.contains("gone.json"))
        #expect(run.stdout.contains("\"path\":\"good.json\""))
    }

    @Test func neverWritesToInputs() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.json")
        let before = try Data(contentsOf: good)
        let run = try check(["--output", "good.json", "good.json"], in: directory)
        #expect(run.status == 2)
        #expect(try Data(contentsOf: good) == before)
    }
}
