import Testing

@testable import KCPLint

/// The shortcuts of the value helpers agree with their plain definitions.
@Suite struct ValueHelperTests {
    private static let pieces = [
        "", " ", "\\t", "\\r", "\u{A0}", "\u{3000}", "\u{2028}", "\u{301}", "a", "한", "\u{1F600}", "-", "\\u0020",
        "\\n", "e\u{301}", " \u{301}", "\u{200D}", "\u{FEFF}", "\u{85}", "\u{1680}", "\u{2003}", "\u{205F}",
        "\\u3000",
    ]

    /// No whitespace scalar starts with a byte that the shortcut takes for the start of a filled string.
    @Test func noWhitespaceStartsWithANonBlankByte() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else { continue }
            let first = String(Character(scalar)).utf8.first ?? 0
            #expect(!JSONDocument.startsNonBlank(first), "U+\(String(value, radix: 16))")
        }
    }

    /// A document holding one string of fewer than `pieces` random pieces, that string's node and its raw text.
    private static func randomString(_ random: inout SeededRandom, pieces: UInt64) throws -> (
        String, JSONDocument, JSONNodeID
    ) {
        let raw = (0..<Int(random.next() % pieces)).map { _ in
            Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
        }
        .joined()
        let document = try #require(JSONReader().read(Array("[\"\(raw)\"]".utf8)).document)
        return (raw, document, document.items(of: document.root)[0])
    }

    /// `sameAs` compares decoded strings and numbers by value, and never containers.
    @Test func scalarsEqualDecodesStringsAndComparesNumbersByValue() throws {
        let text =
            #"["cust_1042", "cust_\u0031042", "cust_1043", 9900, 9900.0, 9.9e3, 9901, true, true, null, null, [1], [1]]"#
        let document = try #require(JSONReader().read(Array(text.utf8)).document)
        let items = document.items(of: document.root)
        #expect(document.scalarsEqual(items[0], items[1]))
        #expect(!document.scalarsEqual(items[0], items[2]))
        #expect(document.scalarsEqual(items[3], items[4]) && document.scalarsEqual(items[3], items[5]))
        #expect(!document.scalarsEqual(items[3], items[6]))
        #expect(!document.scalarsEqual(items[0], items[3]))
        #expect(document.scalarsEqual(items[7], items[8]) && document.scalarsEqual(items[9], items[10]))
        #expect(!document.scalarsEqual(items[7], items[9]))
        #expect(!document.scalarsEqual(items[11], items[12]))
    }

    @Test func filledMatchesTheCharacterDefinition() throws {
        var random = SeededRandom(seed: 21)
        for _ in 0..<2000 {
            let (raw, document, node) = try Self.randomString(&random, pieces: 4)
            let text = try #require(document.string(of: node))
            #expect(document.isFilled(node) == !text.allSatisfy(\.isWhitespace), "\(raw.unicodeScalars.map(\.value))")
        }
    }

    /// Scalars are counted eight bytes at a time in strings without escapes: the count is the decoded string's.
    @Test func scalarCountMatchesTheDecodedString() throws {
        var random = SeededRandom(seed: 23)
        for _ in 0..<2000 {
            let (raw, document, node) = try Self.randomString(&random, pieces: 12)
            let text = try #require(document.string(of: node))
            #expect(document.scalarCount(ofString: node) == text.unicodeScalars.count, "\(raw.debugDescription)")
        }
    }

    @Test func lengthBoundsMatchTheCount() throws {
        var random = SeededRandom(seed: 22)
        for _ in 0..<2000 {
            let (_, document, node) = try Self.randomString(&random, pieces: 8)
            let count = try #require(document.length(of: node))
            let low = Int(random.next() % 6)
            let high = low + Int(random.next() % 10)
            #expect(document.length(of: node, isWithin: low, high) == (count >= low && count <= high))
        }
    }
}

