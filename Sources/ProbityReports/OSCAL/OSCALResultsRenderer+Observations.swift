import ProbityCore

/// One observation per answer: its status, narrative (or reason), credit, and the evidence it
/// cites as relevant evidence pointing at back-matter resources.
extension OSCALResultsRenderer {
    static func observations(_ input: OSCALResultsInput) -> [OSCALObservation] {
        input.scorecard.areas.flatMap { area in area.items.map { observation($0, input) } }
    }

    static func observation(_ score: ItemScore, _ input: OSCALResultsInput) -> OSCALObservation {
        let answer = input.assessment.answer(for: score.item)
        let records = score.evidenceIDs.map { id in (id, input.assessment.evidenceRecord(id)) }
        let interviewed = records.contains { $0.1?.kind == "interview-note" }
        let collected = input.assessment.completedBy.date ?? input.assessment.period.end
        return OSCALObservation(
            uuid: input.observationUUID(score.item),
            title: OSCALText.line("\(score.item): \(label(score.status, input.checklist))", fallback: score.item.rawValue),
            description: OSCALText.multiline(observationText(score, answer: answer, checklist: input.checklist), fallback: score.item.rawValue),
            props: observationProps(score).nonEmptyArray,
            methods: interviewed ? [OSCALVocabulary.examine, OSCALVocabulary.interview] : [OSCALVocabulary.examine],
            origins: [OSCALOrigin.party(input.assessorUUID, role: OSCALVocabulary.assessorRole)],
            relevantEvidence: records.map { relevantEvidence($0.0, record: $0.1, input) }.nonEmptyArray,
            collected: OSCALResultsInput.dateTime(collected))
    }

    /// `Answered Met. <narrative>`, or the reason an item does not apply.
    static func observationText(_ score: ItemScore, answer: Answer?, checklist: Checklist) -> String {
        var lines = ["Answered \(label(score.status, checklist))."]
        if score.status == .notApplicable, let reason = answer?.reason { lines.append("Reason: \(reason)") }
        if let narrative = answer?.narrative, answer?.hasNarrative == true { lines.append(narrative) }
        return lines.joined(separator: "\n")
    }

    static func observationProps(_ score: ItemScore) -> [OSCALProperty] {
        var props: [OSCALProperty?] = [.probity("item", score.item.rawValue), .probity("status", score.status.rawValue)]
        if score.isScored {
            props += [
                .probity("credit", PlainNumber.format(score.credit)),
                .probity("evidence-factor", PlainNumber.format(score.evidence.factor)),
                .probity("evidence-basis", score.evidence.basis),
            ]
        }
        return props.compactMap { $0 }
    }

    static func relevantEvidence(_ id: EvidenceID, record: EvidenceRecord?, _ input: OSCALResultsInput) -> OSCALObservation.RelevantEvidence {
        guard let record else {
            return OSCALObservation.RelevantEvidence(href: nil, description: OSCALText.multiline("\(id) (not in the evidence register)", fallback: id.rawValue))
        }
        return OSCALObservation.RelevantEvidence(
            href: "#" + input.evidenceUUID(id),
            description: OSCALText.multiline("\(id) \(record.title): \(evidenceSummary(record, input.checklist))", fallback: id.rawValue))
    }

    static func label(_ status: AnswerStatus, _ checklist: Checklist) -> String {
        checklist.statusDefinition(status)?.label ?? status.rawValue
    }
}
