/// The named formats a catalogue can use (`format: url`), implemented in Swift.
enum NamedFormat: String, Sendable, Hashable, CaseIterable {
    case url
    case email
    case vbankDue = "vbank-due"
    case cardExpiry = "card-expiry"
    case yymmdd
    case luhn
    case unixSeconds = "unix-seconds"
    case json
    case localURL = "local-url"
    case wholeNumber = "whole-number"

    /// What the format expects, for messages.
    var expected: LocalizedText {
        switch self {
        case .url: LocalizedText(en: "an absolute http(s) URL", ko: "http(s)로 시작하는 절대 URL")
        case .email: LocalizedText(en: "an e-mail address", ko: "이메일 주소")
        case .vbankDue:
            LocalizedText(
                en: "a real date as YYYYMMDD, YYYYMMDDHHmmss, YYYYMMDDHHmm, YYYY-MM-DD or YYYY-MM-DD HH:mm:ss",
                ko: "실제 날짜(YYYYMMDD, YYYYMMDDHHmmss, YYYYMMDDHHmm, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss)"
            )
        case .cardExpiry: LocalizedText(en: "a card expiry YYYY-MM", ko: "카드 유효기간(YYYY-MM)")
        case .yymmdd: LocalizedText(en: "a date of birth YYMMDD", ko: "생년월일(YYMMDD)")
        case .luhn: LocalizedText(en: "a card number that passes the Luhn check", ko: "Luhn 검사를 통과하는 카드번호")
        case .unixSeconds: LocalizedText(en: "a Unix time in seconds", ko: "초 단위 Unix 시간")
        case .json: LocalizedText(en: "a string holding JSON", ko: "JSON 문자열")
        case .localURL:
            LocalizedText(en: "a URL on a local or private host", ko: "로컬 또는 사설 호스트 URL")
        case .wholeNumber: LocalizedText(en: "a whole number", ko: "정수")
        }
    }
}

/// A JSON value as the format checks see it: views of bytes that live only for the check (see
/// ``JSONDocument/withFormatInput(_:_:)``), so that a check reads the document's bytes in place.
enum FormatInput {
    /// A string's decoded UTF-8 bytes.
    case string(UnsafeBufferPointer<UInt8>)
    /// A number's lexeme as written (`1E400`, `-0`).
    case number(text: UnsafeBufferPointer<UInt8>, isInteger: Bool)
    case other
}