/// Long values are cut to one line of at most 80 characters, the same way for ASCII and other text.
@Suite struct RenderedValueTests {
    /// The second set is mostly ASCII and Hangul syllables, cut without counting graphemes, with now and then
    /// a scalar that joins its neighbour (a trailing jamo, a combining mark) or an emoji.
    @Test(arguments: [
        ["a", "1", " ", "\n", "한", "e\u{301}", "\"", "{", "-"],
        ["a", "1", " ", "한", "힣", "가", "\"", "-", "ab", "결제", "\u{11A8}", "😀", "\u{301}", "\t"]
            + Array(repeating: "xy가", count: 30),
    ])
    func longValuesAreCutByCharacters(pieces: [String]) {
        var random = SeededRandom(seed: 31)
        for _ in 0..<500 {
            let text = (0..<Int(40 + random.next() % 100)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))]
            }
            .joined()
            let bytes = Array(text.utf8)
            let rendered = Masking.render(bytes, 0..<bytes.count, sensitive: [])
            // The plain definition: white space runs folded, then at most 80 characters with an ellipsis.
            var folded = ""
            var lastWasSpace = false
            for character in text {
                if character == " " || character == "\n" || character == "\t" {
                    if !lastWasSpace { folded.append(" ") }
                    lastWasSpace = true
                } else {
                    folded.append(character)
                    lastWasSpace = false
                }
            }
            let expected = folded.count > 80 ? String(folded.prefix(79)) + "…" : folded
            #expect(rendered == expected)
        }
    }
}

extension RenderedValueTests {
    /// At the limit exactly nothing is cut; one character more and the 80th becomes the ellipsis.
    @Test(arguments: ["a", "가", "😀", "e\u{301}"])
    func cutsAtTheLimitExactly(unit: String) {
        for count in 78...82 {
            let text = String(repeating: unit, count: count)
            let rendered = Masking.render(Array(text.utf8), 0..<text.utf8.count, sensitive: [])
            let expected = count > 80 ? String(repeating: unit, count: 79) + "…" : text
            #expect(rendered == expected, "\(count) × \(unit)")
        }
    }
}

extension RenderedValueTests {
    /// A long run of white space folds to one space while the copy is cut short: the value is short, and it still
    /// ends with an ellipsis (a fuzzing find: the ASCII cut assumed more bytes than the limit).
    @Test func foldedWhiteSpaceCutShort() {
        for text in [String(repeating: " ", count: 400) + "x", "a" + String(repeating: "\n ", count: 300) + "b"] {
            let bytes = Array(text.utf8)
            let rendered = Masking.render(bytes, 0..<bytes.count, sensitive: [])
            #expect(rendered.hasSuffix("…"))
            #expect(rendered.count <= 80)
        }
    }
}

