/// Reads catalogue files (YAML nodes) into the catalogue model, collecting located problems.
///
/// Every key, operator, type, kind, field set, format, regular expression and rule reference is
/// checked; the loader never skips something it does not understand.
final class CatalogueLoader {
    private(set) var problems: [CatalogueProblem] = []
    private(set) var kinds: [KindDefinition] = []
    private(set) var rules: [RuleDefinition] = []
    private(set) var policy: String?
    private(set) var names: [String] = []
    private var fieldSets: [String: (fields: [String: FieldSpec], order: [String])] = [:]
    private var kindIndex: [String: Int] = [:]
    /// Ids of the member names used in paths (see `FieldPath.keyIDs`).
    private(set) var keyIDs: [String: Int32] = [:]
    private var ruleIndex: [String: Int] = [:]
    private var file = ""
    /// False for the precompiled default catalogue, whose examples were left out (the tests run them from `Rules/`).
    var requiresExamples = true

    static let defaultExampleClock: Int64 = CivilTime.unixSeconds(year: 2026, month: 1, day: 1)

    /// What the loader has read so far: enough to go on loading more files on top (see ``CatalogueSnapshot``).
    struct State {
        var kinds: [KindDefinition]
        var rules: [RuleDefinition]
        var policy: String?
        var names: [String]
        var fieldSets: [String: (fields: [String: FieldSpec], order: [String])]
        var kindIndex: [String: Int]
        var keyIDs: [String: Int32]
        var ruleIndex: [String: Int]
    }

    init() {}

    /// A loader that starts from `state` (a catalogue without problems).
    init(restoring state: State) {
        kinds = state.kinds
        rules = state.rules
        policy = state.policy
        names = state.names
        fieldSets = state.fieldSets
        kindIndex = state.kindIndex
        keyIDs = state.keyIDs
        ruleIndex = state.ruleIndex
    }

    /// The loader's state.
    var state: State {
        State(
            kinds: kinds,
            rules: rules,
            policy: policy,
            names: names,
            fieldSets: fieldSets,
            kindIndex: kindIndex,
            keyIDs: keyIDs,
            ruleIndex: ruleIndex
        )
    }

    // MARK: - files

    func load(_ source: CatalogueSource) {
        file = source.name
        let root: YAMLNode?
        do {
            root = try YAMLReader.parse(source.text)
        } catch {
            var problem = CatalogueProblem(location: location(error.position), message: error.message)
            if let note = error.note { problem.note = (note.message, location(note.position)) }
            problems.append(problem)
            return
        }
        for (node, message) in root?.tagProblems() ?? [] { problem(node, message.en) }
        load(root, name: source.name)
    }

    /// Loads a catalogue file already read into nodes (from YAML, or from the precompiled JSON form).
    func load(_ root: YAMLNode?, name: String) {
        file = name
        guard let root else {
            problems.append(
                CatalogueProblem(
                    location: location(SourcePosition(line: 1, column: 1)),
                    message: "the catalogue is empty"
                )
            )
            return
        }
        guard
            let pairs = mapping(
                root,
                what: "a catalogue",
                allowed: [
                    "catalogue", "version", "description", "policy", "fieldSets", "kinds", "rules", "overrides",
                ]
            )
        else { return }
        _ = pairs
        if let name = root["catalogue"] {
            if let text = string(name, what: "`catalogue`") { names.append(text) }
        } else {
            problem(root, "missing `catalogue` (a name for this file)")
        }
        if let version = root["version"] {
            if case .int(1)? = version.scalar?.resolved {} else { problem(version, "`version` must be 1") }
        } else {
            problem(root, "missing `version: 1`")
        }
        if let text = root["policy"].flatMap({ string($0, what: "`policy`") }) { policy = text }
        if let node = root["description"] { _ = string(node, what: "`description`") }
        if let sets = root["fieldSets"], let pairs = mapping(sets, what: "`fieldSets`") {
            for pair in pairs {
                guard let name = key(pair) else { continue }
                if fieldSets[name] != nil { problem(pair.key, "field set `\(name)` is defined twice"); continue }
                fieldSets[name] = fields(pair.value)
            }
        }
        if let list = root["kinds"], let items = sequence(list, what: "`kinds`") {
            for item in items { loadKind(item) }
        }
        if let list = root["rules"], let items = sequence(list, what: "`rules`") {
            for item in items { loadRule(item) }
        }
        if let node = root["overrides"], let pairs = mapping(node, what: "`overrides`") {
            for pair in pairs {
                guard let id = key(pair) else { continue }
                guard let index = ruleIndex[id] else {
                    problem(pair.key, "unknown rule `\(id)`\(suggestion(id, among: Array(ruleIndex.keys)))")
                    continue
                }
                guard let value = string(pair.value, what: "an override") else { continue }
                if value == "off" {
                    rules[index].enabled = false
                } else if let severity = Severity(rawValue: value) {
                    rules[index].enabled = true
                    rules[index].severity = severity
                } else {
                    problem(pair.value, "an override must be error, warning, info or off, found `\(value)`")
                }
            }
        }
    }

    // MARK: - kinds

