import Foundation
import ProbityCore

/// `probity moderate ASSESSMENT --moderation MOD ...`: appends one inspector's entry to the
/// moderation log beside the assessment (creating it if absent). The assessment is never
/// touched; an existing log is verified first and never appended to when broken.
struct ModerateCommand: Command {
    static let statuses: [AnswerStatus] = [.met, .partiallyMet, .notMet, .notApplicable]

    let spec = CommandSpec(
        ["moderate"], abstract: "Add an inspector's moderation of an item, or judgement of progress, to the moderation log.",
        discussion: "Appends one hash-chained entry to MOD (created if absent): the inspector's status for the item, a sufficiency grade for evidence the force cited for it, the rationale, and optionally a finding; and/or the inspector's judgement of progress since the previous inspection, for the force (--headline LEVEL) or one area (--judgement AREA=LEVEL), with --narrative. LEVEL is a level of the checklist's progress scale (substantial-progress, some-progress, limited-progress, no-progress, deteriorated in the shipped checklists); 'probity compare --moderation MOD' shows it beside the derived direction of travel. The assessment is never altered. An existing log is verified first (chain intact, assessment unchanged); a broken one is refused.",
        options: [
            .value("--moderation", "MOD", "The moderation log (required)."),
            .value("--moderator", "NAME", "Who is moderating (required)."),
            .value("--role", "ROLE", "The moderator's role, e.g. HMI or inspection lead."),
            .value("--item", "ID", "The item moderated (required unless a judgement is given)."),
            .value("--status", "STATUS", "The inspector's status: met, partially-met, not-met or not-applicable."),
            OptionSpec("--evidence", .repeated("EV=GRADE"), "Grade evidence the force cited for the item, e.g. EV-01=sampled (repeatable)."),
            .value("--rationale", "TEXT", "Why (required with --item)."),
            .value("--finding-kind", "KIND", "Also record a finding: strength, area-for-improvement or cause-of-concern."),
            .value("--finding-title", "TEXT", "The finding's title."),
            .value("--finding-detail", "TEXT", "The finding's detail (default: the rationale)."),
            .value("--headline", "LEVEL", "Record the inspector's headline judgement of progress since the previous inspection, e.g. some-progress."),
            .value("--judgement", "AREA=LEVEL", "Record the inspector's judgement of an area's progress, e.g. gratuities=limited-progress."),
            .value("--narrative", "TEXT", "Why the force made that progress (required with --headline or --judgement)."),
            CommonOptions.checklists,
        ],
        arguments: [ArgumentSpec("ASSESSMENT", "The force's assessment JSON file.")])

    func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitCode {
        let logName = try required("--moderation", arguments)
        let moderator = Moderator(name: try required("--moderator", arguments), role: arguments.value("--role"))
        let name = arguments.positionals[0]
        let path = context.resolve(logName)
        let canonical = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        guard canonical(path) != canonical(context.resolve(name)) else {
            throw UsageError("--moderation names the assessment itself; the moderation log is a separate file", command: spec.name)
        }
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        let pipeline = ModeratedHealthCheck(try Engine.healthCheck(arguments, context))
        let report = try pipeline.healthCheck.validate(document)
        if report.diagnostics.hasErrors { throw ProbityError.validationFailed(file: document.file, diagnostics: report.diagnostics) }
        let rules = ModerationRules(checklist: try pipeline.healthCheck.checklist(for: document.assessment), assessment: document.assessment)
        let judgements = try progressJudgements(arguments, rules)
        let moderation = judgements.isEmpty || arguments.value("--item") != nil ? try itemModeration(arguments, rules) : nil
        let findings = try finding(arguments, for: moderation, rules)
        // Held from reading the head to writing the new log: a concurrent moderate waits, then
        // appends after this entry instead of over it.
        let lock = try FolderLock.acquire(folderOf: path, file: logName)
        defer { withExtendedLifetime(lock) {} }
        let existing = FileManager.default.fileExists(atPath: path) ? try ModerationLogDocument.load(path: path, displayName: logName) : nil
        if let existing {
            let problems = try pipeline.problems(existing, assessment: document)
            if problems.hasErrors { return refuse(problems, log: logName, context) }
            if let last = existing.log.entries.last, context.today < last.date {
                throw ProbityError.invalidValue(file: logName, path: JSONPath([.key("entries"), .index(existing.log.entries.count - 1), .key("date")]),
                                                reason: "the last entry is dated \(last.date), after today (\(context.today)); entries cannot go back in time: check this machine's clock")
            }
        }
        let log = try (existing?.log ?? .start(assessmentFile: name, assessmentBytes: document.bytes))
            .appending(moderator: moderator, date: context.today, assessmentBytes: document.bytes,
                       items: moderation.map { [$0] } ?? [], findings: findings, judgements: judgements)
        try write(log, to: path, replacing: existing)
        context.stdout.write("\(logName): \(existing == nil ? "created; " : "")\(summary(log, moderation, document.assessment))\n")
        return .success
    }

