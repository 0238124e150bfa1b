import Foundation
import ProbityCore

/// A scored assessment as OSCAL 1.1 assessment-results: the force and whoever completed the
/// assessment as parties, one result covering the assessment period with every control
/// reviewed, an observation per answer (narrative, evidence as relevant evidence), a finding
/// per judged item (its statement satisfied or not) and per Probity finding, and area and
/// overall scores and grades as properties. The assessment file is the `import-ap` target
/// (Probity has no separate assessment plan) and, with each evidence record, a back-matter
/// resource. Deterministic: UUIDs derive from stable names; time comes from the context.
public struct OSCALResultsRenderer: Sendable {
    public init() {}

    public static func render(_ input: OSCALResultsInput, context: ReportContext) -> String {
        JSONScorecardRenderer.encode(document(input, context: context))
    }

    public static func document(_ input: OSCALResultsInput, context: ReportContext) -> OSCALAssessmentResults {
        OSCALAssessmentResults(assessmentResults: OSCALAssessmentResults.Document(
            uuid: input.uuid("assessment-results"), metadata: metadata(input, context: context),
            importAP: OSCALAssessmentResults.ImportAP(
                href: "#" + input.fileResourceUUID,
                remarks: "Probity self-assessments have no separate assessment plan: the assessment file names the checklist, the period and the evidence register."),
            results: [result(input)], backMatter: OSCALBackMatter(resources: resources(input))))
    }

    static func metadata(_ input: OSCALResultsInput, context: ReportContext) -> OSCALMetadata {
        let assessment = input.assessment
        let props = [
            OSCALProperty.probity("checklist", input.checklist.reference.description),
            .probity("year", String(assessment.year)),
            .probity("generator", "probity \(context.version)"),
        ].compactMap { $0 }
        return OSCALMetadata(
            title: OSCALText.line("Integrity health check: \(assessment.force.name), \(assessment.year)", fallback: "Integrity health check"),
            lastModified: context.generatedAt, version: "sha256-" + String(input.digest.hex.prefix(16)), props: props,
            roles: [
                OSCALMetadata.Role(id: OSCALVocabulary.assessedRole, title: "Force assessed"),
                OSCALMetadata.Role(id: OSCALVocabulary.assessorRole, title: "Completed the assessment"),
            ],
            parties: parties(input),
            responsibleParties: [
                OSCALMetadata.ResponsibleParty(roleID: OSCALVocabulary.assessedRole, partyUUIDs: [input.forceUUID]),
                OSCALMetadata.ResponsibleParty(roleID: OSCALVocabulary.assessorRole, partyUUIDs: [input.assessorUUID]),
            ])
    }

    /// The force (an organization) and whoever completed the assessment: a person when the
    /// file names one, otherwise the force unit in `completedBy.role`.
    static func parties(_ input: OSCALResultsInput) -> [OSCALMetadata.Party] {
        let force = input.assessment.force
        let completion = input.assessment.completedBy
        let forceParty = OSCALMetadata.Party(
            uuid: input.forceUUID, type: "organization", name: OSCALText.value(force.name) ?? force.code,
            shortName: OSCALText.value(force.code),
            props: [force.workforce.flatMap { .probity("workforce", String($0)) }].compactMap { $0 }.nonEmptyArray,
            memberOfOrganizations: nil)
        let person = completion.name.flatMap(OSCALText.value)
        let assessor = OSCALMetadata.Party(
            uuid: input.assessorUUID, type: person == nil ? "organization" : "person",
            name: person ?? OSCALText.value("\(force.name), \(completion.role)") ?? force.code, shortName: nil,
            props: [
                .probity("role", completion.role),
                completion.date.flatMap { .probity("completed-on", $0.description) },
            ].compactMap { $0 }.nonEmptyArray,
            memberOfOrganizations: person == nil ? nil : [input.forceUUID])
        return [forceParty, assessor]
    }