/// Implementations of the named formats and of `notPast`, over UTF-8 bytes.
enum Formats {
    /// True when `input` is of `format`.
    static func check(_ format: NamedFormat, _ input: FormatInput) -> Bool {
        if format == .unixSeconds {
            guard case .number(let text, let isInteger) = input, isInteger, text.first != UInt8(ascii: "-") else {
                return false
            }
            return text.count <= 11
        }
        if format == .wholeNumber {
            guard case .number(let text, let isInteger) = input else { return false }
            return isInteger || isWhole(text)
        }
        guard case .string(let text) = input else { return false }
        switch format {
        case .url: return parseURL(text) != nil
        case .email: return isEmail(text)
        case .vbankDue: return parseVbankDue(text) != nil
        case .cardExpiry: return parseExpiry(text) != nil
        case .yymmdd: return isYYMMDD(text)
        case .luhn: return passesLuhn(text)
        case .json: return JSONReader().read(Array(text)).problems.allSatisfy { $0.kind == .duplicateKey }
        case .localURL:
            guard let host = parseURL(text) else { return false }
            return isLocalHost(text[host].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        case .unixSeconds, .wholeNumber: return false
        }
    }

    /// Whether the JSON number `text` (a valid lexeme) has no fractional part, however it is written: `100.0`,
    /// `1e3` and `1.5e1` do; `27806.999999999996` and `1e-3` do not. Exact on the decimal digits, with no
    /// rounding to a double.
    static func isWhole(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = text.first == UInt8(ascii: "-") ? 1 : 0
        // Significant digits (leading zeros dropped), how many trailing zeros they end with, and how many of
        // them follow the decimal point.
        var significant = 0
        var trailingZeros = 0
        var fractionDigits = 0
        var inFraction = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if significant > 0 || byte != UInt8(ascii: "0") {
                    significant += 1
                    trailingZeros = byte == UInt8(ascii: "0") ? trailingZeros + 1 : 0
                }
                if inFraction { fractionDigits += 1 }
            } else {
                break
            }
            index += 1
        }
        // Zero however written.
        guard significant > 0 else { return true }
        var exponent = 0
        if index < text.count {
            // `e` or `E`, a sign, digits; saturated far beyond any digit count a payload can hold.
            index += 1
            var negative = false
            if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
                negative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            while index < text.count {
                exponent = min(exponent * 10 + Int(text[index] &- UInt8(ascii: "0")), 1 << 40)
                index += 1
            }
            if negative { exponent = -exponent }
        }
        // The value is (significant digits) × 10^(exponent − fractionDigits); fraction digits that are zero
        // were counted in `fractionDigits`, so they are in `trailingZeros` too.
        return exponent - fractionDigits + trailingZeros >= 0
    }

    /// The value of the whole JSON number `text` written with a fraction or an exponent (`1.8934236E9`), when it is
    /// below 10^15 in magnitude, where a double holds every integer exactly; nil otherwise.
    static func wholeValue(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.magnitude < 1e15,
            value == value.rounded()
        else { return nil }
        return Int64(value)
    }

    /// Whether the moment `input` names lies before `now` (Unix seconds). Nil when the input is no date.
    static func isPast(_ input: FormatInput, now: Int64) -> Bool? {
        switch input {
        case .number(let text, let isInteger):
            guard isInteger, let seconds = integer(text) else { return nil }
            return seconds < now
        case .string(let text):
            if let (year, month) = parseExpiry(text) {
                // Valid through the last moment of the month (KST).
                let (nextYear, nextMonth) = month == 12 ? (year + 1, 1) : (year, month + 1)
                return CivilTime.unixSeconds(year: nextYear, month: nextMonth, day: 1) <= now
            }
            if let moment = parseVbankDue(text) { return moment < now }
            return nil
        case .other:
            return nil
        }
    }

    /// The value of an integer lexeme (`-` and digits), or nil when it is none or does not fit.
    static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative ? text.dropFirst() : text[...]
        guard !digits.isEmpty else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) =
                negative
                ? times.subtractingReportingOverflow(Int64(byte - 0x30))
                : times.addingReportingOverflow(Int64(byte - 0x30))
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
        }
        return value
    }

    // MARK: - URL

    /// An absolute http(s) URL: scheme, `//`, optional user info, a host (name, IPv4 or `[IPv6]`), optional port.
    /// The range of the host in `bytes` (without brackets), or nil when `bytes` is no such URL.
    static func parseURL(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func hasPrefix(_ prefix: StaticString) -> Bool {
            guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
            for index in 0..<prefix.utf8CodeUnitCount where lower(bytes[index]) != prefix.utf8Start[index] {
                return false
            }
            return true
        }
        var index: Int
        if hasPrefix("https://") {
            index = 8
        } else if hasPrefix("http://") {
            index = 7
        } else {
            return nil
        }
        for byte in bytes where byte <= 0x20 || byte == 0x7F { return nil }
        // The authority ends at the first '/', '?' or '#'.
        var end = index
        while end < bytes.count, bytes[end] != 0x2F, bytes[end] != 0x3F, bytes[end] != 0x23 { end += 1 }
        // Skip user info.
        var at = end - 1
        while at >= index, bytes[at] != 0x40 { at -= 1 }
        if at >= index { index = at + 1 }
        var hostStart = index
        var hostEnd = end
        if hostStart < hostEnd, bytes[hostStart] == 0x5B {
            var close = hostStart
            while close < hostEnd, bytes[close] != 0x5D { close += 1 }
            guard close < hostEnd else { return nil }
            hostStart += 1
            let after = close + 1
            if after < end {
                guard bytes[after] == 0x3A, after + 1 < end else { return nil }
                for byte in bytes[(after + 1)..<end] where byte < 0x30 || byte > 0x39 { return nil }
            }
            hostEnd = close
        } else {
            var colon = hostEnd - 1
            while colon >= hostStart, bytes[colon] != 0x3A { colon -= 1 }
            if colon >= hostStart {
                guard colon + 1 < hostEnd else { return nil }
                for byte in bytes[(colon + 1)..<hostEnd] where byte < 0x30 || byte > 0x39 { return nil }
                hostEnd = colon
            }
        }
        guard hostStart < hostEnd, bytes[hostStart] != 0x2E else { return nil }
        var previousDot = false
        for byte in bytes[hostStart..<hostEnd] {
            if byte == 0x7B || byte == 0x7D { return nil }
            if byte == 0x2E, previousDot { return nil }
            previousDot = byte == 0x2E
        }
        return hostStart..<hostEnd
    }

    /// Whether a host (lowercased) is a local or private name or address.
    static func isLocalHost(_ host: [UInt8]) -> Bool {
        var bytes = host
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        func isExactly(_ text: StaticString) -> Bool {
            UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount).elementsEqual(bytes)
        }
        func ends(with text: StaticString) -> Bool {
            let suffix = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            return bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
        }
        func starts(with text: StaticString) -> Bool {
            let prefix = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            return bytes.count >= prefix.count && bytes[..<prefix.count].elementsEqual(prefix)
        }
        if isExactly("localhost") || isExactly("0.0.0.0") || isExactly("::1") || isExactly("::") { return true }
        if ends(with: ".localhost") || ends(with: ".local") || ends(with: ".test") || ends(with: ".internal")
            || ends(with: ".lan") || ends(with: ".home.arpa") || ends(with: ".invalid") || ends(with: ".example")
        {
            return true
        }
        // An IPv4 address in a private, loopback, link-local or shared range.
        if let last = bytes.last, (0x30...0x39).contains(last) {
            let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            let octets = parts.compactMap { part -> UInt8? in
                guard !part.isEmpty, part.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
                return UInt8(exactly: part.reduce(0) { min($0 * 10 + Int($1 - 0x30), 256) })
            }
            // `127.1` is 127.0.0.1 to the resolvers that read the short forms.
            if parts.count >= 2, parts.count < 4, octets.count == parts.count, octets[0] == 127 { return true }
            if parts.count == 4, octets.count == 4 {
                switch (octets[0], octets[1]) {
                case (127, _), (10, _), (0, _): return true
                case (172, 16...31), (192, 168), (169, 254): return true
                case (100, 64...127): return true
                default: return false
                }
            }
        }
        if bytes.contains(UInt8(ascii: ":")) {
            // An IPv4 address mapped into IPv6 is the IPv4 address: `::ffff:127.0.0.1`, `0:0:0:0:0:ffff:127.0.0.1`,
            // or in hex as URL parsers write it, `::ffff:7f00:1`.
            for prefix: StaticString in ["::ffff:", "0:0:0:0:0:ffff:"] where starts(with: prefix) {
                let rest = Array(bytes[prefix.utf8CodeUnitCount...])
                if isLocalHost(rest) { return true }
                let groups = rest.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
                let words = groups.compactMap { UInt16(String(decoding: $0, as: UTF8.self), radix: 16) }
                if groups.count == 2, words.count == 2 {
                    let dotted = [words[0] >> 8, words[0] & 0xFF, words[1] >> 8, words[1] & 0xFF].map(String.init)
                    if isLocalHost(Array(dotted.joined(separator: ".").utf8)) { return true }
                }
            }
            return starts(with: "fe80:") || starts(with: "fc") || starts(with: "fd")
        }
        return false
    }

    // MARK: - e-mail

    static func isEmail(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var at = -1
        for (index, byte) in bytes.enumerated() where byte == 0x40 {
            if at >= 0 { return false }
            at = index
        }
        guard at > 0, at <= 64, bytes.count - at - 1 >= 1, bytes.count - at - 1 <= 253 else { return false }
        // Local part: atext and dots, no leading, trailing or double dot.
        var previousDot = true
        for byte in bytes[0..<at] {
            let isAlphanumeric =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if byte == 0x2E {
                if previousDot { return false }
                previousDot = true
                continue
            }
            guard isAlphanumeric || Self.isEmailSpecial(byte) else { return false }
            previousDot = false
        }
        if previousDot { return false }
        // Domain: labels of letters, digits and hyphens (non-ASCII letters allowed), a final label of letters.
        var labelLength = 0
        var labels = 0
        var lastLabelAllLetters = true
        var labelStart = at + 1
        for index in (at + 1)...bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x2E
            if byte == 0x2E {
                guard labelLength > 0, labelLength <= 63, bytes[labelStart] != 0x2D, bytes[index - 1] != 0x2D else {
                    return false
                }
                labels += 1
                labelLength = 0
                labelStart = index + 1
                if index < bytes.count { lastLabelAllLetters = true }
                continue
            }
            let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
            let isDigit = (0x30...0x39).contains(byte)
            guard isLetter || isDigit || byte == 0x2D else { return false }
            if !isLetter { lastLabelAllLetters = false }
            labelLength += 1
        }
        var tldLength = 0
        var cursor = bytes.count - 1
        while cursor > at, bytes[cursor] != 0x2E { tldLength += 1; cursor -= 1 }
        // A top-level domain of letters, or an internationalized one in its ASCII form (`xn--3e0b707e` for `.한국`).
        let tld = bytes[(cursor + 1)...]
        let isPunycode =
            tld.count > 4 && tld.prefix(4).map { $0 | 0x20 } == Array("xn--".utf8).map { $0 | 0x20 }
        return labels >= 2 && (lastLabelAllLetters || isPunycode) && tldLength >= 2
    }

    /// The non-alphanumeric characters RFC 5322 allows in an unquoted local part (`!#$%&'*+/=?^_`{|}~-`).
    private static func isEmailSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2F, 0x3D, 0x3F, 0x5E, 0x5F, 0x60, 0x7B, 0x7C, 0x7D,
            0x7E:
            true
        default:
            false
        }
    }

    // MARK: - dates

    /// `YYYY-MM` with a real month.
    static func parseExpiry(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int)? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7]), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }

    /// A `vbank_due` string as Unix seconds (KST), nil when it is none of the forms or no real date.
    static func parseVbankDue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var year = 0
        var month = 0
        var day = 0
        var hour = 23
        var minute = 59
        var second = 59
        func number(_ range: Range<Int>) -> Int? { digits(bytes[range]) }
        switch bytes.count {
        case 8, 12, 14:
            guard let y = number(0..<4), let m = number(4..<6), let d = number(6..<8) else { return nil }
            (year, month, day) = (y, m, d)
            if bytes.count >= 12 {
                guard let h = number(8..<10), let mi = number(10..<12) else { return nil }
                (hour, minute, second) = (h, mi, 0)
            }
            if bytes.count == 14 {
                guard let s = number(12..<14) else { return nil }
                second = s
            }
        case 10, 19:
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
            else { return nil }
            (year, month, day) = (y, m, d)
            if bytes.count == 19 {
                guard bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                    let h = number(11..<13), let mi = number(14..<16), let s = number(17..<19)
                else { return nil }
                (hour, minute, second) = (h, mi, s)
            }
        default:
            return nil
        }
        guard CivilTime.isValidDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else {
            return nil
        }
        return CivilTime.unixSeconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    static func isYYMMDD(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 6, let yy = digits(bytes[0..<2]), let month = digits(bytes[2..<4]),
            let day = digits(bytes[4..<6])
        else { return false }
        // Valid in 1900s or 2000s (29 February needs a leap year in one of them).
        return CivilTime.isValidDate(year: 1900 + yy, month: month, day: day)
            || CivilTime.isValidDate(year: 2000 + yy, month: month, day: day)
    }

    // MARK: - card numbers

    static func passesLuhn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // From the last digit back, every second digit doubled; no array of digits.
        var count = 0
        var sum = 0
        for byte in bytes.reversed() {
            switch byte {
            case 0x30...0x39:
                let digit = Int(byte &- 0x30)
                if count & 1 == 1 {
                    sum += digit < 5 ? digit * 2 : digit * 2 - 9
                } else {
                    sum += digit
                }
                count += 1
            case 0x20, 0x2D: continue
            default: return false
            }
        }
        return (12...19).contains(count) && sum % 10 == 0
    }

    static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    static func digits<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return bytes.isEmpty ? nil : value
    }
}

/// Calendar arithmetic in Korea Standard Time (UTC+9, no daylight saving), without Foundation.
enum CivilTime {
    static let kstOffset: Int64 = 9 * 3600

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        year >= 1 && (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Unix seconds of a KST wall-clock time.
    static func unixSeconds(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64 {
        daysFromCivil(year: year, month: month, day: day) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
            - kstOffset
    }
}