    func required(_ option: String, _ arguments: ParsedArguments) throws -> String {
        guard let value = arguments.value(option), !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            let usage = spec.options.first { $0.name == option }.map { "\($0.usage)" } ?? option
            throw UsageError("missing \(usage)", command: spec.name)
        }
        return value
    }

    /// The item decision from the command line, checked against the checklist and the
    /// assessment; each problem names the option.
    func itemModeration(_ arguments: ParsedArguments, _ rules: ModerationRules) throws -> ItemModeration {
        let item = ItemID(try required("--item", arguments))
        let status = try arguments.value("--status").map(parseStatus)
        let evidence = try arguments.all("--evidence").map(parseGrade)
        let rationale = try required("--rationale", arguments)
        let moderation = ItemModeration(item: item, status: status, evidence: evidence, rationale: rationale)
        if let problem = rules.problems(moderation).first {
            throw UsageError("\(option(for: problem.field, arguments)): \(problem.message)", command: spec.name)
        }
        return moderation
    }

    func parseStatus(_ text: String) throws -> AnswerStatus {
        guard let status = AnswerStatus(rawValue: text), Self.statuses.contains(status) else {
            let names = Self.statuses.map(\.rawValue)
            var message = "--status: expected one of \(names.joined(separator: ", ")), found '\(text)'"
            if let near = Suggestion.closest(to: text, among: names) { message += "; did you mean '\(near)'?" }
            throw UsageError(message, command: spec.name)
        }
        return status
    }

    func parseGrade(_ text: String) throws -> EvidenceGrade {
        guard let equals = text.lastIndex(of: "="), equals != text.startIndex, text.index(after: equals) != text.endIndex else {
            throw UsageError("--evidence expects EVIDENCE=GRADE, e.g. EV-01=sampled, found '\(text)'", command: spec.name)
        }
        return EvidenceGrade(id: EvidenceID(String(text[..<equals])), sufficiency: SufficiencyID(String(text[text.index(after: equals)...])))
    }

    /// The judgement of progress from `--headline LEVEL` or `--judgement AREA=LEVEL` with
    /// `--narrative`, checked against the checklist's areas and progress scale.
    func progressJudgements(_ arguments: ParsedArguments, _ rules: ModerationRules) throws -> [ProgressJudgementEntry] {
        let headline = arguments.value("--headline")
        let area = arguments.value("--judgement")
        if headline != nil && area != nil {
            throw UsageError("give --headline or --judgement, not both; record each in its own entry", command: spec.name)
        }
        guard let given = headline ?? area else {
            if arguments.value("--narrative") != nil {
                throw UsageError("--narrative applies to --headline or --judgement", command: spec.name)
            }
            return []
        }
        let option = headline != nil ? "--headline" : "--judgement"
        var judgement = ProgressJudgementEntry(progress: ProgressLevelID(given), narrative: try required("--narrative", arguments))
        if area != nil {
            guard let equals = given.firstIndex(of: "="), equals != given.startIndex, given.index(after: equals) != given.endIndex else {
                throw UsageError("--judgement expects AREA=LEVEL, e.g. gratuities=some-progress, found '\(given)'", command: spec.name)
            }
            judgement = ProgressJudgementEntry(area: AreaID(String(given[..<equals])),
                                               progress: ProgressLevelID(String(given[given.index(after: equals)...])),
                                               narrative: judgement.narrative)
        }
        if let problem = rules.problems(judgement).first {
            let name = problem.field == .judgementNarrative ? "--narrative" : option
            throw UsageError("\(name): \(problem.message)", command: spec.name)
        }
        return [judgement]
    }

    /// An optional finding on the moderated item (`--finding-kind` and `--finding-title`).
    func finding(_ arguments: ParsedArguments, for moderation: ItemModeration?, _ rules: ModerationRules) throws -> [InspectorFinding] {
        let given = ["--finding-kind", "--finding-title", "--finding-detail"].filter { arguments.value($0) != nil }
        guard !given.isEmpty else { return [] }
        guard let moderation else { throw UsageError("\(given[0]) needs --item: a finding is about a moderated item", command: spec.name) }
        let kindText = try required("--finding-kind", arguments)
        guard let kind = FindingKind(rawValue: kindText) else {
            let names = FindingKind.allCases.map(\.rawValue)
            var message = "--finding-kind: expected one of \(names.joined(separator: ", ")), found '\(kindText)'"
            if let near = Suggestion.closest(to: kindText, among: names) ?? names.first(where: { $0.contains(kindText) }) {
                message += "; did you mean '\(near)'?"
            }
            throw UsageError(message, command: spec.name)
        }
        let finding = InspectorFinding(kind: kind, title: try required("--finding-title", arguments),
                                       detail: arguments.value("--finding-detail") ?? moderation.rationale, items: [moderation.item])
        if let problem = rules.problems(finding).first {
            throw UsageError("\(option(for: problem.field, arguments)): \(problem.message)", command: spec.name)
        }
        return [finding]
    }

    func option(for field: ModerationRules.Field, _ arguments: ParsedArguments) -> String {
        let grades = arguments.all("--evidence")
        switch field {
        case .item, .findingItems, .findingItem: return "--item"
        case .status: return "--status"
        case .rationale: return "--rationale"
        case .evidenceID(let index), .sufficiency(let index): return index < grades.count ? "--evidence \(grades[index])" : "--evidence"
        case .findingTitle: return "--finding-title"
        case .judgementArea, .judgementProgress: return arguments.value("--headline") != nil ? "--headline" : "--judgement"
        case .judgementNarrative: return "--narrative"
        }
    }

    func refuse(_ problems: [Diagnostic], log: String, _ context: CommandContext) -> ExitCode {
        DiagnosticListing().write(problems.errors, to: context.stderr)
        context.stderr.write("Error: \(log): the moderation log does not verify (\(Words.count(problems.errors.count, "error"))); nothing was appended\n")
        return .failure
    }

    /// Writes the log atomically; an existing log is replaced only if it is still as it was read.
    func write(_ log: ModerationLog, to path: String, replacing existing: ModerationLogDocument?) throws {
        if let existing {
            let current = try FileReader.readBytes(path: path, displayName: existing.file)
            let text = current.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(current.dropFirst(3)) : current
            guard text == existing.bytes else {
                throw ProbityError.other(file: existing.file, reason: "changed while this entry was being made; nothing was appended, run the command again")
            }
        }
        try AtomicFileWriter.write(try ModerationLogDocument.encode(log), to: path, overwrite: existing != nil)
    }

    /// `entry 3 by A. Inspector (HMI): MR-01 met -> partially-met; evidence EV-01 asserted; head ...`
    /// or `entry 4 by A. Inspector (HMI): headline judged some-progress; head ...`
    func summary(_ log: ModerationLog, _ moderation: ItemModeration?, _ assessment: Assessment) -> String {
        guard let entry = log.entries.last else { return "no entry" }
        let judged = entry.progressJudgements.map { "\($0.subject) judged \($0.progress)" }
        guard let moderation else { return "entry \(entry.sequence) by \(entry.moderator): \(judged.joined(separator: "; ")); head \(entry.hash)" }
        var text = "entry \(entry.sequence) by \(entry.moderator): \(moderation.item)"
        if let status = moderation.status {
            text += " \(assessment.answer(for: moderation.item)?.status.rawValue ?? "unanswered") -> \(status.rawValue)"
        }
        if !moderation.evidence.isEmpty {
            text += "; evidence \(moderation.evidence.map { "\($0.id) \($0.sufficiency)" }.joined(separator: ", "))"
        }
        for finding in entry.scoredFindings { text += "; finding \(finding.id)" }
        for words in judged { text += "; \(words)" }
        return text + "; head \(entry.hash)"
    }
}
