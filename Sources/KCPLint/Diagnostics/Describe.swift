/// Bilingual descriptions of expectations for messages (`{expected}`, `{actual}`).
enum Describe {
    enum Unit {
        case characters, bytes, items
    }

    static func typeName(_ set: TypeSet, _ language: Language) -> String {
        let names = language == .en ? typeNamesEnglish : typeNamesKorean
        return Int(set.rawValue) < names.count ? names[Int(set.rawValue)] : spelledTypeName(set, language)
    }

    /// ``typeName(_:_:)`` of every type set, made once per language.
    private static let typeNamesEnglish = (0...TypeSet.any.rawValue).map { spelledTypeName(TypeSet(rawValue: $0), .en) }
    private static let typeNamesKorean = (0...TypeSet.any.rawValue).map { spelledTypeName(TypeSet(rawValue: $0), .ko) }

    private static func spelledTypeName(_ set: TypeSet, _ language: Language) -> String {
        let names: [(TypeSet, String, String)] = [
            (.integer, "an integer", "정수"), (.number, "a number", "숫자"), (.string, "a string", "문자열"),
            (.boolean, "a boolean (true or false)", "boolean(true/false)"), (.object, "an object", "객체"),
            (.array, "an array", "배열"), (.null, "null", "null"),
        ]
        var parts: [String] = []
        var remaining = set
        for (type, en, ko) in names where remaining.contains(type) {
            parts.append(language == .en ? en : ko)
            remaining.subtract(type)
            if type == .integer { remaining.subtract(.number) }
        }
        return parts.joined(separator: language == .en ? " or " : " 또는 ")
    }

    static func types(_ set: TypeSet, _ language: Language) -> String {
        if set == [.number, .integer] || set == .number { return typeName(.number, language) }
        return typeName(set, language)
    }

    static func list(_ literals: [JSONLiteral]) -> String {
        let shown = literals.prefix(12).map(\.jsonText).joined(separator: ", ")
        return literals.count > 12 ? shown + ", …" : shown
    }

    static func notIn(_ literals: [JSONLiteral], _ language: Language) -> String {
        LocalizedText(en: "none of \(list(literals))", ko: "\(list(literals)) 이외의 값").text(language)
    }

    static func pattern(_ pattern: Pattern, _ language: Language) -> String {
        LocalizedText(en: "a string matching `\(pattern.source)`", ko: "`\(pattern.source)` 형식의 문자열").text(language)
    }

    static func notPattern(_ pattern: Pattern, _ language: Language) -> String {
        LocalizedText(en: "a string not matching `\(pattern.source)`", ko: "`\(pattern.source)`에 맞지 않는 문자열").text(
            language
        )
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func bound(isMin: Bool, _ operand: Operand, _ value: Double, _ language: Language) -> String {
        let text: String
        switch operand {
        case .constant(_, let literal): text = literal
        case .path(let path): text = "`\(path.text)` (\(number(value)))"
        }
        return isMin
            ? LocalizedText(en: "at least \(text)", ko: "\(text) 이상").text(language)
            : LocalizedText(en: "at most \(text)", ko: "\(text) 이하").text(language)
    }

    static func count(_ count: Int, unit: Unit, _ language: Language) -> String {
        switch (unit, language) {
        case (.characters, .en): "\(count) character\(count == 1 ? "" : "s")"
        case (.bytes, .en): "\(count) UTF-8 byte\(count == 1 ? "" : "s")"
        case (.items, .en): "\(count) item\(count == 1 ? "" : "s")"
        case (.characters, .ko): "\(count)자"
        case (.bytes, .ko): "\(count)바이트"
        case (.items, .ko): "\(count)개"
        }
    }

    static func length(_ bounds: Bounds, unit: Unit, _ language: Language) -> String {
        switch (bounds.min, bounds.max) {
        case (let min?, let max?) where min == max:
            return language == .en
                ? "exactly \(count(min, unit: unit, language))" : "정확히 \(count(min, unit: unit, language))"
        case (let min?, let max?):
            return language == .en
                ? "between \(min) and \(count(max, unit: unit, language))"
                : "\(min)~\(count(max, unit: unit, language))"
        case (let min?, nil):
            return language == .en
                ? "at least \(count(min, unit: unit, language))" : "\(count(min, unit: unit, language)) 이상"
        case (nil, let max?):
            return language == .en
                ? "at most \(count(max, unit: unit, language))" : "\(count(max, unit: unit, language)) 이하"
        case (nil, nil):
            return ""
        }
    }
}
