import KCPLint
import Testing

@Suite("YAML reader: documents, keys and limits")
struct YAMLStructureTests {
    @Test(arguments: ["", "\n\n", "# only a comment\n", "   "])
    func emptyStreamIsNil(text: String) throws {
        #expect(try YAMLReader.parse(text) == nil)
    }

    @Test func emptyBytesAreNil() throws {
        #expect(try YAMLReader.parse(bytes: []) == nil)
    }

    @Test func explicitEmptyDocumentIsANullScalar() throws {
        let root = try #require(try YAMLReader.parse("---\n...\n"))
        #expect(root.scalar?.resolved == .null)
    }

    @Test func explicitSingleDocumentIsAccepted() throws {
        let root = try #require(try YAMLReader.parse("%YAML 1.1\n---\na: 1\n...\n"))
        #expect(root["a"]?.scalar?.resolved == .int(1))
    }

    @Test func secondDocumentIsAnError() throws {
        let source = YAMLMarkedSource("a: 1\n1️⃣---\nb: 2\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "expected a single document, found a second document")
        #expect(error.position == source[1])
    }

    @Test func secondImplicitDocumentAfterEndMarker() throws {
        let source = YAMLMarkedSource("a: 1\n...\n1️⃣b: 2\n")
        #expect(yamlError(source.text)?.position == source[1])
    }

    @Test func duplicateKeyPointsAtSecondWithNoteAtFirst() throws {
        let source = YAMLMarkedSource("상품:\n  2️⃣id: 1\n  name: x\n  1️⃣id: 2\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "duplicate key 'id'")
        #expect(error.position == source[1])
        #expect(error.note == YAMLError.Note(message: "first defined here", position: source[2]))
        #expect(error.description == "4:3: error: duplicate key 'id' (first defined here at 2:3)")
    }

    @Test func duplicateKeysCompareValuesNotSpelling() throws {
        let source = YAMLMarkedSource("{2️⃣a: 1, 1️⃣\"a\": 2}")
        let error = try #require(yamlError(source.text))
        #expect(error.position == source[1])
        #expect(error.note?.position == source[2])
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let root = try #require(try YAMLReader.parse("a: {id: 1}\nb: {id: 2}\n"))
        #expect(root["b"]?["id"]?.scalar?.resolved == .int(2))
    }

    @Test func nonScalarKeyIsAnError() throws {
        let source = YAMLMarkedSource("? 1️⃣[a, b]\n: c\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "only scalar keys are supported, found a sequence")
        #expect(error.position == source[1])
    }

    @Test func mergeKeyIsAnOrdinaryKey() throws {
        let root = try #require(try YAMLReader.parse("base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n"))
        let use = try #require(root["use"])
        #expect(use.mapping?.map { $0.key.scalar?.value } == ["<<", "y"])
        #expect(use["x"] == nil)
        #expect(use["<<"]?["x"]?.scalar?.resolved == .int(1))
    }

    @Test func accessorsAndKindNames() throws {
        let root = try #require(try YAMLReader.parse("m: {a: 1}\ns: [1]\nv: x\n"))
        #expect(root.kindName == "mapping")
        #expect(root["m"]?.kindName == "mapping")
        #expect(root["s"]?.kindName == "sequence")
        #expect(root["v"]?.kindName == "scalar")
        #expect(root["v"]?.mapping == nil)
        #expect(root["v"]?.sequence == nil)
        #expect(root["s"]?.scalar == nil)
        #expect(root["s"]?["a"] == nil)
        #expect(root["missing"] == nil)
    }

    @Test func tagsAndAnchorsAreRecorded() throws {
        let root = try #require(try YAMLReader.parse("a: !!str 12\nb: !local x\nc: ! 12\nd: &n !!map {}\n"))
        #expect(root["a"]?.tag == "!!str")
        #expect(root["a"]?.scalar?.tag == "!!str")
        #expect(root["b"]?.tag == "!local")
        #expect(root["c"]?.tag == "!")
        #expect(root["c"]?.scalar?.resolved == .string("12"))
        #expect(root["d"]?.tag == "!!map")
        #expect(root["d"]?.anchor == "n")
        #expect(root.tag == nil)
    }

    @Test func nulInsideDoubleQuotedValueIsKept() throws {
        let root = try #require(try YAMLReader.parse("a: \"x\\0y\"\n"))
        let value = try #require(root["a"]?.scalar?.value)
        #expect(Array(value.utf8) == [0x78, 0x00, 0x79])
    }

    @Test func nestingDeeperThanMaxDepth() throws {
        let limits = YAMLLimits(maxDepth: 256)
        let ok = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(try YAMLReader.parse(ok, limits: limits) != nil)
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        let error = try #require(yamlError(tooDeep, limits: limits))
        #expect(error.message == "nesting exceeds the maximum depth of 256")
        #expect(error.position == yamlPosition(1, 257))
    }

    @Test func veryDeepInputFailsFastWithoutRecursion() throws {
        let text = String(repeating: "[", count: 200_000)
        let error = try #require(yamlError(text))
        #expect(error.message == "nesting exceeds the maximum depth of 256")
    }

    @Test func nodeBudgetWithoutAliases() throws {
        let error = try #require(yamlError("[1, 2, 3, 4]", limits: YAMLLimits(maxNodes: 4)))
        #expect(error.message == "document exceeds the budget of 4 nodes")
        #expect(error.position == yamlPosition(1, 11))
    }
}
