import KCPLint
import Testing

@Suite("YAML reader: syntax errors")
struct YAMLErrorTests {
    @Test func unclosedFlowMappingWithContextNote() throws {
        let source = YAMLMarkedSource("k: 2️⃣{a: 1, b: 2\n1️⃣")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "did not find expected ',' or '}'")
        #expect(error.position == source[1])
        #expect(error.note == YAMLError.Note(message: "while parsing a flow mapping", position: source[2]))
        #expect(
            error.description == "2:1: error: did not find expected ',' or '}' (while parsing a flow mapping at 1:4)"
        )
    }

    @Test func unclosedFlowSequence() throws {
        // The unclosed sequence swallows `다음` as an entry; the `:` after it is where libyaml gives up.
        let source = YAMLMarkedSource("상품: 2️⃣[1, 2\n다음1️⃣: 3\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "did not find expected ',' or ']'")
        #expect(error.position == source[1])
        #expect(error.note == YAMLError.Note(message: "while parsing a flow sequence", position: source[2]))
    }

    @Test func tabIndentation() throws {
        let source = YAMLMarkedSource("a:\n1️⃣\tb: 1\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "found character that cannot start any token")
        #expect(error.position == source[1])
        #expect(error.note?.message == "while scanning for the next token")
    }

    @Test func badIndentation() throws {
        let source = YAMLMarkedSource("2️⃣a:\n  b: 1\n 1️⃣c: 2\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "did not find expected key")
        #expect(error.position == source[1])
        #expect(error.note == YAMLError.Note(message: "while parsing a block mapping", position: source[2]))
    }

    @Test func mappingValueInPlainScalar() throws {
        let source = YAMLMarkedSource("a: 1\n  b1️⃣: 2\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "mapping values are not allowed in this context")
        #expect(error.position == source[1])
        #expect(error.note == nil)
        #expect(error.description == "2:4: error: mapping values are not allowed in this context")
    }

    @Test func unterminatedQuotedScalar() throws {
        let source = YAMLMarkedSource("a: 2️⃣'상품\n1️⃣")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "found unexpected end of stream")
        #expect(error.position == source[1])
        #expect(error.note == YAMLError.Note(message: "while scanning a quoted scalar", position: source[2]))
    }

    @Test func controlCharacterOnLineThree() throws {
        let source = YAMLMarkedSource("a: 1\nb: 상품\nc: \"x1️⃣\u{07}\"\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "control characters are not allowed (U+0007)")
        #expect(error.position == source[1])
        #expect(error.position == yamlPosition(3, 6))
    }

    @Test func invalidUTF8OnLineThree() throws {
        let bytes = Array("a: 1\nb: 상품\nc: 가".utf8) + [0xFF] + Array("\n".utf8)
        let error = try #require(yamlError(bytes: bytes))
        #expect(error.message == "invalid leading UTF-8 octet (byte 0xFF)")
        #expect(error.position == yamlPosition(3, 5))
    }

    @Test func readerErrorAfterTheFirstChunk() throws {
        // libyaml decodes 16 KiB at a time; the offset must still be exact far into the text.
        let lines = (1...2000).map { "k\($0): 값 \($0)" }.joined(separator: "\n")
        let bytes = Array(lines.utf8) + Array("\nbad: ".utf8) + [0xC3, 0x28]
        let error = try #require(yamlError(bytes: bytes))
        // libyaml points at the bad trailing byte `(`, one column after the lead byte 0xC3.
        #expect(error.message == "invalid trailing UTF-8 octet (byte 0x28)")
        #expect(error.position == yamlPosition(2001, 7))
    }

    @Test func inputOverMaxBytes() throws {
        let error = try #require(yamlError("a: 12345\n", limits: YAMLLimits(maxBytes: 8)))
        #expect(error.position == yamlPosition(1, 1))
        #expect(error.message == "input of 9 bytes exceeds the limit of 8 bytes")
    }
}
