import Foundation
import Testing

/// The order and uniqueness of inputs, which the CLI keeps in a compact path table (sorted as strings, each file
/// once), and settings that differ between files of one run.
@Suite struct InputOrderTests {
    static let base = InputTests.base

    /// A folder of payloads with names that sort differently as bytes and as strings, and names that are equal as
    /// strings (canonically equivalent) though not as bytes.
    static func folder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let names = [
            "B.json", "a.json", "a b.json", "e.json", "f.json", "\u{E9}.json", "e\u{301}.json", "K.json",
            "\u{212A}.json", "z/1.json", "z/\u{E4}.json", "z/a\u{308}.json", "한글/결제.json", "한글/a.json",
        ]
        for name in names {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(#"{"merchant_uid": "o-1", "amount": 100}"#.utf8).write(to: url)
        }
        return folder
    }

    @Test func oneFolderIsSortedAsStringsWithEqualNamesOnce() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(Self.base + ["."], in: folder)
        let paths = try InputTests.paths(run.stdout)
        #expect(paths == paths.sorted())
        // Names equal as strings are one file to kcplint, whichever the file system holds.
        for (index, path) in paths.enumerated() {
            #expect(!paths[(index + 1)...].contains(path))
        }
        #expect(paths.contains("./a b.json"))
        #expect(paths.contains("./한글/결제.json"))
        #expect(paths.first == "./B.json")
        #expect(paths.count == 11)
    }

    @Test func severalArgumentsGiveTheSameOrderAsOne() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = try InputTests.paths(try CLI.run(Self.base + ["."], in: folder).stdout)
        // The folder again, files in it under other names, and folders inside it: each file once, first name kept.
        let several = try InputTests.paths(
            try CLI.run(Self.base + [".", "./a.json", "z", "한글/", "./"], in: folder).stdout
        )
        #expect(several == one)
        // Arguments in another order report some files by other names; still sorted, each file once.
        let mixed = try CLI.run(Self.base + ["한글", "z/", "K.json", "-", "."], in: folder, stdin: "{}")
        let paths = try InputTests.paths(mixed.stdout)
        #expect(paths == paths.sorted())
        #expect(paths.count == one.count + 1)
        #expect(paths.contains("<stdin>"))
        #expect(paths.contains("한글/결제.json"))
        #expect(paths.contains("z/1.json"))
        #expect(paths.contains("K.json"))
        #expect(!paths.contains("./K.json"))
    }

    @Test func missingPathsAreReportedInOrder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(Self.base + ["z", "missing.json", "a.json", "0-missing"], in: folder)
        #expect(run.status == 2)
        #expect(try InputTests.paths(run.stdout) == ["0-missing", "a.json", "missing.json", "z/1.json", "z/ä.json"])
    }

    @Test func filesOfOneRunWithDifferentSettings() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.json", "b.json", "c.json", "d.json"] {
            try Data(#"{"merchant_uid": "o-1", "extra": 1}"#.utf8).write(to: folder.appendingPathComponent(name))
        }
        // The first files have the default settings, later ones others.
        try "paths:\n  - match: \"[cd].json\"\n    overrides: {field-unknown: off}\n".write(
            to: folder.appendingPathComponent(".kcplint.yml"),
            atomically: true,
            encoding: .utf8
        )
        let run = try CLI.run(["check", "--now", CLI.now, "--format", "json", "."], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]] ?? []
        let unknown = files.map { file in
            ((file["diagnostics"] as? [[String: Any]]) ?? []).contains { $0["ruleId"] as? String == "field-unknown" }
        }
        #expect(files.compactMap { $0["path"] as? String } == ["./a.json", "./b.json", "./c.json", "./d.json"])
        #expect(unknown == [true, true, false, false])
    }

    /// More files than the pipeline holds at once, checked on every core: each report is its own file's, in order.
    @Test func manyFilesKeepTheirReportsInOrder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 3000
        for index in 0..<count {
            // Every third file names an unknown member after itself; the others are clean as far as that goes.
            let extra = index % 3 == 0 ? #", "x_\#(index)": 1"# : ""
            let body = #"{"merchant_uid": "o-\#(index)", "amount": 100\#(extra)}"#
            try Data(body.utf8).write(to: folder.appendingPathComponent(String(format: "%05d.json", index)))
        }
        let run = try CLI.run(Self.base + ["."], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]] ?? []
        #expect(files.count == count)
        for (index, file) in files.enumerated() {
            #expect(file["path"] as? String == String(format: "./%05d.json", index))
            let unknown = ((file["diagnostics"] as? [[String: Any]]) ?? []).filter {
                $0["ruleId"] as? String == "field-unknown"
            }
            #expect(unknown.map { $0["pointer"] as? String } == (index % 3 == 0 ? ["/x_\(index)"] : []))
        }
    }

    /// ASCII names of one folder sort by bytes, also where they share their first eight bytes or are shorter.
    @Test func asciiNamesOfOneFolderSortByBytes() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = [
            "abcdefgh1.json", "abcdefgh.json", "abcdefg.json", "abcdefgh10.json", "A.json", "_x.json", "abcdefghZ.json",
            "abcdefgh-.json", "a.json", "abcdefgh1.jsom.json", "Z.json", "0.json",
        ]
        for name in names {
            try Data(#"{"merchant_uid": "o-1"}"#.utf8).write(to: folder.appendingPathComponent(name))
        }
        let paths = try InputTests.paths(try CLI.run(Self.base + ["."], in: folder).stdout)
        let expected = names.map { "./" + $0 }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(paths == expected)
    }
}
