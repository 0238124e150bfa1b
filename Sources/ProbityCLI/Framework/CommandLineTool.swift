import ProbityCore

/// The `probity` tool: dispatches to a subcommand, prints help, version and errors.
/// Everything it writes goes to the injected streams, so it is tested in-process.
public enum CommandLineTool {
    /// Everything written to the streams passes through `TerminalText.sanitise`, so no text
    /// from a file (an item id, a register cell) can send a terminal escape sequence, and no
    /// message line is longer than `TerminalText.messageLineLimit` bytes.
    public static func run(_ arguments: [String], _ context: CommandContext) -> Int32 {
        var safe = context
        safe.stdout = SanitisedOutput(context.stdout)
        safe.stderr = SanitisedOutput(context.stderr, lineLimit: TerminalText.messageLineLimit)
        return exitCode(arguments, safe).rawValue
    }

    static func exitCode(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        if arguments.isEmpty || arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
            context.stdout.write(CommandRegistry.overview)
            return .success
        }
        if arguments == ["--version"] {
            context.stdout.write("probity \(context.version)\n")
            return .success
        }
        guard let (command, rest) = CommandRegistry.resolve(arguments) else {
            return usageFailure(UsageError(unknownCommandMessage(arguments), command: ""), context)
        }
        do {
            let parsed = try ArgumentParser(command.spec).parse(rest)
            if parsed.flag("--help") {
                context.stdout.write(command.spec.help)
                return .success
            }
            return try command.run(parsed, context)
        } catch let error as UsageError {
            return usageFailure(error, context)
        } catch let error as ProbityError {
            report(error, context)
            return .failure
        } catch {
            context.stderr.write("Error: \(error)\n")
            return .failure
        }
    }

    static func report(_ error: ProbityError, _ context: CommandContext) {
        if case .validationFailed(_, let diagnostics) = error, !diagnostics.isEmpty {
            DiagnosticListing().write(diagnostics.errors, to: context.stderr)
            context.stderr.write("Error: \(Words.count(diagnostics.errors.count, "error"))\n")
        } else {
            context.stderr.write("Error: \(error.message)\n")
        }
    }

    static func usageFailure(_ error: UsageError, _ context: CommandContext) -> ExitCode {
        context.stderr.write("Error: \(error.message)\n")
        if let command = CommandRegistry.command(named: error.command) {
            context.stderr.write("Usage: \(command.spec.usageLine)\n")
            context.stderr.write("See 'probity \(command.spec.name) --help'.\n")
        } else {
            context.stderr.write("Usage: probity <command> [options]\n")
            context.stderr.write("See 'probity --help'.\n")
        }
        return .usage
    }

    static func unknownCommandMessage(_ arguments: [String]) -> String {
        let typed = arguments.prefix { !$0.hasPrefix("-") }.joined(separator: " ")
        let names = CommandRegistry.commands.map(\.spec.name)
        var message = "unknown command '\(typed.isEmpty ? arguments[0] : typed)'"
        if let near = Suggestion.closest(to: typed, among: names) { message += "; did you mean '\(near)'?" }
        return message
    }
}
