import KCPLint
import Testing

extension Hardening {
    /// Inputs found by the fuzz targets in `Fuzz/` (each crash, minimized, inline), plus small exhaustive
    /// sweeps that run the same invariants as the fuzzers on every short input.
    @Suite struct FuzzRegressionTests {
        /// Bytes that matter to the JSON and YAML grammars, plus a few that must be rejected.
        static let alphabet: [UInt8] =
            Array(#"{}[]:,"\/-+.0123456789eEtrfalsnu #&*!|>'"#.utf8)
            + [0x00, 0x09, 0x0A, 0x0D, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xEF, 0xBB, 0xF0, 0xFE, 0xFF]

        /// Checks what the fuzz targets check on one reader result.
        static func checkRead(_ bytes: [UInt8], _ result: JSONReadResult) {
            let fatal = result.problems.contains { $0.kind == .syntax || $0.kind == .limit }
            #expect(fatal == (result.document == nil), "\(bytes): \(result.problems)")
            for problem in result.problems {
                #expect(problem.byteRange.upperBound <= bytes.count, "\(bytes): \(problem)")
            }
            guard let document = result.document else { return }
            var stack = [document.root]
            while let node = stack.popLast() {
                #expect(document.byteRange(of: node).upperBound <= bytes.count)
                if let string = document.string(of: node) {
                    #expect(document.utf8Count(ofString: node) == string.utf8.count, "\(bytes)")
                    #expect(document.scalarCount(ofString: node) == string.unicodeScalars.count, "\(bytes)")
                    #expect(document.stringEquals(node, Array(string.utf8)), "\(bytes)")
                }
                if let number = document.numberText(of: node) {
                    #expect(document.doubleValue(of: node)?.isNaN == false, "\(number)")
                }
                stack += document.items(of: node)
                stack += document.members(of: node).map(\.value)
            }
        }

        /// FuzzValidator, first run: a key starting with a combining mark (U+031A). The pointer is right; the
        /// fuzzer's own check compared `Character`s, and `/` plus the mark form one `Character`.
        @Test func pointerOfAKeyStartingWithACombiningMark() throws {
            let payload: [UInt8] =
                Array(#"{"customer_uid":"c-1","merchant_uid":"m","amount":1000,""#.utf8)
                + [0xCC, 0x9A, 0xC7, 0x9E] + Array(#"ard_number":"4111111111111111"}"#.utf8)
            for kind in ["rest-again", "rest-onetime"] {
                let found = HardeningSupport.standard.validate(payload, options: ValidationOptions(kind: kind, now: 0))
                let unknown = try #require(
                    found.diagnostics.first { $0.ruleID == "field-unknown" },
                    "\(found.diagnostics)"
                )
                #expect(unknown.pointer == "/\u{31A}\u{1DE}ard_number")
                #expect(unknown.pointer.utf8.first == UInt8(ascii: "/"))
                #expect(!unknown.pointer.hasPrefix("/"))  // Character semantics: "/\u{31A}" is one Character.
                #expect(unknown.span.start == SourcePosition(line: 1, column: 56))
            }
        }

        /// FuzzValidator, fourth session: a merchant_uid of 370 bytes, mostly spaces, reported with its value. The
        /// copy for the message stops after 320 bytes, the spaces fold to one, and the ASCII cut then asked for
        /// more bytes than were left (an index out of range).
        @Test func longValueOfFoldedSpacesIsCutSafely() throws {
            let spaces = String(repeating: " ", count: 150)
            let text = #"{"merchant_uid":"order^i9-0\#(spaces)/schedules/1/name\#(spaces)0 5 1", "birnt":3000}"#
            for kind in ["rest-again", "rest-onetime"] {
                let found = HardeningSupport.standard.validate(text, options: ValidationOptions(kind: kind, now: 0))
                let long = try #require(found.diagnostics.first { $0.pointer == "/merchant_uid" }, "\(found)")
                #expect(long.ruleID == "field-length")
            }
        }

        /// libyaml's reader errors (bad UTF-8, control characters) carry no mark of their own; they must still
        /// point at the offending line, as the catalogue fuzzer checks.
        @Test func yamlReaderErrorsAreLocatedAtTheOffendingByte() throws {
            let cases: [([UInt8], Int)] = [
                (Array("catalogue: x\nversion: 1\nrules: [".utf8) + [0xFF] + Array("]\n".utf8), 3),
                (Array("catalogue: x\nversion: 1\n\ndescription: \"a".utf8) + [0x01] + Array("\"\n".utf8), 4),
                (Array("a: 1\nb: ".utf8) + [0xED, 0xA0, 0x80] + Array("\n".utf8), 2),
            ]
            for (bytes, line) in cases {
                do {
                    _ = try YAMLReader.parse(bytes: bytes)
                    Issue.record("\(bytes) was read")
                } catch {
                    #expect(error.position.line == line, "\(error)")
                    #expect(error.position.column >= 1)
                }
            }
            // Through the catalogue API (a String: a control character, since Strings are valid Unicode).
            do {
                _ = try Catalogue(sources: [
                    CatalogueSource(name: "ctl.yaml", text: "catalogue: x\nversion: 1\nx: \u{7}\n")
                ])
                Issue.record("a control character was accepted")
            } catch {
                #expect(error.problems.first?.location.position.line == 3, "\(error)")
            }
        }

        @Test func everyInputOfUpToTwoBytesReadsWithoutATrap() {
            var accepted = 0
            for first in 0...255 {
                let one = [UInt8(first)]
                Self.checkRead(one, JSONReader().read(one))
                for second in 0...255 {
                    let two = [UInt8(first), UInt8(second)]
                    let result = JSONReader().read(two)
                    if result.document != nil { accepted += 1 }
                    Self.checkRead(two, result)
                }
            }
            // 0-9 followed by whitespace or a digit, `""`, `[]`, `{}`, and a digit after whitespace.
            #expect(accepted > 100)
        }

        @Test func everyThreeByteInputOverTheGrammarAlphabet() {
            for a in Self.alphabet {
                for b in Self.alphabet {
                    for c in Self.alphabet {
                        let bytes = [a, b, c]
                        Self.checkRead(
                            bytes,
                            JSONReader(limits: JSONLimits(maxDepth: 2, maxStringBytes: 1)).read(bytes)
                        )
                    }
                }
            }
        }

        @Test func everyShortPayloadThroughTheValidatorWithEveryKind() {
            let kinds: [String?] = HardeningSupport.standard.catalogue.kindIDs.map { $0 } + [nil]
            let shapes = ["{}", "[]", "[{}]", "[{},1]", #"{"":0}"#, #"{"amount":-0}"#, #"{"schedules":[{}]}"#]
            var payloads = shapes.map { Array($0.utf8) }
            for a in Self.alphabet {
                for b in Self.alphabet { payloads.append([a, b]) }
            }
            for payload in payloads {
                for kind in kinds {
                    let result = HardeningSupport.standard.validate(
                        payload,
                        options: ValidationOptions(kind: kind, now: 0)
                    )
                    for diagnostic in result.diagnostics {
                        #expect(diagnostic.byteRange.upperBound <= payload.count, "\(payload) \(diagnostic)")
                        #expect(diagnostic.span.start.line >= 1 && diagnostic.span.start.column >= 1)
                    }
                }
            }
        }

        /// A baseline file is input too: every prefix of one, and every byte of it replaced by each byte of the
        /// alphabet, reads or fails with a located problem, and what reads writes back and reads again.
        @Test func everyMutationOfABaselineReadsOrFailsLocated() {
            let text = Array(
                #"{"version":1,"findings":[\#n{"path":"a/p.json","ruleId":"field-unknown","pointer":"/x~1y","count":2,"message":"`x` \"q\""},\#n{"path":"b.json","ruleId":"json-syntax","pointer":"","count":1000000000}\#n]}"#
                    .utf8
            )
            var inputs = (0...text.count).map { Array(text[..<$0]) }
            for index in text.indices {
                for byte in Self.alphabet {
                    var mutated = text
                    mutated[index] = byte
                    inputs.append(mutated)
                }
            }
            var read = 0
            for input in inputs {
                do {
                    let baseline = try Baseline(json: input)
                    read += 1
                    let again = try Baseline(json: Array(baseline.json().utf8))
                    #expect(again.findingCount == baseline.findingCount, "\(input)")
                } catch {
                    if let position = error.position {
                        #expect(position.line >= 1 && position.line <= 5 && position.column >= 1, "\(input): \(error)")
                    }
                }
            }
            #expect(read > 100)
        }

        /// The same for a configuration with `suppress` and `baseline` entries (read with libyaml).
        @Test func everyMutationOfASuppressConfigurationLoadsOrFailsLocated() {
            let text = Array(
                "suppress:\n  - match: [\"a/*.json#/x~1y\", b.json]\n    rules: [r, s]\n    reason: 'why'\n    until: 2027-03-31\nbaseline: b.json\n"
                    .utf8
            )
            for index in text.indices {
                for byte in Self.alphabet {
                    var mutated = text
                    mutated[index] = byte
                    do {
                        _ = try ProjectConfig(
                            source: CatalogueSource(
                                name: ".kcplint.yml",
                                text: String(decoding: mutated, as: UTF8.self)
                            )
                        )
                    } catch {
                        for problem in error.problems {
                            #expect(problem.location.position.line >= 1 && problem.location.position.column >= 1)
                        }
                    }
                }
            }
        }

        @Test func everyShortYAMLTextThroughTheCatalogueLoader() {
            for a in Self.alphabet {
                for b in Self.alphabet {
                    let text = String(decoding: [a, b], as: UTF8.self)
                    do {
                        _ = try Catalogue(sources: [CatalogueSource(name: "short.yaml", text: text)])
                        Issue.record("\(text.debugDescription) loaded as a catalogue")
                    } catch {
                        #expect(!error.problems.isEmpty)
                        for problem in error.problems {
                            #expect(problem.location.position.line >= 1 && problem.location.position.column >= 1)
                        }
                    }
                }
            }
        }
    }
}
