import KCPLint
import Testing

extension Hardening {
    /// The strict reader against every parsing case of JSONTestSuite: all `y_` accepted, all `n_` rejected with
    /// a located problem, and every `i_` case handled the documented way (README, "Hardening").
    @Suite struct JSONConformanceTests {
        // MARK: - y_: accepted

        @Test(arguments: jsonSuiteAccepted)
        func acceptsEveryValidDocument(_ suiteCase: JSONSuiteCase) throws {
            let result = JSONReader().read(suiteCase.bytes)
            let document = try #require(result.document, "\(suiteCase.name) was rejected: \(result.problems)")
            #expect(!result.problems.contains { $0.kind == .syntax || $0.kind == .limit }, "\(result.problems)")
            // Only y_object_duplicated_key* may draw a (non-fatal) problem.
            if !suiteCase.name.hasPrefix("y_object_duplicated_key") {
                #expect(result.problems.isEmpty, "\(result.problems)")
            }
            #expect(document.byteRange(of: document.root).upperBound <= suiteCase.bytes.count)
        }

        @Test func duplicateKeysAreAcceptedAndReported() throws {
            for name in ["y_object_duplicated_key", "y_object_duplicated_key_and_value"] {
                let suiteCase = try #require(jsonSuiteAccepted.first { $0.name == name })
                let result = JSONReader().read(suiteCase.bytes)
                #expect(result.document != nil)
                #expect(result.problems.map(\.kind) == [.duplicateKey], "\(name)")
                // The second "a" (bytes 9..<12) is the one reported.
                #expect(result.problems.first?.byteRange == 9..<12, "\(name)")
            }
        }

        @Test func acceptedValuesDecodeAsWritten() throws {
            func first(_ name: String) throws -> (JSONDocument, JSONNodeID) {
                let suiteCase = try #require(jsonSuiteAccepted.first { $0.name == name })
                let document = try #require(JSONReader().read(suiteCase.bytes).document)
                let root = document.root
                if document.kind(of: root) == .array, let item = document.items(of: root).first {
                    return (document, item)
                }
                return (document, root)
            }
            var (document, node) = try first("y_string_accepted_surrogate_pair")
            #expect(document.string(of: node) == "\u{10437}")
            (document, node) = try first("y_string_allowed_escapes")
            #expect(document.string(of: node) == "\"\\/\u{8}\u{C}\n\r\t")
            (document, node) = try first("y_string_null_escape")
            #expect(document.string(of: node) == "\u{0}")
            (document, node) = try first("y_string_utf8")
            #expect(document.string(of: node) == "€𝄞")
            #expect(document.scalarCount(ofString: node) == 2)
            #expect(document.utf8Count(ofString: node) == 7)
            (document, node) = try first("y_string_unicode_U+10FFFE_nonchar")
            #expect(document.string(of: node) == "\u{10FFFE}")
            (document, node) = try first("y_number_real_capital_e_neg_exp")
            #expect(document.numberText(of: node) == "1E-2")
            #expect(document.doubleValue(of: node) == 0.01)
            #expect(!document.isIntegerNumber(node))
            (document, node) = try first("y_number_negative_int")
            #expect(document.isIntegerNumber(node))
            #expect(document.doubleValue(of: node) == -123)
            (document, node) = try first("y_object_escaped_null_in_key")
            #expect(document.members(of: document.root).first?.key == "foo\u{0}bar")
            #expect(document.member(of: document.root, named: "foo\u{0}bar") != nil)
            (document, node) = try first("y_structure_lonely_true")
            #expect(document.boolValue(of: node) == true)
        }

        // MARK: - n_: rejected with a position

        @Test(arguments: jsonSuiteRejected)
        func rejectsEveryInvalidDocumentWithAPosition(_ suiteCase: JSONSuiteCase) {
            let result = JSONReader().read(suiteCase.bytes)
            #expect(result.document == nil, "\(suiteCase.name) was accepted")
            let fatal = result.problems.filter { $0.kind == .syntax || $0.kind == .limit }
            #expect(!fatal.isEmpty, "\(suiteCase.name): no json-syntax / json-limit problem in \(result.problems)")
            for problem in result.problems {
                #expect(problem.byteRange.lowerBound >= 0, "\(suiteCase.name): \(problem)")
                #expect(problem.byteRange.upperBound <= suiteCase.bytes.count, "\(suiteCase.name): \(problem)")
                #expect(!problem.message(in: .en).isEmpty)
                #expect(!problem.message(in: .ko).isEmpty)
            }
        }

