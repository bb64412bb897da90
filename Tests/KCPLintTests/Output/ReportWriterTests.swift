import Testing

@testable import KCPLint

/// Unit tests of the report writers on hand-made reports.
@Suite struct ReportWriterTests {
    static func report(_ source: String, message: String, masked: [MaskedRange] = []) -> FileReport {
        let bytes = Array(source.utf8)
        let lines = LineTable(bytes)
        let range = 2..<(bytes.count - 1)
        let diagnostic = Diagnostic(
            ruleID: "r",
            severity: .warning,
            message: message,
            pointer: "/a",
            span: lines.span(ofBytes: range),
            byteRange: range
        )
        return FileReport(
            path: "dir/a,b:c%.json",
            kind: "k",
            diagnostics: [diagnostic],
            source: bytes,
            maskedRanges: masked
        )
    }

    /// An error `m` of rule `r` at the bytes `range` of `bytes`.
    static func error(at range: Range<Int>, in bytes: [UInt8], pointer: String) -> Diagnostic {
        Diagnostic(
            ruleID: "r",
            severity: .error,
            message: "m",
            pointer: pointer,
            span: LineTable(bytes).span(ofBytes: range),
            byteRange: range
        )
    }

    /// A file's kind is its requests' kind, `mixed` when they differ; requests of no kind do not count.
    @Test func fileKindFromTheRequests() {
        func kind(_ kinds: [String?]) -> String? {
            FileReport(
                path: "a.json",
                result: ValidationResult(diagnostics: [], kinds: kinds, maskedRanges: []),
                source: []
            )
            .kind
        }
        #expect(kind([]) == nil)
        #expect(kind([nil]) == nil)
        #expect(kind(["sdk-payment"]) == "sdk-payment")
        #expect(kind([nil, "sdk-payment", nil, "sdk-payment"]) == "sdk-payment")
        #expect(kind(["sdk-payment", "rest-again", "sdk-payment"]) == "mixed")
        #expect(kind(["rest-again", nil, "sdk-payment"]) == "mixed")
    }

