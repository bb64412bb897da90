@testable import KCPLint

/// The default catalogue files without their examples, as the loader sees them when it builds the snapshot
/// compiled into the library (``CatalogueSnapshot``): each file rendered as JSON without `examples` members and
/// read back as nodes.
enum CompiledCatalogue {
    /// The loader state of `files` (YAML texts) read without their examples.
    static func stateWithoutExamples(_ files: [(name: String, text: String)]) -> CatalogueLoader.State {
        let loader = CatalogueLoader()
        loader.requiresExamples = false
        for file in files {
            let text = (try? YAMLReader.parse(file.text)).map { Self.json(from: $0) } ?? "{}"
            loader.load(nodes(text), name: "Rules/\(file.name)")
        }
        // The JSON form has no lines: rules and kinds keep the positions of their YAML, so that a note about a
        // default rule (a user rule taking its id) points at its line.
        let located = CatalogueLoader()
        located.requiresExamples = false
        for file in files {
            located.load((try? YAMLReader.parse(file.text)).map(Self.withoutExamples), name: "Rules/\(file.name)")
        }
        var state = loader.state
        let rules = Dictionary(
            located.state.rules.map { ($0.id, $0.location) },
            uniquingKeysWith: { first, _ in first }
        )
        let kinds = Dictionary(
            located.state.kinds.map { ($0.id, $0.location) },
            uniquingKeysWith: { first, _ in first }
        )
        for index in state.rules.indices {
            state.rules[index].location = rules[state.rules[index].id] ?? state.rules[index].location
        }
        for index in state.kinds.indices {
            state.kinds[index].location = kinds[state.kinds[index].id] ?? state.kinds[index].location
        }
        return state
    }

    /// `node` without its `examples` members, at any depth.
    static func withoutExamples(_ node: YAMLNode) -> YAMLNode {
        switch node.content {
        case .scalar: return node
        case .sequence(let items): return YAMLNode(content: .sequence(items.map(withoutExamples)), span: node.span)
        case .mapping(let pairs):
            let kept = pairs.filter { $0.key.scalar?.value != "examples" }
                .map { YAMLPair(key: $0.key, value: withoutExamples($0.value)) }
            return YAMLNode(content: .mapping(kept), span: node.span)
        }
    }

    /// Renders a YAML catalogue file as JSON text, leaving out every `examples` member.
    static func json(from node: YAMLNode) -> String {
        var output = ""
        write(node, to: &output)
        return output
    }

    private static func write(_ node: YAMLNode, to output: inout String) {
        switch node.content {
        case .scalar(let scalar):
            guard scalar.style == .plain, scalar.tag == nil else {
                output += JSONText.quote(scalar.value)
                return
            }
            switch scalar.resolved {
            case .null: output += "null"
            case .bool(let value): output += value ? "true" : "false"
            case .int(let value): output += scalar.jsonNumberText ?? String(value)
            case .double(let value):
                if let text = scalar.jsonNumberText {
                    output += text
                } else if value.isFinite {
                    output += String(value)
                } else {
                    output += JSONText.quote(scalar.value)
                }
            case .string(let value): output += JSONText.quote(value)
            }
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, to: &output)
            }
            output += "]"
        case .mapping(let pairs):
            output += "{"
            var first = true
            for pair in pairs where pair.key.scalar?.value != "examples" {
                if !first { output += "," }
                first = false
                output += JSONText.quote(pair.key.scalar?.value ?? "")
                output += ":"
                write(pair.value, to: &output)
            }
            output += "}"
        }
    }

    /// The JSON form read back as nodes the loader understands: strings as quoted scalars, numbers,
    /// booleans and null as plain ones (so they resolve exactly as they did in the YAML).
    static func nodes(_ json: String) -> YAMLNode? {
        let read = JSONReader().read(Array(json.utf8))
        guard let document = read.document else { return nil }
        return node(document, document.root)
    }

    private static func node(_ document: JSONDocument, _ id: JSONNodeID) -> YAMLNode {
        let start = document.byteRange(of: id).lowerBound
        let span = SourceSpan(start: SourcePosition(line: 1, column: start + 1))
        switch document.kind(of: id) {
        case .object:
            let pairs = document.members(of: id).map { member in
                YAMLPair(
                    key: YAMLNode(content: .scalar(YAMLScalar(value: member.key, style: .doubleQuoted)), span: span),
                    value: node(document, member.value)
                )
            }
            return YAMLNode(content: .mapping(pairs), span: span)
        case .array:
            return YAMLNode(content: .sequence(document.items(of: id).map { node(document, $0) }), span: span)
        case .string:
            return YAMLNode(
                content: .scalar(YAMLScalar(value: document.string(of: id) ?? "", style: .doubleQuoted)),
                span: span
            )
        case .number:
            return YAMLNode(content: .scalar(YAMLScalar(value: document.numberText(of: id) ?? "0")), span: span)
        case .true:
            return YAMLNode(content: .scalar(YAMLScalar(value: "true")), span: span)
        case .false:
            return YAMLNode(content: .scalar(YAMLScalar(value: "false")), span: span)
        case .null:
            return YAMLNode(content: .scalar(YAMLScalar(value: "null")), span: span)
        }
    }
}
