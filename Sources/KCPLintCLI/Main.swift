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
    ///
    /// The parser sees the arguments with their runs of paths folded (see ``FoldedPaths``): it takes time quadratic
    /// in the number of paths (`kcplint check $(git ls-files '*.json')`, pre-commit and `xargs` name thousands).
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        let arguments = subcommandFirst(arguments)
        let folded = FoldedPaths(arguments)
        if arguments.first == "check", var check = try? Check.parse(Array(folded.arguments.dropFirst())),
            folded.unfold(&check)
        {
            return check
        }
        do {
            let command = try KCPLintCommand.parseAsRoot(folded.arguments)
            if folded.runs.isEmpty { return command }
            if var check = command as? Check, folded.unfold(&check) { return check }
        } catch {
            if folded.runs.isEmpty || !KCPLintCommand.fullMessage(for: error).utf8.contains(0) { throw error }
        }
        // Not reached unless the folding is wrong (a placeholder not among the paths, or quoted in a message): the
        // arguments as given decide.
        return try KCPLintCommand.parseAsRoot(arguments)
    }

    /// The names of the commands (`help` is the parser's own).
    static let commandNames: Set = ["check", "rules", "explain", "kinds", "init"]

    /// `kcplint --lang ko explain X` as `kcplint explain --lang ko X`: options the commands share, written before the
    /// command's name, would otherwise make `check` (the default command) take `explain` and `X` for files.
    static func subcommandFirst(_ arguments: [String]) -> [String] {
        guard let first = arguments.first, first.hasPrefix("--") else { return arguments }
        // The options of ``CatalogueOptions``, and whether each takes a value.
        let shared = ["--lang": true, "--rules": true, "--config": true, "--no-config": false]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if commandNames.contains(argument) {
                return [argument] + arguments[..<index] + arguments[(index + 1)...]
            }
            let name = String(argument.prefix { $0 != "=" })
            guard let takesValue = shared[name] else { return arguments }
            index += takesValue && name == argument ? 2 : 1
        }
        return arguments
    }
}

/// The arguments of a `check` with each run of arguments that can only be paths replaced by one placeholder, for
/// the parser: it takes time quadratic in the values of an array (`paths`), 2.7 s for 10,000 and 22 s for 30,000.
///
/// An argument is a path when it is not an option (it does not start with `-`, or it is `-`, or it comes after `--`)
/// and no option before it can take it for its value. The options of `check` (`--format json`, `--max-warnings -1`,
/// `-qo file`) take their values from the arguments right after them, one per option (`-oo a b` takes both), never
/// from further on: an argument more than that many places after every option is a path (`ManyPathsTests` checks
/// in the parser's description of `check` that no option scans ahead). Which argument is what is thus decided as
/// the parser decides it, with no list of options here. Kept as they are: the first argument (it may name the
/// command), `-` (``Check/validate()`` looks for it), and every argument of another command (`rules`, `explain`,
/// `help`…, whose messages may quote their arguments) or of a shell's completion request (`---completion`).
struct FoldedPaths {
    /// The arguments with each run replaced by its placeholder.
    var arguments: [String] = []
    /// The runs of paths, in order.
    var runs: [ArraySlice<String>] = []

    init(_ original: [String]) {
        guard let first = original.first,
            first == "check" || !(Main.commandNames.contains(first) || first == "help" || first == "---completion")
        else {
            arguments = original
            return
        }
        // Arguments before `reach` may be an option's value; every one after `--` is a value.
        var reach = 1
        var terminated = false
        var start: Int?
        for (index, argument) in original.enumerated() {
            let option = !terminated && argument.hasPrefix("-") && argument != "-"
            if index >= reach, !option, argument != "-" {
                start = start ?? index
                continue
            }
            if let run = start {
                arguments.append(Self.placeholder(runs.count))
                runs.append(original[run..<index])
                start = nil
            }
            arguments.append(argument)
            if argument == "--" {
                terminated = true
            } else if option {
                // `--name` takes at most one value, `-abc` one per letter.
                reach = max(reach, index + 1 + (argument.hasPrefix("--") ? 1 : argument.count))
            }
        }
        if let run = start {
            arguments.append(Self.placeholder(runs.count))
            runs.append(original[run...])
        }
    }

    /// The placeholder of the run `index`: no argument holds a NUL character.
    static func placeholder(_ index: Int) -> String { "\u{0}\(index)" }

    /// Puts the runs back into `check`'s paths and validates it again; false when the paths do not hold every
    /// placeholder once, in order, or when the whole paths are not valid.
    func unfold(_ check: inout Check) -> Bool {
        if runs.isEmpty { return true }
        var paths: [String] = []
        var next = 0
        for path in check.paths {
            guard path.utf8.first == 0 else {
                paths.append(path)
                continue
            }
            guard next < runs.count, path == Self.placeholder(next) else { return false }
            paths += runs[next]
            next += 1
        }
        guard next == runs.count else { return false }
        check.paths = paths
        return (try? check.validate()) != nil
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
