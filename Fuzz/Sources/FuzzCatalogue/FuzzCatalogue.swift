import KCPLint

/// Fuzzes the libyaml reader (`YAMLReader.parse(bytes:)`) and the catalogue loader (`Catalogue(sources:)`,
/// `Catalogue.standard(extendedWith:)`) on arbitrary text. A catalogue that loads is compiled into a
/// validator and run on a few payloads, so fuzzed rules, conditions and patterns are evaluated too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogue(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let lines = LineTable(bytes)

    // 1. The reader on the raw bytes (invalid UTF-8 and control characters included), default and tight limits.
    var plausible = false
    for limits in [YAMLLimits.default, YAMLLimits(maxBytes: 4_096, maxNodes: 64, maxDepth: 4)] {
        do {
            if let root = try YAMLReader.parse(bytes: bytes, limits: limits) {
                walk(root, lines: lines)
                plausible = plausible || root["catalogue"] != nil
            }
        } catch {
            checkPosition(error.position, lines, "\(error)")
            if let note = error.note { checkPosition(note.position, lines, "note of \(error)") }
        }
    }

    // 2. The loader on the text (as a String, which is what the API takes).
    let text = String(decoding: bytes, as: UTF8.self)
    let source = CatalogueSource(name: "fuzz.yaml", text: text)
    load { () throws(CatalogueError) in try Catalogue(sources: [source]) }
    // Extending the default catalogue re-reads its 300 KB of YAML first, which costs a hundred times more than
    // the input itself: do it for a quarter of the inputs that read as a mapping with a `catalogue` key.
    if plausible, bytes.reduce(0, { $0 &+ Int($1) }) % 4 == 0 {
        load { () throws(CatalogueError) in try Catalogue.standard(extendedWith: [source]) }
    }
    return 0
}

/// Payloads run through every validator built from a fuzzed catalogue.
private let payloads: [String] = [
    #"{"pay_method": "card", "merchant_uid": "o-1", "amount": 1000, "name": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}"#,
    #"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": "10,000", "card_number": "4111-1111-1111-1111"}"#,
    #"[{"a": [1, {"b": null}], "": ""}, 1, "x"]"#,
    "{}",
]

private func load(_ build: () throws(CatalogueError) -> Catalogue) {
    do {
        let catalogue = try build()
        _ = catalogue.kindSummaries
        _ = catalogue.ruleSummaries
        _ = RuleReference.markdown(catalogue)
        let validator = Validator(catalogue: catalogue, limits: ValidationLimits(maxDiagnostics: 50))
        for payload in payloads {
            let result = validator.validate(payload, options: ValidationOptions(now: 1_767_193_200))
            require(result.diagnostics.count <= 51, "diagnostics limit")
            for kind in catalogue.kindIDs.prefix(4) {
                _ = validator.validate(payload, options: ValidationOptions(kind: kind, language: .ko, now: 0))
            }
        }
    } catch {
        require(!error.problems.isEmpty, "a CatalogueError without problems")
        for problem in error.problems {
            require(problem.location.position.line >= 1 && problem.location.position.column >= 1, "location \(problem)")
            _ = problem.description
        }
    }
}

private func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant: \(message())") }
}

private func checkPosition(_ position: SourcePosition, _ lines: LineTable, _ what: String) {
    require(position.line >= 1 && position.column >= 1, "position of \(what)")
    require(position.line <= lines.lineCount + 1, "line beyond the text: \(what)")
}

private func walk(_ root: YAMLNode, lines: LineTable) {
    var stack = [root]
    var visited = 0
    while let node = stack.popLast() {
        visited += 1
        // Aliases are expanded, but within the node budget; stop walking big expansions early (time).
        require(visited <= YAMLLimits.default.maxNodes + 1, "node budget")
        if visited > 100_000 { return }
        require(node.span.start <= node.span.end, "span order \(node.span)")
        checkPosition(node.span.start, lines, "node start")
        _ = node.kindName
        _ = node["catalogue"]
        switch node.content {
        case .scalar(let scalar):
            _ = scalar.resolved
            _ = scalar.jsonNumberText
        case .mapping(let pairs):
            var keys = Set<String>()
            for pair in pairs {
                guard let key = pair.key.scalar?.value else { fatalError("invariant: non-scalar key") }
                require(keys.insert(key).inserted, "duplicate key \(key) accepted")
                stack.append(pair.key)
                stack.append(pair.value)
            }
        case .sequence(let items):
            stack += items
        }
    }
}

/// Nothing to build ahead: every input loads its own catalogue.
func prepare() {}