/// Names are found by their bytes, whatever their length; other keys are not.
@Suite struct KeyTableTests {
    @Test func findsEveryNameAndNothingElse() {
        var random = SeededRandom(seed: 41)
        let letters = Array("ab_한Z9".unicodeScalars)
        func word() -> String {
            String(String.UnicodeScalarView((0..<Int(random.next() % 20)).map { _ in letters[Int(random.next() % 6)] }))
        }
        var names: [String: Int32] = [:]
        for _ in 0..<300 {
            let name = word()
            if names[name] == nil { names[name] = Int32(names.count) }
        }
        let table = KeyTable(names)
        for (name, id) in names { #expect(table.id(of: name) == id, "\(name)") }
        for _ in 0..<2000 {
            let other = word()
            #expect(table.id(of: other) == names[other], "\(other)")
        }
    }
}

/// The banded edit distance agrees with the full table, and stops only past its limit.
@Suite struct EditDistanceTests {
    /// The textbook table (optimal string alignment).
    private func reference(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    @Test func agreesWithTheFullTable() {
        var random = SeededRandom(seed: 51)
        for _ in 0..<3000 {
            let a = (0..<Int(random.next() % 9)).map { _ in UInt32(random.next() % 4) }
            let b = (0..<Int(random.next() % 9)).map { _ in UInt32(random.next() % 4) }
            let exact = reference(a, b)
            #expect(Suggestion.editDistance(a, b) == exact)
            let limit = Int(random.next() % 4)
            let bounded = Suggestion.editDistance(a, b, limit: limit)
            #expect(exact <= limit ? bounded == exact : bounded > limit, "\(a) \(b) limit \(limit)")
        }
    }

    /// The search skips candidates by length and by the buckets of their scalars before computing a distance:
    /// it must pick what trying every candidate picks.
    @Test func closestAgreesWithTryingEveryCandidate() {
        var random = SeededRandom(seed: 77)
        let letters = Array("abcdeAB_-한".unicodeScalars)
        func word(_ length: Int) -> String {
            String(String.UnicodeScalarView((0..<length).map { _ in letters[Int(random.next() % 10)] }))
        }
        func bruteForce(_ word: String, _ names: [String]) -> String? {
            let folded = Suggestion.fold(word)
            let others = names.filter { $0 != word }
            if let match = others.filter({ Suggestion.fold($0) == folded }).min() { return match }
            var best: (distance: Int, name: String)?
            for name in others {
                let other = Suggestion.fold(name)
                let limit = max(1, min(folded.count, name.unicodeScalars.count) / 4)
                let shorter = min(folded.count, other.count)
                let cut = shorter >= 6 && folded.count != other.count && folded.prefix(shorter) == other.prefix(shorter)
                let distance = cut ? abs(folded.count - other.count) : reference(folded, other)
                guard cut || distance <= limit else { continue }
                if let current = best, (current.distance, current.name) <= (distance, name) { continue }
                best = (distance, name)
            }
            return best?.name
        }
        var suggested = 0
        for _ in 0..<300 {
            let names = (0..<12).map { _ in word(3 + Int(random.next() % 10)) }
            let candidates = Suggestion.Candidates(names)
            for _ in 0..<10 {
                // Half the words are near a name (one or two edits away), half are random.
                var scalars = Array(names[Int(random.next() % 12)].unicodeScalars)
                for _ in 0..<(1 + Int(random.next() % 2)) where !scalars.isEmpty {
                    scalars[Int(random.next() % UInt64(scalars.count))] = letters[Int(random.next() % 10)]
                }
                let near = String(String.UnicodeScalarView(scalars))
                for probe in [near, word(3 + Int(random.next() % 10))] {
                    let expected = bruteForce(probe, names)
                    #expect(Suggestion.closest(to: probe, among: candidates) == expected, "\(probe) among \(names)")
                    if expected != nil { suggested += 1 }
                }
            }
        }
        #expect(suggested > 1000)
    }
}

/// Message templates: known placeholders are filled, anything else is kept as written.
@Suite struct MessageTemplateTests {
    @Test func placeholdersAreFilledAndTheRestKept() {
        var values = MessageValues()
        values.field = "/amount"
        values.value = "\"1,000\""
        values.expected = "an integer"
        #expect(values.render("plain text") == "plain text")
        #expect(values.render("`{field}` is {value}, not {expected}") == "`/amount` is \"1,000\", not an integer")
        #expect(values.render("{unknown} {field}") == "{unknown} /amount")
        #expect(values.render("open { brace {field}") == "open { brace {field}")
        #expect(values.render("{field}{value}") == "/amount\"1,000\"")
        #expect(values.render("한글 {field} 끝 {") == "한글 /amount 끝 {")
        #expect(values.render("{}") == "{}")
    }
}

/// Pointers written from the trail, and the type names used in messages.
@Suite struct PointerAndTypeNameTests {
    @Test func trailPointersEscapeTildeAndSlash() {
        let trail = Trail()
        #expect(trail.pointer(-1) == "")
        let a = trail.child(of: -1, .key("schedules"))
        let b = trail.child(of: a, .index(12))
        let c = trail.child(of: b, .key("a/b~c"))
        let d = trail.child(of: c, .key("결제~"))
        #expect(trail.pointer(d) == "/schedules/12/a~1b~0c/결제~0")
        #expect(trail.pointer(b) == "/schedules/12")
        #expect(Pointer.string([.key(""), .index(0), .key("~/")]) == "//0/~0~1")
        // RFC 6901 escapes the code point, also when a combining mark follows it.
        #expect(Pointer.string([.key("~\u{301}")]) == "/~0\u{301}")
    }

    @Test func typeNamesOfSetsReadAsLists() {
        #expect(Describe.typeName(.string, .en) == "a string")
        #expect(Describe.typeName([.string, .null], .en) == "a string or null")
        #expect(Describe.typeName([.integer, .number], .en) == "an integer")
        #expect(Describe.typeName([.object, .array], .ko) == "객체 또는 배열")
        #expect(Describe.typeName([], .en) == "")
    }
}
