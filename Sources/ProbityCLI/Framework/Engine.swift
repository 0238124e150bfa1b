import ProbityCore
import ProbityBundle

/// The CLI's access to the registered plugins and the scoring pipeline.
enum Engine {
    static var pluginSet: PluginSet { PluginSet(PluginRegistry.instances) }

    static func healthCheck(_ arguments: ParsedArguments, _ context: CommandContext) throws -> HealthCheck {
        HealthCheck(catalog: try CommonOptions.catalog(arguments, context), plugins: pluginSet,
                    registerProvider: RegisterCrosscheck(allowedFolders: arguments.all(CommonOptions.allowFolder.name).map(context.resolve)))
    }

    static func reportContext(_ context: CommandContext) -> ReportContextFactory.Value {
        ReportContextFactory.make(context)
    }
}
