import KCPLint
import Testing

@Suite("YAML reader: core schema and JSON numbers")
struct YAMLScalarTests {
    /// The scalar of `v: <source>`.
    private func scalar(_ source: String) throws -> YAMLScalar {
        let root = try #require(try YAMLReader.parse("v: \(source)\n"))
        return try #require(root["v"]?.scalar)
    }

    @Test(
        arguments: [
            ("Y", .string("Y")), ("N", .string("N")), ("yes", .string("yes")), ("no", .string("no")),
            ("on", .string("on")), ("off", .string("off")),
            ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
            ("FALSE", .bool(false)), ("tRUE", .string("tRUE")),
            ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null), ("nULL", .string("nULL")),
            ("012", .int(12)), ("-12", .int(-12)), ("+3", .int(3)), ("0", .int(0)),
            ("0o17", .int(15)), ("0x1F", .int(31)), ("0x1f", .int(31)), ("0o18", .string("0o18")),
            ("-0x1F", .string("-0x1F")), ("1_000", .string("1_000")),
            ("9223372036854775807", .int(Int.max)), ("-9223372036854775808", .int(Int.min)),
            ("9223372036854775808", .double(0x1p63)),
            ("123456789012345678901234567890", .double(1.2345678901234568e29)),
            ("-123456789012345678901234567890", .double(-1.2345678901234568e29)),
            ("0xFFFFFFFFFFFFFFFFFF", .double(0x1p72)), ("0o7777777777777777777777", .double(0x1p66)),
            ("1.5", .double(1.5)), (".5", .double(0.5)), ("-.5", .double(-0.5)), ("1.", .double(1)),
            ("1e3", .double(1000)), ("1E-2", .double(0.01)), ("+1.5e+2", .double(150)), ("1e400", .double(.infinity)),
            (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)), ("+.INF", .double(.infinity)),
            (".", .string(".")), ("1e", .string("1e")), ("1.2.3", .string("1.2.3")), ("inf", .string("inf")),
            ("\"123\"", .string("123")), ("'true'", .string("true")), ("\"\"", .string("")),
            ("!!str 123", .string("123")), ("!!int \"12\"", .int(12)), ("!!int abc", .string("abc")),
            ("!!float 1", .double(1)), ("!!float 0x10", .double(16)), ("!!float x", .string("x")),
            ("!!bool TRUE", .bool(true)), ("!!bool yes", .string("yes")),
            ("!!null ''", .null), ("!!null x", .string("x")), ("!custom 12", .string("12")), ("! 12", .string("12")),
            ("상품", .string("상품")),
        ] as [(String, YAMLScalar.Resolved)]
    )
    func coreSchemaResolution(source: String, expected: YAMLScalar.Resolved) throws {
        #expect(try scalar(source).resolved == expected)
    }

    @Test(arguments: [".nan", ".NaN", ".NAN", "!!float .nan"])
    func notANumber(source: String) throws {
        guard case .double(let value) = try scalar(source).resolved else {
            Issue.record("\(source) did not resolve to a double")
            return
        }
        #expect(value.isNaN)
    }

    @Test func blockScalarsAreStrings() throws {
        let root = try #require(try YAMLReader.parse("a: |-\n  12\nb: >-\n  true\n"))
        #expect(root["a"]?.scalar?.resolved == .string("12"))
        #expect(root["b"]?.scalar?.resolved == .string("true"))
    }

    @Test(arguments: [
        ("27806.999999999996", "27806.999999999996"), ("-12", "-12"), ("1.50", "1.50"), ("1e400", "1e400"),
        ("0", "0"), ("-0", "-0"), ("0.5", "0.5"), ("2E-3", "2E-3"),
        ("12345678901234567890123", "12345678901234567890123"),
        ("!!float 1", "1"), ("!!int 7", "7"),
    ])
    func jsonNumberTextIsVerbatim(source: String, expected: String) throws {
        #expect(try scalar(source).jsonNumberText == expected)
    }

    @Test(arguments: [
        "1_000", "0x1F", "0o17", ".5", "01", "+3", "1.", "--1", "1e", ".inf", ".nan", "\"12\"", "'12'",
        "!!str 12", "abc", "", "null",
    ])
    func jsonNumberTextIsNil(source: String) throws {
        #expect(try scalar(source).jsonNumberText == nil)
    }

    @Test func scalarInitialiserDefaults() {
        let scalar = YAMLScalar(value: "12")
        #expect(scalar.style == .plain)
        #expect(scalar.tag == nil)
        #expect(scalar.resolved == .int(12))
        #expect(YAMLScalar(value: "12", style: .singleQuoted).resolved == .string("12"))
    }
}
