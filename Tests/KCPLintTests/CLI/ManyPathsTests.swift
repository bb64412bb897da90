import Foundation
import Testing

/// Many files named on the command line (`kcplint check $(git ls-files '*.json')`, pre-commit, `xargs`): kcplint
/// folds each run of them into one placeholder before the argument parser sees them (the parser takes time
/// quadratic in the number of paths), and the report is the one the same files give found in their folder.
@Suite struct ManyPathsTests {
    static let count = 2_000

    /// A folder with `p/` holding `count` payloads (every third one with an error, every fifth with a warning) and
    /// `-lead.json`, whose name reads as an option.
    static func folder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("p"),
            withIntermediateDirectories: true
        )
        for index in 0..<count {
            let amount = index % 3 == 0 ? #""1000""# : "1000"
            let extra = index % 5 == 0 ? #", "extra": 1"# : ""
            let text = #"{"merchant_uid": "o-\#(index)", "amount": \#(amount)\#(extra)}"#
            try Data(text.utf8).write(to: folder.appendingPathComponent(name(index)))
        }
        try Data(#"{"merchant_uid": "o-1", "amount": "5"}"#.utf8).write(to: folder.appendingPathComponent("-lead.json"))
        return folder
    }

    /// The path of payload `index`, relative to the folder.
    static func name(_ index: Int) -> String { "p/f" + String(index + 10_000).dropFirst() + ".json" }

    /// The options of every run but the report format, which goes in the middle of the paths.
    static let options = ["--no-config", "--now", CLI.now, "--no-timing", "-q", "--max-warnings", "5000"]

    /// The report of the folder walk: `-lead.json` and `p`.
    static func walk(_ folder: URL) throws -> CLI.Run {
        try CLI.run(["check"] + options + ["--format", "json", "--", "-lead.json", "p"], in: folder)
    }

    /// The files named one by one, with options before, between and after them, and `-lead.json` after `--`.
    static func named(_ names: [String]) -> [String] {
        let quarter = names.count / 4
        var arguments = [options[0]]
        arguments += names[..<quarter]
        arguments += options[1...3]
        arguments += names[quarter..<(2 * quarter)]
        arguments += ["--format", "json"]
        arguments += names[(2 * quarter)..<(3 * quarter)]
        arguments += options[4...]
        arguments += ["--", "-lead.json"]
        arguments += names[(3 * quarter)...]
        return arguments
    }

    @Test func manyNamedFilesGiveTheReportOfTheirFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let walk = try Self.walk(folder)
        #expect(walk.status == 1)
        #expect(try InputTests.paths(walk.stdout).count == Self.count + 1)
        #expect(walk.stdout.contains("field-type") && !walk.stdout.contains("field-unknown"))
        let names = (0..<Self.count).map(Self.name)
        let named = try CLI.run(["check"] + Self.named(names), in: folder)
        #expect(named.status == walk.status)
        #expect(named.stdout == walk.stdout)
        #expect(named.stderr == walk.stderr)
        // `check` is the default command.
        let implicit = try CLI.run(Self.named(names), in: folder)
        #expect(implicit.status == walk.status)
        #expect(implicit.stdout == walk.stdout)
        // The same files in another order: the report is sorted by path.
        let reversed = try CLI.run(["check"] + Self.named(names.reversed()), in: folder)
        #expect(reversed.stdout == walk.stdout)
    }

    /// A file named twice is reported under its first name: the paths reach kcplint in the order given, across
    /// options and `--`.
    @Test func theOrderOfTheNamesIsKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let walked = try InputTests.paths(try Self.walk(folder).stdout)
        let names = (0..<Self.count).map(Self.name)
        let twice = Self.name(7)
        // Before the options and after `--`.
        let first = try CLI.run(["check", "./" + twice] + Self.named(names), in: folder)
        #expect(try InputTests.paths(first.stdout) == (walked.filter { $0 != twice } + ["./" + twice]).sorted())
        let last = try CLI.run(["check"] + Self.named(names) + ["./" + twice], in: folder)
        #expect(try InputTests.paths(last.stdout) == walked)
        // Between two runs of names, beside an option.
        let between = Self.named(Array(names[..<1_000]) + ["./" + twice] + names[1_000...])
        #expect(try InputTests.paths(try CLI.run(["check"] + between, in: folder).stdout) == walked)
        let before = Self.named(Array(names[..<5]) + ["./" + twice] + names[5...])
        #expect(
            try InputTests.paths(try CLI.run(["check"] + before, in: folder).stdout)
                == (walked.filter { $0 != twice } + ["./" + twice]).sorted()
        )
    }

    /// Usage errors among many paths read as among one.
    @Test func usageErrorsAmongManyPaths() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = (0..<Self.count).map(Self.name)
        let cases: [(String, [String], [String])] = [
            ("an unknown option", ["--bogus"], []),
            ("a missing value", [], ["--format"]),
            ("a wrong value", ["--format", "xml"], []),
            ("standard input with --fix", ["--fix", "-"], []),
            ("standard input with --diff", ["--diff"], ["-"]),
            ("a value below 0", ["--max-warnings", "-1"], []),
        ]
        for (what, between, after) in cases {
            let one = try CLI.run(["check", names[0]] + between + [names[1]] + after, in: folder)
            let many = try CLI.run(
                ["check"] + names[..<1_000] + between + names[1_000...] + after,
                in: folder
            )
            #expect(one.status == 2, "\(what)")
            #expect(many.status == one.status, "\(what)")
            #expect(many.stdout == one.stdout, "\(what)")
            #expect(many.stderr == one.stderr, "\(what)")
        }
        // Help is help.
        let help = try CLI.run(["check", "--help"])
        let many = try CLI.run(["check"] + names[..<1_000] + ["--help"] + names[1_000...], in: folder)
        #expect(many.status == 0)
        #expect(many.stdout == help.stdout)
    }

    /// A shell's glob names every file, one of them not UTF-8 (an argument `Process` cannot pass).
    @Test func aGlobOfManyFilesOneNotUTF8() throws {
        let binary = try #require(CLI.binary)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = #"""
            set -e
            printf '%s' '{"merchant_uid": "o-1", "amount": "7"}' > "p/$(printf 'x\350').json"
            "$0" check --no-config --no-timing --format json p/* -q > glob.json || true
            "$0" check --no-config --no-timing --format json p -q > walk.json || true
            """#
        let run = try CLI.run(
            ["-c", script, binary.path],
            in: folder,
            environment: CLI.environment(),
            executable: URL(fileURLWithPath: "/bin/sh")
        )
        #expect(run.status == 0, "\(run.stderr)")
        let glob = try CLI.read(folder, "glob.json")
        #expect(try InputTests.paths(glob).count == Self.count + 1)
        #expect(try InputTests.paths(glob).contains("p/x\u{FFFD}.json"))
        #expect(glob == (try CLI.read(folder, "walk.json")))
    }

    /// The folding assumes what the parser's description of the commands says: every option of `check` takes its
    /// value from the argument right after it (`default`, or `unconditional` for `--max-warnings`), none scans
    /// further; the paths are its only positional argument. And the commands are the ones `Main.commandNames`
    /// lists (plus the parser's `help`): the arguments of another command are never folded.
    @Test func theParserTakesOptionValuesOnlyRightAfterTheOption() throws {
        let run = try CLI.run(["--experimental-dump-help"])
        let info = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let root = try #require(info["command"] as? [String: Any])
        let commands = try #require(root["subcommands"] as? [[String: Any]])
        #expect(
            Set(commands.compactMap { $0["commandName"] as? String })
                == ["check", "rules", "explain", "kinds", "init", "help"]
        )
        let check = try #require(commands.first { $0["commandName"] as? String == "check" })
        for command in [root, check] {
            let arguments = try #require(command["arguments"] as? [[String: Any]])
            for argument in arguments {
                let strategy = argument["parsingStrategy"] as? String
                #expect(strategy == "default" || strategy == "unconditional", "\(argument)")
            }
        }
        let arguments = try #require(check["arguments"] as? [[String: Any]])
        let positional = arguments.filter { $0["kind"] as? String == "positional" }
        #expect(positional.count == 1)
        #expect(positional.first?["parsingStrategy"] as? String == "default")
        #expect(positional.first?["valueName"] as? String == "path")
    }
}
