import ArgumentParser
import Foundation
import KCPLint

/// Report formats of `kcplint check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `kcplint check`: validates payload files, directories or standard input.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check payload files (the default command).",
        discussion: """
            Examples:
              kcplint check Examples/
              kcplint check --kind rest-again --format json body.json
              cat body.json | kcplint check --stdin-filename body.json -
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Option(help: ArgumentHelp("Check every payload as this kind instead of detecting it.", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("The clock for \"not in the past\" checks (ISO 8601, e.g. 2026-01-01T00:00:00+09:00).", valueName: "time"))
    var now: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("The path to report for standard input.", valueName: "name"))
    var stdinFilename: String = "<stdin>"

    @Argument(help: ArgumentHelp("Payload files or directories (*.json, recursive), or - for standard input.", valueName: "path"))
    var paths: [String] = []

    mutating func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one path, or - for standard input") }
        if let now, ISO8601.parse(now) == nil {
            throw ValidationError("--now must be an ISO 8601 date-time such as 2026-01-01T00:00:00+09:00, found '\(now)'")
        }
    }

    func run() throws {
        let language = catalogueOptions.effectiveLanguage
        let catalogue = try catalogueOptions.loadCatalogue()
        if let kind, !catalogue.kindIDs.contains(kind) {
            printError("kcplint: error: unknown kind '\(kind)'; kinds are \(catalogue.kindIDs.joined(separator: ", "))")
            throw Exit.couldNotRun
        }
        let validator = Validator(catalogue: catalogue)
        let options = ValidationOptions(kind: kind, language: language, now: now.flatMap(ISO8601.parse))
        let inputs = InputCollector(paths: paths, stdinName: stdinFilename)
        let collected = inputs.collect()
        var couldNotRun = !collected.problems.isEmpty
        for problem in collected.problems { printError("\(problem.path): error: \(problem.message)") }

        let reports = PayloadChecker(validator: validator, options: options).check(collected.inputs)
        var writer: any ReportWriter
        switch format {
        case .text: writer = TextReportWriter(color: false, language: language)
        case .json: writer = JSONReportWriter()
        }
        var summary = ReportSummary()
        var output = writer.begin()
        for report in reports {
            summary.add(report)
            if report.source == nil { couldNotRun = true }
            output += writer.write(report)
        }
        output += writer.end(summary)
        FileHandle.standardOutput.write(Data(output.utf8))
        if couldNotRun { throw Exit.couldNotRun }
        if summary.errors > 0 { throw Exit.findings }
    }
}
