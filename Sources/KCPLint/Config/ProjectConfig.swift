/// The project configuration, `.kcplint.yml`: extra rule files, rule severities, per-path settings,
/// the default language and the fail level.
///
/// It is read with the catalogue's YAML reader and checked the same way: an unknown key, a wrong type, a
/// bad pattern, an unknown rule or kind is a ``CatalogueProblem`` located at `file:line:column`.
///
/// ```yaml
/// version: 1
/// language: ko
/// failOn: warning
/// rules: [kcplint/shop-rules.yaml]
/// exclude: ["fixtures/broken/**"]
/// overrides:
///   field-unknown: off
/// paths:
///   - match: "subscriptions/*.json"
///     kind: rest-again
///   - match: "checkout/pay.json#/bypass/shop_user_id"
///     overrides: {field-unknown: off}
/// suppress:
///   - match: "checkout/gift.json#/bypass/shop_user_id"
///     rules: field-unknown
///     reason: "KCP gift cards need it; PortOne support, ticket 1234"
///     until: 2027-03-31
/// baseline: kcplint-baseline.json
/// ```
///
/// Loading is in two steps: ``init(source:)`` checks the structure; ``problems(in:)`` checks rule and kind
/// ids against the catalogue once it is loaded (with the configuration's own rule files).
public struct ProjectConfig: Sendable {
    /// The file name looked for, from the working directory up.
    public static let fileName = ".kcplint.yml"

    /// The name of the file, for messages (empty for the default configuration).
    public var name: String
    /// The message language, unless `--lang` is given.
    public var language: Language?
    /// The lowest severity that fails the run, unless `--fail-on` is given.
    public var failOn: Severity?
    /// The largest number of warnings that still passes, unless `--max-warnings` is given.
    public var maxWarnings: Int?
    /// More file patterns to check when walking folders (`*.json` is always checked).
    public var include: [Glob]
    /// Files and folders never checked, even when named on the command line.
    public var exclude: [Glob]
    /// Catalogue files loaded after the default catalogue, as written (relative to the configuration's folder).
    public var ruleFiles: [RuleFile]
    /// Severity changes for every file.
    public var overrides: [RuleOverride]
    /// Settings for some paths, in file order: later entries win.
    public var paths: [PathSettings]
    /// Findings accepted where they are, each with a reason and perhaps a last day.
    public var suppressions: [Suppression]
    /// The baseline file, as written (relative to the configuration's folder), and where it is written.
    public var baseline: RuleFile?

    /// A catalogue file named by the configuration.
    public struct RuleFile: Sendable, Hashable {
        /// The path as written.
        public var path: String
        /// Where it is written.
        public var location: CatalogueLocation
    }

    /// A severity change for one rule.
    public struct RuleOverride: Sendable, Hashable {
        /// The rule id.
        public var ruleID: String
        /// The new level.
        public var level: RuleLevel
        /// Where the rule id is written.
        public var location: CatalogueLocation
    }

    /// One entry of `paths`: files (or one member of them) and what changes for them.
    public struct PathSettings: Sendable, Hashable {
        /// The files the entry applies to; a target may narrow to one member with `#/json/pointer`.
        public var targets: [PathTarget]
        /// The kind to check the files as.
        public var kind: String?
        /// Where `kind` is written.
        public var kindLocation: CatalogueLocation?
        /// Severity changes.
        public var overrides: [RuleOverride]
    }

    /// Findings of some rules accepted in some files (or at one member of them), for a reason, perhaps until a day.
    ///
    /// Unlike an `off` override, a suppression's findings are still found, then dropped: a run can say which
    /// suppressions no longer match anything, and an expired one lets its findings through again.
    public struct Suppression: Sendable, Hashable {
        /// The files (or members) it applies to.
        public var targets: [PathTarget]
        /// The rules whose findings it drops.
        public var ruleIDs: [String]
        /// Why the findings are accepted.
        public var reason: String
        /// The last day it applies, as written (`YYYY-MM-DD`, a day in Korea time), or nil for no end.
        public var until: String?
        /// The first second after `until` (Unix time).
        public var expiresAt: Int64?
        /// Where the entry is written.
        public var location: CatalogueLocation
        /// Where `until` is written.
        public var untilLocation: CatalogueLocation?
        /// Where each rule id is written, for unknown-rule problems.
        var ruleLocations: [CatalogueLocation]

