/// A node of a YAML document (a scalar, a mapping or a sequence) with its exact source span.
///
/// Aliases are already expanded: an alias becomes an identical copy of the node its anchor names,
/// including that node's `span`, `tag` and `anchor`, so anything reported inside the copy points at the
/// anchor's definition. Merge keys (`<<`) get no special treatment: `<<` is an ordinary key.
public struct YAMLNode: Sendable, Hashable {
    /// What a node holds.
    public enum Content: Sendable, Hashable {
        /// A scalar value.
        case scalar(YAMLScalar)
        /// A mapping's key/value pairs, in document order (keys are scalars and unique).
        case mapping([YAMLPair])
        /// A sequence's items, in document order.
        case sequence([YAMLNode])
    }

    /// The node's content.
    public var content: Content
    /// From the node's first character to just after its end (1-based lines; columns in Unicode scalars).
    ///
    /// Scalars end after their last character (closing quote included; block scalars after their
    /// trailing line breaks). Flow collections end after `}`/`]`. Block collections end where libyaml
    /// closes them: at the next token that is less indented, or at the end of the text.
    public var span: SourceSpan
    /// The explicit tag, shortened for the core tags (`"!!str"`, `"!!int"`), else as written (`"!"`,
    /// `"!local"`, or a full URI for verbatim tags); nil when untagged.
    public var tag: String?
    /// The anchor name (`&name` without `&`); nil when the node has none.
    public var anchor: String?

    /// Creates a node.
    public init(content: Content, span: SourceSpan, tag: String? = nil, anchor: String? = nil) {
        self.content = content
        self.span = span
        self.tag = tag
        self.anchor = anchor
    }

    /// The scalar, if the node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The pairs, if the node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items, if the node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value of the first pair whose key is a scalar equal to `key`; nil if none or not a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalar?.value == key }?.value
    }

    /// `"scalar"`, `"mapping"` or `"sequence"`, for messages such as "expected a mapping, found a sequence".
    public var kindName: String {
        switch content {
        case .scalar: return "scalar"
        case .mapping: return "mapping"
        case .sequence: return "sequence"
        }
    }
}

/// One key/value pair of a YAML mapping.
public struct YAMLPair: Sendable, Hashable {
    /// The key (always a scalar node).
    public var key: YAMLNode
    /// The value.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

extension YAMLNode {
    /// Why `node` does not fit its core `tag` (`!!null off`, `!!str {a: 1}`, `!!map [1]`), or nil.
    private static func misfit(_ node: YAMLNode, _ tag: String) -> LocalizedText? {
        let fits: Bool
        switch node.content {
        case .scalar(let scalar):
            if case .string = scalar.resolved { fits = tag == "!" || tag == "!!str" } else { fits = true }
        case .mapping: fits = tag == "!" || tag == "!!map"
        case .sequence: fits = tag == "!" || tag == "!!seq"
        }
        guard !fits else { return nil }
        let what = node.scalar.map { "`\($0.value)`" } ?? (node.mapping != nil ? "a mapping" : "a sequence")
        let korean = node.scalar.map { "`\($0.value)`은(는)" } ?? (node.mapping != nil ? "매핑은" : "목록은")
        return LocalizedText(
            en: "\(what) is not a valid `\(tag)` value",
            ko: "\(korean) 올바른 `\(tag)` 값이 아닙니다"
        )
    }

    /// The tags kcplint's files may carry: the YAML 1.2 core schema's (and `!`, which makes a scalar a string).
    static let supportedTags: Set<String> = ["!", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq"]

    /// The nodes below (and including) this one whose tag kcplint cannot honour, each with why: a tag outside the
    /// core schema (`!!binary`, `!custom`), or a scalar that does not fit its core tag (`!!null off`). Read as they
    /// are, such values would mean something other than what their author wrote.
    func tagProblems() -> [(node: YAMLNode, message: LocalizedText)] {
        var problems: [(node: YAMLNode, message: LocalizedText)] = []
        var pending = [self]
        while let node = pending.popLast() {
            if let tag = node.tag {
                if !Self.supportedTags.contains(tag) {
                    problems.append(
                        (
                            node,
                            LocalizedText(
                                en: "tag `\(tag)` is not supported: only the YAML core tags (!!str, !!int, !!float, "
                                    + "!!bool, !!null, !!map, !!seq, !) are",
                                ko: "태그 `\(tag)`는 지원하지 않습니다. YAML 핵심 태그(!!str, !!int, !!float, !!bool, "
                                    + "!!null, !!map, !!seq, !)만 쓸 수 있습니다"
                            )
                        )
                    )
                } else if let problem = Self.misfit(node, tag) {
                    problems.append((node, problem))
                }
            }
            switch node.content {
            case .scalar: break
            case .mapping(let pairs):
                for pair in pairs.reversed() {
                    pending.append(pair.value)
                    pending.append(pair.key)
                }
            case .sequence(let items): pending.append(contentsOf: items.reversed())
            }
        }
        return problems
    }
}