    @Test func githubEscaping() {
        var writer = GitHubReportWriter()
        let out = writer.write(Self.report("{ 1}", message: "100% wrong\r\nnext: a, b"))
        #expect(
            out
                == "::warning file=dir/a%2Cb%3Ac%25.json,line=1,col=3,endLine=1,endColumn=4,title=r::100%25 wrong%0D%0Anext: a, b (at /a)\n"
        )
    }

    @Test func xmlEscaping() {
        #expect(XMLText.attribute("a<b>&\"c\"'\n\t\u{1}") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;&#10;&#9;\u{FFFD}")
        #expect(XMLText.content("a<b>&\"\n") == "a&lt;b&gt;&amp;\"\n")
        // The two non-characters become U+FFFD; U+FFFD itself, other BMP characters near them and Hangul stay.
        #expect(
            XMLText.content("a\u{FFFE}b\u{FFFF}\u{FFFD}\u{FFEE}\r\n\t결\u{0}")
                == "a\u{FFFD}b\u{FFFD}\u{FFFD}\u{FFEE}&#13;\n\t결\u{FFFD}"
        )
    }

    @Test func textFramesAreMasked() {
        let source = #"{"card_number": "4111111111111111", "pwd": "12"}"#
        let bytes = Array(source.utf8)
        let card = 16..<34
        let pwd = 43..<47
        let diagnostic = Self.error(at: pwd, in: bytes, pointer: "/pwd")
        var writer = TextReportWriter()
        let out = writer.write(
            FileReport(
                path: "a.json",
                kind: nil,
                diagnostics: [diagnostic],
                source: bytes,
                maskedRanges: [MaskedRange(byteRange: card, kind: .pan), MaskedRange(byteRange: pwd, kind: .full)]
            )
        )
        #expect(!out.contains("4111111111111111"))
        #expect(!out.contains("\"12\""))
        #expect(out.contains(#""411111******1111""#))
    }

    /// A long line (a minified payload) is shown as 100 columns around the span, with `…` where it was cut on
    /// either side, and the caret still under the span (Hangul takes two cells).
    @Test func longLinesAreCutAroundTheSpan() {
        let head = String(repeating: "\"a\": 1, ", count: 20)
        let tail = String(repeating: ", \"b\": \"결제\"", count: 20)
        let source = "{" + head + "\"bad\": 7" + tail + "}"
        let bytes = Array(source.utf8)
        let start = bytes.count - Array((tail + "}").utf8).count - 1
        let range = start..<(start + 1)
        let diagnostic = Self.error(at: range, in: bytes, pointer: "/bad")
        var writer = TextReportWriter()
        let out = writer.write(FileReport(path: "a.json", kind: nil, diagnostics: [diagnostic], source: bytes))
        let frame = out.split(separator: "\n").map(String.init)
        #expect(frame[1].hasPrefix(" 1 | …") && frame[1].hasSuffix("…"), "\(frame[1])")
        // The caret sits under the `7`: the same cells before it on both lines.
        let line = frame[1].dropFirst(" 1 | ".count)
        let caret = frame[2].dropFirst(" 1 | ".count)
        let before = line.prefix { $0 != "7" }
        #expect(caret == String(repeating: " ", count: before.unicodeScalars.count) + "^")
        #expect(!before.contains("결"))
    }

    /// In a line far longer than a frame (a minified payload of thousands of requests) only the bytes around the
    /// span are worked on: the frame is the same as the whole line would give, and the caret under the span.
    @Test func veryLongLinesAreFramedFromAWindowAroundTheSpan() {
        let head = String(repeating: "\"결제\": \"🎁\", ", count: 700)
        let source = "{" + head + "\"bad\": 7, " + String(repeating: "\"b\": \"한\", ", count: 700) + "\"z\": 0}"
        let bytes = Array(source.utf8)
        #expect(bytes.count > 16_000)
        let start = Array(("{" + head + "\"bad\": ").utf8).count
        let card = (bytes.count - 3)..<(bytes.count - 2)
        var writer = TextReportWriter()
        let out = writer.write(
            FileReport(
                path: "a.json",
                kind: nil,
                diagnostics: [Self.error(at: start..<(start + 1), in: bytes, pointer: "/bad")],
                source: bytes,
                maskedRanges: [MaskedRange(byteRange: card, kind: .full)]
            )
        )
        let frame = out.split(separator: "\n").map(String.init)
        #expect(frame[0] == "a.json:1:\(1 + ("{" + head + "\"bad\": ").unicodeScalars.count): error: m [r]")
        #expect(frame[1].hasPrefix(" 1 | …") && frame[1].hasSuffix("…"), "\(frame[1])")
        #expect(frame[1].contains(#""bad": 7, "b": "한""#))
        // The caret sits under the `7`: as many cells before it as the line has (Hangul and emoji take two).
        let line = frame[1].dropFirst(" 1 | ".count)
        let before = line.prefix { $0 != "7" }
        let cells = before.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) } - 1  // `…` is one cell
        #expect(frame[2] == "   | " + String(repeating: " ", count: cells) + "^")
    }

    /// Payload text reaches a terminal or a CI log without its control characters: an escape sequence in a member
    /// name cannot recolour or hide the report, a NUL cannot cut a line. Each is U+FFFD, so the caret stays put.
    @Test func controlCharactersNeverReachTheTerminal() {
        let source = "{\"a\u{1B}[31mRED\u{7F}\": \"x\u{0}y\u{85}z\", \"b\": 1}"
        let bytes = Array(source.utf8)
        let start = Array("{\"a\u{1B}[31mRED\u{7F}\": \"x\u{0}y\u{85}z\", ".utf8).count
        var diagnostic = Self.error(at: start..<(start + 3), in: bytes, pointer: "/b")
        diagnostic.message = "`a\u{1B}[31mRED` is not a parameter"
        diagnostic.notes = [
            Diagnostic.Note(message: "bell\u{7} \u{202E}gnp.exe\u{202C} \u{2067}x", pointer: nil, span: nil)
        ]
        let report = FileReport(
            path: "dir/\u{1B}]0;title\u{7}.json",
            kind: nil,
            diagnostics: [diagnostic],
            source: bytes
        )
        var text = TextReportWriter(listFiles: true)
        var github = GitHubReportWriter()
        for output in [text.write(report), github.write(report)] {
            #expect(
                !output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
            )
            #expect(output.contains("`a\u{FFFD}[31mRED` is not a parameter"))
            #expect(!output.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || $0.value == 0x2067 })
        }
        let frame = text.write(report).split(separator: "\n").map(String.init).filter {
            $0.hasPrefix(" 1 | ") || $0.hasPrefix("   | ")
        }
        #expect(frame.first == " 1 | {\"a\u{FFFD}[31mRED\u{FFFD}\": \"x\u{FFFD}y\u{FFFD}z\", \"b\": 1}")
        #expect(frame.last == "   | " + String(repeating: " ", count: start - 1) + "^~~")
    }

    /// The caret line counts terminal cells: characters that join the one before them take none.
    @Test func terminalCellsOfJoinedCharacters() {
        func cells(_ text: String) -> Int {
            let bytes = Array(text.utf8)
            let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
            return TextReportWriter.cells(bytes, starts[...])
        }
        #expect(cells("e\u{301}") == 1)
        #expect(cells("\u{110C}\u{1165}\u{11BC}") == 2, "a decomposed Hangul syllable")
        #expect(cells("정기") == 4)
        #expect(cells("👨\u{200D}👩\u{200D}👧") == 2)
        #expect(cells("👍\u{1F3FD}") == 2)
        #expect(cells("a\u{200B}b") == 2)
        #expect(cells("❤\u{FE0F}x") == 2)
        #expect(cells("漢𠀋") == 4)
        #expect(cells("a\u{FEFF}\u{E0041}\u{180E}\u{206A}b") == 2, "invisible format characters")
    }

    @Test func sarifHelpers() {
        #expect(SARIFReportWriter.uri("./a b/결.json") == ("a%20b/%EA%B2%B0.json", true))
        #expect(SARIFReportWriter.uri("/abs/x.json") == ("file:///abs/x.json", false))
        // A loosely written relative path stays relative (not `file:///pay.json`).
        #expect(SARIFReportWriter.uri(".//pay.json") == ("pay.json", true))
        #expect(SARIFReportWriter.uri("d//./a.json") == ("d/a.json", true))
        #expect(SARIFReportWriter.uri("../x/a.json") == ("../x/a.json", true))
        #expect(SARIFReportWriter.uri("//abs/./x.json") == ("file:///abs/x.json", false))
        #expect(SARIFReportWriter.ruleName("phone-requires-buyer-name") == "PhoneRequiresBuyerName")
        #expect(SARIFReportWriter.lastToken("/a/b~1c~0d") == "b/c~d")
        #expect(SARIFReportWriter.lastToken("") == nil)
        #expect(Fingerprint.fnv1a("") == "cbf29ce484222325")
    }

    @Test func junitCountsAndFailLevel() {
        var writer = JUnitReportWriter(failLevel: .warning)
        _ = writer.begin()
        _ = writer.write(Self.report("{ 1}", message: "m"))
        _ = writer.write(FileReport(path: "ok.json", kind: "k", diagnostics: []))
        _ = writer.write(.unreadable(path: "gone.json", message: "no such file or directory"))
        let out = writer.end(ReportSummary())
        #expect(out.contains(#"<testsuites name="kcplint" tests="3" failures="1" errors="1">"#))
        #expect(out.contains(#"<failure type="warning" message="1 warning">"#))
        #expect(out.contains(#"<testcase classname="kcplint" name="ok.json"/>"#))
        #expect(out.contains(#"<error type="input-unreadable" message="no such file or directory"/>"#))
        var lenient = JUnitReportWriter(failLevel: .error)
        _ = lenient.write(Self.report("{ 1}", message: "m"))
        #expect(lenient.end(ReportSummary()).contains("<system-out>"))
        // Past --max-warnings the run fails, and so does a test case of its own.
        var limited = JUnitReportWriter(failLevel: .error, maxWarnings: 0)
        _ = limited.write(Self.report("{ 1}", message: "m"))
        var summary = ReportSummary()
        summary.warnings = 1
        let failed = limited.end(summary)
        #expect(failed.contains(#"<testsuites name="kcplint" tests="2" failures="1" errors="0">"#))
        #expect(failed.contains(#"<failure type="max-warnings" message="1 warning, more than --max-warnings 0"/>"#))
        var within = JUnitReportWriter(failLevel: .error, maxWarnings: 1)
        _ = within.write(Self.report("{ 1}", message: "m"))
        #expect(!within.end(summary).contains("max-warnings"))
    }

    /// GitLab issues: one per finding, fingerprints that differ between findings and stay when lines move.
    @Test func gitlabFingerprintsAreStableAndDistinct() throws {
        func issues(_ source: String, path: String = "./pay.json") throws -> [(String, String, Int, String)] {
            let bytes = Array(source.utf8)
            let first = try #require(source.utf8.firstIndex(of: UInt8(ascii: "1")))
            let offset = source.utf8.distance(from: source.utf8.startIndex, to: first)
            let diagnostics = [
                Self.error(at: offset..<(offset + 1), in: bytes, pointer: "/a"),
                Self.error(at: offset..<(offset + 1), in: bytes, pointer: "/a"),
                Self.error(at: 0..<1, in: bytes, pointer: ""),
            ]
            var writer = GitLabReportWriter()
            let text =
                writer.begin()
                + writer.write(FileReport(path: path, kind: "k", diagnostics: diagnostics, source: bytes))
                + writer.end(ReportSummary())
            let read = try #require(JSONReader().read(Array(text.utf8)).document)
            return try read.items(of: read.root).map { issue in
                func string(_ name: String, in node: JSONNodeID) throws -> String {
                    try #require(read.member(of: node, named: name).flatMap { read.string(of: $0.value) })
                }
                let location = try #require(read.member(of: issue, named: "location")?.value)
                let lines = try #require(read.member(of: location, named: "lines")?.value)
                let begin = try #require(
                    read.member(of: lines, named: "begin").flatMap { read.doubleValue(of: $0.value) }
                )
                #expect(try string("severity", in: issue) == "major")
                #expect(try string("check_name", in: issue) == "r")
                return (
                    try string("fingerprint", in: issue), try string("path", in: location), Int(begin),
                    try string("description", in: issue)
                )
            }
        }
        let before = try issues("{\"a\": 1}")
        let after = try issues("\n\n{\"a\":\n 1}")
        #expect(before.count == 3)
        #expect(Set(before.map(\.0)).count == 3, "two findings of a rule at one pointer still differ")
        #expect(before.map(\.0) == after.map(\.0), "lines moved, fingerprints stay")
        #expect(before.map(\.2) == [1, 1, 1])
        #expect(after.map(\.2) == [4, 4, 1])
        #expect(before.allSatisfy { $0.1 == "pay.json" })
        #expect(before[0].3 == "m (at /a)")
        #expect(try issues("{\"a\": 1}", path: "other.json").map(\.0) != before.map(\.0))
        #expect(try issues("{\"a\": 1}", path: "pay.json").map(\.0) == before.map(\.0), "`./` is not part of the path")
        #expect(GitLabReportWriter.relativePath(".//a.json") == "a.json")
        #expect(GitLabReportWriter.relativePath("././d/a.json") == "d/a.json")
        #expect(GitLabReportWriter.relativePath("/abs/a.json") == "/abs/a.json")
        #expect(GitLabReportWriter.relativePath("d//a.json") == "d/a.json")
        #expect(GitLabReportWriter.relativePath("./") == ".")
        var empty = GitLabReportWriter()
        #expect(
            empty.begin() + empty.write(FileReport(path: "a.json", kind: nil, diagnostics: []))
                + empty.end(ReportSummary()) == "[]\n"
        )
    }

    @Test func formatsHaveWriters() {
        for format in ReportFormat.allCases {
            var writer = format.writer(ReportFormat.Options())
            let text =
                writer.begin() + writer.write(FileReport(path: "a.json", kind: nil, diagnostics: []))
                + writer.end(ReportSummary())
            #expect(!text.isEmpty, "\(format)")
        }
    }
}

