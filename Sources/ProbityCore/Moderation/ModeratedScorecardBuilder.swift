/// Sets a moderated scorecard beside the self-assessed one: finds every item whose status or
/// credit moderation changed, sums them per area and overall, and adds to the moderated
/// why-trail, under each moderated item, who moderated it, when and why.
public struct ModeratedScorecardBuilder: Sendable {
    public let checklist: Checklist
    public let moderation: Moderation

    public init(checklist: Checklist, moderation: Moderation) {
        self.checklist = checklist
        self.moderation = moderation
    }

    public func build(selfAssessed: Scorecard, moderated: Scorecard, log: ModerationLogDocument) -> ModeratedScorecard {
        let disagreements = checklist.areas.flatMap { area in
            area.items.compactMap { disagreement($0.id, area: area.id, selfAssessed, moderated) }
        }
        let areas = checklist.areas.compactMap { area -> ModerationSummary? in
            guard let before = selfAssessed.area(area.id), let after = moderated.area(area.id) else { return nil }
            return summary(area: area.id, title: area.title, before: (before.grade, before.score), after: (after.grade, after.score),
                           disagreements: disagreements.filter { $0.area == area.id }, scale: moderated.scale)
        }
        let overall = summary(area: nil, title: "Overall", before: (selfAssessed.overallGrade, selfAssessed.overallScore),
                              after: (moderated.overallGrade, moderated.overallScore), disagreements: disagreements, scale: moderated.scale)
        var annotated = moderated
        annotated.areas = moderated.areas.map { area in
            var copy = area
            copy.why = annotate(area.why)
            return copy
        }
        annotated.why = annotate(moderated.why)
        annotated.why.children.insert(headline(overall, log: ModerationLogSummary(log), selfAssessed: selfAssessed), at: 0)
        return ModeratedScorecard(
            schemaVersion: ModeratedScorecard.schemaVersion, moderation: ModerationLogSummary(log),
            selfAssessed: selfAssessed, moderated: annotated, disagreements: disagreements,
            inspectorFindings: moderation.findings, areas: areas, overall: overall)
    }

    func disagreement(_ item: ItemID, area: AreaID, _ selfAssessed: Scorecard, _ moderated: Scorecard) -> Disagreement? {
        guard let decision = moderation.item(item), let note = decision.governingNote,
              let before = selfAssessed.area(area)?.items.first(where: { $0.item == item }),
              let after = moderated.area(area)?.items.first(where: { $0.item == item }) else { return nil }
        guard before.status != after.status || abs(before.credit - after.credit) > 1e-9 else { return nil }
        return Disagreement(
            item: item, area: area, forceStatus: before.status, inspectorStatus: after.status,
            direction: .between(force: before.status, inspector: after.status, rules: checklist.statusRules),
            selfAssessedCredit: before.credit, moderatedCredit: after.credit, evidence: decision.evidence,
            rationale: note.rationale, moderator: note.moderator, date: note.date, entry: note.entry)
    }

    func summary(area: AreaID?, title: String, before: (GradeID?, Double), after: (GradeID?, Double),
                 disagreements: [Disagreement], scale: GradeScale) -> ModerationSummary {
        let count = { (direction: ModerationDirection) in disagreements.filter { $0.direction == direction }.count }
        let items = moderation.items.filter { area == nil || checklist.areaID(of: $0.item) == area }
        let changed = Set(disagreements.map(\.item))
        return ModerationSummary(
            area: area, title: title, selfAssessedGrade: before.0, moderatedGrade: after.0,
            selfAssessedScore: before.1, moderatedScore: after.1,
            gradeChange: gradeChange(from: before.0, to: after.0, scale: scale),
            overstated: count(.overstated), understated: count(.understated),
            evidenceRegraded: count(.evidenceRegraded), reclassified: count(.reclassified),
            confirmed: items.filter { !changed.contains($0.item) }.count,
            inspectorFindings: moderation.findings.filter { area == nil || $0.area == area }.count)
    }

    /// Grades moved (+1 one better), 0 when either side is not graded.
    func gradeChange(from before: GradeID?, to after: GradeID?, scale: GradeScale) -> Int {
        guard let before = before.flatMap(scale.rank(of:)), let after = after.flatMap(scale.rank(of:)) else { return 0 }
        return before - after
    }

    /// The trail with a note under every moderated item's step.
    func annotate(_ explanation: Explanation) -> Explanation {
        var copy = explanation
        copy.children = explanation.children.map(annotate)
        if let reference = explanation.refs.first, reference.kind == .item,
           let decision = moderation.item(ItemID(reference.id)) {
            copy.children += decision.notes.map { Explanation(noteText($0), refs: [.init(.item, reference.id)]) }
        }
        return copy
    }

    func noteText(_ note: ModerationNote) -> String {
        var decided: [String] = []
        if let status = note.status { decided.append("status \(status.rawValue)") }
        if !note.evidence.isEmpty {
            decided.append("evidence graded \(note.evidence.map { "\($0.id) \($0.sufficiency)" }.joined(separator: ", "))")
        }
        return "moderated in entry \(note.entry) by \(note.moderator), \(note.date): \(decided.joined(separator: "; ")). Rationale: \(note.rationale)"
    }

    func headline(_ overall: ModerationSummary, log: ModerationLogSummary, selfAssessed: Scorecard) -> Explanation {
        let counts = "\(Words.count(overall.disagreements, "disagreement")), \(overall.overstated) overstated, \(overall.understated) understated, "
            + "\(overall.evidenceRegraded) evidence regraded, \(overall.reclassified) reclassified; \(Words.count(overall.inspectorFindings, "inspector finding"))"
        let before = selfAssessed.overallGrade == nil ? selfAssessed.overallLabel
            : "\(selfAssessed.overallLabel), score \(NumberFormatting.number(selfAssessed.overallScore, decimals: 1))"
        return Explanation("Moderated by \(log.moderatorNames) in \(log.entryCount) of \(log.file) (head \(log.head)): \(counts). Self-assessed: \(before)")
    }
}