        @Test(arguments: jsonSuiteRejected)
        func validatorReportsEveryInvalidDocumentAtALineAndColumn(_ suiteCase: JSONSuiteCase) {
            let result = HardeningSupport.standard.validate(suiteCase.bytes, options: ValidationOptions(now: 0))
            let fatal = result.diagnostics.filter { $0.ruleID == "json-syntax" || $0.ruleID == "json-limit" }
            #expect(fatal.count == 1, "\(suiteCase.name): \(result.diagnostics)")
            // A read failure is the only finding besides a BOM warning: no rule runs on an unreadable payload.
            #expect(result.diagnostics.allSatisfy { ["json-syntax", "json-limit", "json-bom"].contains($0.ruleID) })
            for diagnostic in fatal {
                #expect(diagnostic.span.start.line >= 1 && diagnostic.span.start.column >= 1, "\(diagnostic)")
                #expect(diagnostic.byteRange.upperBound <= suiteCase.bytes.count, "\(diagnostic)")
                #expect(diagnostic.pointer == "")
            }
        }

        /// A few exact positions (1-based line:column), so "a position" means the right one.
        @Test(arguments: [
            ("n_array_1_true_without_comma", 1, 4),
            ("n_array_extra_comma", 1, 4),
            ("n_array_newlines_unclosed", 3, 4),
            ("n_number_-01", 1, 3),
            ("n_object_trailing_comment", 1, 10),
            ("n_string_unescaped_newline", 1, 6),
            ("n_structure_end_array", 1, 1),
            ("n_structure_no_data", 1, 1),
            ("n_structure_unclosed_array", 1, 3),
        ])
        func syntaxErrorsPointAtTheOffendingCharacter(_ name: String, _ line: Int, _ column: Int) throws {
            let suiteCase = try #require(jsonSuiteRejected.first { $0.name == name })
            let found = HardeningSupport.standard.validate(suiteCase.bytes, options: ValidationOptions(now: 0))
                .diagnostics
            let syntax = try #require(found.first { $0.ruleID == "json-syntax" }, "\(found)")
            #expect(syntax.span.start == SourcePosition(line: line, column: column), "\(name): \(syntax)")
        }

        // MARK: - i_: documented behaviour, never a crash or a hang

        @Test(arguments: jsonSuiteImplementationDefined)
        func implementationDefinedCasesBehaveAsDocumented(
            _ suiteCase: JSONSuiteCase,
            _ outcome: ImplementationDefinedOutcome
        ) throws {
            let result = JSONReader().read(suiteCase.bytes)
            let reasons = result.problems.map(\.reason)
            switch outcome {
            case .acceptedNumberKeptAsText:
                let document = try #require(result.document, "\(suiteCase.name): \(result.problems)")
                #expect(result.problems.isEmpty)
                let number = try #require(document.items(of: document.root).first)
                let lexeme = String(decoding: suiteCase.bytes.dropFirst().dropLast(), as: UTF8.self)
                #expect(document.numberText(of: number) == lexeme)
                // The Double view saturates instead of trapping.
                let value = try #require(document.doubleValue(of: number))
                #expect(!value.isNaN)
            case .rejectedLoneSurrogate:
                #expect(result.document == nil)
                #expect(result.problems.map(\.kind) == [.syntax])
                #expect(reasons.contains { if case .loneSurrogate = $0 { true } else { false } }, "\(reasons)")
                // At a `\u` escape.
                let start = try #require(result.problems.first?.byteRange.lowerBound)
                #expect(Array(suiteCase.bytes[start...].prefix(2)) == Array(#"\u"#.utf8), "at \(start)")
            case .rejectedInvalidUTF8:
                #expect(result.document == nil)
                #expect(result.problems.map(\.kind) == [.syntax])
                #expect(reasons == [.invalidUTF8], "\(reasons)")
                // At the start of the first ill-formed sequence: everything before it is valid UTF-8.
                let start = try #require(result.problems.first?.byteRange.lowerBound)
                #expect(String(validating: suiteCase.bytes[..<start], as: UTF8.self) != nil, "at \(start)")
                #expect(String(validating: suiteCase.bytes[..<(start + 1)], as: UTF8.self) == nil, "at \(start)")
            case .rejectedWrongEncoding:
                #expect(result.document == nil)
                #expect(result.problems.map(\.kind) == [.syntax])
                #expect(reasons.contains { if case .wrongEncoding = $0 { true } else { false } }, "\(reasons)")
                #expect(result.problems.first?.byteRange == 0..<0)
            case .rejectedTooDeep:
                #expect(result.document == nil)
                #expect(reasons == [.tooDeep(limit: JSONLimits.default.maxDepth)], "\(reasons)")
                // Within a raised limit the same input is fine.
                let raised = JSONReader(limits: JSONLimits(maxDepth: 1_000)).read(suiteCase.bytes)
                #expect(raised.document != nil && raised.problems.isEmpty)
            case .acceptedWithBOM:
                let document = try #require(result.document)
                #expect(document.kind(of: document.root) == .object)
                #expect(result.problems.map(\.kind) == [.bom])
                #expect(result.problems.first?.byteRange == 0..<3)
            }
            for problem in result.problems {
                #expect(problem.byteRange.upperBound <= suiteCase.bytes.count)
            }
        }

