import Foundation
import ProbityCore
import ProbityBundle
import ProbityReports

/// `probity demo`: scores the bundled example force for 2011 and 2012.
struct DemoCommand: Command {
    let spec = CommandSpec(
        ["demo"], abstract: "Score the bundled example force for 2011 and 2012.",
        discussion: "Northshire Constabulary is fictional, with synthetic figures; its files are those in docs/examples. Use --write-files DIR to get copies to explore or edit.",
        options: [CommonOptions.format(ScoreCommand.formats),
                  .value("--write-files", "DIR", "Write the demo assessments and registers into DIR instead of scoring them."),
                  CommonOptions.overwrite])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, ScoreCommand.formats, command: spec.name)
        if let target = arguments.value("--write-files") {
            let written = try DemoForce.write(to: context.resolve(target), overwrite: arguments.flag(CommonOptions.overwrite.name))
            context.stdout.write("wrote \(written.count) files into \(target): \(DemoForce.assessments.joined(separator: ", ")) and registers/\n")
            return .success
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("probity-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try DemoForce.write(to: directory, overwrite: false)
        let check = try Engine.healthCheck(arguments, context)
        var outputs: [String] = []
        for name in DemoForce.assessments {
            let document = try AssessmentDocument.load(path: (directory as NSString).appendingPathComponent(name), displayName: name)
            let sources = ScorecardSources(assessment: document.assessment, checklist: try check.checklist(for: document.assessment))
            outputs.append(ScoreCommand.render(try check.score(document), format: format, sources: sources, context: context))
        }
        context.stdout.write(format == "json" ? "[\n" + outputs.joined(separator: ",\n") + "]\n" : outputs.joined(separator: "\n"))
        return .success
    }
}
