import ArgumentParser
import Foundation

/// Entry point: runs the command and maps every failure to kcplint's exit codes
/// (0 clean, 1 findings at or above the fail level, 2 could not run).
@main
enum Main {
    static func main() {
        do {
            var command = try KCPLintCommand.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = KCPLintCommand.exitCode(for: error)
            if code == .success { KCPLintCommand.exit(withError: error) }
            // Bad usage and every other failure to run: exit 2 (ArgumentParser would use 64 or 1).
            let message = KCPLintCommand.fullMessage(for: error)
            FileHandle.standardError.write(Data(("kcplint: " + message + "\n").utf8))
            exit(2)
        }
    }
}

/// `kcplint`: checks PortOne v1 × NHN KCP payment requests.
struct KCPLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kcplint",
        abstract: "Check PortOne v1 × NHN KCP payment requests before they reach the gateway.",
        discussion: """
            Exit codes: 0 no finding at or above the fail level, 1 findings, 2 could not run
            (bad usage, unreadable input, invalid catalogue or config).
            """,
        version: "kcplint 0.1.0",
        subcommands: [Check.self, Rules.self, Explain.self, Kinds.self],
        defaultSubcommand: Check.self
    )
}
