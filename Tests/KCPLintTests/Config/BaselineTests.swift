import Testing

@testable import KCPLint

@Suite struct BaselineTests {
    static func finding(_ ruleID: String, _ pointer: String, line: Int = 1, message: String = "m") -> Diagnostic {
        Diagnostic(
            ruleID: ruleID,
            severity: .warning,
            message: message,
            pointer: pointer,
            span: SourceSpan(start: SourcePosition(line: line, column: 1)),
            byteRange: 0..<0
        )
    }

    @Test func writtenSortedAndReadBack() throws {
        var baseline = Baseline()
        baseline.add([Self.finding("field-unknown", "/b"), Self.finding("field-unknown", "/a")], path: "z.json")
        baseline.add(
            [
                Self.finding("amount-missing", "/amount", message: "`amount` \"x\""),
                Self.finding("amount-missing", "/amount"),
            ],
            path: "a/pay.json"
        )
        let json = baseline.json()
        #expect(
            json == """
                {"version":1,"findings":[
                {"path":"a/pay.json","ruleId":"amount-missing","pointer":"/amount","count":2,"message":"`amount` \\"x\\""},
                {"path":"z.json","ruleId":"field-unknown","pointer":"/a","count":1,"message":"m"},
                {"path":"z.json","ruleId":"field-unknown","pointer":"/b","count":1,"message":"m"}
                ]}

                """
        )
        let read = try Baseline(json: Array(json.utf8))
        #expect(read.files.mapValues { $0.mapValues(\.count) } == baseline.files.mapValues { $0.mapValues(\.count) })
        // Entries remember their line in the file, for stale-entry findings.
        #expect(read.files["z.json"]?[Baseline.Key(ruleID: "field-unknown", pointer: "/b")]?.position.line == 4)
        #expect(read.json() == json)
        #expect(Baseline().json() == "{\"version\":1,\"findings\":[\n]}\n")
    }

    @Test func applyMatchesByRuleAndPointerUpToTheCount() throws {
        let baseline = try Baseline(
            json: Array(
                """
                {"version":1,"findings":[
                {"path":"pay.json","ruleId":"field-unknown","pointer":"/foo","count":2,"message":"old text"},
                {"path":"pay.json","ruleId":"field-type","pointer":"/amount","count":1},
                {"path":"pay.json","ruleId":"vat-deprecated","pointer":"/vat"}
                ]}
                """.utf8
            )
        )
        // Line, column and message do not matter; a third `/foo` finding is new, as is one at another pointer.
        let findings = [
            Self.finding("field-unknown", "/foo", line: 9, message: "reworded"),
            Self.finding("field-unknown", "/foo", line: 12),
            Self.finding("field-unknown", "/foo", line: 14),
            Self.finding("field-unknown", "/bar"),
            Self.finding("field-type", "/amount"),
        ]
        let outcome = baseline.apply(to: findings, path: "pay.json")
        #expect(outcome.matched == 3)
        #expect(outcome.kept.map(\.span.start.line) == [14, 1])
        #expect(outcome.kept.map(\.pointer) == ["/foo", "/bar"])
        // `vat-deprecated` (count 1 by default) was not found: stale.
        #expect(outcome.stale.map(\.key.ruleID) == ["vat-deprecated"])
        #expect(outcome.stale.map(\.missing) == [1])
        #expect(outcome.stale.first?.entry.position == SourcePosition(line: 4, column: 1))
        // Another file's findings pass untouched.
        #expect(baseline.apply(to: findings, path: "other.json").kept.count == 5)
    }

    @Test func problemsAreLocated() {
        func problem(_ text: String) -> String? {
            do {
                _ = try Baseline(json: Array(text.utf8))
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem("{\"version\":1,\"findings\":[}")?.hasPrefix("1:26: ") == true)
        #expect(problem("[]") == "1:1: a baseline is an object with `version` and `findings`")
        #expect(problem("{\"version\":2,\"findings\":[]}") == "1:1: a baseline needs `\"version\": 1`")
        #expect(problem("{\"version\":1}") == "1:1: a baseline needs `findings`, a list")
        // In Korean too.
        do {
            _ = try Baseline(json: Array("{\"version\":1}".utf8))
            Issue.record("a baseline without findings was read")
        } catch {
            #expect(error.reason.ko == "기준선에는 목록인 `findings`가 있어야 합니다")
        }
        #expect(problem("{\"version\":1,\"findings\":[\n3]}") == "2:1: a baseline entry is an object")
        #expect(
            problem("{\"version\":1,\"findings\":[\n{\"path\":\"a\",\"ruleId\":\"r\"}]}")
                == "2:1: a baseline entry needs `pointer`, a string"
        )
        #expect(
            problem("{\"version\":1,\"findings\":[{\"path\":\"a\",\"ruleId\":\"r\",\"pointer\":\"\",\"count\":0}]}")
                == "1:72: `count` is a whole number from 1 to 1000000000"
        )
        #expect(
            problem("{\"version\":1,\"version\":1,\"findings\":[]}")?.contains("duplicate") == true
        )
        #expect(problem("{\"version\":1,\"findings\":[]}") == nil)
        // Counts at the limit add up without overflowing.
        let twice =
            "{\"version\":1,\"findings\":["
            + Array(
                repeating: "{\"path\":\"a\",\"ruleId\":\"r\",\"pointer\":\"\",\"count\":1000000000}",
                count: 2
            ).joined(separator: ",") + "]}"
        #expect(problem(twice) == nil)
        #expect((try? Baseline(json: Array(twice.utf8)))?.findingCount == Baseline.maxCount)
        #expect(
            problem(
                "{\"version\":1,\"findings\":[{\"path\":\"a\",\"ruleId\":\"r\",\"pointer\":\"\",\"count\":5000000000000000000}]}"
            ) != nil
        )
    }
}
