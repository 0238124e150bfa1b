import ProbityCore

/// `probity demo`: scores the bundled example force for 2011 and 2012.
struct DemoCommand: Command {
    let spec = CommandSpec(["demo"], abstract: "Score the bundled example force for 2011 and 2012.",
                           options: [CommonOptions.format(ScoreCommand.formats)])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        context.stderr.write("the demo force is not bundled yet\n")
        return .failure
    }
}
