import ProbityCore

/// The disagreements (item by item, the force's status against the inspector's) and the
/// inspector's own findings.
extension HTMLModeratedScorecardRenderer {
    static func disagreementsSection(_ moderated: ModeratedScorecard, sources: ScorecardSources) -> HTMLSection {
        guard !moderated.disagreements.isEmpty else {
            return HTMLSection(id: "disagreements", heading: "Disagreements",
                               content: [HTMLParts.paragraph("The inspectors agreed with every item they moderated.")])
        }
        let checklist = sources.checklist
        let label = { (status: AnswerStatus) in checklist.statusDefinition(status)?.label ?? status.rawValue }
        let n = { (value: Double) in NumberFormatting.number(value, decimals: 3) }
        let rows = moderated.disagreements.map { disagreement in
            HTMLTable.Row(header: [.text(disagreement.item.rawValue)], cells: [
                [.text(label(disagreement.forceStatus))],
                [.text(label(disagreement.inspectorStatus))],
                [.element("strong", text: disagreement.direction.label)],
                [.text("\(n(disagreement.selfAssessedCredit)) \u{2192} \(n(disagreement.moderatedCredit))")],
                [.text(disagreement.evidence.map { "\($0.id) \(checklist.sufficiency($0.sufficiency)?.label ?? $0.sufficiency.rawValue)" }.joined(separator: "; "))],
                [.text(disagreement.rationale)],
                [.text("\(disagreement.moderator), \(disagreement.date), entry \(disagreement.entry)")],
            ], attributes: [.data("item", disagreement.item.rawValue), .data("direction", disagreement.direction.rawValue)])
        }
        return HTMLSection(id: "disagreements", heading: "Disagreements", content: [
            HTMLParts.paragraph("Every item where the moderated scorecard departs from the force's self-assessment."),
            HTMLTable(caption: "Items the inspectors moderated differently", columns: [
                .init("Item"), .init("Force's status"), .init("Inspector's status"), .init("Direction"),
                .init("Credit", numeric: true), .init("Evidence graded"), .init("Rationale"), .init("Moderated by"),
            ], rows: rows, attributes: [.class("items")]).node,
        ])
    }

    static func inspectorFindingsSection(_ moderated: ModeratedScorecard, sources: ScorecardSources) -> HTMLSection {
        let content: [HTMLNode] = moderated.inspectorFindings.isEmpty
            ? [HTMLParts.paragraph("The inspectors recorded no findings of their own.")]
            : moderated.inspectorFindings.compactMap { attributed in
                guard let area = moderated.moderated.area(attributed.area) else { return nil }
                let origin = "inspector's finding: \(attributed.moderator), \(attributed.date), entry \(attributed.entry)"
                return HTMLScorecardRenderer.finding(.init(finding: attributed.finding, area: area, origin: origin, anchor: "inspector-finding"), sources: sources)
            }
        return HTMLSection(id: "inspector-findings", heading: "Inspector's findings",
                           content: [.element("h3", text: "Recorded in the moderation log")] + content)
    }
}
