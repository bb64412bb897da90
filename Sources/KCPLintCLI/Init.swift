import ArgumentParser
import KCPLint

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `kcplint init`: writes a commented starter `.kcplint.yml`.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented starter .kcplint.yml.",
        discussion: """
            Every setting of the starter file is commented out, so it changes nothing until edited.
            An existing file is kept unless --force is given.

            Examples:
              kcplint init
              kcplint init --force config/.kcplint.yml
            """
    )

    @Flag(help: "Overwrite an existing file.")
    var force = false

    @Argument(help: ArgumentHelp("Where to write it.", valueName: "file"), completion: .file())
    var path: String = ProjectConfig.fileName

    func run() throws {
        // A symbolic link, even to nothing yet, names a file elsewhere: written through only with --force.
        if !force, (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
            printError("kcplint: error: \(path) is a symbolic link; use --force to write through it")
            throw Exit.couldNotRun
        }
        if let isDirectory = isDirectory(atPath: path) {
            if isDirectory {
                printError("kcplint: error: \(path) is a directory")
                throw Exit.couldNotRun
            }
            if !force {
                printError("kcplint: error: \(path) already exists; use --force to overwrite it")
                throw Exit.couldNotRun
            }
        }
        do throws(SinkError) {
            let sink = try ReportSink(path: path)
            try sink.write(ProjectConfig.starter)
            try sink.commit()
        } catch {
            printError("kcplint: error: \(error.message)")
            throw Exit.couldNotRun
        }
        print("wrote \(path)")
    }
}
