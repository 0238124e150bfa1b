import ProbityCore

/// `probity verify ASSESSMENT MODERATION`: checks the moderation log's hash chain and that the
/// assessment is the one moderated, then what the log says. Exit 0 with one line when intact;
/// exit 1 naming each problem (an edited, removed or reordered entry, a changed assessment).
struct VerifyCommand: Command {
    let spec = CommandSpec(
        ["verify"], abstract: "Check a moderation log for tampering and against its assessment.",
        discussion: "Detects an entry edited, removed, inserted or reordered, and an assessment changed after it was moderated. Entries removed from the end of the log are detectable only against a head hash recorded earlier: pass it with --anchor.",
        options: [.value("--anchor", "HASH", "A head hash recorded earlier (from a previous verify); the log must still contain it."),
                  CommonOptions.checklists],
        arguments: [ArgumentSpec("ASSESSMENT", "The force's assessment JSON file."),
                    ArgumentSpec("MODERATION", "The moderation log.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let anchor = try arguments.value("--anchor").map { text in
            guard let digest = SHA256Digest(hex: text) else {
                throw UsageError("--anchor expects a SHA-256 hash (64 hexadecimal characters), found '\(text)'", command: spec.name)
            }
            return digest
        }
        let (name, logName) = (arguments.positionals[0], arguments.positionals[1])
        let log = try ModerationLogDocument.load(path: context.resolve(logName), displayName: logName)
        let bytes = try FileReader.readBytes(path: context.resolve(name), displayName: name)
        let pipeline = ModeratedHealthCheck(try Engine.healthCheck(arguments, context))
        var problems = pipeline.integrityProblems(log, assessmentBytes: bytes, assessmentFile: name, anchor: anchor)
        if problems.isEmpty {
            let document = try JSONDocument.parse(bytes: bytes, file: name)
            try document.requireSchemaVersion(Assessment.supportedSchemaVersions)
            problems = try pipeline.contentProblems(log, assessment: try document.decode(Assessment.self))
        }
        guard problems.isEmpty else {
            DiagnosticListing().write(problems, to: context.stderr)
            context.stderr.write("Error: \(logName): verification failed, \(Words.count(problems.count, "problem"))\n")
            return .failure
        }
        context.stdout.write(summary(log, assessment: name, bytes: bytes, anchored: anchor != nil) + "\n")
        return .success
    }

    func summary(_ document: ModerationLogDocument, assessment: String, bytes: [UInt8], anchored: Bool) -> String {
        let log = ModerationLogSummary(document)
        let digest = ModeratedAssessment.digest(of: bytes).hex
        return "\(log.file): OK: \(log.entryCount) by \(log.moderatorNames), \(log.dates); hash chain intact\(anchored ? " and anchored" : ""); "
            + "\(assessment) unchanged since moderated (sha256 \(digest.prefix(16))...); head \(log.head)"
    }
}