/// JSON string literals written by the report writers.
@Suite struct JSONTextTests {
    /// The JSON writer sizes each file object for the worst case before writing it: text that is all escapes, in
    /// every field, with large numbers, must still come out whole and read back as written.
    @Test func fileObjectsOfEscapesAreWrittenWhole() throws {
        let worst = String(repeating: "\u{01}\"\\\u{2028}", count: 40)
        let span = SourceSpan(
            start: SourcePosition(line: Int.max, column: Int.max),
            end: SourcePosition(line: Int.max, column: Int.max)
        )
        let diagnostic = Diagnostic(
            ruleID: worst,
            severity: .error,
            message: worst,
            pointer: worst,
            span: span,
            byteRange: 0..<1,
            fix: Diagnostic.Fix(kind: .rename, message: worst, value: "\"x\"", key: worst),
            notes: [Diagnostic.Note(message: worst, pointer: worst, span: span)],
            documentationURL: worst
        )
        let file = FileReport(path: worst, kind: worst, diagnostics: [diagnostic, diagnostic], source: [0x7B])
        var writer = JSONReportWriter()
        var output = Array(writer.begin().utf8)
        writer.write(file, to: &output)
        writer.write(file, to: &output)
        output += Array(writer.end(ReportSummary()).utf8)
        let read = try #require(JSONReader().read(output).document)
        let files = try #require(read.member(of: read.root, named: "files")?.value)
        #expect(read.count(of: files) == 2)
        for item in read.items(of: files) {
            #expect(read.member(of: item, named: "path").map { read.string(of: $0.value) } == worst)
            let diagnostics = try #require(read.member(of: item, named: "diagnostics")?.value)
            for entry in read.items(of: diagnostics) {
                for name in ["ruleId", "message", "pointer", "docs"] {
                    #expect(read.member(of: entry, named: name).map { read.string(of: $0.value) } == worst, "\(name)")
                }
                let line = try #require(read.member(of: entry, named: "endLine")?.value)
                #expect(read.doubleValue(of: line) == Double(Int.max))
            }
        }
    }

