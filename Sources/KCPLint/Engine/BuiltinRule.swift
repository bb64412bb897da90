/// Rules implemented by the engine; a catalogue declares them with `builtin: true` to set their texts.
enum BuiltinRule: String, Sendable, CaseIterable {
    case jsonSyntax = "json-syntax"
    case jsonDuplicateKey = "json-duplicate-key"
    case jsonBOM = "json-bom"
    case jsonLimit = "json-limit"
    case payloadShape = "payload-shape"
    case kindUnknown = "kind-unknown"
    case fieldUnknown = "field-unknown"
    case fieldType = "field-type"
    case fieldEnum = "field-enum"
    case fieldFormat = "field-format"
    case fieldLength = "field-length"
    case fieldRange = "field-range"
    case fieldItems = "field-items"
    case fieldRequired = "field-required"
    case fieldDeprecated = "field-deprecated"
    case diagnosticsTruncated = "diagnostics-truncated"
    case secretCardNumber = "secret-card-number"
    case secretCredential = "secret-credential"
    // Reported by the CLI about the files that accept findings (`.kcplint.yml`, the baseline), not about payloads:
    // declared so that `kcplint explain`, SARIF's rule list and `overrides` know them.
    case suppressionUnused = "suppression-unused"
    case suppressionExpired = "suppression-expired"
    case baselineStale = "baseline-stale"

    /// Whether the rule is about the files that accept findings rather than payloads (it has no payload examples).
    var isAboutAcceptedFindings: Bool {
        self == .suppressionUnused || self == .suppressionExpired || self == .baselineStale
    }

    var isFieldRule: Bool { rawValue.hasPrefix("field-") }

    /// Whether the engine's fix for this rule is safe: `field-type`'s plain conversions are, `field-unknown`'s
    /// renames to a lookalike parameter are suggestions; nil for rules the engine gives no fix.
    var fixIsSafe: Bool? {
        switch self {
        case .fieldType: true
        case .fieldUnknown: false
        default: nil
        }
    }

    var defaultSeverity: Severity {
        switch self {
        case .jsonBOM, .fieldUnknown, .fieldDeprecated, .secretCardNumber, .secretCredential, .suppressionUnused,
            .suppressionExpired:
            .warning
        case .diagnosticsTruncated, .baselineStale: .info
        default: .error
        }
    }

    var defaultTitle: LocalizedText { LocalizedText(rawValue) }

    /// Message used when the catalogue does not declare the rule.
    var defaultMessage: LocalizedText {
        switch self {
        case .fieldUnknown:
            LocalizedText(
                en: "`{name}` is not a parameter of this request{suggestion}",
                ko: "`{name}`은(는) 이 요청의 파라미터가 아닙니다{suggestion}"
            )
        case .fieldType:
            LocalizedText(
                en: "`{field}` must be {expected}, found {actual}",
                ko: "`{field}`에는 {expected} 값을 보내야 하는데 {actual}입니다"
            )
        case .fieldEnum:
            LocalizedText(
                en: "`{field}` must be one of {expected}, found {value}",
                ko: "`{field}` 값은 {expected} 중 하나여야 하는데 {value}입니다"
            )
        case .fieldFormat:
            LocalizedText(
                en: "`{field}` must be {expected}, found {value}",
                ko: "`{field}`에는 {expected} 값을 보내야 하는데 {value}입니다"
            )
        case .fieldRange:
            LocalizedText(
                en: "`{field}` must be {expected}, found {value}",
                ko: "`{field}` 값 {value}은(는) 허용 범위({expected})를 벗어납니다"
            )
        case .fieldLength:
            LocalizedText(
                en: "`{field}` must be {expected}, found {actual}",
                ko: "`{field}`의 길이가 허용 범위({expected})를 벗어납니다 (현재 {actual})"
            )
        case .fieldItems:
            LocalizedText(
                en: "`{field}` must have {expected}, found {actual}",
                ko: "`{field}`에는 항목이 {expected} 있어야 하는데 {actual}입니다"
            )
        case .fieldRequired:
            LocalizedText(en: "`{field}` is required", ko: "`{field}`은(는) 필수입니다")
        case .fieldDeprecated:
            LocalizedText(
                en: "`{field}` is deprecated: {expected}",
                ko: "`{field}`은(는) 지원 중단 예정 파라미터입니다: {expected}"
            )
        case .payloadShape:
            LocalizedText(
                en: "a request payload must be a JSON object (or an array of objects), found {actual}",
                ko: "요청 페이로드는 JSON 객체(또는 객체 배열)여야 하는데 {actual}입니다"
            )
        case .kindUnknown:
            LocalizedText(
                en: "cannot tell which request this is; pass --kind with one of {expected}",
                ko: "어떤 요청인지 판별할 수 없습니다. --kind로 {expected} 중 하나를 지정하세요"
            )
        case .diagnosticsTruncated:
            LocalizedText(en: "{actual} more diagnostics not shown", ko: "진단 {actual}개를 더 표시하지 않았습니다")
        case .secretCardNumber:
            LocalizedText(
                en:
                    "`{field}` holds what looks like a real card number (Luhn-valid); do not commit card numbers, use a test card",
                ko: "`{field}`에 실제 카드번호로 보이는 값(Luhn 검사 통과)이 있습니다. 카드번호를 커밋하지 말고 테스트 카드를 사용하세요"
            )
        case .secretCredential:
            LocalizedText(
                en: "`{field}` holds a PortOne REST API credential; keep secrets out of payload files",
                ko: "`{field}`에 포트원 REST API 인증 정보가 있습니다. 비밀 값은 페이로드 파일에 두지 마세요"
            )
        case .jsonSyntax, .jsonDuplicateKey, .jsonBOM, .jsonLimit:
            LocalizedText("{actual}")
        case .suppressionUnused, .suppressionExpired, .baselineStale:
            defaultTitle
        }
    }
}
