/// One finding in a payload: what is wrong, where, and how to fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The rule that found it (`json-syntax`, `phone-requires-buyer-name`, …).
    public var ruleID: String
    /// How bad it is.
    public var severity: Severity
    /// What is wrong, in the language asked for.
    public var message: String
    /// RFC 6901 JSON Pointer of the offending value ("" for the root). For a missing member, the
    /// pointer of the member that should exist.
    public var pointer: String
    /// Where it is: the offending value, or for a missing member its nearest existing ancestor.
    public var span: SourceSpan
    /// The same place as UTF-8 byte offsets into the payload.
    public var byteRange: Range<Int>
    /// A machine-applicable fix, when one is known.
    public var fix: Fix?
    /// Further context, each with its own position (the trigger of a conditional rule, a first definition).
    public var notes: [Note]
    /// Where the rule is documented.
    public var documentationURL: String?

    /// Creates a diagnostic.
    public init(
        ruleID: String,
        severity: Severity,
        message: String,
        pointer: String,
        span: SourceSpan,
        byteRange: Range<Int>,
        fix: Fix? = nil,
        notes: [Note] = [],
        documentationURL: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.pointer = pointer
        self.span = span
        self.byteRange = byteRange
        self.fix = fix
        self.notes = notes
        self.documentationURL = documentationURL
    }

    /// `line:column: severity: message [rule-id]`.
    public var description: String { "\(span.start): \(severity.rawValue): \(message) [\(ruleID)]" }

    /// Context attached to a diagnostic.
    public struct Note: Sendable, Hashable {
        /// The note's text.
        public var message: String
        /// JSON Pointer of the member the note is about, if any.
        public var pointer: String?
        /// Where the note points, if anywhere.
        public var span: SourceSpan?

        /// Creates a note.
        public init(message: String, pointer: String? = nil, span: SourceSpan? = nil) {
            self.message = message
            self.pointer = pointer
            self.span = span
        }
    }

    /// A suggested change to the payload.
    public struct Fix: Sendable, Hashable {
        /// What kind of change.
        public enum Kind: String, Sendable, Hashable {
            /// Replace the value at the pointer with `value`.
            case replace
            /// Rename the member at the pointer to `key`.
            case rename
        }

        /// What kind of change.
        public var kind: Kind
        /// Whether the change keeps what the payload means (`"3000"` → `3000`), so that `check --fix` applies it
        /// unasked; other fixes are suggestions (a guessed member name, a different payment method) that need
        /// `--unsafe-fixes` or a reader's judgement.
        public var isSafe: Bool
        /// A sentence describing the change.
        public var message: String
        /// For `replace`: the new value as JSON text.
        public var value: String?
        /// For `rename`: the new member name.
        public var key: String?

        /// Creates a fix.
        public init(kind: Kind, message: String, value: String? = nil, key: String? = nil, isSafe: Bool = false) {
            self.kind = kind
            self.message = message
            self.value = value
            self.key = key
            self.isSafe = isSafe
        }
    }
}