    @Test func escapesWhatJSONAndJavaScriptNeed() throws {
        #expect(JSONText.quote("plain 한글") == #""plain 한글""#)
        #expect(JSONText.quote("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONText.quote("\n\r\t\u{08}\u{0C}") == #""\n\r\t\b\f""#)
        #expect(JSONText.quote("\u{00}\u{1F}x") == #""\u0000\u001fx""#)
        #expect(JSONText.quote("a\u{2028}b\u{2029}") == #""a\u2028b\u2029""#)
        // Bidirectional formatting characters too: a raw report cannot be reordered on screen.
        #expect(JSONText.quote("k\u{202E}ey\u{2066}\u{200F}→") == #""k\u202eey\u2066\u200f→""#)
        // A lone 0xE2 lead byte that does not start U+2028/9 is copied as is.
        #expect(JSONText.quote("—") == "\"—\"")
        // What is written reads back as the same string.
        var random = SeededRandom(seed: 11)
        let alphabet = Array("a\"\\\n\u{01}\u{1F} 한\u{2028}—/").map(String.init)
        for _ in 0..<200 {
            let text = (0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
                .joined()
            let quoted = JSONText.quote(text)
            let read = try #require(JSONReader().read(Array(quoted.utf8)).document)
            #expect(read.string(of: read.root) == text, "\(quoted)")
        }
    }
}