        /// Whether the suppression has ended at `now` (Unix seconds).
        public func hasExpired(at now: Int64) -> Bool {
            expiresAt.map { now >= $0 } ?? false
        }
    }

    /// A file pattern, optionally narrowed to one member: `legacy/*.json` or `pay.json#/bypass/shop_user_id`.
    public struct PathTarget: Sendable, Hashable {
        /// The file pattern.
        public var glob: Glob
        /// The JSON Pointer after `#`, or nil for whole files.
        public var pointer: String?
    }

    /// An empty configuration: every default applies.
    public init() {
        name = ""
        include = []
        exclude = []
        ruleFiles = []
        overrides = []
        paths = []
        suppressions = []
    }

    /// Reads and checks a configuration text.
    /// - Parameters:
    ///   - source: the configuration's name and text.
    ///   - language: the language of the problems' messages; nil for the configuration's own `language`, else
    ///     `fallback`.
    ///   - fallback: the language when neither says.
    /// - Throws: ``CatalogueError`` with every problem found, located in the file.
    public init(source: CatalogueSource, language: Language? = nil, fallback: Language = .en) throws(CatalogueError) {
        self.init()
        name = source.name
        var reader = ConfigReader(file: source.name, language: language ?? fallback)
        let root: YAMLNode?
        do {
            root = try YAMLReader.parse(source.text)
        } catch {
            var problem = CatalogueProblem(location: reader.location(error.position), message: error.message)
            if let note = error.note { problem.note = (note.message, reader.location(note.position)) }
            throw CatalogueError(problems: [problem])
        }
        if language == nil, let root, let written = Self.language(of: root) { reader.language = written }
        for (node, message) in root?.tagProblems() ?? [] { reader.problem(node, message) }
        // An empty file, or an empty document (`---` alone), is a valid configuration that changes nothing.
        if let root, root.scalar?.resolved != .null { reader.read(root, into: &self) }
        if !reader.problems.isEmpty { throw CatalogueError(problems: Self.sorted(reader.problems)) }
    }

    /// The `language` a configuration text sets, if it is valid YAML and sets a valid one.
    public static func language(writtenIn text: String) -> Language? {
        guard let root = try? YAMLReader.parse(text) else { return nil }
        return language(of: root)
    }

    private static func language(of root: YAMLNode) -> Language? {
        root["language"]?.scalar.flatMap { Language(rawValue: $0.value) }
    }

    /// Rule and kind ids of the configuration that `catalogue` does not define, each located in the file, with
    /// messages in `language`.
    public func problems(in catalogue: Catalogue, language: Language = .en) -> [CatalogueProblem] {
        func didYouMean(_ suggestion: String?) -> String {
            guard let suggestion else { return "" }
            return language == .ko ? " (`\(suggestion)`을(를) 의도하셨나요?)" : " (did you mean `\(suggestion)`?)"
        }
        func unknownRule(_ id: String) -> String {
            let hint = didYouMean(Suggestion.closest(to: id, among: ruleIDs))
            return language == .ko ? "알 수 없는 규칙 `\(id)`\(hint)" : "unknown rule `\(id)`\(hint)"
        }
        let ruleIDs = catalogue.ruleSummaries.map(\.id)
        let known = Set(ruleIDs)
        let kinds = catalogue.kindIDs
        var problems: [CatalogueProblem] = []
        for override in overrides + paths.flatMap(\.overrides) where !known.contains(override.ruleID) {
            problems.append(CatalogueProblem(location: override.location, message: unknownRule(override.ruleID)))
        }
        for suppression in suppressions {
            for (id, location) in zip(suppression.ruleIDs, suppression.ruleLocations) where !known.contains(id) {
                problems.append(CatalogueProblem(location: location, message: unknownRule(id)))
            }
        }
        for entry in paths {
            guard let kind = entry.kind, let location = entry.kindLocation, !kinds.contains(kind) else { continue }
            let hint = didYouMean(Suggestion.closest(to: kind, among: kinds))
            let list = kinds.joined(separator: ", ")
            problems.append(
                CatalogueProblem(
                    location: location,
                    message: language == .ko
                        ? "알 수 없는 종류 `\(kind)`\(hint). 종류: \(list)"
                        : "unknown kind `\(kind)`\(hint); kinds are \(list)"
                )
            )
        }
        return Self.sorted(problems)
    }

