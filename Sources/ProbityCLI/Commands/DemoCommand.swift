import Foundation
import ProbityCore
import ProbityBundle
import ProbityReports

/// `probity demo`: scores the bundled example force for 2011 and 2012.
struct DemoCommand: Command {
    /// The scorecard formats that read well with the two years one after the other.
    static let renderers = Renderers.scorecard.only([.text, .json, .markdown])

    let spec = CommandSpec(
        ["demo"], abstract: "Score the bundled example force for 2011 and 2012.",
        discussion: "Northshire Constabulary is fictional, with synthetic figures; its files are those in docs/examples. Use --write-files DIR to get copies to explore or edit.",
        options: [CommonOptions.format(DemoCommand.renderers),
                  .value("--write-files", "DIR", "Write the demo assessments and registers into DIR instead of scoring them."),
                  CommonOptions.overwrite])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let format = try CommonOptions.chosenFormat(arguments, Self.renderers, command: spec.name)
        if let target = arguments.value("--write-files") {
            let written = try DemoForce.write(to: context.resolve(target), overwrite: arguments.flag(CommonOptions.overwrite.name))
            context.stdout.write("wrote \(Words.count(written.count, "file")) into \(target): \(DemoForce.assessments.joined(separator: ", ")) and registers/\n")
            return .success
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("probity-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try DemoForce.write(to: directory, overwrite: false)
        let check = try Engine.healthCheck(arguments, context)
        var outputs: [String] = []
        for name in DemoForce.assessments {
            let document = try AssessmentDocument.load(path: (directory as NSString).appendingPathComponent(name), displayName: name)
            let output = try CommonOptions.render(try ScoreCommand.report(document, check), Self.renderers, as: format,
                                                  command: spec.name, context)
            outputs.append(String(decoding: output.bytes, as: UTF8.self))
        }
        context.stdout.write(format == .json ? "[\n" + outputs.joined(separator: ",\n") + "]\n" : outputs.joined(separator: "\n"))
        return .success
    }
}