    private func loadKind(_ node: YAMLNode) {
        guard
            mapping(
                node,
                what: "a kind",
                allowed: [
                    "id", "title", "endpoint", "source", "detect", "fieldSets", "fields", "open", "examples",
                ]
            ) != nil
        else { return }
        guard let idNode = node["id"] else { problem(node, "a kind needs an `id`"); return }
        guard let id = identifier(idNode) else { return }
        var fields: [String: FieldSpec] = [:]
        var order: [String] = []
        func merge(_ more: (fields: [String: FieldSpec], order: [String]), at anchor: YAMLNode) {
            for name in more.order {
                if fields[name] != nil {
                    problem(anchor, "field `\(name)` is defined twice for kind `\(id)`")
                    continue
                }
                fields[name] = more.fields[name]
                order.append(name)
            }
        }
        if let setsNode = node["fieldSets"], let items = sequence(setsNode, what: "`fieldSets`") {
            for item in items {
                guard let name = string(item, what: "a field set name") else { continue }
                guard let set = fieldSets[name] else {
                    problem(item, "unknown field set `\(name)`\(suggestion(name, among: Array(fieldSets.keys)))")
                    continue
                }
                merge(set, at: item)
            }
        }
        if let fieldsNode = node["fields"] { merge(self.fields(fieldsNode), at: fieldsNode) }
        let open = node["open"].flatMap { bool($0, what: "`open`") }
        let examples = node["examples"].flatMap { self.examples($0, ofRule: nil) }

        if let index = kindIndex[id] {
            // Extension of an earlier kind.
            for key in ["detect", "title", "endpoint", "source"] where node[key] != nil {
                problem(
                    node[key] ?? node,
                    "`\(key)` cannot change kind `\(id)` defined earlier; an extension adds fields only"
                )
            }
            for name in order {
                if kinds[index].fields[name] != nil {
                    problem(node, "field `\(name)` is already defined for kind `\(id)`")
                    continue
                }
                kinds[index].fields[name] = fields[name]
                kinds[index].fieldOrder.append(name)
            }
            if let open { kinds[index].open = open }
            if let examples {
                if var existing = kinds[index].examples {
                    existing.valid += examples.valid
                    existing.invalid += examples.invalid
                    kinds[index].examples = existing
                } else {
                    kinds[index].examples = examples
                }
            }
            return
        }
        guard let titleNode = node["title"], let title = text(titleNode) else {
            problem(node, "kind `\(id)` needs a `title`")
            return
        }
        guard let detectNode = node["detect"], let detect = condition(detectNode) else {
            if node["detect"] == nil { problem(node, "kind `\(id)` needs `detect`") }
            return
        }
        let endpoint = node["endpoint"].flatMap { string($0, what: "`endpoint`") }
        let source = node["source"].flatMap { string($0, what: "`source`") }
        if let source, let sourceNode = node["source"], !Self.isHTTPSURL(source) {
            problem(
                sourceNode,
                "`source` must be an https URL with a host (spaces, quotes and non-ASCII characters percent-encoded)"
            )
        }
        kindIndex[id] = kinds.count
        kinds.append(
            KindDefinition(
                id: id,
                title: title,
                endpoint: endpoint,
                source: source,
                detect: detect,
                fields: fields,
                fieldOrder: order,
                open: open ?? false,
                examples: examples,
                location: location(node.span.start)
            )
        )
    }

    // MARK: - fields

    private func fields(_ node: YAMLNode) -> (fields: [String: FieldSpec], order: [String]) {
        var result: [String: FieldSpec] = [:]
        var order: [String] = []
        guard let pairs = mapping(node, what: "a field dictionary") else { return ([:], []) }
        for pair in pairs {
            guard let name = key(pair) else { continue }
            if let spec = field(name: name, pair.value) {
                result[name] = spec
                order.append(name)
            }
        }
        return (result, order)
    }

    private static let fieldKeys: Set<String> = [
        "type", "title", "description", "enum", "format", "pattern", "minLength", "maxLength", "maxBytes", "minimum",
        "maximum", "minItems", "maxItems", "items", "properties", "open", "required", "deprecated", "replacement",
        "sensitive", "severity",
    ]

