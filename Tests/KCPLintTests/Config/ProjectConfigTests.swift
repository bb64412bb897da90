import Testing

@testable import KCPLint

@Suite struct ProjectConfigTests {
    static func load(_ text: String) throws(CatalogueError) -> ProjectConfig {
        try ProjectConfig(source: CatalogueSource(name: ".kcplint.yml", text: text))
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// An error of `rule` at `pointer`.
    static func diagnostic(_ pointer: String, _ rule: String = "r") -> Diagnostic {
        Diagnostic(
            ruleID: rule,
            severity: .error,
            message: "m",
            pointer: pointer,
            span: SourceSpan(start: .init(line: 1, column: 1)),
            byteRange: 0..<1
        )
    }

    static let catalogue: Catalogue? = try? Catalogue(sources: [
        CatalogueSource(
            name: "test.yaml",
            text: EngineFixture.catalogue(rules: EngineFixture.rule(id: "shop-rule", assert: "{require: a}"))
        )
    ])

    /// A tag outside the YAML core schema, or a value that does not fit its core tag, would be read as something
    /// its author did not write (`!!null off` as `off`): both are located problems, in the configuration's language.
    @Test func tagsOutsideTheCoreSchemaAreRefused() {
        let text = "version: 1\noverrides: {a: !!null off, b: !custom warning, c: !!str info}\nfailOn: !!binary aGk=\n"
        // (A follow-on problem of the value as read may come after.)
        #expect(
            Array(Self.problems(text).prefix(3)) == [
                ".kcplint.yml:2:16: error: `off` is not a valid `!!null` value",
                ".kcplint.yml:2:31: error: tag `!custom` is not supported: only the YAML core tags (!!str, !!int, "
                    + "!!float, !!bool, !!null, !!map, !!seq, !) are",
                ".kcplint.yml:3:9: error: tag `!!binary` is not supported: only the YAML core tags (!!str, !!int, "
                    + "!!float, !!bool, !!null, !!map, !!seq, !) are",
            ]
        )
        do {
            _ = try ProjectConfig(source: CatalogueSource(name: ".kcplint.yml", text: text), language: .ko)
            Issue.record("no problem")
        } catch {
            #expect(error.problems.first?.message == "`off`은(는) 올바른 `!!null` 값이 아닙니다")
        }
        #expect(Self.problems("version: !!int 1\nfailOn: ! warning\noverrides: !!map {a: off}\n").isEmpty)
        // A collection is not a string, nor a mapping a list.
        #expect(
            Self.problems("version: 1\noverrides: !!str {a: off}\n") == [
                ".kcplint.yml:2:12: error: a mapping is not a valid `!!str` value"
            ]
        )
        #expect(
            Self.problems("version: 1\nsuppress: !!map []\n") == [
                ".kcplint.yml:2:11: error: a sequence is not a valid `!!map` value"
            ]
        )
    }

    @Test func fullConfiguration() throws {
        let config = try Self.load(
            """
            version: 1
            language: ko
            failOn: warning
            maxWarnings: 3
            include: "*.payload"
            exclude: [fixtures/**, package.json]
            rules: [shop.yaml]
            overrides:
              shop-rule: warning
            paths:
              - match: [legacy/*.json, old/]
                kind: test
                overrides: {shop-rule: off}
              - match: "pay.json#/bypass/shop_user_id"
                overrides: {shop-rule: info}
            """
        )
        #expect(config.language == .ko)
        #expect(config.failOn == .warning)
        #expect(config.maxWarnings == 3)
        #expect(config.include.map(\.pattern) == ["*.payload"])
        #expect(config.exclude.map(\.pattern) == ["fixtures/**", "package.json"])
        #expect(config.ruleFiles.map(\.path) == ["shop.yaml"])
        #expect(config.ruleFiles.first?.location.description == ".kcplint.yml:7:9")
        #expect(config.excludes("fixtures/a/b.json"))
        #expect(config.excludes("sub/package.json"))
        #expect(!config.excludes("pay.json"))

        let legacy = config.settings(forPath: "legacy/a.json")
        #expect(legacy.kind == "test")
        #expect(legacy.levels == ["shop-rule": .off])
        let old = config.settings(forPath: "old/x/y.json")
        #expect(old.kind == "test")
        let pay = config.settings(forPath: "pay.json")
        #expect(pay.kind == nil)
        #expect(pay.levels == ["shop-rule": .severity(.warning)])
        #expect(
            pay.pointerLevels == [
                FileSettings.PointerLevel(pointer: "/bypass/shop_user_id", ruleID: "shop-rule", level: .severity(.info))
            ]
        )

        let catalogue = try #require(Self.catalogue)
        #expect(config.problems(in: catalogue).isEmpty)
    }

    @Test func emptyConfigurationChangesNothing() throws {
        let config = try Self.load("# nothing yet\n")
        #expect(config.language == nil)
        #expect(config.settings(forPath: "a.json") == FileSettings())
        // An empty document too.
        #expect(try Self.load("---\n").settings(forPath: "a.json") == FileSettings())
        #expect(try Self.load("--- # starter\n...\n").settings(forPath: "a.json") == FileSettings())
    }

    @Test func starterLoads() throws {
        let config = try Self.load(ProjectConfig.starter)
        #expect(config.settings(forPath: "a.json") == FileSettings())
        #expect(config.include.isEmpty && config.exclude.isEmpty && config.ruleFiles.isEmpty)
    }

    @Test func structuralProblemsAreLocated() {
        #expect(
            Self.problems(
                """
                version: 2
                langauge: ko
                failOn: fatal
                maxWarnings: -1
                include: {a: b}
                exclude: ["[a-"]
                overrides:
                  x: loud
                paths:
                  - match: "x.json#/a"
                    kind: test
                  - kind: test
                  - match: "y.json"
                  - match: "z.json#bad"
                    overrides: {x: off}
                """
            ) == [
                ".kcplint.yml:1:10: error: `version` must be 1",
                ".kcplint.yml:2:1: error: unknown key `langauge` in the configuration (did you mean `language`?)",
                ".kcplint.yml:3:9: error: `failOn` must be error, warning or info, found `fatal`",
                ".kcplint.yml:4:14: error: `maxWarnings` must be a whole number, 0 or more",
                ".kcplint.yml:5:10: error: expected `include` to be a string or a list of strings, found a mapping",
                ".kcplint.yml:6:11: error: invalid pattern `[a-`: `[` is not closed",
                ".kcplint.yml:8:6: error: a rule level is error, warning, info or off, found `loud`",
                ".kcplint.yml:10:12: error: `kind` applies to whole files; a `#/pointer` target cannot have one",
                ".kcplint.yml:12:5: error: a `paths` entry needs `match` (a file pattern, or a list of them)",
                ".kcplint.yml:13:5: error: a `paths` entry needs `kind` or `overrides`, or it changes nothing",
                ".kcplint.yml:14:12: error: the part after `#` is a JSON Pointer and starts with `/`, found `bad`",
            ]
        )
    }

    /// In Korean under `--lang ko`, or when the configuration itself says `language: ko`; a flag wins over it.
    @Test func problemsInKorean() throws {
        func problems(_ text: String, _ language: Language?) -> [String] {
            do {
                _ = try ProjectConfig(source: CatalogueSource(name: ".kcplint.yml", text: text), language: language)
                return []
            } catch {
                return error.problems.map(\.description)
            }
        }
        let text = """
            version: 2
            langauge: ko
            include: {a: b}
            exclude: ["[a-"]
            overrides:
              x: loud
            paths:
              - match: "x.json#/a"
                kind: test
              - kind: test
            suppress:
              - {match: a.json, rules: [], until: soon}
            """
        #expect(
            problems(text, .ko) == [
                ".kcplint.yml:1:10: error: `version`은 1이어야 합니다",
                ".kcplint.yml:2:1: error: 설정에 알 수 없는 키 `langauge`이(가) 있습니다 (`language`을(를) 의도하셨나요?)",
                ".kcplint.yml:3:10: error: `include`은(는) 문자열이나 문자열 목록이어야 하는데 매핑입니다",
                ".kcplint.yml:4:11: error: 잘못된 패턴 `[a-`: `[`가 닫히지 않았습니다",
                ".kcplint.yml:6:6: error: 규칙 수준은 error, warning, info, off 중 하나여야 하는데 `loud`입니다",
                ".kcplint.yml:8:12: error: `kind`는 파일 전체에 적용됩니다. `#/pointer` 대상에는 쓸 수 없습니다",
                ".kcplint.yml:10:5: error: `paths` 항목에 `match`(파일 패턴이나 그 목록)가 필요합니다",
                ".kcplint.yml:12:5: error: `suppress` 항목에 `reason`이(가) 없습니다. 파일, 규칙, 사유가 필요합니다",
            ]
        )
        #expect(problems("language: ko\nversion: 3\n", nil) == [".kcplint.yml:2:10: error: `version`은 1이어야 합니다"])
        #expect(problems("language: ko\nversion: 3\n", .en) == [".kcplint.yml:2:10: error: `version` must be 1"])
        #expect(ProjectConfig.language(writtenIn: "language: ko\nversion: 3\n") == .ko)
        #expect(ProjectConfig.language(writtenIn: "language: [ko\n") == nil)
        let config = try Self.load("overrides:\n  shop-rul: off\npaths:\n  - {match: a.json, kind: tset}\n")
        let catalogue = try #require(Self.catalogue)
        #expect(
            config.problems(in: catalogue, language: .ko).map(\.description) == [
                ".kcplint.yml:2:3: error: 알 수 없는 규칙 `shop-rul` (`shop-rule`을(를) 의도하셨나요?)",
                ".kcplint.yml:4:27: error: 알 수 없는 종류 `tset` (`test`을(를) 의도하셨나요?). 종류: test",
            ]
        )
    }

    @Test func yamlErrorsAreLocated() {
        #expect(
            Self.problems("overrides: [a\n") == [
                ".kcplint.yml:2:1: error: did not find expected ',' or ']'\n.kcplint.yml:1:12: note: while parsing a flow sequence"
            ]
        )
        #expect(Self.problems("a: 1\na: 2\n").first?.hasPrefix(".kcplint.yml:2:1: error: duplicate key 'a'") == true)
        #expect(
            Self.problems("- a\n") == [
                ".kcplint.yml:1:1: error: expected the configuration to be a mapping, found a sequence"
            ]
        )
    }

    @Test func unknownRulesAndKindsAreLocated() throws {
        let config = try Self.load(
            """
            overrides:
              shop-rul: off
            paths:
              - match: a.json
                kind: tset
                overrides: {nope: error}
            """
        )
        let catalogue = try #require(Self.catalogue)
        #expect(
            config.problems(in: catalogue).map(\.description) == [
                ".kcplint.yml:2:3: error: unknown rule `shop-rul` (did you mean `shop-rule`?)",
                ".kcplint.yml:5:11: error: unknown kind `tset` (did you mean `test`?); kinds are test",
                ".kcplint.yml:6:17: error: unknown rule `nope`",
            ]
        )
    }

    @Test func laterPathEntriesWin() throws {
        let config = try Self.load(
            """
            overrides: {r: error}
            paths:
              - match: "*.json"
                overrides: {r: warning}
              - match: "a/*.json"
                overrides: {r: off}
            """
        )
        #expect(config.settings(forPath: "b.json").levels == ["r": .severity(.warning)])
        #expect(config.settings(forPath: "a/b.json").levels == ["r": .off])
        // Entries naming one file apply to that file, in their order among the others, and by its bytes: `K` is not
        // U+212A KELVIN SIGN, though the two are equal as strings.
        let literal = try Self.load(
            """
            paths:
              - match: "a/K.json"
                overrides: {r: info}
              - match: "a/*.json"
                overrides: {r: warning}
              - match: "a/K.json"
                kind: rest-again
            """
        )
        let named = literal.settings(forPath: "a/K.json")
        #expect(named.levels == ["r": .severity(.warning)] && named.kind == "rest-again")
        let lookAlike = literal.settings(forPath: "a/\u{212A}.json")
        #expect(lookAlike.levels == ["r": .severity(.warning)] && lookAlike.kind == nil)
    }

    @Test func pointerLevelsApplyToTheMemberAndBelow() {
        let settings = FileSettings(pointerLevels: [
            .init(pointer: "/bypass", ruleID: "r", level: .severity(.info)),
            .init(pointer: "/bypass/x", ruleID: "r", level: .off),
        ])
        let result = settings.apply(to: [
            Self.diagnostic("/bypass"), Self.diagnostic("/bypass/x"), Self.diagnostic("/bypassed"),
            Self.diagnostic("/bypass/y", "s"),
        ])
        #expect(result.map(\.pointer) == ["/bypass", "/bypassed", "/bypass/y"])
        #expect(result.map(\.severity) == [.info, .error, .error])
    }

    @Test func suppressionsAreReadAndApplied() throws {
        let config = try Self.load(
            """
            suppress:
              - match: ["pay.json#/bypass", "gift/*.json"]
                rules: shop-rule
                reason: "KCP needs it"
                until: 2027-03-31
              - match: pay.json
                rules: [shop-rule, shop-rule]
                reason: editor adds it
            baseline: kcplint-baseline.json
            """
        )
        #expect(config.baseline?.path == "kcplint-baseline.json")
        #expect(config.baseline?.location.description == ".kcplint.yml:9:11")
        #expect(config.suppressions.count == 2)
        let first = try #require(config.suppressions.first)
        #expect(first.ruleIDs == ["shop-rule"])
        #expect(first.reason == "KCP needs it")
        #expect(first.until == "2027-03-31")
        #expect(first.location.description == ".kcplint.yml:2:5")
        #expect(first.untilLocation?.description == ".kcplint.yml:5:12")
        // The whole of 2027-03-31 in Korea time: it ends at 2027-04-01T00:00:00+09:00.
        let end = try #require(ISO8601.parse("2027-04-01T00:00:00+09:00"))
        #expect(first.expiresAt == end)
        #expect(!first.hasExpired(at: end - 1))
        #expect(first.hasExpired(at: end))

        let pay = config.settings(forPath: "pay.json", now: end)
        #expect(
            pay.suppressions == [
                FileSettings.Suppression(index: 0, pointer: "/bypass", ruleIDs: ["shop-rule"], expired: true),
                FileSettings.Suppression(index: 1, pointer: nil, ruleIDs: ["shop-rule", "shop-rule"], expired: false),
            ]
        )
        #expect(config.settings(forPath: "gift/a.json", now: 0).suppressions.map(\.expired) == [false])
        #expect(config.settings(forPath: "other.json").suppressions.isEmpty)

        let catalogue = try #require(Self.catalogue)
        #expect(config.problems(in: catalogue).isEmpty)
    }

    @Test func suppressionsDropFindingsAndSayWhich() {
        let settings = FileSettings(suppressions: [
            .init(index: 4, pointer: "/bypass", ruleIDs: ["r"], expired: false),
            .init(index: 5, pointer: nil, ruleIDs: ["s"], expired: true),
            .init(index: 6, pointer: nil, ruleIDs: ["r", "t"], expired: false),
        ])
        var dropped: [Int] = []
        let result = settings.apply(
            to: [
                Self.diagnostic("/bypass/x"), Self.diagnostic("/amount"), Self.diagnostic("/a", "s"),
                Self.diagnostic("/b", "t"),
                Self.diagnostic("/c", "u"),
            ],
            suppressed: { dropped.append($0) }
        )
        // Every suppression that covers a finding is in use; an expired one covers nothing.
        #expect(dropped == [4, 6, 6, 6])
        #expect(result.map(\.ruleID) == ["s", "u"])
    }

    @Test func suppressionProblemsAreLocated() throws {
        #expect(
            Self.problems(
                """
                suppress:
                  - match: a.json
                    rules: r
                  - match: "b.json#x"
                    rules: r
                    reason: why
                    until: 31.03.2027
                    note: x
                  - {}
                baseline: [a]
                """
            ) == [
                ".kcplint.yml:2:5: error: a `suppress` entry needs `reason`: the files, the rules and why",
                ".kcplint.yml:4:12: error: the part after `#` is a JSON Pointer and starts with `/`, found `x`",
                ".kcplint.yml:7:12: error: `until` is the last day the suppression applies, as YYYY-MM-DD, found `31.03.2027`",
                ".kcplint.yml:8:5: error: unknown key `note` in a `suppress` entry",
                ".kcplint.yml:9:5: error: a `suppress` entry needs `match` and `rules` and `reason`: the files, the rules and why",
                ".kcplint.yml:10:11: error: expected `baseline` to be a string, found a sequence",
            ]
        )
        #expect(
            Self.problems(
                "suppress:\n  - {match: [], rules: [], reason: x, until: [1]}\n  - {match: 'a.json#/x~2', rules: r, reason: y}\n"
            ) == [
                ".kcplint.yml:2:13: error: `match` is empty: name the files",
                ".kcplint.yml:2:24: error: `rules` is empty: name the rules to suppress",
                ".kcplint.yml:2:46: error: `until` is the last day the suppression applies, as YYYY-MM-DD, found a sequence",
                ".kcplint.yml:3:13: error: `~` in a JSON Pointer is `~0` (for `~`) or `~1` (for `/`), found `/x~2`",
            ]
        )
        #expect(
            Self.problems("suppress: {a: b}") == [
                ".kcplint.yml:1:11: error: expected `suppress` to be a list of entries, found a mapping"
            ]
        )
        let config = try Self.load("suppress:\n  - {match: a.json, rules: [shop-rul], reason: x}\n")
        let catalogue = try #require(Self.catalogue)
        #expect(
            config.problems(in: catalogue).map(\.description) == [
                ".kcplint.yml:2:29: error: unknown rule `shop-rul` (did you mean `shop-rule`?)"
            ]
        )
    }

    @Test func overrideSourceLoadsAsACatalogue() throws {
        let source = try #require(ProjectConfig.overrideSource(["shop-rule": .off]))
        let base = try #require(Self.catalogue)
        _ = base
        let catalogue = try Catalogue(sources: [
            CatalogueSource(
                name: "test.yaml",
                text: EngineFixture.catalogue(rules: EngineFixture.rule(id: "shop-rule", assert: "{require: a}"))
            ),
            source,
        ])
        #expect(catalogue.ruleSummaries.first { $0.id == "shop-rule" }?.isEnabled == false)
        #expect(ProjectConfig.overrideSource([:]) == nil)
    }
}
