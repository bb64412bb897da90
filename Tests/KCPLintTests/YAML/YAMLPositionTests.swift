import KCPLint
import Testing

@Suite("YAML reader: positions")
struct YAMLPositionTests {
    @Test func scalarAfterKoreanTextEndsAtColumnTwelve() throws {
        let source = YAMLMarkedSource("1️⃣name2️⃣: 3️⃣\"상품명\"4️⃣\n")
        let root = try #require(try YAMLReader.parse(source.text))
        let pair = try #require(root.mapping?.first)
        #expect(pair.key.span == SourceSpan(start: source[1], end: source[2]))
        #expect(pair.value.span == SourceSpan(start: source[3], end: source[4]))
        #expect(pair.value.span == yamlSpan(1, 7, 1, 12))
        #expect(pair.value.scalar == YAMLScalar(value: "상품명", style: .doubleQuoted))
    }

    @Test func plainScalarsAfterHangulKeys() throws {
        let source = YAMLMarkedSource("상품: 1️⃣가나다2️⃣ # 설명\n가격: 3️⃣1000004️⃣\n")
        let root = try #require(try YAMLReader.parse(source.text))
        #expect(root["상품"]?.span == SourceSpan(start: source[1], end: source[2]))
        #expect(root["가격"]?.span == SourceSpan(start: source[3], end: source[4]))
        #expect(root["가격"]?.span == yamlSpan(2, 5, 2, 11))
    }

    @Test func blockMappingAndSequenceSpans() throws {
        let source = YAMLMarkedSource("1️⃣items:\n  2️⃣- 3️⃣id: 1\n    name: 상품\n  - id: 2\n4️⃣")
        let root = try #require(try YAMLReader.parse(source.text))
        #expect(root.span == SourceSpan(start: source[1], end: source[4]))
        let items = try #require(root["items"])
        #expect(items.kindName == "sequence")
        #expect(items.span == SourceSpan(start: source[2], end: source[4]))
        let first = try #require(items.sequence?.first)
        #expect(first.kindName == "mapping")
        #expect(first.span.start == source[3])
        #expect(first["name"]?.span == yamlSpan(3, 11, 3, 13))
    }

    @Test func indentlessSequenceSpan() throws {
        let source = YAMLMarkedSource("a:\n1️⃣- 1\n- 2\n2️⃣b: 3\n")
        let root = try #require(try YAMLReader.parse(source.text))
        #expect(root["a"]?.span == SourceSpan(start: source[1], end: source[2]))
    }

    @Test func flowCollectionSpans() throws {
        let source = YAMLMarkedSource("k: 1️⃣{a: 2️⃣[1, 3️⃣\"두\"4️⃣]5️⃣, b: {}}6️⃣\n")
        let root = try #require(try YAMLReader.parse(source.text))
        let mapping = try #require(root["k"])
        #expect(mapping.span == SourceSpan(start: source[1], end: source[6]))
        let sequence = try #require(mapping["a"])
        #expect(sequence.span == SourceSpan(start: source[2], end: source[5]))
        #expect(sequence.sequence?.last?.span == SourceSpan(start: source[3], end: source[4]))
        #expect(mapping["b"]?.mapping == [])
    }

    @Test func literalBlockScalarSpansItsLines() throws {
        let source = YAMLMarkedSource("text: 1️⃣|\n  첫 줄\n  둘째 줄\n2️⃣next: 1\n")
        let root = try #require(try YAMLReader.parse(source.text))
        let text = try #require(root["text"])
        #expect(text.span == SourceSpan(start: source[1], end: source[2]))
        #expect(text.scalar == YAMLScalar(value: "첫 줄\n둘째 줄\n", style: .literal))
        #expect(root["next"]?.span == yamlSpan(4, 7, 4, 8))
    }

    @Test func foldedAndMultiLinePlainScalars() throws {
        let source = YAMLMarkedSource("a: 1️⃣>-\n  one\n  two\n2️⃣b: 3️⃣plain\n  continued4️⃣\n")
        let root = try #require(try YAMLReader.parse(source.text))
        #expect(root["a"]?.span == SourceSpan(start: source[1], end: source[2]))
        #expect(root["a"]?.scalar == YAMLScalar(value: "one two", style: .folded))
        #expect(root["b"]?.span == SourceSpan(start: source[3], end: source[4]))
        #expect(root["b"]?.scalar?.value == "plain continued")
    }

