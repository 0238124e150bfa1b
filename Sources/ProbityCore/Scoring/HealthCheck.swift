/// The scoring pipeline: validate an assessment against its checklist and the plugins' data
/// return schemas, run each area's plugin, score each area, and combine the scorecard.
public struct HealthCheck: Sendable {
    public let catalog: ChecklistCatalog
    public let plugins: PluginSet
    /// Runs the register cross-checks for assessments that name register files.
    public let registerProvider: (any RegisterEvidenceProvider)?

    public init(catalog: ChecklistCatalog, plugins: PluginSet, registerProvider: (any RegisterEvidenceProvider)? = nil) {
        self.catalog = catalog
        self.plugins = plugins
        self.registerProvider = registerProvider
    }

    /// The register evidence for a document: the cross-checks of the registers it names,
    /// resolved beside the assessment file; nil when it names none or no provider is set.
    public func registerEvidence(for document: AssessmentDocument) throws(ProbityError) -> RegisterEvidence? {
        guard let registerProvider, document.assessment.registers != nil else { return nil }
        return try registerProvider.evidence(for: document.assessment, file: document.file, baseDirectory: document.folder)
    }

    /// The checklist an assessment answers, refusing one whose thresholds the plugins cannot read.
    public func checklist(for assessment: Assessment) throws(ProbityError) -> Checklist {
        let checklist = try catalog.checklist(id: assessment.checklist.id, version: assessment.checklist.version)
        let file = catalog.entries.first { $0.checklist.id == checklist.id }?.file ?? checklist.id.rawValue
        try plugins.requireCompatibility(with: checklist, file: file)
        return checklist
    }

    public func validate(_ document: AssessmentDocument) throws(ProbityError) -> AssessmentValidator.Report {
        let checklist = try checklist(for: document.assessment)
        return AssessmentValidator(assessment: document.assessment, checklist: checklist,
                                   file: document.file, schemas: plugins.schemas).validate()
    }

    /// Scores an assessment; refuses one with validation errors. Registers the assessment names
    /// are cross-checked through the provider unless `registers` is given.
    public func score(_ document: AssessmentDocument, registers: RegisterEvidence? = nil) throws(ProbityError) -> Scorecard {
        let report = try validate(document)
        if report.diagnostics.hasErrors { throw .validationFailed(file: document.file, diagnostics: report.diagnostics) }
        let checklist = try checklist(for: document.assessment)
        var evidence = registers
        if evidence == nil { evidence = try registerEvidence(for: document) }
        return try score(document.assessment, checklist: checklist, dataReturns: report.dataReturns, registers: evidence)
    }

    /// Scores an already-validated assessment. `adjustments` (moderation) add findings to areas
    /// and replace some items' evidence factors.
    public func score(_ assessment: Assessment, checklist: Checklist, dataReturns: [AreaID: DataReturn],
                      registers: RegisterEvidence?, adjustments: ScoringAdjustments = .none) throws(ProbityError) -> Scorecard {
        guard let scale = checklist.activeScale else {
            throw .other(file: checklist.id.rawValue, reason: "scoring.gradeScale: unknown scale \(checklist.scoring.gradeScale)")
        }
        let answers = Dictionary(assessment.answers.map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
        let evidence = Dictionary(assessment.evidence.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let scorer = AreaScorer(checklist: checklist, scale: scale)
        var results: [AreaResult] = []
        for area in checklist.areas {
            let plugin = plugins.plugin(for: area.id)
            let context = AreaContext(
                checklist: checklist, area: area, force: assessment.force, period: assessment.period,
                answers: answers, evidence: evidence, figures: dataReturns[area.id] ?? .empty, registers: registers)
            // An area with no plugin is judged from its answers and evidence alone.
            var evaluation = plugin?.evaluate(context) ?? AreaEvaluation()
            evaluation.findings += adjustments.findings[area.id] ?? []
            results.append(scorer.score(context, evaluation: evaluation, adjustments: adjustments, dataReturn: plugin?.descriptor.dataReturn))
        }
        return ScorecardBuilder(checklist: checklist, scale: scale).build(assessment: assessment, areas: results, registers: registers)
    }
}
