import Testing

@testable import KCPLint

/// Reads `text`, recording an issue when it does not produce a document without problems.
private func readJSONDocument(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONDocument? {
    let result = JSONReader().read(Array(text.utf8))
    #expect(result.problems.isEmpty, "\(result.problems)", sourceLocation: sourceLocation)
    #expect(result.document != nil, sourceLocation: sourceLocation)
    return result.document
}

/// The text of `range` in `document`.
private func jsonSlice(_ document: JSONDocument, _ range: Range<Int>) -> String {
    String(decoding: document.bytes[range], as: UTF8.self)
}

@Suite("JSON document accessors")
struct JSONDocumentTests {
    @Test("members keep document order, key ranges and value ranges")
    func members() throws {
        let text = #"{"pg": "kcp", "amount": 1000, "상품명": "커피", "x": [1, {}], "n": null}"#
        let doc = try #require(readJSONDocument(text))
        let root = doc.root
        #expect(doc.kind(of: root) == .object)
        #expect(doc.count(of: root) == 5)
        let members = doc.members(of: root)
        #expect(members.count == 5)
        #expect(members.map(\.key) == ["pg", "amount", "상품명", "x", "n"])
        #expect(members.map { jsonSlice(doc, $0.keyRange) } == [#""pg""#, #""amount""#, #""상품명""#, #""x""#, #""n""#])
        let values = members.map { jsonSlice(doc, doc.byteRange(of: $0.value)) }
        #expect(values == [#""kcp""#, "1000", #""커피""#, "[1, {}]", "null"])
        #expect(members.map { doc.kind(of: $0.value) } == [.string, .number, .string, .array, .null])
        #expect(members[1].keyRange == 14..<22)
        #expect(doc.byteRange(of: root) == 0..<doc.bytes.count)
        #expect(Array(members.indices) == [0, 1, 2, 3, 4])
        #expect(members.last?.key == "n")
        #expect(doc.members(of: members[0].value).isEmpty)
        #expect(doc.members(of: members[3].value).isEmpty)
    }

    @Test("member lookup compares decoded keys and returns the first match")
    func memberLookup() throws {
        let doc = try #require(
            JSONReader().read(
                Array(
                    #"{"\u0061mount": 5, "na\"me": "x", "상품명": 1, "amount": 6, "": 0, "long_key_name_over_15": 7}"#.utf8
                )
            ).document
        )
        let root = doc.root
        #expect(doc.member(of: root, named: "amount").map { doc.numberText(of: $0.value) } == "5")
        #expect(doc.member(of: root, named: "amount")?.keyRange == 1..<14)
        #expect(doc.member(of: root, named: "na\"me").map { doc.string(of: $0.value) } == "x")
        #expect(doc.member(of: root, named: "상품명").map { doc.numberText(of: $0.value) } == "1")
        #expect(doc.member(of: root, named: "").map { doc.numberText(of: $0.value) } == "0")
        #expect(doc.member(of: root, named: "long_key_name_over_15").map { doc.numberText(of: $0.value) } == "7")
        #expect(doc.member(of: root, named: "amoun") == nil)
        #expect(doc.member(of: root, named: "amounts") == nil)
        #expect(doc.member(of: root, named: "Amount") == nil)
        #expect(doc.members(of: root)[0].key == "amount")
        // Lookup on a non-object.
        let array = try #require(readJSONDocument("[1]"))
        #expect(array.member(of: array.root, named: "0") == nil)
    }

    @Test("items of arrays, in order")
    func items() throws {
        let doc = try #require(readJSONDocument(#"[1, "a", [2, 3], {"k": []}, true, false, null]"#))
        let items = doc.items(of: doc.root)
        #expect(items.count == 7)
        #expect(doc.count(of: doc.root) == 7)
        #expect(items.map { doc.kind(of: $0) } == [.number, .string, .array, .object, .true, .false, .null])
        let texts = items.map { jsonSlice(doc, doc.byteRange(of: $0)) }
        #expect(texts == ["1", #""a""#, "[2, 3]", #"{"k": []}"#, "true", "false", "null"])
        #expect(doc.items(of: items[2]).map { doc.numberText(of: $0) } == ["2", "3"])
        let inner = try #require(doc.member(of: items[3], named: "k"))
        #expect(doc.items(of: inner.value).isEmpty)
        #expect(doc.count(of: inner.value) == 0)
        #expect(doc.items(of: items[3]).isEmpty)
        #expect(doc.count(of: items[0]) == 0)
        #expect(doc.boolValue(of: items[4]) == true)
        #expect(doc.boolValue(of: items[5]) == false)
        #expect(doc.boolValue(of: items[6]) == nil)
        #expect(doc.boolValue(of: items[0]) == nil)
    }

    @Test("nested containers report their own children")
    func nesting() throws {
        let doc = try #require(readJSONDocument(#"{"a": {"b": [[1, 2], [3]], "c": {"d": "e"}}, "f": [4]}"#))
        let a = try #require(doc.member(of: doc.root, named: "a")).value
        let b = try #require(doc.member(of: a, named: "b")).value
        #expect(doc.items(of: b).map { doc.count(of: $0) } == [2, 1])
        #expect(doc.items(of: b).flatMap { doc.items(of: $0) }.map { doc.numberText(of: $0) } == ["1", "2", "3"])
        let c = try #require(doc.member(of: a, named: "c")).value
        #expect(doc.member(of: c, named: "d").flatMap { doc.string(of: $0.value) } == "e")
        let f = try #require(doc.member(of: doc.root, named: "f")).value
        #expect(doc.items(of: f).map { doc.numberText(of: $0) } == ["4"])
        #expect(doc.members(of: doc.root).map(\.key) == ["a", "f"])
    }

    @Test("string decoding resolves every escape, surrogate pairs and NUL")
    func strings() throws {
        let doc = try #require(
            readJSONDocument(
                #"["plain", "\"\\\/\b\f\n\r\t", "\u0041\u00e9\uAC00", "\ud83d\ude00", "a\u0000b", "", "상품명"]"#
            )
        )
        let values = doc.items(of: doc.root).map { doc.string(of: $0) }
        #expect(values == ["plain", "\"\\/\u{8}\u{C}\n\r\t", "Aé가", "😀", "a\u{0}b", "", "상품명"])
        #expect(doc.string(of: doc.root) == nil)
        let items = doc.items(of: doc.root)
        #expect(doc.stringEquals(items[0], Array("plain".utf8)))
        #expect(!doc.stringEquals(items[0], Array("plai".utf8)))
        #expect(!doc.stringEquals(items[0], Array("plainx".utf8)))
        #expect(doc.stringEquals(items[2], Array("Aé가".utf8)))
        #expect(!doc.stringEquals(items[2], Array("Aé".utf8)))
        #expect(!doc.stringEquals(items[2], Array("Aé가나".utf8)))
        #expect(doc.stringEquals(items[3], Array("😀".utf8)))
        #expect(doc.stringEquals(items[4], [0x61, 0x00, 0x62]))
        #expect(doc.stringEquals(items[5], []))
        #expect(doc.stringEquals(items[6], Array("상품명".utf8)))
        #expect(!doc.stringEquals(doc.root, []))
        #expect(doc.byteRange(of: items[3]) == 52..<66)
    }

    @Test("string sizes count decoded UTF-8 bytes and scalars")
    func stringSizes() throws {
        let doc = try #require(readJSONDocument(#"["상품명", "\uc0c1품", "a\u00e9\ud83d\ude00", "", "abc", "\n"]"#))
        let items = doc.items(of: doc.root)
        #expect(items.map { doc.utf8Count(ofString: $0) } == [9, 6, 7, 0, 3, 1])
        #expect(items.map { doc.scalarCount(ofString: $0) } == [3, 2, 3, 0, 3, 1])
        #expect(doc.utf8Count(ofString: doc.root) == nil)
        #expect(doc.scalarCount(ofString: doc.root) == nil)
    }

    @Test("numbers keep their exact lexeme")
    func numbers() throws {
        let lexemes = [
            "10000000000000000001", "27806.999999999996", "-0", "1E400", "0", "-12", "1.0", "1e2",
            "-1.5e-7", "123456789012345", "9007199254740993", "-1E-400",
        ]
        let doc = try #require(readJSONDocument("[" + lexemes.joined(separator: ",") + "]"))
        let items = doc.items(of: doc.root)
        #expect(items.map { doc.numberText(of: $0) } == lexemes)
        #expect(
            items.map { doc.isIntegerNumber($0) } == [
                true, false, true, false, true, true, false, false, false,
                true, true, false,
            ]
        )
        #expect(doc.doubleValue(of: items[0]) == 1e19)
        #expect(doc.doubleValue(of: items[1]) == 27806.999999999996)
        let negativeZero = try #require(doc.doubleValue(of: items[2]))
        #expect(negativeZero == 0 && negativeZero.sign == .minus)
        #expect(doc.doubleValue(of: items[3]) == .infinity)
        #expect(doc.doubleValue(of: items[5]) == -12)
        #expect(doc.doubleValue(of: items[8]) == -1.5e-7)
        #expect(doc.doubleValue(of: items[9]) == 123456789012345)
        #expect(doc.doubleValue(of: items[10]) == 9007199254740992)
        #expect(doc.doubleValue(of: items[11]) == 0)
        #expect(doc.numberText(of: doc.root) == nil)
        #expect(doc.doubleValue(of: doc.root) == nil)
        #expect(!doc.isIntegerNumber(doc.root))
        let huge = try #require(readJSONDocument("-1e99999999999999999999"))
        #expect(huge.doubleValue(of: huge.root) == -.infinity)
    }

    @Test("scalars at the top level")
    func topLevelScalars() throws {
        let number = try #require(readJSONDocument("  42 \n"))
        #expect(number.kind(of: number.root) == .number)
        #expect(number.byteRange(of: number.root) == 2..<4)
        let string = try #require(readJSONDocument(#""상품""#))
        #expect(string.string(of: string.root) == "상품")
        #expect(string.byteRange(of: string.root) == 0..<8)
        let null = try #require(readJSONDocument("null"))
        #expect(null.kind(of: null.root) == .null)
        #expect(null.count(of: null.root) == 0)
        #expect(null.members(of: null.root).isEmpty)
        #expect(null.items(of: null.root).isEmpty)
        let yes = try #require(readJSONDocument("true"))
        #expect(yes.boolValue(of: yes.root) == true)
        let fromString = try #require(JSONReader().read(#"{"상품명": [1]}"#).document)
        #expect(fromString.bytes == Array(#"{"상품명": [1]}"#.utf8))
        #expect(fromString.members(of: fromString.root).first?.key == "상품명")
    }

    @Test("handles from another document never trap")
    func foreignHandles() throws {
        let big = try #require(readJSONDocument("[1, 2, 3, [4, 5]]"))
        let small = try #require(readJSONDocument("7"))
        let foreign = big.items(of: big.root)[3]
        #expect(small.kind(of: foreign) == .null)
        #expect(small.byteRange(of: foreign) == 0..<0)
        #expect(small.count(of: foreign) == 0)
        #expect(small.members(of: foreign).isEmpty)
        #expect(small.items(of: foreign).isEmpty)
        #expect(small.string(of: foreign) == nil)
        #expect(small.numberText(of: foreign) == nil)
        #expect(small.utf8Count(ofString: foreign) == nil)
        #expect(small.member(of: foreign, named: "a") == nil)
    }

    @Test("a realistic payload reads completely")
    func payload() throws {
        let doc = try #require(readJSONDocument(JSONReaderAcceptanceTests.payload))
        let root = doc.root
        #expect(doc.count(of: root) == 18)
        #expect(
            doc.member(of: root, named: "name").flatMap { doc.string(of: $0.value) }
                == "주문명:결제테스트 \"특가\" & 무료배송"
        )
        let products = try #require(doc.member(of: root, named: "kcpProducts")).value
        let product = try #require(doc.items(of: products).first)
        #expect(doc.member(of: product, named: "name").map { doc.stringEquals($0.value, Array("상품명".utf8)) } == true)
        let amount = try #require(doc.member(of: root, named: "amount")).value
        #expect(doc.isIntegerNumber(amount))
        #expect(doc.doubleValue(of: amount) == 64900)
        let vat = try #require(doc.member(of: root, named: "vat_amount")).value
        #expect(!doc.isIntegerNumber(vat))
        let position = LineTable(doc.bytes).position(ofByte: doc.byteRange(of: amount).lowerBound)
        #expect(position.description == "6:13")
    }
}

/// The 16-byte tape node keeps kind, flags and child count apart.
@Suite struct JSONTapeNodeTests {
    @Test func packedFieldsDoNotOverlap() {
        #expect(MemoryLayout<JSONTapeNode>.stride == 16)
        for kind in JSONKind.allCases {
            for flags in UInt8(0)...7 {
                var node = JSONTapeNode(kind: kind, start: 7, end: 9, flags: flags)
                for count in [0, 1, 1000, JSONTapeNode.maxCount] {
                    node.count = Int32(count)
                    #expect(node.kind == kind && node.flags == flags && node.count == Int32(count))
                }
                node.kind = .array
                node.flags = 5
                #expect(node.kind == .array && node.flags == 5 && node.count == Int32(JSONTapeNode.maxCount))
            }
        }
    }

    @Test func largeArraysKeepTheirCount() throws {
        let items = 300_000
        let text = "[" + Array(repeating: "0", count: items).joined(separator: ",") + "]"
        let document = try #require(JSONReader().read(Array(text.utf8)).document)
        #expect(document.count(of: document.root) == items)
        #expect(document.kind(of: document.items(of: document.root)[items - 1]) == .number)
    }
}
