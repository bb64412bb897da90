import Testing

@testable import KCPLint

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.json", "a.json", true), ("*.json", "deep/er/a.json", true), ("*.json", "a.json5", false),
        ("legacy/*.json", "legacy/a.json", true), ("legacy/*.json", "legacy/x/a.json", false),
        ("legacy/**", "legacy/x/y/a.json", true), ("legacy/", "legacy/a.json", true),
        ("legacy/", "x/legacy/y/a.json", true),
        ("legacy/", "legacy.json", false), ("a/legacy/", "legacy/x.json", false),
        ("a/legacy/", "a/legacy/x.json", true), ("legacy/**/*.json", "legacy/a.json", true),
        ("**/draft-*.json", "a/b/draft-1.json", true), ("**/draft-*.json", "draft-1.json", true),
        ("./pay.json", "pay.json", true), ("pay.json", "./pay.json", true),
        ("a?c.json", "abc.json", true), ("a?c.json", "a/c.json", false),
        ("[ab]*.json", "b1.json", true), ("[!ab]*.json", "b1.json", false), ("[a-c]x", "cx", true),
        ("{sdk,rest}/*.json", "rest/a.json", true), ("{sdk,rest}/*.json", "other/a.json", false),
        ("결제/*.json", "결제/요청.json", true), ("*요청.json", "결제 요청.json", true),
        ("a*b*c*d", "aXbXcXd", true), ("a*a*a*a*b", String(repeating: "a", count: 200), false),
    ])
    func matching(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected, "\(pattern) ~ \(path)")
    }

    @Test func folderMatches() throws {
        #expect(try Glob("legacy").matchesPathOrFolder("x/legacy/a.json"))
        #expect(try Glob("fixtures/broken").matchesPathOrFolder("fixtures/broken/a.json"))
        #expect(try !Glob("fixtures/broken").matchesPathOrFolder("fixtures/brokenness/a.json"))
    }

    @Test(arguments: ["", "[abc", "{a,b", "a}", "[z-a]"])
    func invalidPatterns(pattern: String) {
        #expect(throws: GlobError.self) { try Glob(pattern) }
    }

    @Test func braceExplosionIsRefused() {
        #expect(throws: GlobError.self) { try Glob(String(repeating: "{a,b}", count: 9)) }
    }

    /// A glob with no wildcard and a folder in it names one path, which a set of suppressions looks up instead of
    /// matching; the lookup key is the path as `normalized` spells it.
    @Test func literalGlobsNameOnePath() throws {
        #expect(try Glob("checkout/pay.json").literalPath == "checkout/pay.json")
        #expect(try Glob("./checkout//pay.json").literalPath == "checkout/pay.json")
        for pattern in [
            "pay.json", "checkout/*.json", "checkout/", "{a,b}/pay.json", "a/**/b.json", "a/p?.json", "a/[p].json",
        ] {
            #expect(try Glob(pattern).literalPath == nil, "\(pattern)")
        }
        #expect(Glob.normalized("./checkout//pay.json") == "checkout/pay.json")
        for path in ["checkout/pay.json", "./checkout/pay.json", "checkout//pay.json"] {
            let glob = try Glob("checkout/pay.json")
            #expect(glob.matches(path) == (glob.literalPath == Glob.normalized(path)), "\(path)")
        }
    }
}