    private func field(name: String, _ node: YAMLNode) -> FieldSpec? {
        guard mapping(node, what: "a field spec", allowed: Self.fieldKeys) != nil else { return nil }
        var types = TypeSet.any
        if let typeNode = node["type"] { types = typeSet(typeNode) ?? .any }
        let title = node["title"].flatMap { text($0) }
        if let description = node["description"] { _ = text(description) }
        let enumeration = node["enum"].flatMap { literals($0) }
        let format = node["format"].flatMap { namedFormat($0) }
        let pattern = node["pattern"].flatMap { self.pattern($0) }
        let minLength = node["minLength"].flatMap { int($0, what: "`minLength`") }
        let maxLength = node["maxLength"].flatMap { int($0, what: "`maxLength`") }
        let maxBytes = node["maxBytes"].flatMap { int($0, what: "`maxBytes`") }
        let minItems = node["minItems"].flatMap { int($0, what: "`minItems`") }
        let maxItems = node["maxItems"].flatMap { int($0, what: "`maxItems`") }
        let minimum = node["minimum"].flatMap { number($0, what: "`minimum`")?.0 }
        let maximum = node["maximum"].flatMap { number($0, what: "`maximum`")?.0 }
        let itemSpec = node["items"].flatMap { field(name: "\(name)[]", $0) }
        var properties: [String: FieldSpec] = [:]
        var order: [String] = []
        if let propertiesNode = node["properties"] { (properties, order) = fields(propertiesNode) }
        let open = node["open"].flatMap { bool($0, what: "`open`") } ?? (node["properties"] == nil)
        let required = node["required"].flatMap { bool($0, what: "`required`") } ?? false
        var deprecated: LocalizedText?
        if let deprecatedNode = node["deprecated"] {
            if case .bool(let flag)? = deprecatedNode.scalar?.resolved, deprecatedNode.scalar?.style == .plain {
                deprecated = flag ? LocalizedText(en: "do not use it", ko: "사용하지 마세요") : nil
            } else {
                deprecated = text(deprecatedNode)
            }
        }
        let replacement = node["replacement"].flatMap { string($0, what: "`replacement`") }
        var sensitive: Sensitivity?
        if let sensitiveNode = node["sensitive"], let value = string(sensitiveNode, what: "`sensitive`") {
            sensitive = Sensitivity(rawValue: value)
            if sensitive == nil { problem(sensitiveNode, "`sensitive` must be full or pan, found `\(value)`") }
        }
        let severity = node["severity"].flatMap { self.severity($0) }
        if node["items"] != nil, !types.contains(.array), types != .any {
            problem(node["items"] ?? node, "`items` needs `type: array`")
        }
        if node["properties"] != nil, !types.contains(.object), types != .any {
            problem(node["properties"] ?? node, "`properties` needs `type: object`")
        }
        return FieldSpec(
            name: name,
            types: types,
            title: title,
            enumeration: enumeration,
            format: format,
            pattern: pattern,
            length: (minLength != nil || maxLength != nil) ? Bounds(min: minLength, max: maxLength) : nil,
            bytes: maxBytes.map { Bounds(min: nil, max: $0) },
            minimum: minimum,
            maximum: maximum,
            items: (minItems != nil || maxItems != nil) ? Bounds(min: minItems, max: maxItems) : nil,
            itemSpec: itemSpec,
            properties: properties,
            propertyOrder: order,
            open: open,
            required: required,
            deprecated: deprecated,
            replacement: replacement,
            sensitive: sensitive,
            severity: severity
        )
    }

    // MARK: - rules

    private static let ruleKeys: Set<String> = [
        "id", "title", "severity", "kinds", "when", "assert", "message", "because", "fix", "rationale", "source", "ref",
        "stop", "alongside", "examples", "builtin",
    ]

