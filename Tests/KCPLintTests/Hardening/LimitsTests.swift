import KCPLint
import Testing

extension Hardening {
    /// Every resource limit holds, is reported as a located finding (or error), and is reached quickly.
    /// Time bounds are generous (debug builds, a shared machine) so they never flake.
    @Suite struct LimitsTests {
        // MARK: - JSON reader: size, depth, string length

        @Test func defaultsAreTheDocumentedOnes() {
            #expect(JSONLimits.default.maxBytes == 64 << 20)
            #expect(JSONLimits.default.maxDepth == 256)
            #expect(JSONLimits.default.maxStringBytes == 1 << 20)
            #expect(ValidationLimits.default.maxDiagnostics == 500)
            #expect(ValidationLimits.default.json == JSONLimits.default)
            #expect(YAMLLimits.default.maxBytes == 16 << 20)
            #expect(YAMLLimits.default.maxNodes == 1_000_000)
            #expect(YAMLLimits.default.maxDepth == 256)
        }

        @Test func inputSizeLimit() throws {
            let limits = JSONLimits(maxBytes: 1_024)
            let fits = "[\"" + String(repeating: "a", count: 1_020) + "\"]"
            #expect(fits.utf8.count == 1_024)
            #expect(JSONReader(limits: limits).read(fits).problems.isEmpty)
            let over = "[\"" + String(repeating: "a", count: 1_021) + "\"]"
            let result = JSONReader(limits: limits).read(over)
            #expect(result.document == nil)
            #expect(result.problems.map(\.reason) == [.tooLarge(limit: 1_024)])
            #expect(result.problems.first?.kind == .limit)
        }

        @Test func defaultInputSizeLimitRefusesBeforeReading() {
            // 64 MiB + 1 byte of whitespace: refused at once, without scanning.
            let bytes = [UInt8](repeating: 0x20, count: (64 << 20) + 1)
            var result: JSONReadResult?
            let seconds = HardeningSupport.seconds { result = JSONReader().read(bytes) }
            #expect(result?.problems.map(\.reason) == [.tooLarge(limit: 64 << 20)])
            #expect(seconds < HardeningSupport.bound(4), "took \(seconds) s")
        }

        @Test func depthLimitCountsArraysAndObjects() {
            func nested(_ depth: Int) -> String {
                var text = ""
                for level in 0..<depth { text += level % 2 == 0 ? "[" : "{\"k\":" }
                text += "1"
                for level in (0..<depth).reversed() { text += level % 2 == 0 ? "]" : "}" }
                return text
            }
            let reader = JSONReader()
            #expect(reader.read(nested(256)).problems.isEmpty)
            let deep = reader.read(nested(257))
            #expect(deep.document == nil)
            #expect(deep.problems.map(\.reason) == [.tooDeep(limit: 256)])
            let custom = JSONReader(limits: JSONLimits(maxDepth: 3))
            #expect(custom.read("[[[1]]]").problems.isEmpty)
            #expect(custom.read("[[[[1]]]]").problems.map(\.reason) == [.tooDeep(limit: 3)])
            // Located at the bracket that opens level 4.
            #expect(custom.read("[[[[1]]]]").problems.first?.byteRange.lowerBound == 3)
        }