    @Test func crlfLineBreaks() throws {
        let root = try #require(try YAMLReader.parse("a: 1\r\nb: \"상\"\r\n"))
        #expect(root["b"]?.span == yamlSpan(2, 4, 2, 7))
    }

    @Test func byteOrderMarkKeepsLineTablePositions() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8)
        let table = LineTable(bytes)
        let root = try #require(try YAMLReader.parse(bytes: bytes))
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.span.start == table.position(ofByte: 3))
        #expect(pairs[0].value.span.start == table.position(ofByte: 6))
        #expect(pairs[1].key.span.start == yamlPosition(2, 1))
        #expect(root["a"]?.scalar?.resolved == .int(1))
    }

    @Test func yaml11LineBreaksDoNotShiftLines() throws {
        // libyaml breaks lines at U+2028 and U+0085; the project (like YAML 1.2 and JSON) does not.
        let source = YAMLMarkedSource("a: 1️⃣'x\u{2028}y'2️⃣\n3️⃣b: '\u{85}'\nc: 4️⃣1\n")
        let root = try #require(try YAMLReader.parse(source.text))
        #expect(root["a"]?.span == SourceSpan(start: source[1], end: source[2]))
        #expect(root.mapping?[1].key.span.start == source[3])
        #expect(root["c"]?.span.start == source[4])
        #expect(root["c"]?.span.start == yamlPosition(3, 4))
    }

    @Test func unicodeLineBreakPositionsInLongTexts() throws {
        let filler = String(repeating: "가", count: 700)
        let source = YAMLMarkedSource("a: '\(filler)\u{2028}\(filler)'\nb: 1️⃣[x, 2️⃣y]\n")
        let root = try #require(try YAMLReader.parse(source.text))
        #expect(root["b"]?.span.start == source[1])
        #expect(root["b"]?.sequence?.last?.span.start == source[2])
    }

    @Test func errorPositionsUseTheSameMapping() {
        let source = YAMLMarkedSource("a: '\u{2028}'\nb: 1️⃣}\n")
        #expect(yamlError(source.text)?.position == source[1])
    }
}

@Suite("YAML reader: byte order mark")
struct YAMLByteOrderMarkTests {
    private let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func indentationAfterTheMarkIsUnchanged() throws {
        let bytes = mark + Array("a:\n  b: 1\nc:\n  - 2\n".utf8)
        let root = try #require(try YAMLReader.parse(bytes: bytes))
        #expect(root["a"]?["b"]?.span == yamlSpan(2, 6, 2, 7))
        #expect(root["c"]?.sequence?.first?.span == yamlSpan(4, 5, 4, 6))
        #expect(root.mapping?.first?.key.span == yamlSpan(1, 2, 1, 3))
    }

    @Test func errorOnTheFirstLine() throws {
        let bytes = mark + Array("a: [1\n".utf8)
        let error = try #require(yamlError(bytes: bytes))
        #expect(error.note?.position == LineTable(bytes).position(ofByte: 6))
    }

    @Test func readerErrorOffsetCountsTheMark() throws {
        let bytes = mark + Array("a: x".utf8) + [0x07]
        let error = try #require(yamlError(bytes: bytes))
        #expect(error.position == LineTable(bytes).position(ofByte: 7))
        #expect(error.position == yamlPosition(1, 6))
    }

    @Test func markWithUnicodeLineBreaks() throws {
        let bytes = mark + Array("a: '\u{2028}'\nb: 1\n".utf8)
        let root = try #require(try YAMLReader.parse(bytes: bytes))
        #expect(root.mapping?.first?.key.span.start == yamlPosition(1, 2))
        #expect(root["a"]?.span == yamlSpan(1, 5, 1, 8))
        #expect(root["b"]?.span == yamlSpan(2, 4, 2, 5))
    }

    @Test func stringWithMarkAgreesWithBytes() throws {
        let text = "\u{FEFF}a: 1\nb: 2\n"
        #expect(try YAMLReader.parse(text) == YAMLReader.parse(bytes: mark + Array("a: 1\nb: 2\n".utf8)))
    }

    @Test func onlyAMark() throws {
        #expect(try YAMLReader.parse(bytes: mark) == nil)
    }
}