    static func result(_ input: OSCALResultsInput) -> OSCALResult {
        let scorecard = input.scorecard
        let score = JudgementText.overallScore(scorecard).map { ", \($0)" } ?? ""
        let overall = "Overall \(JudgementText.overallLabel(scorecard))\(score), on the \(scorecard.scale.label)."
        let caps = scorecard.caps.map(\.reason) + scorecard.areas.flatMap { area in area.caps.map { "\(area.title): \($0.reason)" } }
        var remarks = [JudgementText.overallNote(scorecard.overall)].compactMap { $0 }
        remarks += scorecard.areas.compactMap { area in JudgementText.notGradedSentence(area).map { "\(area.title): \($0)" } }
        remarks += caps.map { "Limit: \($0)" }
        return OSCALResult(
            uuid: input.uuid("result"),
            title: OSCALText.line("Probity scorecard: \(input.assessment.force.name), \(input.assessment.year)", fallback: "Probity scorecard"),
            description: OSCALText.multiline("\(overall)\nChecklist \(input.checklist.reference), period \(input.assessment.period.start) to \(input.assessment.period.end).", fallback: overall),
            start: OSCALResultsInput.dateTime(input.assessment.period.start),
            end: OSCALResultsInput.dateTime(input.assessment.period.end, endOfDay: true),
            props: scoreProps(scorecard).nonEmptyArray,
            reviewedControls: OSCALResult.ReviewedControls(
                description: "Every item of checklist \(input.checklist.reference).",
                controlSelections: [OSCALResult.ControlSelection(includeAll: OSCALResult.IncludeAll())]),
            observations: observations(input).nonEmptyArray, findings: findings(input).nonEmptyArray,
            remarks: remarks.isEmpty ? nil : OSCALText.multiline(remarks.joined(separator: "\n"), fallback: "Limits applied."))
    }

    /// Overall and per-area scores and grades; per-area properties carry the area id as `class`.
    static func scoreProps(_ scorecard: Scorecard) -> [OSCALProperty] {
        let withheld = scorecard.overall.status == .withheld
        var props: [OSCALProperty?] = [
            withheld ? nil : .probity("overall-score", PlainNumber.format(scorecard.overallScore, decimals: 1)),
            .probity("overall-grade", scorecard.overallGrade?.rawValue ?? "not-graded"),
            .probity("overall-status", scorecard.overall.status.rawValue),
            .probity("grade-scale", scorecard.scale.id.rawValue),
        ]
        props += scorecard.overall.notGraded.map { .probity("not-graded-area", $0.rawValue) }
        for area in scorecard.areas {
            let token = OSCALText.token(area.area.rawValue)
            props += [
                area.isGraded ? .probity("area-score", PlainNumber.format(area.score, decimals: 1), class: token) : nil,
                .probity("area-grade", area.grade?.rawValue ?? "not-graded", class: token),
                JudgementText.notGradedReason(area).flatMap { .probity("not-graded-reason", $0, class: token) },
                .probity("area-coverage", PlainNumber.format(area.coverage.answered, decimals: 3), class: token),
            ]
        }
        return props.compactMap { $0 }
    }

    /// The assessment file, then every evidence record.
    static func resources(_ input: OSCALResultsInput) -> [OSCALBackMatter.Resource] {
        let href = input.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? input.file
        let file = OSCALBackMatter.Resource(
            uuid: input.fileResourceUUID, title: OSCALText.line("Self-assessment file \(input.file)", fallback: "Self-assessment file"),
            description: "The Probity assessment file these results were scored from.",
            rlinks: [OSCALBackMatter.Rlink(href: href, mediaType: "application/json",
                                           hashes: [OSCALBackMatter.Hash(algorithm: "SHA-256", value: input.digest.hex)])])
        return [file] + input.assessment.evidence.map { evidenceResource($0, input) }
    }

    static func evidenceResource(_ record: EvidenceRecord, _ input: OSCALResultsInput) -> OSCALBackMatter.Resource {
        let props = [
            OSCALProperty.probity("evidence-id", record.id.rawValue),
            .probity("evidence-kind", record.kind.rawValue),
            record.source.flatMap { .probity("evidence-source", $0.rawValue) },
            record.status.flatMap { .probity("document-status", $0.rawValue) },
            record.date.flatMap { .probity("date", $0.description) },
            record.owner.flatMap { .probity("owner", $0) },
            record.location.flatMap { .probity("location", $0) },
        ].compactMap { $0 }
        return OSCALBackMatter.Resource(
            uuid: input.evidenceUUID(record.id), title: OSCALText.line("\(record.id): \(record.title)", fallback: record.id.rawValue),
            description: OSCALText.multiline(evidenceSummary(record, input.checklist), fallback: record.id.rawValue), props: props)
    }

    /// `Register, dated 2012-05-31, held by PSD at PSD share / registers`.
    static func evidenceSummary(_ record: EvidenceRecord, _ checklist: Checklist) -> String {
        var text = checklist.evidenceKind(record.kind)?.label ?? record.kind.rawValue
        text += record.date.map { ", dated \(JudgementText.date($0))" } ?? ", undated"
        if record.source != nil { text += ", from \(JudgementText.source(record, checklist: checklist))" }
        if let status = JudgementText.status(record, checklist: checklist) { text += ", \(status)" }
        let owner = record.owner.flatMap { $0.isEmpty ? nil : $0 }
        if let owner { text += ", held by \(owner)" }
        if let location = record.location, !location.isEmpty { text += owner == nil ? ", held at \(location)" : " at \(location)" }
        return text + "."
    }
}