        @Test func deepNestingOfObjectsIsBoundedAndFast() {
            let bytes = Array(String(repeating: #"{"a":"#, count: 200_000).utf8)
            var result: JSONReadResult?
            let seconds = HardeningSupport.seconds { result = JSONReader().read(bytes) }
            #expect(result?.problems.map(\.kind) == [.limit])
            #expect(seconds < HardeningSupport.bound(4), "took \(seconds) s")
        }

        @Test func stringLengthLimitCoversValuesAndKeys() {
            let limits = JSONLimits(maxStringBytes: 10)
            let reader = JSONReader(limits: limits)
            #expect(reader.read(#"["0123456789"]"#).problems.isEmpty)
            #expect(reader.read(#"["0123456789X"]"#).problems.map(\.reason) == [.stringTooLong(limit: 10)])
            #expect(reader.read(#"{"0123456789X": 1}"#).problems.map(\.reason) == [.stringTooLong(limit: 10)])
            // Counted in encoded bytes between the quotes: an escape counts as written.
            #expect(reader.read(#"["\u0041\u0041"]"#).problems.map(\.reason) == [.stringTooLong(limit: 10)])
            // Hangul: 3 bytes per syllable.
            #expect(reader.read(#"["가나다"]"#).problems.isEmpty)
            #expect(reader.read(#"["가나다라"]"#).problems.map(\.reason) == [.stringTooLong(limit: 10)])
        }

        @Test func defaultStringLengthLimit() {
            let fits = "[\"" + String(repeating: "a", count: 1 << 20) + "\"]"
            #expect(JSONReader().read(fits).problems.isEmpty)
            let over = "[\"" + String(repeating: "a", count: (1 << 20) + 1) + "\"]"
            #expect(JSONReader().read(over).problems.map(\.reason) == [.stringTooLong(limit: 1 << 20)])
        }

        @Test func validatorPassesItsJSONLimitsToTheReader() throws {
            let catalogue = HardeningSupport.standard.catalogue
            let validator = Validator(
                catalogue: catalogue,
                limits: ValidationLimits(json: JSONLimits(maxBytes: 64, maxDepth: 2))
            )
            let big = validator.validate(#"{"merchant_uid": "o-1", "amount": 1000, "name": "0123456789012345"}"#)
            #expect(big.diagnostics.map(\.ruleID) == ["json-limit"])
            #expect(big.diagnostics.first?.span.start == SourcePosition(line: 1, column: 1))
            let deep = validator.validate(#"{"custom_data": {"a": [1]}}"#)
            #expect(deep.diagnostics.map(\.ruleID) == ["json-limit"])
            // The third level starts at column 23 (`[`).
            #expect(deep.diagnostics.first?.span.start == SourcePosition(line: 1, column: 23))
        }

        // MARK: - Diagnostics per file

        /// A cap of 0 (or a negative one, from a service's configuration) keeps no finding, counts them all in the
        /// note, and never traps.
        @Test(arguments: [0, -1, Int.min])
        func aCapOfZeroOrLessKeepsOnlyTheNote(_ cap: Int) throws {
            let payload =
                #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "unknown_1": 1, "unknown_2": 2}"#
            let all = HardeningSupport.standard.validate(payload, options: ValidationOptions(now: 0)).diagnostics
            #expect(all.count >= 2)
            let capped = Validator(
                catalogue: HardeningSupport.standard.catalogue,
                limits: ValidationLimits(maxDiagnostics: cap)
            )
            let found = capped.validate(payload, options: ValidationOptions(now: 0)).diagnostics
            #expect(found.map(\.ruleID) == ["diagnostics-truncated"])
            #expect(found.first?.message == "\(all.count) more diagnostics not shown")
        }

        @Test func diagnosticsPerFileAreCappedWithOneTruncationNote() throws {
            let members = (0..<40).map { "\"unknown_\($0)\": \($0)" }.joined(separator: ", ")
            let payload =
                #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "#
                + members + "}"
            let all = HardeningSupport.standard.validate(payload, options: ValidationOptions(now: 0)).diagnostics
            #expect(all.count > 40, "\(all.count) diagnostics")
            #expect(!all.contains { $0.ruleID == "diagnostics-truncated" })

            let capped = Validator(
                catalogue: HardeningSupport.standard.catalogue,
                limits: ValidationLimits(maxDiagnostics: 10)
            )
            let found = capped.validate(payload, options: ValidationOptions(now: 0)).diagnostics
            #expect(found.count == 11)
            #expect(found.filter { $0.ruleID == "diagnostics-truncated" }.count == 1)
            let note = try #require(found.last)
            #expect(note.ruleID == "diagnostics-truncated")
            #expect(note.severity == .info)
            #expect(note.message == "\(all.count - 10) more diagnostics not shown")
            // The kept ones are the ten most severe (errors, then warnings, then infos; earlier first), in
            // position order.
            let mostSevere = all.enumerated()
                .sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
                .prefix(10).sorted { $0.offset < $1.offset }.map(\.element)
            #expect(Array(found.prefix(10)) == mostSevere)
            #expect(!found.prefix(10).contains { $0.severity == .info })
            // At the end of the payload.
            #expect(note.byteRange == payload.utf8.count..<payload.utf8.count)
        }

        /// Findings past the cap are dropped while checking (bounded memory); what is kept is the same as
        /// when everything is collected and then cut, whatever order the rules find them in.
        @Test func findingsPastTheCapAreDroppedAsTheyAreFound() throws {
            // Schedules with a past time (warning), a string amount (error) or no name (info), in a mix.
            let entries = (0..<300).map { index in
                let at = index % 3 == 0 ? "1500000000" : "4102444800"
                let amount = index % 7 == 0 ? "\"1000\"" : "1000"
                let name = index % 2 == 0 ? #", "name": "월 구독""# : ""
                return #"{"merchant_uid": "s-\#(index)", "schedule_at": \#(at), "amount": \#(amount)\#(name)}"#
            }
            let payload = #"{"customer_uid": "c-1", "schedules": ["# + entries.joined(separator: ", ") + "]}"
            let options = ValidationOptions(kind: "rest-schedule", now: 1_767_193_200)
            let unbounded = Validator(
                catalogue: HardeningSupport.standard.catalogue,
                limits: ValidationLimits(maxDiagnostics: 100_000)
            )
            let all = unbounded.validate(payload, options: options).diagnostics
            #expect(Set(all.map(\.severity)).count == 3, "\(Set(all.map(\.ruleID)))")
            for cap in [1, 25, 120] {
                let capped = Validator(
                    catalogue: HardeningSupport.standard.catalogue,
                    limits: ValidationLimits(maxDiagnostics: cap)
                )
                let result = capped.validate(payload, options: options)
                let found = result.diagnostics
                let expected = all.enumerated()
                    .sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
                    .prefix(cap).sorted { $0.offset < $1.offset }.map(\.element)
                #expect(Array(found.dropLast()) == expected, "cap \(cap)")
                #expect(found.last?.message == "\(all.count - cap) more diagnostics not shown", "cap \(cap)")
                // The hidden findings keep their severities, so that totals and the fail level count them.
                for severity in [Severity.error, .warning, .info] {
                    let shown = expected.filter { $0.severity == severity }.count
                    let hidden = all.filter { $0.severity == severity }.count - shown
                    #expect(
                        result.hidden.count(atLeast: severity) - result.hidden.count(atLeast: severity.more) == hidden,
                        "cap \(cap) \(severity)"
                    )
                    let report = FileReport(path: "p.json", result: result, source: Array(payload.utf8))
                    var summary = ReportSummary()
                    summary.add(report)
                    let total = all.filter { $0.severity == severity }.count + (severity == .info ? 1 : 0)
                    #expect([summary.errors, summary.warnings, summary.infos][severity.index] == total, "cap \(cap)")
                }
            }
        }

        /// Many duplicate keys, misspelt members or card numbers in one object or list: each lookup a finding makes
        /// (where the duplicate or the secret is, whether the suggested name is taken) is a search, not a scan, so
        /// the check stays linear. Both took minutes before (40,000 duplicates 10 s, 100,000 64 s in a release build).
        @Test func manyDuplicateOrMisspeltMembersStayLinear() throws {
            let duplicates =
                #"{"merchant_uid": "m", "# + (0..<50_000).map { #""k": \#($0)"# }.joined(separator: ", ") + "}"
            let misspelt =
                #"{"pay_method": "card", "# + (0..<50_000).map { #""buyer_nme": \#($0)"# }.joined(separator: ", ") + "}"
            // And each secret's place is found by search: 80,000 card numbers in one list took 5 s.
            let cards =
                #"{"pay_method": "card", "custom_data": ["#
                + Array(repeating: #""4556737586899855""#, count: 50_000)
                .joined(separator: ", ") + "]}"
            for payload in [duplicates, misspelt, cards] {
                var result: ValidationResult?
                let seconds = HardeningSupport.seconds {
                    result = HardeningSupport.standard.validate(
                        payload,
                        options: ValidationOptions(kind: "sdk-payment", now: 0)
                    )
                }
                #expect(seconds < HardeningSupport.bound(15), "took \(seconds) s")
                #expect(result?.hidden.count(atLeast: .warning) ?? 0 > 40_000)
            }
            // The pointers are still exact at every depth.
            let nested = #"{"a": [{"x": 1}, {"y": 1, "y": 2}], "b": {"c": {"d": 1, "e": 0, "d": 2}}, "a": 3}"#
            let found = HardeningSupport.standard.validate(nested, options: ValidationOptions(now: 0)).diagnostics
            #expect(found.filter { $0.ruleID == "json-duplicate-key" }.map(\.pointer) == ["/a/1/y", "/b/c/d", "/a"])
        }

        /// A configuration naming thousands of files (`paths` entries, suppressions with wildcards) costs little per
        /// file checked: plain paths are looked up, and a pattern's literal ending refuses most paths before they are
        /// taken apart (3,000 files against 3,000 entries of each took 14 s in a release build; 1,000, 6 s in a debug one).
        @Test func manyPathEntriesAndPatternSuppressionsStayCheap() throws {
            let count = 1_000
            let text =
                "version: 1\npaths:\n"
                + (0..<count).map { "  - match: \"f/p\($0).json#/zz\"\n    overrides: {field-unknown: info}\n" }
                .joined()
                + "suppress:\n"
                + (0..<count).map { "  - match: \"f/*\($0).json#/zz\"\n    rules: [field-unknown]\n    reason: r\n" }
                .joined()
            let config = try ProjectConfig(source: CatalogueSource(name: ".kcplint.yml", text: text))
            let index = ProjectConfig.SuppressionIndex(config.suppressions, paths: config.paths)
            var settings: [FileSettings] = []
            let seconds = HardeningSupport.seconds {
                settings = (0..<count).map { config.settings(forPath: "f/p\($0).json", now: 0, index: index) }
            }
            #expect(seconds < HardeningSupport.bound(4), "took \(seconds) s")
            // The same settings as matching every entry: p12.json is named by one entry, and by the suppressions
            // of *12.json and *2.json.
            #expect(settings[12].pointerLevels.count == 1)
            #expect(settings[12].suppressions.map(\.index) == [2, 12])
            #expect(settings[12] == config.settings(forPath: "f/p12.json"))
        }

        /// Thousands of findings on one line (a minified array, checked uncapped as a baseline run does): each code
        /// frame is made from the bytes around its span, not from the whole line (4,000 frames of a 320 KB line
        /// took 2.6 s in a release build).
        @Test func codeFramesOfAMinifiedPayloadStayLinear() throws {
            let request = #"{"merchant_uid": "m", "amount": "1,000", "pay_method": "card", "pg": "kcp", "name": "n"}"#
            let payload = "[" + Array(repeating: request, count: 2_000).joined(separator: ",") + "]"
            let uncapped = Validator(
                catalogue: HardeningSupport.standard.catalogue,
                limits: ValidationLimits(maxDiagnostics: 1_000_000)
            )
            let result = uncapped.validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0))
            #expect(result.diagnostics.count > 4_000)
            var text = ""
            let seconds = HardeningSupport.seconds {
                var writer = TextReportWriter()
                text = writer.write(FileReport(path: "a.json", result: result, source: Array(payload.utf8)))
            }
            #expect(seconds < HardeningSupport.bound(10), "took \(seconds) s")
            #expect(text.split(separator: "\n").filter { $0.hasPrefix(" 1 | …") }.count > 4_000)
        }

        @Test func defaultDiagnosticsCapIsFiveHundred() {
            let members = (0..<600).map { "\"unknown_\($0)\": \($0)" }.joined(separator: ", ")
            let payload = #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "# + members + "}"
            let found = HardeningSupport.standard.validate(payload, options: ValidationOptions(now: 0)).diagnostics
            #expect(found.count == 501)
            #expect(found.last?.ruleID == "diagnostics-truncated")
        }

        // MARK: - YAML alias budget, depth and size

        /// "Billion laughs": nine levels of nine aliases each would expand to 9⁹ scalars.
        static let billionLaughs: String = {
            var text = "catalogue: laughs\nversion: 1\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            for level in 1...9 {
                let alias = "*l\(level - 1)"
                text += "lol\(level): &l\(level) [" + Array(repeating: alias, count: 9).joined(separator: ", ") + "]\n"
            }
            return text
        }()

        @Test func billionLaughsFailsFastWithALocatedCatalogueError() throws {
            var caught: CatalogueError?
            let seconds = HardeningSupport.seconds {
                do throws(CatalogueError) {
                    _ = try Catalogue(sources: [CatalogueSource(name: "laughs.yaml", text: Self.billionLaughs)])
                } catch {
                    caught = error
                }
            }
            #expect(seconds < HardeningSupport.bound(4), "took \(seconds) s")
            let error = try #require(caught)
            #expect(error.problems.count == 1)
            let problem = try #require(error.problems.first)
            #expect(problem.location.file == "laughs.yaml")
            #expect(problem.message.contains("budget of 1000000 nodes"), "\(problem)")
            // 9^6 = 531,441 scalars fit; the alias that would pass 1,000,000 is on the `lol6` line.
            #expect(problem.location.position.line == 9, "\(problem)")
            #expect(problem.location.position.column > 1)
        }

        @Test func billionLaughsInAUserCatalogueOnTopOfTheDefaultOne() throws {
            do {
                _ = try Catalogue.standard(extendedWith: [CatalogueSource(name: "user.yaml", text: Self.billionLaughs)])
                Issue.record("the catalogue loaded")
            } catch {
                #expect(error.problems.map(\.location.file) == ["user.yaml"])
            }
        }

        @Test func yamlNodeBudgetIsConfigurable() throws {
            let limits = YAMLLimits(maxNodes: 100)
            #expect(throws: YAMLError.self) { try YAMLReader.parse(Self.billionLaughs, limits: limits) }
            let small = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
            let root = try #require(try YAMLReader.parse(small, limits: limits))
            #expect(root["b"]?.sequence?.count == 2)
        }

        @Test func yamlDepthAndSizeLimits() throws {
            let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
            do {
                _ = try YAMLReader.parse(deep)
                Issue.record("300 nested sequences were read")
            } catch {
                #expect(error.message.contains("maximum depth of 256"), "\(error)")
                #expect(error.position == SourcePosition(line: 1, column: 257))
            }
            let big = String(repeating: "#", count: (16 << 20) + 1)
            do {
                _ = try YAMLReader.parse(big)
                Issue.record("a 16 MiB + 1 text was read")
            } catch {
                #expect(error.message.contains("exceeds the limit"), "\(error)")
            }
        }

        // MARK: - Regular expressions

        static let redosCatalogue = #"""
            catalogue: redos
            version: 1
            rules:
              - id: redos-name
                title: {en: "Name made of a", ko: "a로 된 이름"}
                severity: warning
                when: {path: name, matches: '^(a|aa)+$|(.*a){8}x'}
                assert: [{path: name, pattern: '^(a+)+$'}, {path: name, notPattern: '(x+x+)+y|^(\w+\s?)*$'}]
                message: {en: "bad {field}", ko: "잘못된 {field}"}
                rationale: A pattern that backtracks catastrophically in a backtracking engine.
                source: https://developers.portone.io/x
                examples:
                  valid: ['{"merchant_uid": "o-1", "amount": 1000, "name": "b"}']
                  invalid:
                    - payload: '{"merchant_uid": "o-1", "amount": 1000, "name": "aa!"}'
                      pointer: /name
            """#

        @Test func catastrophicPatternsInAUserCatalogueRunInLinearTime() throws {
            let catalogue = try Catalogue.standard(extendedWith: [
                CatalogueSource(name: "redos.yaml", text: Self.redosCatalogue)
            ])
            let validator = Validator(catalogue: catalogue)
            let name = String(repeating: "a", count: 50_000) + "!"
            let payload = #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "name": "\#(name)"}"#
            var found: [Diagnostic] = []
            let seconds = HardeningSupport.seconds {
                found = validator.validate(payload, options: ValidationOptions(kind: "sdk-payment", now: 0)).diagnostics
            }
            #expect(seconds < HardeningSupport.bound(4), "took \(seconds) s")
            // `when` does not hold (`^(a|aa)+$` fails on the `!`, and there is no `x`): the rule is silent.
            #expect(!found.contains { $0.ruleID == "redos-name" })

            // Without the `!`, `when` holds and `^(a+)+$` matches, but `^(\w+\s?)*$` matches too: one finding.
            let plain =
                #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "name": "\#(String(repeating: "a", count: 50_000))"}"#
            let seconds2 = HardeningSupport.seconds {
                found = validator.validate(plain, options: ValidationOptions(kind: "sdk-payment", now: 0)).diagnostics
            }
            #expect(seconds2 < HardeningSupport.bound(2), "took \(seconds2) s")
            #expect(found.filter { $0.ruleID == "redos-name" }.map(\.pointer) == ["/name"])
        }

        @Test(arguments: ["(a+)+$", "^(a|a)*$", "(a*)*b", "(x+x+)+y", "^(\\w+\\s?)*$", "(.*a){20}", "(a|aa)+$"])
        func knownReDoSPatternsAreLinear(_ source: String) throws {
            let pattern = try Pattern(source)
            let input = String(repeating: "a", count: 50_000) + "!"
            var matched = true
            let seconds = HardeningSupport.seconds { matched = pattern.matches(input) }
            #expect(seconds < HardeningSupport.bound(2), "\(source) took \(seconds) s")
            _ = matched
        }

        @Test func patternsThatNeedBacktrackingAreRejectedWhenTheCatalogueLoads() throws {
            let text = Self.redosCatalogue.replacing("pattern: '^(a+)+$'", with: #"pattern: '^(a)\1$'"#)
            #expect(text != Self.redosCatalogue)
            do {
                _ = try Catalogue.standard(extendedWith: [CatalogueSource(name: "backref.yaml", text: text)])
                Issue.record("a backreference was accepted")
            } catch {
                let problem = try #require(error.problems.first)
                #expect(problem.location.file == "backref.yaml")
                #expect(problem.location.position.line == 8, "\(problem)")
            }
        }
    }
}

extension Severity {
    /// The next severity up (none above error: error itself, whose difference is then all errors).
    fileprivate var more: Severity? {
        switch self {
        case .info: .warning
        case .warning: .error
        case .error: nil
        }
    }

    fileprivate var index: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }
}

extension FindingCounts {
    fileprivate func count(atLeast severity: Severity?) -> Int {
        severity.map { count(atLeast: $0) } ?? 0
    }
}
