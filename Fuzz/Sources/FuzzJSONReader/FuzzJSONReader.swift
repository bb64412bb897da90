import KCPLint

/// Fuzzes `JSONReader` on arbitrary bytes, with the default limits and with tight ones, then walks the
/// document through every public accessor and checks their invariants (a violation traps, which libFuzzer
/// reports as a crash with the input).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    check(bytes, JSONReader().read(bytes))
    check(bytes, JSONReader(limits: tight).read(bytes))
    return 0
}

/// Limits small enough that fuzz inputs reach every limit path.
private let tight = JSONLimits(maxBytes: 512, maxDepth: 6, maxStringBytes: 12)

/// A document whose node handles are used on every fuzzed document: handles of another document must
/// give empty or nil answers, never a trap.
private let foreign: (JSONDocument, [JSONNodeID]) = {
    let text = #"[{"a": [1, -2.5e3, "x\u00e9", true, false, null, {"": {}}], "b": "c"}, [], [[[]]], "\ud83d\ude00"]"#
    guard let document = JSONReader().read(text).document else { fatalError("foreign document") }
    var nodes: [JSONNodeID] = []
    var stack = [document.root]
    while let node = stack.popLast() {
        nodes.append(node)
        stack += document.items(of: node)
        stack += document.members(of: node).map(\.value)
    }
    return (document, nodes)
}()

private func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant: \(message())") }
}

private func check(_ bytes: [UInt8], _ result: JSONReadResult) {
    let fatal = result.problems.contains { $0.kind == .syntax || $0.kind == .limit }
    require(fatal == (result.document == nil), "document iff no syntax/limit problem: \(result.problems)")
    var previous = 0
    for problem in result.problems {
        require(problem.byteRange.lowerBound >= 0 && problem.byteRange.upperBound <= bytes.count, "\(problem)")
        require(problem.byteRange.lowerBound >= previous, "problems sorted")
        previous = problem.byteRange.lowerBound
        if let related = problem.related { require(related.upperBound <= bytes.count, "related \(problem)") }
        for language in [Language.en, .ko] {
            require(!problem.message(in: language).isEmpty, "message")
            _ = problem.relatedMessage(in: language)
        }
    }
    let lines = LineTable(bytes)
    for problem in result.problems {
        let span = lines.span(ofBytes: problem.byteRange)
        require(span.start.line >= 1 && span.start.column >= 1 && span.start <= span.end, "span \(span)")
    }
    guard let document = result.document else { return }
    require(document.bytes == bytes, "document keeps the input")
    walk(document)
    for node in foreign.1 { visit(document, node, checkRange: false) }
    for node in [document.root] { visit(foreign.0, node, checkRange: true) }
}

private func walk(_ document: JSONDocument) {
    var stack = [document.root]
    var visited = 0
    while let node = stack.popLast() {
        visited += 1
        require(visited <= document.bytes.count + 1, "more nodes than bytes")
        visit(document, node, checkRange: true)
        let range = document.byteRange(of: node)
        switch document.kind(of: node) {
        case .object:
            let members = document.members(of: node)
            require(members.count == document.count(of: node), "member count")
            var seen = Set<String>()
            for member in members {
                require(
                    range.contains(member.keyRange.lowerBound) && member.keyRange.upperBound <= range.upperBound,
                    "key range"
                )
                require(document.byteRange(of: member.value).lowerBound > member.keyRange.upperBound, "value after key")
                let found = document.member(of: node, named: member.key)
                require(found != nil, "member(named:) finds \(member.key)")
                if seen.insert(member.key).inserted {
                    require(found?.keyRange == member.keyRange && found?.value == member.value, "first member wins")
                }
                stack.append(member.value)
            }
        case .array:
            let items = document.items(of: node)
            require(items.count == document.count(of: node), "item count")
            for item in items {
                let itemRange = document.byteRange(of: item)
                require(
                    itemRange.lowerBound > range.lowerBound && itemRange.upperBound < range.upperBound,
                    "item inside array"
                )
                stack.append(item)
            }
        default:
            require(document.count(of: node) == 0, "scalar count")
        }
    }
}

/// Calls every accessor on `node`; with `checkRange`, the node belongs to `document` and is checked strictly.
private func visit(_ document: JSONDocument, _ node: JSONNodeID, checkRange: Bool) {
    let kind = document.kind(of: node)
    let range = document.byteRange(of: node)
    require(
        range.lowerBound >= 0 && range.lowerBound <= range.upperBound && range.upperBound <= document.bytes.count,
        "range \(range)"
    )
    _ = document.members(of: node).map { ($0.key, $0.keyRange, $0.value) }
    _ = document.member(of: node, named: "a")
    _ = document.member(of: node, named: "")
    _ = document.items(of: node).map { $0 }
    _ = document.count(of: node)
    let string = document.string(of: node)
    let number = document.numberText(of: node)
    let double = document.doubleValue(of: node)
    let bool = document.boolValue(of: node)
    let utf8Count = document.utf8Count(ofString: node)
    let scalarCount = document.scalarCount(ofString: node)
    _ = document.isIntegerNumber(node)
    _ = document.stringEquals(node, Array("a".utf8))
    guard checkRange else { return }
    require(range.upperBound > range.lowerBound, "empty value range")
    switch kind {
    case .string:
        guard let string else { fatalError("string(of:) nil for a string") }
        require(document.stringEquals(node, Array(string.utf8)), "stringEquals(own value)")
        require(utf8Count == string.utf8.count, "utf8Count \(String(describing: utf8Count)) vs \(string.utf8.count)")
        require(scalarCount == string.unicodeScalars.count, "scalarCount")
        require(document.bytes[range.lowerBound] == 0x22 && document.bytes[range.upperBound - 1] == 0x22, "quotes")
    case .number:
        guard let number, let double else { fatalError("number accessors nil for a number") }
        require(number == String(decoding: document.bytes[range], as: UTF8.self), "number lexeme")
        require(!double.isNaN, "NaN from \(number)")
        if document.isIntegerNumber(node) {
            require(!number.contains(".") && !number.contains("e") && !number.contains("E"), "integer flag")
        }
    case .true, .false:
        require(bool == (kind == .true), "boolValue")
    case .null, .object, .array:
        require(string == nil && number == nil && bool == nil, "scalar accessors on \(kind)")
    }
}

/// Builds the shared state before the first input, so libFuzzer's per-input leak check does not count it.
func prepare() {
    _ = foreign.1.count
}
