/// The moderated scoring pipeline: the assessment validated as for `HealthCheck`, the moderation
/// log verified (intact chain, unchanged assessment) and checked against the checklist and the
/// assessment, then the assessment scored twice, as the force submitted it and as moderated.
public struct ModeratedHealthCheck: Sendable {
    public let healthCheck: HealthCheck

    public init(_ healthCheck: HealthCheck) { self.healthCheck = healthCheck }

    /// Chain and assessment-hash problems: what `probity verify` reports first.
    public func integrityProblems(_ log: ModerationLogDocument, assessmentBytes: [UInt8], assessmentFile: String,
                                  anchor: SHA256Digest? = nil) -> [Diagnostic] {
        ModerationVerifier(log).verify(assessment: ModeratedAssessment.digest(of: assessmentBytes),
                                       assessmentFile: assessmentFile, anchor: anchor)
    }

    /// Problems with what the log says, given an intact chain: unknown items, evidence the force
    /// did not cite, grades not on the scale (and problems with the scale itself).
    public func contentProblems(_ log: ModerationLogDocument, assessment: Assessment) throws(ProbityError) -> [Diagnostic] {
        let checklist = try healthCheck.checklist(for: assessment)
        let checklistFile = healthCheck.catalog.entries.first { $0.checklist.id == checklist.id }?.file ?? checklist.id.rawValue
        return checklist.sufficiencyScaleDiagnostics(file: checklistFile)
            + ModerationValidator(document: log, checklist: checklist, assessment: assessment).validate()
    }

    /// Every problem that stops the log being used: integrity first, content only when intact.
    public func problems(_ log: ModerationLogDocument, assessment: AssessmentDocument, anchor: SHA256Digest? = nil) throws(ProbityError) -> [Diagnostic] {
        let integrity = integrityProblems(log, assessmentBytes: assessment.bytes, assessmentFile: assessment.file, anchor: anchor)
        return integrity.isEmpty ? try contentProblems(log, assessment: assessment.assessment) : integrity
    }

    /// Registers the assessment names are cross-checked once, for both scorings, unless given.
    public func score(_ document: AssessmentDocument, moderation log: ModerationLogDocument,
                      registers: RegisterEvidence? = nil) throws(ProbityError) -> ModeratedScorecard {
        let report = try healthCheck.validate(document)
        if report.diagnostics.hasErrors { throw .validationFailed(file: document.file, diagnostics: report.diagnostics) }
        let problems = try problems(log, assessment: document)
        if problems.hasErrors { throw .validationFailed(file: log.file, diagnostics: problems) }
        let checklist = try healthCheck.checklist(for: document.assessment)
        let moderation = Moderation(log: log.log, checklist: checklist)
        var evidence = registers
        if evidence == nil { evidence = try healthCheck.registerEvidence(for: document) }
        let selfAssessed = try healthCheck.score(document.assessment, checklist: checklist, dataReturns: report.dataReturns, registers: evidence)
        let moderated = try healthCheck.score(moderation.apply(to: document.assessment), checklist: checklist,
                                              dataReturns: report.dataReturns, registers: evidence, adjustments: moderation.adjustments)
        return ModeratedScorecardBuilder(checklist: checklist, moderation: moderation)
            .build(selfAssessed: selfAssessed, moderated: moderated, log: log)
    }
}