    private static func sorted(_ problems: [CatalogueProblem]) -> [CatalogueProblem] {
        problems.enumerated().sorted {
            ($0.element.location.position, $0.offset) < ($1.element.location.position, $1.offset)
        }.map(\.element)
    }

    /// The settings of the file at `path`, relative to the configuration's folder (`/`-separated); suppressions
    /// ended at `now` (Unix seconds) are listed as expired.
    public func settings(forPath path: String, now: Int64 = 0) -> FileSettings {
        settings(forPath: path, now: now, index: SuppressionIndex(suppressions, paths: paths))
    }

    /// The targets of the suppressions (and of the `paths` entries, when given), those of one plain path
    /// (`checkout/pay.json#/bypass`) by that path: a file's are looked up, not matched one by one (a configuration
    /// may name thousands of files).
    public struct SuppressionIndex: Sendable {
        fileprivate var suppressions: TargetIndex
        /// Nil when the `paths` entries are not indexed (each is then matched).
        fileprivate var entries: TargetIndex?

        /// An index of `suppressions`, and of the `paths` entries when given.
        public init(_ suppressions: [Suppression], paths: [PathSettings]? = nil) {
            self.suppressions = TargetIndex(suppressions.map(\.targets))
            entries = paths.map { TargetIndex($0.map(\.targets)) }
        }
    }

    /// The targets of a list of items (suppressions or `paths` entries): those of one plain path by that path, by
    /// its bytes as patterns match (`K.json` is not `\u{212A}.json`); the others, with wildcards, in a list.
    fileprivate struct TargetIndex: Sendable {
        typealias Position = (item: Int, target: Int)
        let targets: [[PathTarget]]
        var byPath: [ExactText: [Position]] = [:]
        var matched: [Position] = []

        init(_ targets: [[PathTarget]]) {
            self.targets = targets
            for (item, list) in targets.enumerated() {
                for (position, target) in list.enumerated() {
                    if let path = target.glob.literalPath {
                        byPath[ExactText(path), default: []].append((item, position))
                    } else {
                        matched.append((item, position))
                    }
                }
            }
        }

        /// The targets that match `path`, in the configuration's order (as matching them one by one gives).
        func matching(_ path: String) -> [Position] {
            var found = byPath.isEmpty ? [] : byPath[ExactText(Glob.normalized(path))] ?? []
            for position in matched where targets[position.item][position.target].glob.matches(path) {
                found.append(position)
            }
            found.sort { ($0.item, $0.target) < ($1.item, $1.target) }
            return found
        }
    }

    /// ``settings(forPath:now:)`` with the suppressions' targets in `index` (made once for a run).
    public func settings(forPath path: String, now: Int64, index: SuppressionIndex) -> FileSettings {
        var settings = FileSettings()
        let found = index.suppressions.matching(path)
        for (index, position) in found {
            let suppression = suppressions[index]
            settings.suppressions.append(
                FileSettings.Suppression(
                    index: index,
                    pointer: suppression.targets[position].pointer,
                    ruleIDs: suppression.ruleIDs,
                    expired: suppression.hasExpired(at: now)
                )
            )
        }
        for override in overrides { settings.levels[override.ruleID] = override.level }
        // Later entries win: in the configuration's order.
        let targets = (index.entries ?? TargetIndex(paths.map(\.targets))).matching(path)
        for (entryIndex, position) in targets {
            let entry = paths[entryIndex]
            if let pointer = entry.targets[position].pointer {
                for override in entry.overrides {
                    settings.pointerLevels.append(
                        FileSettings.PointerLevel(pointer: pointer, ruleID: override.ruleID, level: override.level)
                    )
                }
            } else {
                if let kind = entry.kind { settings.kind = kind }
                for override in entry.overrides { settings.levels[override.ruleID] = override.level }
            }
        }
        return settings
    }

