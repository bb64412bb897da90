import ArgumentParser
import KCPLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Entry point: runs the command and maps every failure to kcplint's exit codes
/// (0 clean, 1 findings at or above the fail level, 2 could not run).
@main
enum Main {
    static func main() {
        // A standard descriptor the parent closed (`>&-`) is opened on /dev/null: the next file kcplint opens
        // would take its number, and the report (or a read of `-`) would go to a baseline or a temporary file.
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 {
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        do {
            var command = try parse(Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            // Help, version and completion scripts are "errors" that exit 0.
            if KCPLintCommand.exitCode(for: error) == .success { KCPLintCommand.exit(withError: error) }
            let message = KCPLintCommand.fullMessage(for: error)
            printError("kcplint: " + message)
            exit(Exit.couldNotRun.rawValue)
        }
    }
}

extension Main {
    /// The command to run. `kcplint check …`, the hot path of hooks and CI, is parsed as `Check` alone, without the
    /// argument definitions of the other commands (about half of a one-file run's start-up); anything that does not
    /// parse that way (help, `--version`, a usage error) goes through the whole tree, which words the answer.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        let arguments = subcommandFirst(arguments)
        if arguments.first == "check", let check = try? Check.parse(Array(arguments.dropFirst())) { return check }
        return try KCPLintCommand.parseAsRoot(arguments)
    }

    /// `kcplint --lang ko explain X` as `kcplint explain --lang ko X`: options the commands share, written before the
    /// command's name, would otherwise make `check` (the default command) take `explain` and `X` for files.
    static func subcommandFirst(_ arguments: [String]) -> [String] {
        guard let first = arguments.first, first.hasPrefix("--") else { return arguments }
        let subcommands: Set = ["check", "rules", "explain", "kinds", "init"]
        // The options of ``CatalogueOptions``, and whether each takes a value.
        let shared = ["--lang": true, "--rules": true, "--config": true, "--no-config": false]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if subcommands.contains(argument) {
                return [argument] + arguments[..<index] + arguments[(index + 1)...]
            }
            let name = String(argument.prefix { $0 != "=" })
            guard let takesValue = shared[name] else { return arguments }
            index += takesValue && name == argument ? 2 : 1
        }
        return arguments
    }
}

/// `kcplint`: checks PortOne v1 × NHN KCP payment requests.
struct KCPLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kcplint",
        abstract: "Check PortOne v1 × NHN KCP payment requests before they reach the gateway.",
        discussion: """
            Exit codes:
              0  no finding at or above the fail level
              1  findings at or above the fail level, or too many warnings
              2  could not run: bad usage, an unreadable input, an invalid
                 catalogue or configuration

            Shell completions: kcplint --generate-completion-script bash|zsh|fish
            """,
        version: "kcplint \(ReportTool.version)",
        subcommands: [Check.self, Rules.self, Explain.self, Kinds.self, Init.self],
        defaultSubcommand: Check.self
    )
}
