/// The one list of `probity` subcommands.
public enum CommandRegistry {
    public static let commands: [any Command] = [
        DemoCommand(),
        InitCommand(),
        ValidateCommand(),
        ScoreCommand(),
        ReportCommand(),
        FormCommand(),
        ExportCommand(),
        ChecklistListCommand(),
        ChecklistShowCommand(),
        ChecklistValidateCommand(),
        CrosscheckCommand(),
        ModerateCommand(),
        VerifyCommand(),
        CompareCommand(),
        PlanCommand(),
        NationalCommand(),
        MigrateCommand(),
    ]

    /// The longest command path that prefixes the arguments, and the rest.
    static func resolve(_ arguments: [String]) -> (any Command, [String])? {
        let sorted = commands.sorted { $0.spec.path.count > $1.spec.path.count }
        for command in sorted where arguments.starts(with: command.spec.path) {
            return (command, Array(arguments.dropFirst(command.spec.path.count)))
        }
        return nil
    }

    static func command(named name: String) -> (any Command)? {
        commands.first { $0.spec.name == name }
    }

    static var overview: String {
        var lines = [
            "OVERVIEW: Probity - police integrity health checks (HMIC, 2011 and 2012)", "",
            "USAGE: probity <command> [options]", "", "COMMANDS:",
        ]
        lines += commands.map { CommandSpec.row($0.spec.name, $0.spec.abstract) }
        lines += ["", "OPTIONS:", CommandSpec.row("--version", "Show the version."),
                  CommandSpec.row("-h, --help", "Show help."), "",
                  "See 'probity <command> --help' for a command's options.",
                  "Exit codes: 0 success, 1 errors in the input, 64 usage error."]
        return lines.joined(separator: "\n") + "\n"
    }
}