    /// True when `path` (relative to the configuration's folder) or one of its folders is excluded.
    public func excludes(_ path: String) -> Bool {
        exclude.contains { $0.matchesPathOrFolder(path) }
    }

    /// A catalogue file that applies `levels` as overrides, to load after every other catalogue file;
    /// nil when there is nothing to change.
    public static func overrideSource(_ levels: [String: RuleLevel], name: String = "<config>") -> CatalogueSource? {
        guard !levels.isEmpty else { return nil }
        var text = "catalogue: kcplint-config\nversion: 1\noverrides:\n"
        for (id, level) in levels.sorted(by: { $0.key < $1.key }) {
            text += "  \(JSONText.quote(id)): \(level.rawValue)\n"
        }
        return CatalogueSource(name: name, text: text)
    }
}

/// A rule's level in the configuration: one of the severities, or off.
public enum RuleLevel: Sendable, Hashable {
    /// The rule does not run.
    case off
    /// The rule reports with this severity.
    case severity(Severity)

    /// Reads `error`, `warning`, `info` or `off`.
    public init?(rawValue: String) {
        if rawValue == "off" {
            self = .off
        } else if let severity = Severity(rawValue: rawValue) {
            self = .severity(severity)
        } else {
            return nil
        }
    }

    /// `error`, `warning`, `info` or `off`.
    public var rawValue: String {
        switch self {
        case .off: "off"
        case .severity(let severity): severity.rawValue
        }
    }
}

/// What the configuration says about one file.
public struct FileSettings: Sendable, Hashable {
    /// The kind to check the file as (nil: detect it).
    public var kind: String?
    /// Rule levels for the whole file (applied through the catalogue, so `off` rules do not run).
    public var levels: [String: RuleLevel]
    /// Rule levels for single members, in order: the last match wins.
    public var pointerLevels: [PointerLevel]
    /// The configuration's suppressions that apply to the file.
    public var suppressions: [Suppression]

    /// A suppression of ``ProjectConfig/suppressions`` as it applies to one file.
    public struct Suppression: Sendable, Hashable {
        /// Its index in ``ProjectConfig/suppressions``.
        public var index: Int
        /// The member it is narrowed to (and what is below it), or nil for the whole file.
        public var pointer: String?
        /// The rules whose findings it drops.
        public var ruleIDs: [String]
        /// Whether it has ended (it then drops nothing).
        public var expired: Bool

        /// Creates one.
        public init(index: Int, pointer: String?, ruleIDs: [String], expired: Bool) {
            self.index = index
            self.pointer = pointer
            self.ruleIDs = ruleIDs
            self.expired = expired
        }

        func covers(_ diagnostic: Diagnostic) -> Bool {
            !expired && ruleIDs.contains(diagnostic.ruleID)
                && pointer.map { FileSettings.pointer(diagnostic.pointer, isWithin: $0) } ?? true
        }
    }

    /// A rule level for the member at a JSON Pointer and everything below it.
    public struct PointerLevel: Sendable, Hashable {
        /// The member's JSON Pointer.
        public var pointer: String
        /// The rule id.
        public var ruleID: String
        /// The level.
        public var level: RuleLevel
    }

    /// Settings that change nothing.
    public init(
        kind: String? = nil,
        levels: [String: RuleLevel] = [:],
        pointerLevels: [PointerLevel] = [],
        suppressions: [Suppression] = []
    ) {
        self.kind = kind
        self.levels = levels
        self.pointerLevels = pointerLevels
        self.suppressions = suppressions
    }

