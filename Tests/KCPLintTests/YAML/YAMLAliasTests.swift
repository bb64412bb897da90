import KCPLint
import Testing

@Suite("YAML reader: anchors and aliases")
struct YAMLAliasTests {
    @Test func aliasExpandsToACopyWithTheAnchoredSpans() throws {
        let text = "base: &b\n  currency: KRW\n  amount: 1000\ncopy: *b\nlist: [*b, *b]\n"
        let root = try #require(try YAMLReader.parse(text))
        let base = try #require(root["base"])
        #expect(base.anchor == "b")
        #expect(root["copy"] == base)
        #expect(root["copy"]?["currency"]?.span == yamlSpan(2, 13, 2, 16))
        #expect(root["list"]?.sequence == [base, base])
    }

    @Test func scalarAliasAsKeyAndValue() throws {
        let root = try #require(try YAMLReader.parse("a: &k name\n*k : value\n"))
        #expect(root["name"]?.scalar?.value == "value")
    }

    @Test func duplicateKeyThroughAliasPointsAtTheAlias() throws {
        // `*k` is the scalar `b`: the error and the note point where the keys appear, not at the anchor.
        let source = YAMLMarkedSource("a: &k b\n2️⃣b: 1\n1️⃣*k : 2\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "duplicate key 'b'")
        #expect(error.position == source[1])
        #expect(error.note?.position == source[2])
    }

    @Test func anchorRedefinitionUsesTheLatest() throws {
        let root = try #require(try YAMLReader.parse("a: &x 1\nb: &x 2\nc: *x\n"))
        #expect(root["c"]?.scalar?.resolved == .int(2))
    }

    @Test func undefinedAlias() throws {
        let source = YAMLMarkedSource("a: 1\nb: 1️⃣*missing\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "undefined alias '*missing'")
        #expect(error.position == source[1])
    }

    @Test func aliasInsideItsOwnAnchor() throws {
        let source = YAMLMarkedSource("a: 2️⃣&r [1, 1️⃣*r]\n")
        let error = try #require(yamlError(source.text))
        #expect(error.message == "alias '*r' refers to a node that contains it")
        #expect(error.position == source[1])
        #expect(error.note == YAMLError.Note(message: "anchor defined here", position: source[2]))
    }

    @Test func innerRedefinitionIsNotRecursive() throws {
        let root = try #require(try YAMLReader.parse("a: &r [&r 1, *r]\n"))
        #expect(root["a"]?.sequence?.last?.scalar?.resolved == .int(1))
    }

    @Test func budgetIsCheckedBeforeCopying() throws {
        // root 1 + key 1 + [1,2,3] 4 + key 1 + alias 4 = 11 nodes.
        let text = "a: &a [1, 2, 3]\nb: *a\n"
        #expect(try YAMLReader.parse(text, limits: YAMLLimits(maxNodes: 11)) != nil)
        let error = try #require(yamlError(text, limits: YAMLLimits(maxNodes: 10)))
        #expect(error.message == "alias expansion exceeds the budget of 10 nodes")
        #expect(error.position == yamlPosition(2, 4))
    }

    @Test func aliasDepthIsChecked() throws {
        let text = "a: &a [[[1]]]\nb: [[*a]]\n"
        #expect(try YAMLReader.parse(text, limits: YAMLLimits(maxDepth: 6)) != nil)
        let error = try #require(yamlError(text, limits: YAMLLimits(maxDepth: 5)))
        #expect(error.message == "alias expansion exceeds the maximum depth of 5")
        #expect(error.position == yamlPosition(2, 6))
    }

    @Test func billionLaughsIsRejectedFast() throws {
        let lol = Array(repeating: "\"lol\"", count: 9).joined(separator: ", ")
        var text = "a: &a [\(lol)]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let marker = name == "g" ? "1️⃣" : ""
            let aliases = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
            text += "\(name): &\(name) [\(marker)\(aliases)]\n"
        }
        let source = YAMLMarkedSource(text)
        var caught: YAMLError?
        let elapsed = ContinuousClock().measure {
            caught = yamlError(source.text)
        }
        let error = try #require(caught)
        #expect(error.message == "alias expansion exceeds the budget of 1000000 nodes")
        // Cumulative nodes after `f` are 672,610; the first `*f` of line `g` adds 597,871.
        #expect(error.position == source[1])
        #expect(elapsed < .seconds(1))
        print("billion laughs rejected in \(elapsed)")
    }
}