    /// Whether `text` is an absolute https URL with a host, made of the characters a URI may hold (RFC 3986; a `%`
    /// only before two hex digits): SARIF's `helpUri` and every report's `docs` print it as it is.
    static func isHTTPSURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let scheme = Array("https://".utf8)
        guard bytes.count > scheme.count, bytes.starts(with: scheme) else { return false }
        let host = bytes[scheme.count...].prefix {
            $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#")
        }
        guard Self.isHostAndPort(host) else { return false }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=".utf8)
        func isHex(_ byte: UInt8) -> Bool { "0123456789abcdefABCDEF".utf8.contains(byte) }
        var index = scheme.count
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else {
                    return false
                }
                index += 3
                continue
            }
            guard allowed.contains(byte) else { return false }
            index += 1
        }
        return true
    }

    /// A host name (`developers.portone.io`: letters, digits, dots and dashes, starting and ending with a letter or
    /// digit) or a bracketed IPv6 address, then an optional `:port` of digits.
    private static func isHostAndPort(_ authority: ArraySlice<UInt8>) -> Bool {
        var host = authority
        if let colon = authority.lastIndex(of: UInt8(ascii: ":")), !authority[colon...].contains(UInt8(ascii: "]")) {
            let port = authority[(colon + 1)...]
            guard port.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
            host = authority[..<colon]
        }
        func isAlphanumeric(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 }
        if host.first == UInt8(ascii: "[") {
            return host.count > 2 && host.last == UInt8(ascii: "]")
                && host.dropFirst().dropLast().allSatisfy {
                    $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || isAlphanumeric($0)
                }
        }
        guard let first = host.first, let last = host.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        return host.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    private func loadRule(_ node: YAMLNode) {
        guard mapping(node, what: "a rule", allowed: Self.ruleKeys) != nil else { return }
        guard let idNode = node["id"] else { problem(node, "a rule needs an `id`"); return }
        guard let id = identifier(idNode) else { return }
        if id == FileReport.unreadableRuleID {
            problem(idNode, "rule id `\(id)` is reserved: kcplint reports files it cannot read with it")
            return
        }
        if let existing = ruleIndex[id] {
            var problem = CatalogueProblem(location: location(idNode.span.start), message: "duplicate rule id `\(id)`")
            problem.note = ("first defined here", rules[existing].location)
            problems.append(problem)
            return
        }
        let builtin = node["builtin"].flatMap { bool($0, what: "`builtin`") } ?? false
        if builtin {
            if BuiltinRule(rawValue: id) == nil {
                problem(
                    idNode,
                    "`\(id)` is not a built-in rule\(suggestion(id, among: BuiltinRule.allCases.map(\.rawValue)))"
                )
            }
            for key in ["when", "assert", "kinds", "stop"] where node[key] != nil {
                problem(node[key] ?? node, "a built-in rule cannot have `\(key)`")
            }
        } else if BuiltinRule(rawValue: id) != nil {
            problem(idNode, "`\(id)` is a built-in rule: declare it with `builtin: true`")
        }
        let title = require(node, "title", in: "rule `\(id)`").flatMap { text($0) }
        let severity = require(node, "severity", in: "rule `\(id)`").flatMap { self.severity($0) }
        var kinds: Set<String>?
        if let kindsNode = node["kinds"], let items = sequence(kindsNode, what: "`kinds`") {
            var set = Set<String>()
            for item in items {
                guard let kind = string(item, what: "a kind") else { continue }
                if kindIndex[kind] == nil {
                    problem(item, "unknown kind `\(kind)`\(suggestion(kind, among: Array(kindIndex.keys)))")
                }
                set.insert(kind)
            }
            kinds = set
        }
        let when = node["when"].flatMap { condition($0) }
        var assertions: [Assertion] = []
        if let assertNode = node["assert"] {
            if let items = assertNode.sequence {
                for item in items { if let assertion = assertion(item) { assertions.append(assertion) } }
                if items.isEmpty { problem(assertNode, "`assert` is empty") }
            } else if let assertion = assertion(assertNode) {
                assertions.append(assertion)
            }
        } else if !builtin {
            problem(node, "rule `\(id)` needs `assert`")
        }
        let message = node["message"].flatMap { text($0) }
        if message == nil, !builtin, node["message"] == nil, assertions.contains(where: { $0.message == nil }) {
            problem(node, "rule `\(id)` needs a `message`")
        }
        if let message { checkPlaceholders(message, at: node["message"] ?? node) }
        let because = node["because"].flatMap { text($0) }
        let fix = node["fix"].flatMap { self.fix($0) }
        let rationale = require(node, "rationale", in: "rule `\(id)`").flatMap { text($0) }
        let source = require(node, "source", in: "rule `\(id)`").flatMap { string($0, what: "`source`") }
        if let source, let sourceNode = node["source"], !Self.isHTTPSURL(source) {
            problem(
                sourceNode,
                "`source` must be an https URL with a host (spaces, quotes and non-ASCII characters percent-encoded)"
            )
        }
        let reference = node["ref"].flatMap { string($0, what: "`ref`") }
        let stop = node["stop"].flatMap { bool($0, what: "`stop`") } ?? false
        let alongside = node["alongside"].flatMap { bool($0, what: "`alongside`") } ?? false
        var examples = ExampleSet(now: Self.defaultExampleClock, valid: [], invalid: [])
        if let examplesNode = node["examples"] {
            if let set = self.examples(examplesNode, ofRule: id) { examples = set }
            // The cap's note and the rules about accepted findings have no payload that draws them.
            let exampleless = BuiltinRule(rawValue: id).map {
                $0 == .diagnosticsTruncated || $0.isAboutAcceptedFindings
            }
            if !builtin || exampleless != true {
                if examples.valid.isEmpty { problem(examplesNode, "rule `\(id)` needs at least one valid example") }
                if examples.invalid.isEmpty { problem(examplesNode, "rule `\(id)` needs at least one invalid example") }
            }
        } else if requiresExamples {
            problem(node, "rule `\(id)` needs `examples` (valid and invalid)")
        }
        guard let title, let severity, let rationale, let source else { return }
        ruleIndex[id] = rules.count
        rules.append(
            RuleDefinition(
                id: id,
                title: title,
                severity: severity,
                enabled: true,
                kinds: kinds,
                when: when,
                assertions: assertions,
                message: message,
                because: because,
                fix: fix,
                rationale: rationale,
                source: source,
                reference: reference,
                stop: stop,
                alongside: alongside,
                builtin: builtin,
                examples: examples,
                location: location(node.span.start)
            )
        )
    }

    private static let textKeys: Set<String> = ["en", "ko"]
    private static let boundsKeys: Set<String> = ["min", "max"]
    private static let fixKeys: Set<String> = ["replace", "rename", "map", "message", "safe"]
    private static let placeholders: Set<String> = [
        "field", "name", "value", "expected", "actual", "suggestion", "trigger", "triggerValue",
    ]

    /// Reports `{word}` placeholders (ASCII letters only) that the engine does not fill.
    private func checkPlaceholders(_ text: LocalizedText, at node: YAMLNode) {
        // The precompiled default catalogue was checked when it was generated.
        guard requiresExamples else { return }
        for language in Language.allCases {
            let bytes = Array(text.text(language).utf8)
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "{") else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count, (0x41...0x5A).contains(bytes[end]) || (0x61...0x7A).contains(bytes[end]) {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "}"), end > index + 1 {
                    let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    if !Self.placeholders.contains(name) {
                        problem(node, "unknown placeholder `{\(name)}` in the \(language.rawValue) message")
                    }
                }
                index = end
            }
        }
    }

    private func assertion(_ node: YAMLNode) -> Assertion? {
        guard let pairs = mapping(node, what: "an assertion") else { return nil }
        let message = node["message"].flatMap { text($0) }
        if let message { checkPlaceholders(message, at: node["message"] ?? node) }
        let fix = node["fix"].flatMap { self.fix($0) }
        let structural = ["require", "forbid", "requireAny", "exclusive"]
        let present = structural.filter { node[$0] != nil }
        if present.count > 1 {
            problem(node, "an assertion has one of require, forbid, requireAny, exclusive"); return nil
        }
        if let name = present.first, let argument = node[name] {
            for pair in pairs {
                let key = pair.key.scalar?.value ?? ""
                if key != name, key != "message", key != "fix" {
                    problem(pair.key, "`\(key)` cannot be combined with `\(name)`")
                }
            }
            var paths: [FieldPath] = []
            if let items = argument.sequence {
                for item in items { if let path = path(item) { paths.append(path) } }
            } else if let path = path(argument) {
                paths.append(path)
            }
            switch name {
            case "require": return Assertion(kind: .require(paths), message: message, fix: fix)
            case "forbid": return Assertion(kind: .forbid(paths), message: message, fix: fix)
            case "requireAny": return Assertion(kind: .requireAny(paths), message: message, fix: fix)
            default: return Assertion(kind: .exclusive(paths), message: message, fix: fix)
            }
        }
        guard let pathNode = node["path"] else {
            problem(node, "an assertion needs `path` (or require, forbid, requireAny, exclusive)")
            return nil
        }
        guard let target = path(pathNode) else { return nil }
        let reportAt = node["at"].flatMap { path($0) }
        var checks: [ValueCheck] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.value else { continue }
            let argument = pair.value
            switch key {
            case "path", "message", "fix", "at": continue
            case "type": if let set = typeSet(argument) { checks.append(.type(set)) }
            case "enum": if let list = literals(argument) { checks.append(.enumeration(list)) }
            case "notIn": if let list = literals(argument) { checks.append(.notIn(list)) }
            case "equals": if let value = literal(argument) { checks.append(.equals(value)) }
            case "pattern": if let regex = pattern(argument) { checks.append(.pattern(regex)) }
            case "notPattern": if let regex = pattern(argument) { checks.append(.notPattern(regex)) }
            case "min": if let operand = operand(argument) { checks.append(.min(operand)) }
            case "max": if let operand = operand(argument) { checks.append(.max(operand)) }
            case "length": if let bounds = bounds(argument) { checks.append(.length(bounds)) }
            case "bytes": if let bounds = bounds(argument) { checks.append(.bytes(bounds)) }
            case "format": if let format = namedFormat(argument) { checks.append(.format(format)) }
            case "notFormat": if let format = namedFormat(argument) { checks.append(.notFormat(format)) }
            case "notPast":
                if bool(argument, what: "`notPast`") == true {
                    checks.append(.notPast)
                } else {
                    problem(argument, "`notPast` takes `true`")
                }
            case "unique": if let keyPath = path(argument) { checks.append(.unique(keyPath)) }
            case "that": if let condition = condition(argument) { checks.append(.that(condition)) }
            default:
                let known = [
                    "type", "enum", "notIn", "equals", "pattern", "notPattern", "min", "max", "length", "bytes",
                    "format",
                    "notFormat", "notPast", "unique", "that", "message", "fix", "path", "at",
                ]
                problem(pair.key, "unknown assertion operator `\(key)`\(suggestion(key, among: known))")
            }
        }
        // An unknown operator was already reported; only an assertion that names none is an error here.
        if pairs.allSatisfy({ ["path", "message", "fix", "at"].contains($0.key.scalar?.value ?? "") }) {
            problem(node, "an assertion on `path` needs at least one operator")
        }
        if let reportAt, reportAt.fromRoot || reportAt.hasWildcard, let atNode = node["at"] {
            problem(atNode, "`at` is a member below the checked value, without `$` or `[*]`")
        }
        return Assertion(kind: .value(target, checks), message: message, fix: fix, reportAt: reportAt)
    }

    private func fix(_ node: YAMLNode) -> FixTemplate? {
        guard mapping(node, what: "a fix", allowed: Self.fixKeys) != nil else { return nil }
        let replace = node["replace"].flatMap { literal($0) }
        let rename = node["rename"].flatMap { string($0, what: "`rename`") }
        var map: [JSONLiteral: JSONLiteral] = [:]
        if let mapNode = node["map"], let pairs = mapping(mapNode, what: "`map`") {
            for pair in pairs {
                guard let from = literal(pair.key), let to = literal(pair.value) else { continue }
                // Payload values match keys by value (`1`, `1.0` and `1e0` are one number): two such keys are one.
                if map.keys.contains(where: { $0.sameValue(as: from) }) {
                    problem(pair.key, "`map` has two keys with the same value \(from.jsonText)")
                    continue
                }
                map[from] = to
            }
        }
        let message = node["message"].flatMap { text($0) }
        if replace == nil, rename == nil, map.isEmpty, node["message"] == nil {
            problem(node, "a fix needs replace, rename, map or message")
        }
        let safe = node["safe"].flatMap { bool($0, what: "`safe`") } ?? false
        let template = FixTemplate(replace: replace, rename: rename, map: map, message: message, safe: safe)
        if safe, !template.changesPayload {
            problem(node, "only a fix that changes the payload (replace, rename or map) can be `safe`")
        }
        return template
    }

    // MARK: - conditions

    private static let predicateOperators: Set<String> = [
        "present", "equals", "in", "matches", "type", "lt", "lte", "gt", "gte", "length", "bytes", "format", "empty",
        "some", "every", "none", "sameAs",
    ]

    func condition(_ node: YAMLNode) -> Condition? {
        guard let pairs = mapping(node, what: "a condition") else { return nil }
        if pairs.isEmpty { problem(node, "a condition is empty"); return nil }
        let combinators = ["all", "any", "not", "present", "absent"]
        if node["path"] == nil {
            guard pairs.count == 1, let pair = pairs.first, let key = pair.key.scalar?.value else {
                problem(node, "a condition is one of all, any, not, present, absent, or a predicate with `path`")
                return nil
            }
            switch key {
            case "all", "any":
                guard let items = sequence(pair.value, what: "`\(key)`") else { return nil }
                if items.isEmpty { problem(pair.value, "`\(key)` is empty") }
                let conditions = items.compactMap { condition($0) }
                guard conditions.count == items.count else { return nil }
                return key == "all" ? .all(conditions) : .any(conditions)
            case "not":
                return condition(pair.value).map { .not($0) }
            case "present", "absent":
                guard let path = path(pair.value) else { return nil }
                return .predicate(Predicate(path: path, operators: [.present(key == "present")]))
            default:
                problem(pair.key, "unknown condition `\(key)`\(suggestion(key, among: combinators + ["path"]))")
                return nil
            }
        }
        guard let pathNode = node["path"], let target = path(pathNode) else { return nil }
        var operators: [PredicateOperator] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.value else { continue }
            let argument = pair.value
            switch key {
            case "path": continue
            case "present", "empty":
                guard let flag = bool(argument, what: "`\(key)`") else { continue }
                operators.append(key == "present" ? .present(flag) : .empty(flag))
            case "equals": if let value = literal(argument) { operators.append(.equals(value)) }
            case "in": if let list = literals(argument) { operators.append(.oneOf(list)) }
            case "matches": if let regex = pattern(argument) { operators.append(.matches(regex)) }
            case "type": if let set = typeSet(argument) { operators.append(.type(set)) }
            case "lt", "lte", "gt", "gte":
                if let operand = operand(argument), let comparison = Comparison(rawValue: key) {
                    operators.append(.compare(comparison, operand))
                }
            case "length": if let bounds = bounds(argument) { operators.append(.length(bounds)) }
            case "bytes": if let bounds = bounds(argument) { operators.append(.bytes(bounds)) }
            case "format": if let format = namedFormat(argument) { operators.append(.format(format)) }
            case "sameAs": if let other = path(argument) { operators.append(.sameAs(other)) }
            case "some", "every", "none":
                guard let inner = condition(argument) else { continue }
                operators.append(key == "some" ? .some(inner) : key == "every" ? .every(inner) : .none(inner))
            default:
                problem(
                    pair.key,
                    "unknown predicate operator `\(key)`\(suggestion(key, among: Array(Self.predicateOperators)))"
                )
            }
        }
        if operators.isEmpty, pairs.count == 1 { problem(node, "a predicate on `path` needs an operator") }
        return .predicate(Predicate(path: target, operators: operators))
    }

    // MARK: - examples

    /// The examples of the rule `rule`, or of a kind when `rule` is nil (its invalid examples name their rule).
    private func examples(_ node: YAMLNode, ofRule rule: String?) -> ExampleSet? {
        let forKind = rule == nil
        guard mapping(node, what: "`examples`", allowed: ["now", "valid", "invalid"]) != nil else { return nil }
        var set = ExampleSet(now: Self.defaultExampleClock, valid: [], invalid: [])
        if let nowNode = node["now"], let text = string(nowNode, what: "`now`") {
            if let seconds = ISO8601.parse(text) {
                set.now = seconds
            } else {
                problem(nowNode, "`now` must be an ISO 8601 date-time such as 2026-01-01T00:00:00+09:00")
            }
        }
        if let validNode = node["valid"], let items = sequence(validNode, what: "`valid`") {
            for item in items {
                if let json = payloadJSON(item) {
                    checkJSON(json, at: item, expecting: nil)
                    set.valid.append(
                        CatalogueExample(
                            json: json,
                            pointers: [],
                            kind: nil,
                            rule: nil,
                            location: location(item.span.start)
                        )
                    )
                }
            }
        }
        if let invalidNode = node["invalid"], let items = sequence(invalidNode, what: "`invalid`") {
            for item in items {
                guard
                    mapping(
                        item,
                        what: "an invalid example",
                        allowed: ["payload", "pointer", "pointers", "kind", "rule"]
                    ) != nil
                else { continue }
                guard let payloadNode = item["payload"] else {
                    problem(item, "an invalid example needs `payload`"); continue
                }
                guard let json = payloadJSON(payloadNode) else { continue }
                var pointers: [String] = []
                if let pointerNode = item["pointer"],
                    let pointer = string(pointerNode, what: "`pointer`", allowEmpty: true)
                {
                    pointers.append(pointer)
                }
                if let list = item["pointers"], let entries = sequence(list, what: "`pointers`") {
                    pointers += entries.compactMap { string($0, what: "a pointer", allowEmpty: true) }
                }
                if pointers.isEmpty { problem(item, "an invalid example needs `pointer` or `pointers`") }
                for (index, pointer) in pointers.enumerated() where !pointer.isEmpty && !pointer.hasPrefix("/") {
                    problem(
                        item["pointer"] ?? item["pointers"]?.sequence?[index] ?? item,
                        "a JSON Pointer starts with `/` (or is empty for the root)"
                    )
                }
                let kind = item["kind"].flatMap { string($0, what: "`kind`") }
                if let kind, kindIndex[kind] == nil, let kindNode = item["kind"] {
                    problem(kindNode, "unknown kind `\(kind)`")
                }
                let named = item["rule"].flatMap { string($0, what: "`rule`") }
                if forKind, named == nil {
                    problem(item, "an invalid example of a kind names the built-in `rule` it expects")
                } else if !forKind, let ruleNode = item["rule"] {
                    problem(ruleNode, "`rule` is for the examples of a kind: a rule's examples expect the rule itself")
                }
                checkJSON(json, at: payloadNode, expecting: rule ?? named)
                set.invalid.append(
                    CatalogueExample(
                        json: json,
                        pointers: pointers,
                        kind: kind,
                        rule: named,
                        location: location(item.span.start)
                    )
                )
            }
        }
        return set
    }

    /// Reports an example payload that the validator could not read: every example must be JSON within the reader's
    /// default limits, except an invalid example of the rule that reports the failure itself (`json-syntax`,
    /// `json-limit`), which is meant to fail so. A YAML mapping is converted to JSON, so only its depth can fail.
    private func checkJSON(_ json: String, at node: YAMLNode, expecting rule: String?) {
        let read = JSONReader().read(json)
        guard read.document == nil,
            let failure = read.problems.first(where: { $0.kind == .syntax || $0.kind == .limit })
        else { return }
        if let rule, rule == failure.kind.rawValue { return }
        let offset = min(failure.byteRange.lowerBound, json.utf8.count)
        let character = String(decoding: json.utf8.prefix(offset), as: UTF8.self).unicodeScalars.count + 1
        let what = failure.kind == .limit ? "example exceeds a JSON reader limit" : "example is not valid JSON"
        problem(node, "\(what): \(failure.message(in: .en)) (character \(character) of the payload)")
    }

    /// JSON text of an example payload: a string is taken as JSON text, anything else is converted.
    private func payloadJSON(_ node: YAMLNode) -> String? {
        if let scalar = node.scalar, scalar.style != .plain || scalar.jsonNumberText == nil {
            if case .string(let text) = scalar.resolved { return text }
        }
        var output = ""
        YAMLToJSON.write(node, to: &output)
        return output
    }

    // MARK: - scalars and helpers

    private func location(_ position: SourcePosition) -> CatalogueLocation {
        CatalogueLocation(file: file, position: position)
    }

    private func problem(_ node: YAMLNode, _ message: String) {
        problems.append(CatalogueProblem(location: location(node.span.start), message: message))
    }

    private func require(_ node: YAMLNode, _ key: String, in owner: String) -> YAMLNode? {
        if let value = node[key] { return value }
        problem(node, "\(owner) needs `\(key)`")
        return nil
    }

    @discardableResult
    private func mapping(_ node: YAMLNode, what: String, allowed: Set<String>? = nil) -> [YAMLPair]? {
        guard let pairs = node.mapping else {
            problem(node, "expected \(what) (a mapping), found a \(node.kindName)")
            return nil
        }
        if let allowed {
            for pair in pairs {
                guard let key = pair.key.scalar?.value else { continue }
                if !allowed.contains(key) {
                    problem(pair.key, "unknown key `\(key)` in \(what)\(suggestion(key, among: Array(allowed)))")
                }
            }
        }
        return pairs
    }

    private func sequence(_ node: YAMLNode, what: String) -> [YAMLNode]? {
        guard let items = node.sequence else {
            problem(node, "expected \(what) to be a list, found a \(node.kindName)")
            return nil
        }
        return items
    }

    private func key(_ pair: YAMLPair) -> String? {
        guard let key = pair.key.scalar?.value else { problem(pair.key, "a key must be a string"); return nil }
        return key
    }

    private func string(_ node: YAMLNode, what: String, allowEmpty: Bool = false) -> String? {
        guard let scalar = node.scalar else {
            problem(node, "expected \(what) to be a string, found a \(node.kindName)")
            return nil
        }
        switch scalar.resolved {
        case .string(let value):
            if value.isEmpty, !allowEmpty { problem(node, "\(what) is empty"); return nil }
            return value
        case .null where allowEmpty:
            return ""
        default:
            if scalar.style == .plain {
                problem(node, "expected \(what) to be a string, found `\(scalar.value)` (quote it)")
                return nil
            }
            return scalar.value
        }
    }

    private func identifier(_ node: YAMLNode) -> String? {
        guard let id = string(node, what: "an id") else { return nil }
        let valid = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !valid || id.hasPrefix("-") || id.hasSuffix("-") {
            problem(node, "an id is kebab-case (a-z, 0-9, -), found `\(id)`")
            return nil
        }
        return id
    }

    private func bool(_ node: YAMLNode, what: String) -> Bool? {
        if case .bool(let value)? = node.scalar?.resolved { return value }
        problem(node, "expected \(what) to be true or false")
        return nil
    }

    private func int(_ node: YAMLNode, what: String) -> Int? {
        if case .int(let value)? = node.scalar?.resolved, value >= 0 { return value }
        problem(node, "expected \(what) to be a whole number ≥ 0")
        return nil
    }

    private func number(_ node: YAMLNode, what: String) -> (Double, String)? {
        switch node.scalar?.resolved {
        case .int(let value)?: return (Double(value), node.scalar?.jsonNumberText ?? String(value))
        case .double(let value)? where value.isFinite: return (value, node.scalar?.jsonNumberText ?? String(value))
        default:
            problem(node, "expected \(what) to be a number")
            return nil
        }
    }

    private func text(_ node: YAMLNode) -> LocalizedText? {
        if node.scalar != nil {
            return string(node, what: "a text").map { LocalizedText($0) }
        }
        guard mapping(node, what: "a text {en, ko}", allowed: Self.textKeys) != nil else { return nil }
        guard let enNode = node["en"], let koNode = node["ko"] else {
            problem(node, "a text needs both `en` and `ko`")
            return nil
        }
        guard let en = string(enNode, what: "`en`"), let ko = string(koNode, what: "`ko`") else { return nil }
        return LocalizedText(en: en, ko: ko)
    }

    private func severity(_ node: YAMLNode) -> Severity? {
        guard let value = string(node, what: "a severity") else { return nil }
        guard let severity = Severity(rawValue: value) else {
            problem(node, "a severity is error, warning or info, found `\(value)`")
            return nil
        }
        return severity
    }

    private func typeSet(_ node: YAMLNode) -> TypeSet? {
        let names: [YAMLNode] = node.sequence ?? [node]
        var set = TypeSet()
        for item in names {
            guard let name = string(item, what: "a type") else { return nil }
            guard let type = TypeSet.names.first(where: { $0.0 == name })?.1 else {
                problem(item, "unknown type `\(name)`\(suggestion(name, among: TypeSet.names.map(\.0)))")
                return nil
            }
            set.formUnion(type)
        }
        return set
    }

    private func namedFormat(_ node: YAMLNode) -> NamedFormat? {
        guard let name = string(node, what: "a format") else { return nil }
        guard let format = NamedFormat(rawValue: name) else {
            problem(node, "unknown format `\(name)`\(suggestion(name, among: NamedFormat.allCases.map(\.rawValue)))")
            return nil
        }
        return format
    }

    private func pattern(_ node: YAMLNode) -> Pattern? {
        guard let source = string(node, what: "a regular expression") else { return nil }
        do {
            return try Pattern(source)
        } catch {
            var position = node.span.start
            // Point into the pattern when it is written on one line.
            if node.span.start.line == node.span.end.line {
                let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
                position.column += error.offset + (quoted ? 1 : 0)
            }
            problems.append(
                CatalogueProblem(location: location(position), message: "invalid regular expression: \(error.message)")
            )
            return nil
        }
    }

    private func literal(_ node: YAMLNode) -> JSONLiteral? {
        guard let scalar = node.scalar else {
            problem(node, "expected a JSON scalar, found a \(node.kindName)")
            return nil
        }
        switch scalar.resolved {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int(let value): return .number(Double(value), text: scalar.jsonNumberText ?? String(value))
        case .double(let value):
            guard value.isFinite else { problem(node, "a number must be finite"); return nil }
            return .number(value, text: scalar.jsonNumberText ?? String(value))
        case .string(let value): return .string(value)
        }
    }

    private func literals(_ node: YAMLNode) -> [JSONLiteral]? {
        guard let items = sequence(node, what: "a list of values") else { return nil }
        let values = items.compactMap { literal($0) }
        return values.count == items.count ? values : nil
    }

    private func operand(_ node: YAMLNode) -> Operand? {
        if node.mapping != nil {
            guard mapping(node, what: "an operand", allowed: ["path"]) != nil, let pathNode = node["path"] else {
                problem(node, "an operand is a number or {path: …}")
                return nil
            }
            return path(pathNode).map { .path($0) }
        }
        return number(node, what: "an operand").map { .constant($0.0, text: $0.1) }
    }

    private func bounds(_ node: YAMLNode) -> Bounds? {
        guard mapping(node, what: "bounds", allowed: Self.boundsKeys) != nil else { return nil }
        let min = node["min"].flatMap { int($0, what: "`min`") }
        let max = node["max"].flatMap { int($0, what: "`max`") }
        if min == nil, max == nil { problem(node, "bounds need `min` or `max`"); return nil }
        return Bounds(min: min, max: max)
    }

    private func path(_ node: YAMLNode) -> FieldPath? {
        guard let text = string(node, what: "a path") else { return nil }
        do {
            let parsed = try FieldPath.parse(text)
            let ids = parsed.segments.map { segment -> Int32 in
                guard case .key(let name) = segment else { return -1 }
                if let id = keyIDs[name] { return id }
                let id = Int32(keyIDs.count)
                keyIDs[name] = id
                return id
            }
            return FieldPath(segments: parsed.segments, fromRoot: parsed.fromRoot, text: parsed.text, keyIDs: ids)
        } catch {
            problem(node, "invalid path `\(text)`: \(error.message)")
            return nil
        }
    }

    private func suggestion(_ word: String, among candidates: [String]) -> String {
        guard let best = Suggestion.closest(to: word, among: candidates) else { return "" }
        return " (did you mean `\(best)`?)"
    }
}

/// Converts YAML example payloads to JSON text.
enum YAMLToJSON {
    static func write(_ node: YAMLNode, to output: inout String) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let number = scalar.jsonNumberText { output += number; return }
                switch scalar.resolved {
                case .null: output += "null"; return
                case .bool(let value): output += value ? "true" : "false"; return
                default: break
                }
            }
            output += JSONText.quote(scalar.value)
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += ", " }
                write(item, to: &output)
            }
            output += "]"
        case .mapping(let pairs):
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += ", " }
                output += JSONText.quote(pair.key.scalar?.value ?? "")
                output += ": "
                write(pair.value, to: &output)
            }
            output += "}"
        }
    }
}