    /// `diagnostics` with the member-level settings applied: diagnostics of a rule turned off at their pointer
    /// (or at an ancestor of it) are dropped, others take the configured severity; diagnostics a suppression covers
    /// are dropped, and `suppressed` is called with the index of each suppression that covers it (two entries that
    /// overlap are both in use), `dropped` once for the diagnostic.
    public func apply(
        to diagnostics: [Diagnostic],
        suppressed: (Int) -> Void = { _ in },
        dropped: () -> Void = {}
    ) -> [Diagnostic] {
        guard !pointerLevels.isEmpty || !suppressions.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            var covered = false
            for suppression in suppressions where suppression.covers(diagnostic) {
                suppressed(suppression.index)
                covered = true
            }
            if covered {
                dropped()
                return nil
            }
            var result = diagnostic
            for item in pointerLevels
            where item.ruleID == diagnostic.ruleID && Self.pointer(diagnostic.pointer, isWithin: item.pointer) {
                switch item.level {
                case .off: return nil
                case .severity(let severity): result.severity = severity
                }
            }
            return result
        }
    }

    /// True when `pointer` is `ancestor` or below it.
    static func pointer(_ pointer: String, isWithin ancestor: String) -> Bool {
        ancestor.isEmpty || pointer == ancestor || pointer.hasPrefix(ancestor + "/")
    }
}

/// Reads the YAML tree of a configuration, collecting located problems.
private struct ConfigReader {
    let file: String
    /// The language of the problems' messages.
    var language: Language
    var problems: [CatalogueProblem] = []

    static let topLevelKeys = [
        "version", "language", "failOn", "maxWarnings", "include", "exclude", "rules", "overrides", "paths",
        "suppress", "baseline",
    ]
    static let pathKeys = ["match", "kind", "overrides"]
    static let suppressionKeys = ["match", "rules", "reason", "until"]

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    func location(_ position: SourcePosition) -> CatalogueLocation {
        CatalogueLocation(file: file, position: position)
    }

    mutating func problem(_ node: YAMLNode, _ message: LocalizedText) {
        problems.append(CatalogueProblem(location: location(node.span.start), message: message.text(language)))
    }

    /// "a mapping" / "매핑": what a node is, for "found …".
    private static func found(_ node: YAMLNode) -> LocalizedText {
        switch node.content {
        case .scalar: LocalizedText(en: "a scalar", ko: "스칼라")
        case .mapping: LocalizedText(en: "a mapping", ko: "매핑")
        case .sequence: LocalizedText(en: "a sequence", ko: "목록")
        }
    }

    /// "expected `what` to be `shape`, found …".
    private static func expected(_ what: LocalizedText, _ shape: LocalizedText, _ node: YAMLNode) -> LocalizedText {
        expected(what, shape, found: found(node))
    }

