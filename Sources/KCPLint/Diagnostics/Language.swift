/// The language of messages: English or Korean.
public enum Language: String, Sendable, CaseIterable, Hashable {
    /// English.
    case en
    /// Korean (한국어).
    case ko
}