        @Test func wrongEncodingsAreNamed() throws {
            let names = Dictionary(
                uniqueKeysWithValues: jsonSuiteImplementationDefined.map { ($0.0.name, $0.0.bytes) }
            )
            func encoding(_ name: String) throws -> String? {
                let bytes = try #require(names[name])
                for problem in JSONReader().read(bytes).problems {
                    if case .wrongEncoding(let encoding) = problem.reason { return encoding }
                }
                return nil
            }
            #expect(try encoding("i_string_UTF-16LE_with_BOM") == "UTF-16LE")
            #expect(try encoding("i_string_utf16BE_no_BOM") == "UTF-16BE")
            #expect(try encoding("i_string_utf16LE_no_BOM") == "UTF-16LE")
            // UTF-32 with and without a byte order mark, `{}`.
            let utf32LE: [UInt8] = [0xFF, 0xFE, 0, 0, 0x7B, 0, 0, 0, 0x7D, 0, 0, 0]
            let utf32BE: [UInt8] = [0, 0, 0, 0x7B, 0, 0, 0, 0x7D]
            var found: [String] = []
            for bytes in [utf32LE, utf32BE] {
                for problem in JSONReader().read(bytes).problems {
                    if case .wrongEncoding(let encoding) = problem.reason { found.append(encoding) }
                }
            }
            #expect(found == ["UTF-32LE", "UTF-32BE"])
        }

        @Test func hundredThousandOpeningBracketsFailFastWithoutRecursion() throws {
            let bytes = [UInt8](repeating: 0x5B, count: 100_000) + [UInt8](repeating: 0x5D, count: 100_000)
            var result: JSONReadResult?
            let seconds = HardeningSupport.seconds { result = JSONReader().read(bytes) }
            #expect(seconds < HardeningSupport.bound(2), "took \(seconds) s")
            let problems = try #require(result?.problems)
            #expect(problems.map(\.kind) == [.limit])
            // Reported where depth 257 is entered.
            #expect(problems.first?.byteRange.lowerBound == 256)
            // Even with the limit lifted, the reader is iterative: no stack overflow at depth 100,000.
            let unlimited = JSONReader(limits: JSONLimits(maxDepth: .max)).read(bytes)
            let document = try #require(unlimited.document)
            #expect(document.count(of: document.root) == 1)
        }

        @Test func everyCaseIsRunOnce() {
            let names = (jsonSuiteAccepted + jsonSuiteRejected + jsonSuiteImplementationDefined.map(\.0)).map(\.name)
            #expect(Set(names).count == names.count)
            #expect(jsonSuiteAccepted.count == 95)
            #expect(jsonSuiteRejected.count == 188)
            #expect(jsonSuiteImplementationDefined.count == 35)
        }
    }
}