    private static func expected(_ what: LocalizedText, _ shape: LocalizedText, found: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "expected \(what.en) to be \(shape.en), found \(found.en)",
            ko: "\(what.ko)은(는) \(shape.ko)이어야 하는데 \(found.ko)입니다"
        )
    }

    mutating func read(_ root: YAMLNode, into config: inout ProjectConfig) {
        guard mapping(root, what: LocalizedText(en: "the configuration", ko: "설정"), allowed: Self.topLevelKeys) != nil
        else { return }
        if let node = root["version"] {
            if case .int(1)? = node.scalar?.resolved {
            } else {
                problem(node, LocalizedText(en: "`version` must be 1", ko: "`version`은 1이어야 합니다"))
            }
        }
        if let node = root["language"], let text = string(node, what: LocalizedText("`language`")) {
            if let language = Language(rawValue: text) {
                config.language = language
            } else {
                problem(
                    node,
                    LocalizedText(
                        en: "`language` must be en or ko, found `\(text)`",
                        ko: "`language`는 en 또는 ko여야 하는데 `\(text)`입니다"
                    )
                )
            }
        }
        if let node = root["failOn"], let text = string(node, what: LocalizedText("`failOn`")) {
            if let severity = Severity(rawValue: text) {
                config.failOn = severity
            } else {
                problem(
                    node,
                    LocalizedText(
                        en: "`failOn` must be error, warning or info, found `\(text)`",
                        ko: "`failOn`은 error, warning, info 중 하나여야 하는데 `\(text)`입니다"
                    )
                )
            }
        }
        if let node = root["maxWarnings"] {
            if case .int(let value)? = node.scalar?.resolved, value >= 0 {
                config.maxWarnings = value
            } else {
                problem(
                    node,
                    LocalizedText(
                        en: "`maxWarnings` must be a whole number, 0 or more",
                        ko: "`maxWarnings`는 0 이상의 정수여야 합니다"
                    )
                )
            }
        }
        if let node = root["include"] { config.include = globs(node, what: LocalizedText("`include`")) }
        if let node = root["exclude"] { config.exclude = globs(node, what: LocalizedText("`exclude`")) }
        if let node = root["rules"] {
            for item in strings(node, what: LocalizedText("`rules`")) {
                config.ruleFiles.append(
                    ProjectConfig.RuleFile(path: item.text, location: location(item.node.span.start))
                )
            }
        }
        if let node = root["overrides"] { config.overrides = overrides(node) }
        if let node = root["baseline"], let path = string(node, what: LocalizedText("`baseline`")) {
            config.baseline = ProjectConfig.RuleFile(path: path, location: location(node.span.start))
        }
        if let node = root["suppress"] {
            if let items = node.sequence {
                for item in items { if let entry = suppression(item) { config.suppressions.append(entry) } }
            } else {
                problem(
                    node,
                    Self.expected(
                        LocalizedText("`suppress`"),
                        LocalizedText(en: "a list of entries", ko: "항목의 목록"),
                        node
                    )
                )
            }
        }
        if let node = root["paths"] {
            guard let items = node.sequence else {
                problem(
                    node,
                    Self.expected(LocalizedText("`paths`"), LocalizedText(en: "a list of entries", ko: "항목의 목록"), node)
                )
                return
            }
            for item in items { if let entry = pathEntry(item) { config.paths.append(entry) } }
        }
    }

    private mutating func suppression(_ node: YAMLNode) -> ProjectConfig.Suppression? {
        guard
            mapping(
                node,
                what: LocalizedText(en: "a `suppress` entry", ko: "`suppress` 항목"),
                allowed: Self.suppressionKeys
            ) != nil
        else { return nil }
        var missing: [String] = []
        for key in ["match", "rules", "reason"] where node[key] == nil { missing.append("`\(key)`") }
        guard missing.isEmpty, let matchNode = node["match"], let rulesNode = node["rules"],
            let reasonNode = node["reason"]
        else {
            problem(
                node,
                LocalizedText(
                    en: "a `suppress` entry needs \(missing.joined(separator: " and ")): the files, the rules and why",
                    ko: "`suppress` 항목에 \(missing.joined(separator: ", "))이(가) 없습니다. 파일, 규칙, 사유가 필요합니다"
                )
            )
            return nil
        }
        let targets = self.targets(matchNode).targets
        let rules = strings(rulesNode, what: LocalizedText("`rules`"))
        let reason = string(reasonNode, what: LocalizedText("`reason`"))
        var until: (text: String, expiresAt: Int64, location: CatalogueLocation)?
        if let untilNode = node["until"] {
            // `until: 2027-03-31` is a date to YAML 1.1 readers and a plain string to this one: either way the text.
            let found = untilNode.scalar.map { LocalizedText("`\($0.value)`") } ?? Self.found(untilNode)
            if let text = untilNode.scalar?.value, text.utf8.count == 10, let start = ISO8601.parse(text) {
                until = (text, start + 86_400, location(untilNode.span.start))
            } else {
                problem(
                    untilNode,
                    LocalizedText(
                        en: "`until` is the last day the suppression applies, as YYYY-MM-DD, found \(found.en)",
                        ko: "`until`은 억제가 적용되는 마지막 날(YYYY-MM-DD)이어야 하는데 \(found.ko)입니다"
                    )
                )
            }
        }
        if rulesNode.sequence?.isEmpty == true {
            problem(
                rulesNode,
                LocalizedText(en: "`rules` is empty: name the rules to suppress", ko: "`rules`가 비어 있습니다. 억제할 규칙을 적으세요")
            )
        }
        if matchNode.sequence?.isEmpty == true {
            problem(matchNode, LocalizedText(en: "`match` is empty: name the files", ko: "`match`가 비어 있습니다. 파일을 적으세요"))
        }
        guard let reason, !targets.isEmpty, !rules.isEmpty else { return nil }
        var entry = ProjectConfig.Suppression(
            targets: targets,
            ruleIDs: rules.map(\.text),
            reason: reason,
            location: location(node.span.start),
            ruleLocations: rules.map { location($0.node.span.start) }
        )
        entry.until = until?.text
        entry.expiresAt = until?.expiresAt
        entry.untilLocation = until?.location
        return entry
    }

    /// The targets of a `match`: file patterns, each perhaps narrowed to a member with `#/pointer`; the node of the
    /// last target with a pointer.
    private mutating func targets(_ matchNode: YAMLNode) -> (
        targets: [ProjectConfig.PathTarget], pointerTarget: YAMLNode?
    ) {
        var targets: [ProjectConfig.PathTarget] = []
        var pointerTarget: YAMLNode?
        for item in strings(matchNode, what: LocalizedText("`match`")) {
            var pattern = item.text
            var pointer: String?
            if let hash = pattern.firstIndex(of: "#") {
                let fragment = String(pattern[pattern.index(after: hash)...])
                pattern = String(pattern[..<hash])
                if !fragment.isEmpty, !fragment.hasPrefix("/") {
                    problem(
                        item.node,
                        LocalizedText(
                            en: "the part after `#` is a JSON Pointer and starts with `/`, found `\(fragment)`",
                            ko: "`#` 뒤는 `/`로 시작하는 JSON Pointer여야 하는데 `\(fragment)`입니다"
                        )
                    )
                    continue
                }
                // RFC 6901: `~` only as `~0` (for `~`) or `~1` (for `/`).
                let scalars = Array(fragment.unicodeScalars)
                if scalars.indices.contains(where: {
                    scalars[$0] == "~" && !["0", "1"].contains(scalars.dropFirst($0 + 1).first)
                }) {
                    problem(
                        item.node,
                        LocalizedText(
                            en: "`~` in a JSON Pointer is `~0` (for `~`) or `~1` (for `/`), found `\(fragment)`",
                            ko: "JSON Pointer의 `~`는 `~0`(`~`) 또는 `~1`(`/`)로 써야 하는데 `\(fragment)`입니다"
                        )
                    )
                    continue
                }
                pointer = fragment
                pointerTarget = item.node
            }
            do {
                targets.append(ProjectConfig.PathTarget(glob: try Glob(pattern), pointer: pointer))
            } catch {
                problem(item.node, LocalizedText(en: error.description(in: .en), ko: error.description(in: .ko)))
            }
        }
        return (targets, pointerTarget)
    }

    private mutating func pathEntry(_ node: YAMLNode) -> ProjectConfig.PathSettings? {
        guard mapping(node, what: LocalizedText(en: "a `paths` entry", ko: "`paths` 항목"), allowed: Self.pathKeys) != nil
        else { return nil }
        guard let matchNode = node["match"] else {
            problem(
                node,
                LocalizedText(
                    en: "a `paths` entry needs `match` (a file pattern, or a list of them)",
                    ko: "`paths` 항목에 `match`(파일 패턴이나 그 목록)가 필요합니다"
                )
            )
            return nil
        }
        var entry = ProjectConfig.PathSettings(targets: [], overrides: [])
        let (targets, pointerTarget) = self.targets(matchNode)
        entry.targets = targets
        if let kindNode = node["kind"], let kind = string(kindNode, what: LocalizedText("`kind`")) {
            entry.kind = kind
            entry.kindLocation = location(kindNode.span.start)
            if let pointerTarget {
                problem(
                    pointerTarget,
                    LocalizedText(
                        en: "`kind` applies to whole files; a `#/pointer` target cannot have one",
                        ko: "`kind`는 파일 전체에 적용됩니다. `#/pointer` 대상에는 쓸 수 없습니다"
                    )
                )
            }
        }
        if let overridesNode = node["overrides"] { entry.overrides = overrides(overridesNode) }
        if node["kind"] == nil, node["overrides"] == nil {
            problem(
                node,
                LocalizedText(
                    en: "a `paths` entry needs `kind` or `overrides`, or it changes nothing",
                    ko: "`paths` 항목에 `kind`나 `overrides`가 없으면 아무것도 바뀌지 않습니다"
                )
            )
        }
        return entry
    }

    private mutating func overrides(_ node: YAMLNode) -> [ProjectConfig.RuleOverride] {
        guard let pairs = mapping(node, what: LocalizedText("`overrides`"), allowed: nil) else { return [] }
        var result: [ProjectConfig.RuleOverride] = []
        for pair in pairs {
            guard let id = pair.key.scalar?.value else { continue }
            guard let text = string(pair.value, what: LocalizedText(en: "the level of `\(id)`", ko: "`\(id)`의 수준"))
            else { continue }
            guard let level = RuleLevel(rawValue: text) else {
                problem(
                    pair.value,
                    LocalizedText(
                        en: "a rule level is error, warning, info or off, found `\(text)`",
                        ko: "규칙 수준은 error, warning, info, off 중 하나여야 하는데 `\(text)`입니다"
                    )
                )
                continue
            }
            result.append(ProjectConfig.RuleOverride(ruleID: id, level: level, location: location(pair.key.span.start)))
        }
        return result
    }

    private mutating func globs(_ node: YAMLNode, what: LocalizedText) -> [Glob] {
        var result: [Glob] = []
        for item in strings(node, what: what) {
            do {
                result.append(try Glob(item.text))
            } catch {
                problem(item.node, LocalizedText(en: error.description(in: .en), ko: error.description(in: .ko)))
            }
        }
        return result
    }

    /// A string, or a list of strings.
    private mutating func strings(_ node: YAMLNode, what: LocalizedText) -> [(text: String, node: YAMLNode)] {
        if node.scalar != nil {
            return string(node, what: what).map { [($0, node)] } ?? []
        }
        guard let items = node.sequence else {
            problem(
                node,
                Self.expected(what, LocalizedText(en: "a string or a list of strings", ko: "문자열이나 문자열 목록"), node)
            )
            return []
        }
        return items.compactMap { item in
            string(item, what: LocalizedText(en: "an item of \(what.en)", ko: "\(what.ko)의 항목")).map { ($0, item) }
        }
    }

    private mutating func string(_ node: YAMLNode, what: LocalizedText) -> String? {
        let aString = LocalizedText(en: "a string", ko: "문자열")
        guard let scalar = node.scalar else {
            problem(node, Self.expected(what, aString, node))
            return nil
        }
        guard case .string(let value) = scalar.resolved else {
            problem(node, Self.expected(what, aString, found: LocalizedText("`\(scalar.value)`")))
            return nil
        }
        if value.isEmpty {
            problem(node, LocalizedText(en: "\(what.en) is empty", ko: "\(what.ko) 값이 비어 있습니다"))
            return nil
        }
        return value
    }

    @discardableResult
    private mutating func mapping(_ node: YAMLNode, what: LocalizedText, allowed: [String]?) -> [YAMLPair]? {
        guard let pairs = node.mapping else {
            problem(node, Self.expected(what, LocalizedText(en: "a mapping", ko: "매핑"), node))
            return nil
        }
        for pair in pairs {
            guard let key = pair.key.scalar?.value else { continue }
            if let allowed, !allowed.contains(key) {
                let suggestion = Suggestion.closest(to: key, among: allowed)
                problem(
                    pair.key,
                    LocalizedText(
                        en: "unknown key `\(key)` in \(what.en)"
                            + (suggestion.map { " (did you mean `\($0)`?)" } ?? ""),
                        ko: "\(what.ko)에 알 수 없는 키 `\(key)`이(가) 있습니다"
                            + (suggestion.map { " (`\($0)`을(를) 의도하셨나요?)" } ?? "")
                    )
                )
            }
        }
        return pairs
    }
}
