import ProbityCore

/// A `probity` subcommand: its spec (which drives parsing and help) and what it does.
public protocol Command: Sendable {
    var spec: CommandSpec { get }
    /// Runs with parsed arguments. Throws `ProbityError` for bad input, `UsageError` for a bad
    /// command line; writes only to the context's streams.
    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode
}
