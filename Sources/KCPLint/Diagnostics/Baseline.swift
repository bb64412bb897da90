/// The findings a project has accepted for now, so that a run fails only on new ones.
///
/// An entry is keyed by the file's path (relative to the baseline file's folder, `/`-separated), the rule id and the
/// JSON Pointer, with a count; never by line, column or message, so that edits elsewhere in a file and reworded
/// messages leave it valid. The file is JSON, sorted, one entry a line, for diffs a reviewer can read:
///
/// ```json
/// {"version":1,"findings":[
/// {"path":"checkout/pay.json","ruleId":"field-unknown","pointer":"/bypass/note","count":1,"message":"…"}
/// ]}
/// ```
///
/// `message` is there for the reader (the first finding's, masked as in every report); matching ignores it.
public struct Baseline: Sendable {
    /// What identifies a finding in a baseline, besides its file.
    public struct Key: Hashable, Sendable, Comparable {
        /// The rule id.
        public var ruleID: String
        /// The finding's JSON Pointer.
        public var pointer: String

        /// Creates a key.
        public init(ruleID: String, pointer: String) {
            self.ruleID = ruleID
            self.pointer = pointer
        }

        /// Rule id first, then pointer, by bytes.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            // Byte order, as the file is sorted: the same on every platform and locale.
            if lhs.ruleID != rhs.ruleID { return lhs.ruleID.utf8.lexicographicallyPrecedes(rhs.ruleID.utf8) }
            return lhs.pointer.utf8.lexicographicallyPrecedes(rhs.pointer.utf8)
        }
    }

    /// One entry: how many findings of a key a file may have, where the entry is written (0 for entries not
    /// read from a file), and a message for the reader.
    public struct Entry: Sendable, Hashable {
        /// The number of findings accepted.
        public var count: Int
        /// The entry's position in the baseline file (line 0 when it was not read from one).
        public var position: SourcePosition
        /// The first finding's message, for the reader.
        public var message: String
    }

    /// Entries per file path.
    public private(set) var files: [String: [Key: Entry]] = [:]

    /// An empty baseline.
    public init() {}

    /// Reads a baseline file.
    /// - Throws: ``BaselineError`` with the position of the first problem.
    public init(json bytes: [UInt8]) throws(BaselineError) {
        // As large as the reader takes (a baseline of a whole legacy corpus is larger than a payload).
        let result = JSONReader(limits: JSONLimits(maxBytes: 128 << 20)).read(bytes)
        let lines = LineTable(bytes)
        if let problem = result.problems.first(where: { $0.kind != .bom }) {
            let isLimit = problem.kind == .limit
            throw BaselineError(
                reason: LocalizedText(
                    en: (isLimit ? "" : "not valid JSON: ") + problem.message(in: .en),
                    ko: (isLimit ? "" : "올바른 JSON이 아닙니다: ") + problem.message(in: .ko)
                ),
                position: lines.position(ofByte: problem.byteRange.lowerBound)
            )
        }
        guard let document = result.document else {
            throw BaselineError(reason: LocalizedText(en: "not a baseline", ko: "기준선이 아닙니다"), position: nil)
        }
        func fail(_ node: JSONNodeID, _ en: String, _ ko: String) -> BaselineError {
            BaselineError(
                reason: LocalizedText(en: en, ko: ko),
                position: lines.position(ofByte: document.byteRange(of: node).lowerBound)
            )
        }
        let root = document.root
        guard document.kind(of: root) == .object else {
            throw fail(
                root,
                "a baseline is an object with `version` and `findings`",
                "기준선은 `version`과 `findings`가 있는 객체입니다"
            )
        }
        guard let version = document.member(of: root, named: "version"), document.numberText(of: version.value) == "1"
        else { throw fail(root, "a baseline needs `\"version\": 1`", "기준선에는 `\"version\": 1`이 있어야 합니다") }
        guard let findings = document.member(of: root, named: "findings"), document.kind(of: findings.value) == .array
        else { throw fail(root, "a baseline needs `findings`, a list", "기준선에는 목록인 `findings`가 있어야 합니다") }
        for item in document.items(of: findings.value) {
            guard document.kind(of: item) == .object else {
                throw fail(item, "a baseline entry is an object", "기준선 항목은 객체입니다")
            }
            func text(_ name: String) throws(BaselineError) -> String {
                guard let member = document.member(of: item, named: name), let value = document.string(of: member.value)
                else {
                    throw fail(
                        item,
                        "a baseline entry needs `\(name)`, a string",
                        "기준선 항목에는 문자열인 `\(name)`이(가) 있어야 합니다"
                    )
                }
                return value
            }
            let path = try text("path")
            let key = Key(ruleID: try text("ruleId"), pointer: try text("pointer"))
            var count = 1
            if let member = document.member(of: item, named: "count") {
                guard let number = document.numberText(of: member.value), let value = Int(number),
                    (1...Self.maxCount).contains(value)
                else {
                    throw fail(
                        member.value,
                        "`count` is a whole number from 1 to \(Self.maxCount)",
                        "`count`는 1부터 \(Self.maxCount)까지의 정수입니다"
                    )
                }
                count = value
            }
            let message = document.member(of: item, named: "message").flatMap { document.string(of: $0.value) } ?? ""
            let position = lines.position(ofByte: document.byteRange(of: item).lowerBound)
            // Two entries of one key add up (a hand-merged file), without overflowing.
            var entry = files[path]?[key] ?? Entry(count: 0, position: position, message: message)
            entry.count = min(entry.count + count, Self.maxCount)
            files[path, default: [:]][key] = entry
        }
    }

    /// The number of findings the baseline holds.
    public var findingCount: Int { files.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } } }

    /// The largest count an entry holds.
    public static let maxCount = 1_000_000_000

    /// Puts the entries `other` has for `path` in place of this baseline's (a refresh keeps the entries of the files
    /// it did not check).
    public mutating func take(_ path: String, from other: Baseline) {
        files[path] = other.files[path]
    }

    /// Adds the diagnostics of the file at `path`.
    public mutating func add(_ diagnostics: [Diagnostic], path: String) {
        guard !diagnostics.isEmpty else { return }
        var entries = files[path] ?? [:]
        for diagnostic in diagnostics {
            let key = Key(ruleID: diagnostic.ruleID, pointer: diagnostic.pointer)
            entries[
                key,
                default: Entry(count: 0, position: SourcePosition(line: 0, column: 0), message: diagnostic.message)
            ]
            .count = min((entries[key]?.count ?? 0) + 1, Self.maxCount)
        }
        files[path] = entries
    }

    /// What the baseline leaves of a file's findings.
    public struct Outcome: Sendable {
        /// The findings the baseline does not hold: new ones, in their order.
        public var kept: [Diagnostic]
        /// The number of findings the baseline holds.
        public var matched: Int
        /// Entries of the file that more findings were expected for, with how many fewer were found: the problems
        /// were fixed, and the baseline can shrink.
        public var stale: [(key: Key, entry: Entry, missing: Int)]
    }

    /// Splits the findings of the file at `path` into new ones and those the baseline holds (up to each entry's
    /// count, in order).
    public func apply(to diagnostics: [Diagnostic], path: String) -> Outcome {
        guard let entries = files[path] else { return Outcome(kept: diagnostics, matched: 0, stale: []) }
        var left = entries.mapValues(\.count)
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let key = Key(ruleID: diagnostic.ruleID, pointer: diagnostic.pointer)
            if let count = left[key], count > 0 {
                left[key] = count - 1
            } else {
                kept.append(diagnostic)
            }
        }
        let stale = left.filter { $0.value > 0 }.sorted { $0.key < $1.key }.compactMap { key, missing in
            entries[key].map { (key: key, entry: $0, missing: missing) }
        }
        return Outcome(kept: kept, matched: diagnostics.count - kept.count, stale: stale)
    }

    /// The tokens every baseline kcplint writes starts with.
    private static let headerTokens: [[UInt8]] = ["{", "\"version\"", ":", "1", ",", "\"findings\"", ":", "["].map {
        Array($0.utf8)
    }

    /// How every baseline kcplint writes starts: `{"version":1,"findings":[`.
    static let header = String(decoding: headerTokens.joined(), as: UTF8.self)

    /// Whether `bytes` start as a baseline kcplint wrote, perhaps reformatted (`{"version": 1, "findings": [`, with any
    /// white space between the tokens): such a file met in a checked folder, or staged beside the payloads in a
    /// pre-commit run, is not a payload.
    public static func isWrittenBaseline(_ bytes: [UInt8]) -> Bool {
        var index = 0
        // Payloads fail at their first member's name, most at its first letter.
        for token in headerTokens {
            while index < bytes.count,
                bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
            {
                index += 1
            }
            for byte in token {
                guard index < bytes.count, bytes[index] == byte else { return false }
                index += 1
            }
        }
        return true
    }

    /// The baseline as JSON: entries sorted by path, rule id and pointer, one a line.
    public func json() -> String {
        var output = Self.header
        var first = true
        for path in files.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let entries = files[path] else { continue }
            for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
                output += first ? "\n" : ",\n"
                first = false
                output += "{\"path\":\(JSONText.quote(path)),\"ruleId\":\(JSONText.quote(key.ruleID))"
                output += ",\"pointer\":\(JSONText.quote(key.pointer)),\"count\":\(entry.count)"
                output += ",\"message\":\(JSONText.quote(entry.message))}"
            }
        }
        output += "\n]}\n"
        return output
    }
}

/// A baseline file that cannot be read.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in both languages.
    public var reason: LocalizedText
    /// What is wrong, in English.
    public var message: String { reason.en }
    /// Where, when known.
    public var position: SourcePosition?

    /// `line:column: message`.
    public var description: String { position.map { "\($0): \(message)" } ?? message }
}
