import Testing

@testable import KCPLint

/// Every named format has accepted and rejected values.
@Suite struct FormatTests {
    static let cases: [(NamedFormat, [String], [String])] = [
        (
            .url,
            ["https://shop.example.com/done?x=1", "http://a.kr", "https://[::1]:8443/x", "HTTPS://Shop.Example.com"],
            [
                "/payments/done", "shop.example.com", "ftp://a.kr", "https://", "https://a b.kr", "https://{도메인}/x",
                "https://a.kr:port",
            ]
        ),
        (
            .email, ["minji.kim@example.com", "a+b@sub.example.co.kr", "gildong@example.xn--3e0b707e"],
            ["minji", "a@b", "a@@b.kr", "a b@c.kr", ".a@b.kr", "a@b.k", "a@b.xn--", "a@b.x1--3e0b"]
        ),
        (
            .vbankDue, ["20301231", "20301231235959", "203012312359", "2030-12-31", "2030-12-31 23:59:59", "20280229"],
            ["20301332", "20290229", "2030-1-31", "2030/12/31", "20301231246000", "2030-12-31T23:59:59", "1231"]
        ),
        (.cardExpiry, ["2030-12", "2026-01"], ["2030-13", "2030-00", "12/30", "203012", "2030-1", "30-12"]),
        (.yymmdd, ["880214", "000229", "991231"], ["881332", "880230", "12345", "8802141", "8a0214"]),
        (
            .luhn, ["4111-1111-1111-1111", "4111111111111111", "5555 5555 5555 4444", "378282246310005"],
            ["1234-1234-1234-1234", "4111-1111-1111-1112", "4111", "4111-1111-1111-111x"]
        ),
        (.json, [#"{"a": 1}"#, "[]", "\"x\"", "12"], [#"{"a": 1,}"#, "{a: 1}", "", "'x'"]),
        (
            .localURL,
            [
                "http://localhost:3000/hook", "https://127.0.0.1/x", "http://192.168.0.10/x", "http://10.1.2.3/",
                "https://shop.local/x", "https://testtest.test", "http://172.16.0.1/", "http://[::1]/x",
                "https://shop.invalid/x", "https://api.example/hook", "http://127.1:8080/x",
                "http://[::ffff:127.0.0.1]/x", "http://[::ffff:10.0.0.8]:3000/", "http://[::ffff:7f00:1]/x",
                "http://[0:0:0:0:0:ffff:127.0.0.1]/", "http://[::ffff:c0a8:10a]/",
            ],
            [
                "https://shop.example.com/hook", "http://172.32.0.1/", "https://8.8.8.8/", "not a url",
                "http://[::ffff:8.8.8.8]/", "https://128.1/x", "http://[::ffff:808:808]/",
            ]
        ),
    ]

    @Test(arguments: cases.map(\.0))
    func formatAcceptsAndRejects(_ format: NamedFormat) {
        let entry = Self.cases.first { $0.0 == format }
        for value in entry?.1 ?? [] {
            #expect(Self.check(format, string: value), "\(format.rawValue) should accept \(value)")
        }
        for value in entry?.2 ?? [] {
            #expect(!Self.check(format, string: value), "\(format.rawValue) should reject \(value)")
        }
    }

    @Test func unixSecondsRejectsMillisecondsAndFloats() {
        #expect(Self.check(.unixSeconds, number: "1798729200", isInteger: true))
        #expect(!Self.check(.unixSeconds, number: "1798729200000", isInteger: true))
        #expect(!Self.check(.unixSeconds, number: "1798729200.5", isInteger: false))
        #expect(!Self.check(.unixSeconds, number: "-5", isInteger: true))
        #expect(!Self.check(.unixSeconds, string: "1798729200"))
    }

    /// A whole number by value, however written; exact on the decimal digits.
    @Test func wholeNumberChecksTheValueNotTheSpelling() {
        for whole in ["9900.0", "100.00", "0.0", "-0.0", "1e3", "6.49e4", "1.5E+1", "100e-2", "-12.0", "1E400", "0e-7"]
        {
            #expect(Self.check(.wholeNumber, number: whole, isInteger: false), "\(whole) is whole")
        }
        #expect(Self.check(.wholeNumber, number: "27807", isInteger: true))
        for fraction in ["27806.999999999996", "64900.5", "10.50", "0.001", "1e-3", "1.25e1", "120e-3", "-0.5"] {
            #expect(!Self.check(.wholeNumber, number: fraction, isInteger: false), "\(fraction) has a fraction")
        }
        #expect(!Self.check(.wholeNumber, string: "9900"))
    }

    /// 2026-01-01T00:00:00+09:00.
    static let clock: Int64 = 1_767_193_200

    @Test func notPastReadsMonthsDatesAndSeconds() {
        #expect(Self.isPast(string: "2025-12", now: Self.clock) == true)
        #expect(Self.isPast(string: "2026-01", now: Self.clock) == false)
        #expect(Self.isPast(string: "20251231", now: Self.clock) == true)
        // A date alone means 23:59:59 that day (KST).
        #expect(Self.isPast(string: "20251231", now: Self.clock - 2) == false)
        #expect(Self.isPast(string: "2026-01-01 00:00:01", now: Self.clock) == false)
        #expect(Self.isPast(number: String(Self.clock - 1), now: Self.clock) == true)
        #expect(Self.isPast(string: "soon", now: Self.clock) == nil)
    }

    @Test func integerLexemesAreReadExactlyOrNotAtAll() {
        func value(_ text: String) -> Int64? {
            var text = text
            return text.withUTF8(Formats.integer)
        }
        #expect(value("1798729200") == 1_798_729_200)
        #expect(value("-0") == 0)
        #expect(value("-9223372036854775808") == .min)
        #expect(value("9223372036854775807") == .max)
        #expect(value("9223372036854775808") == nil)
        #expect(value("-") == nil)
        #expect(value("") == nil)
        #expect(value("1e3") == nil)
    }

    @Test func formatsReadTheDocumentsDecodedBytes() throws {
        // Escaped solidus and letters decode before the check; a whole number is read as the integer it is, however
        // it is written (`1.7987292E9`), a fraction is no time.
        let document = try #require(
            JSONReader().read(
                Array(
                    #"["https:\/\/shop.example.com\/x", "\u0048TTP://LOCALHOST/x", 1798729200, 1.7987292E9, 1e-3]"#.utf8
                )
            )
            .document
        )
        let items = document.items(of: document.root)
        #expect(document.isFormat(items[0], .url))
        #expect(document.isFormat(items[1], .localURL))
        #expect(document.isFormat(items[2], .unixSeconds))
        #expect(document.isFormat(items[3], .unixSeconds))
        #expect(!document.isFormat(items[4], .unixSeconds))
        #expect(document.isPast(items[2], now: 1_798_729_201) == true)
        #expect(document.isPast(items[3], now: 1_798_729_200) == false)
        #expect(document.isPast(items[4], now: Self.clock) == nil)
    }

    private static func check(_ format: NamedFormat, string: String) -> Bool {
        var text = string
        return text.withUTF8 { Formats.check(format, .string($0)) }
    }

    private static func check(_ format: NamedFormat, number: String, isInteger: Bool) -> Bool {
        var text = number
        return text.withUTF8 { Formats.check(format, .number(text: $0, isInteger: isInteger)) }
    }

    private static func isPast(string: String, now: Int64) -> Bool? {
        var text = string
        return text.withUTF8 { Formats.isPast(.string($0), now: now) }
    }

    private static func isPast(number: String, now: Int64) -> Bool? {
        var text = number
        return text.withUTF8 { Formats.isPast(.number(text: $0, isInteger: true), now: now) }
    }

    @Test func iso8601Clock() {
        #expect(ISO8601.parse("2026-01-01T00:00:00+09:00") == Self.clock)
        #expect(ISO8601.parse("2025-12-31T15:00:00Z") == Self.clock)
        #expect(ISO8601.parse("2026-01-01") == Self.clock)
        #expect(ISO8601.parse("2026-13-01") == nil)
        #expect(ISO8601.parse("yesterday") == nil)
        #expect(ISO8601.parse("2025-12-31T15:00:00.250Z") == Self.clock)
        #expect(ISO8601.parse("2016-12-31T23:59:60Z") == ISO8601.parse("2017-01-01T00:00:00Z"))
        #expect(ISO8601.parse("2017-01-01T08:59:60+09:00") == ISO8601.parse("2017-01-01T00:00:00Z"))
        #expect(ISO8601.parse("2016-12-31T23:59:60+09:00") == nil)
        #expect(ISO8601.parse("2025-12-31t15:00:00z") == Self.clock)
        // Impossible offsets and times, a fraction without digits: refused, not read as another moment.
        for text in [
            "2026-01-01T00:00:00+99:99", "2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00-00:60",
            "2026-01-01T12:30:60Z", "2026-01-01T00:00:59.", "2026-01-01T00:00:59.Z",
        ] {
            #expect(ISO8601.parse(text) == nil, "\(text)")
        }
    }

    @Test func cardNumbersAreMaskedToSixAndFour() {
        #expect(Masking.maskCardNumber("\"4111-1111-1111-1111\"") == "\"4111-11**-****-1111\"")
        #expect(Masking.maskCardNumber("4111111111111111") == "411111******1111")
        #expect(Masking.maskCardNumber("123456789") == "*********")
        #expect(Masking.maskFully("\"880214\"") == "\"***\"")
    }
}
