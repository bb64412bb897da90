import Foundation
import Testing

/// Properties every format must have: no sensitive value, valid SARIF, well-formed XML.
@Suite struct ReportFormatTests {
    static let formats = ["text", "json", "sarif", "github", "junit", "checkstyle", "gitlab"]

    /// The sensitive values of `payloads/card.json`, in the forms they could leak.
    static let secrets = ["4111-1111-1111-1112", "4111111111111112", "1111-1111", "2019-01", "821399", "987"]

    @Test(arguments: formats)
    func sensitiveValuesNeverAppear(format: String) throws {
        for language in ["en", "ko"] {
            let run = try CLI.run([
                "check", "--no-config", "--now", CLI.now, "--lang", language, "--format", format, "payloads/card.json",
            ])
            #expect(run.status == 1)
            #expect(run.stdout.contains("card_number"), "the card number is reported")
            for secret in Self.secrets {
                #expect(!run.stdout.contains(secret), "\(format) (\(language)) prints \(secret)")
                #expect(!run.stderr.contains(secret))
            }
        }
    }

    @Test func sensitiveValuesNeverAppearInTheDefaultCatalogueEither() throws {
        // The default catalogue is still growing: check only that nothing leaks, whatever it reports.
        let payload =
            #"{"merchant_uid": "m-1", "amount": 1000, "card_number": "4111-1111-1111-1112", "expiry": "2019-01", "birth": "821399", "pwd_2digit": "987"}"#
        for format in Self.formats {
            let run = try CLI.run(
                ["check", "--no-config", "--now", CLI.now, "--format", format, "-"],
                environment: CLI.environment(fixtureCatalogue: false),
                stdin: payload
            )
            #expect(run.status != 2, "\(format): \(run.stderr)")
            // SARIF's rule metadata quotes the catalogue, which may mention any example value: check the results.
            let findings = run.stdout.components(separatedBy: "\"results\":[").last ?? ""
            for secret in Self.secrets where secret != "987" {
                #expect(!findings.contains(secret), "\(format) prints \(secret)")
            }
        }
    }

    /// python3, if it is installed (used to validate SARIF with jsonschema and to parse XML).
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"]
        return path.split(separator: ":").map { "\($0)/python3" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// Runs a Python script with arguments; returns the exit status, standard output and standard error.
    static func runPython(_ script: String, _ arguments: [String]) throws -> CLI.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python))
        process.arguments = ["-c", script] + arguments
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return CLI.Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8)
        )
    }

    static let hasJSONSchema: Bool = python != nil && ((try? runPython("import jsonschema", []))?.status == 0)

    @Test(
        .enabled(if: hasJSONSchema, "needs python3 with the jsonschema package (pip install jsonschema)"),
        arguments: [["payloads"], ["--lang", "ko", "payloads"], ["missing.json", "payloads/good.json"]]
    )
    func sarifValidatesAgainstTheSchema(arguments: [String]) throws {
        let run = try CLI.run(["check", "--no-config", "--now", CLI.now, "--format", "sarif"] + arguments)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.sarif")
        try run.stdout.write(to: report, atomically: true, encoding: .utf8)
        let check = try Self.runPython(
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(open(sys.argv[2]))
            jsonschema.validate(log, schema)
            run = log["runs"][0]
            rules = run["tool"]["driver"]["rules"]
            assert run["columnKind"] == "unicodeCodePoints"
            for result in run["results"]:
                assert rules[result["ruleIndex"]]["id"] == result["ruleId"], result
                assert "pointer" in result["properties"], result
            print(len(run["results"]))
            """,
            [CLI.fixtures.appendingPathComponent("sarif-schema-2.1.0.json").path, report.path]
        )
        #expect(check.status == 0, "SARIF does not validate: \(check.stderr)")
        #expect((Int(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0)
    }

    @Test(.enabled(if: python != nil, "needs python3 to parse XML"), arguments: ["junit", "checkstyle"])
    func xmlIsWellFormed(format: String) throws {
        let run = try CLI.run([
            "check", "--no-config", "--now", CLI.now, "--format", format, "payloads", "missing.json",
        ])
        #expect(run.status == 2)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.xml")
        try run.stdout.write(to: report, atomically: true, encoding: .utf8)
        // Parse with a real XML parser and print what the test checks.
        let parsed = try Self.runPython(
            """
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            print(root.tag)
            if root.tag == "testsuites":
                cases = root.findall(".//testcase")
                print(len(cases), len(root.findall(".//testcase/failure")), len(root.findall(".//testcase/error")))
                print("\\n".join(case.get("name") for case in cases))
            else:
                print(len(root.findall("file")))
                print("\\n".join(error.get("message") for error in root.iter("error")))
            """,
            [report.path]
        )
        #expect(parsed.status == 0, "not well-formed XML: \(parsed.stderr)")
        let lines = parsed.stdout.split(separator: "\n").map(String.init)
        if format == "junit" {
            #expect(lines.first == "testsuites")
            #expect(lines.dropFirst().first == "8 5 1")
            #expect(lines.contains("payloads/한글/결제 요청.json"))
        } else {
            #expect(lines.first == "checkstyle")
            #expect(lines.dropFirst().first == "8")
            #expect(lines.contains { $0.contains(#"found "samsungpay""#) })
        }
    }
}
