/// Reads a single-document YAML text into a `YAMLNode` tree with exact positions.
///
/// Parsing is libyaml's (a YAML 1.1 parser: 1.2 texts without 1.1-only syntax read the same); scalars
/// are resolved with the YAML 1.2 core schema by `YAMLScalar.resolved`. On top of libyaml the reader
/// rejects, with a located `YAMLError`: more than one document, duplicate keys, non-scalar keys,
/// undefined or recursive aliases, and texts over the `YAMLLimits`.
///
/// Aliases are expanded into copies of the anchored node that keep the anchored node's spans (see
/// `YAMLNode`). The size of each anchored subtree is computed once, and the node budget is checked
/// before an alias is expanded, so a "billion laughs" text fails after reading a few lines.
/// Merge keys (`<<`) are not supported specially: `<<` is an ordinary key.
public enum YAMLReader {
    /// Parses a single-document YAML text. An empty stream returns nil. More than one document is an error
    /// at the second document's start.
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        try parse(bytes: Array(text.utf8), limits: limits)
    }

    /// Parses a single-document YAML text given as UTF-8 bytes (a UTF-8 BOM is accepted). An empty stream
    /// returns nil. Invalid UTF-8 and control characters are errors located at the offending byte.
    public static func parse(bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        guard bytes.count <= limits.maxBytes else {
            throw YAMLError(
                message: "input of \(bytes.count) bytes exceeds the limit of \(limits.maxBytes) bytes",
                position: SourcePosition(line: 1, column: 1)
            )
        }
        var builder = YAMLTreeBuilder(limits: limits)
        try LibYAMLParser.parse(bytes: bytes) { (event) throws(YAMLError) -> Bool in
            try builder.handle(event)
        }
        return builder.root
    }
}

/// Builds the node tree from libyaml events with an explicit stack (no recursion).
struct YAMLTreeBuilder {
    /// An anchored node, with its size measured once for the alias budget.
    private struct Anchored {
        var node: YAMLNode
        /// Nodes in the subtree, the node itself included.
        var count: Int
        /// Collection levels in the subtree (0 for a scalar).
        var height: Int
        /// Order of the anchor's definition (aliases refer to the latest one).
        var order: Int
    }

    /// A mapping or sequence being built.
    private struct Frame {
        var isMapping: Bool
        var start: SourcePosition
        var tag: String?
        var anchor: String?
        var anchorOrder: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        /// A mapping's key awaiting its value.
        var pendingKey: YAMLNode?
        /// A mapping's keys so far, with the position each was defined at.
        var keyPositions: [String: SourcePosition] = [:]
        var count = 1
        var height = 1
    }

    let limits: YAMLLimits
    /// The document's root node once complete.
    private(set) var root: YAMLNode?
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var nodeCount = 0
    private var anchorOrder = 0
    private var documentCount = 0

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    /// Consumes one event; returns false when the stream is over.
    mutating func handle(_ event: YAMLEvent) throws(YAMLError) -> Bool {
        switch event {
        case .streamStart, .documentEnd:
            return true
        case .streamEnd:
            return false
        case .documentStart(let span):
            documentCount += 1
            if documentCount > 1 {
                throw YAMLError(
                    message: "expected a single document, found a second document",
                    position: span.start
                )
            }
            return true
        case .scalar(let scalar, let anchor, let span):
            try countNewNode(at: span.start)
            let node = YAMLNode(content: .scalar(scalar), span: span, tag: scalar.tag, anchor: anchor)
            if let anchor { define(anchor, Anchored(node: node, count: 1, height: 0, order: nextAnchorOrder())) }
            try attach(node, count: 1, height: 0, at: span.start)
        case .alias(let name, let span):
            try expand(name, at: span.start)
        case .sequenceStart(let tag, let anchor, let span):
            try open(isMapping: false, tag: tag, anchor: anchor, at: span.start)
        case .mappingStart(let tag, let anchor, let span):
            try open(isMapping: true, tag: tag, anchor: anchor, at: span.start)
        case .sequenceEnd(let span), .mappingEnd(let span):
            try close(at: span.end)
        }
        return true
    }

    // MARK: - Building

    private mutating func open(isMapping: Bool, tag: String?, anchor: String?, at start: SourcePosition)
        throws(YAMLError)
    {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(message: "nesting exceeds the maximum depth of \(limits.maxDepth)", position: start)
        }
        try countNewNode(at: start)
        let order = anchor == nil ? 0 : nextAnchorOrder()
        stack.append(Frame(isMapping: isMapping, start: start, tag: tag, anchor: anchor, anchorOrder: order))
    }

    private mutating func close(at end: SourcePosition) throws(YAMLError) {
        guard let frame = stack.popLast() else { return }
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        let node = YAMLNode(
            content: content,
            span: SourceSpan(start: frame.start, end: end),
            tag: frame.tag,
            anchor: frame.anchor
        )
        if let anchor = frame.anchor {
            define(anchor, Anchored(node: node, count: frame.count, height: frame.height, order: frame.anchorOrder))
        }
        try attach(node, count: frame.count, height: frame.height, at: frame.start)
    }

    private mutating func expand(_ name: String, at position: SourcePosition) throws(YAMLError) {
        let defined = anchors[name]
        // An alias inside the node its anchor is being defined on would be infinite.
        if let open = stack.last(where: { $0.anchor == name }), open.anchorOrder > (defined?.order ?? -1) {
            throw YAMLError(
                message: "alias '*\(name)' refers to a node that contains it",
                position: position,
                note: YAMLError.Note(message: "anchor defined here", position: open.start)
            )
        }
        guard let defined else {
            throw YAMLError(message: "undefined alias '*\(name)'", position: position)
        }
        // Check the budget before copying anything.
        let (total, overflow) = nodeCount.addingReportingOverflow(defined.count)
        guard !overflow, total <= limits.maxNodes else {
            throw YAMLError(
                message: "alias expansion exceeds the budget of \(limits.maxNodes) nodes",
                position: position
            )
        }
        guard stack.count + defined.height <= limits.maxDepth else {
            throw YAMLError(
                message: "alias expansion exceeds the maximum depth of \(limits.maxDepth)",
                position: position
            )
        }
        nodeCount = total
        try attach(defined.node, count: defined.count, height: defined.height, at: position)
    }

    /// Adds `node` to the innermost open collection (or makes it the root). `position` is where the node
    /// appears in the text (an alias's own position for an expanded copy), used for key errors.
    private mutating func attach(_ node: YAMLNode, count: Int, height: Int, at position: SourcePosition)
        throws(YAMLError)
    {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].count += count
        stack[top].height = max(stack[top].height, height + 1)
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].pendingKey = nil
            return
        }
        guard let keyText = node.scalar?.value else {
            throw YAMLError(message: "only scalar keys are supported, found a \(node.kindName)", position: position)
        }
        if let first = stack[top].keyPositions[keyText] {
            throw YAMLError(
                message: "duplicate key '\(keyText)'",
                position: position,
                note: YAMLError.Note(message: "first defined here", position: first)
            )
        }
        stack[top].keyPositions[keyText] = position
        stack[top].pendingKey = node
    }

    private mutating func countNewNode(at position: SourcePosition) throws(YAMLError) {
        nodeCount += 1
        guard nodeCount <= limits.maxNodes else {
            throw YAMLError(message: "document exceeds the budget of \(limits.maxNodes) nodes", position: position)
        }
    }

    private mutating func define(_ name: String, _ anchored: Anchored) {
        anchors[name] = anchored
    }

    private mutating func nextAnchorOrder() -> Int {
        anchorOrder += 1
        return anchorOrder
    }
}
