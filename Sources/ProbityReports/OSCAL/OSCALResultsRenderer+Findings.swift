import ProbityCore

/// Findings: one per judged item (its statement satisfied when answered met and not
/// contradicted, otherwise not satisfied), then one per Probity finding (a strength
/// satisfies its first item's statement; an area for improvement or a cause of concern does
/// not), each with the observations behind it.
extension OSCALResultsRenderer {
    static func findings(_ input: OSCALResultsInput) -> [OSCALFinding] {
        let items = input.scorecard.areas.flatMap { area in area.items.filter(\.isScored) }.map { itemFinding($0, input) }
        let findings = input.scorecard.areas.flatMap { area in area.findings.map { probityFinding($0, area: area, input) } }
        return items + findings
    }

    static func itemFinding(_ score: ItemScore, _ input: OSCALResultsInput) -> OSCALFinding {
        let satisfied = score.status == .met && score.contradictedBy.isEmpty
        let status = label(score.status, input.checklist)
        var text = "\(score.item) answered \(status); credit \(PlainNumber.format(score.credit)) of 1 (\(score.evidence.basis))."
        if !score.contradictedBy.isEmpty {
            text += "\nContradicted by \(score.contradictedBy.map(\.rawValue).joined(separator: ", "))."
        }
        let props = [OSCALProperty.probity("item", score.item.rawValue), .probity("status", score.status.rawValue)]
            + score.contradictedBy.map { .probity("contradicted-by", $0.rawValue) }
        return OSCALFinding(
            uuid: input.uuid("item-finding/\(score.item)"),
            title: OSCALText.line("\(score.item): \(status)", fallback: score.item.rawValue),
            description: OSCALText.multiline(text, fallback: score.item.rawValue),
            props: props.compactMap { $0 }.nonEmptyArray,
            origins: [OSCALOrigin.party(input.assessorUUID, role: OSCALVocabulary.assessorRole)],
            target: target(score.item, status: satisfied ? .satisfied : .notSatisfied),
            relatedObservations: [OSCALFinding.RelatedObservation(observationUUID: input.observationUUID(score.item))],
            remarks: nil)
    }

    static func probityFinding(_ finding: Finding, area: AreaResult, _ input: OSCALResultsInput) -> OSCALFinding {
        let status: OSCALFinding.Status = finding.kind == .strength ? .satisfied : .notSatisfied
        let items = Array(Set(finding.items + finding.contradicts)).sorted()
        var props: [OSCALProperty?] = [
            .probity("finding-id", finding.id.rawValue),
            .probity("finding-kind", finding.kind.rawValue),
            .probity("area", area.area.rawValue),
            finding.origin.flatMap { .probity("finding-origin", $0.rawValue) },
        ]
        props += (finding.also ?? []).map { .probity("also-finding", $0.rawValue) }
        props += items.map { .probity("item", $0.rawValue) }
        props += finding.contradicts.map { .probity("contradicts", $0.rawValue) }
        props += finding.recommendations.map { .probity("recommendation", $0.rawValue) }
        props += finding.figures.map { .probity("figure", "\($0.label): \($0.display)", class: OSCALText.token($0.source)) }
        let targetItem = items.first ?? area.items.first?.item
        return OSCALFinding(
            uuid: input.uuid("finding/\(area.area)/\(finding.id)"),
            title: OSCALText.line("\(finding.kind.label) \(finding.id): \(finding.title)", fallback: finding.id.rawValue),
            description: OSCALText.multiline(findingText(finding), fallback: finding.title),
            props: props.compactMap { $0 }.nonEmptyArray,
            origins: [OSCALOrigin.party(input.assessorUUID, role: OSCALVocabulary.assessorRole)],
            target: target(targetItem ?? ItemID(area.area.rawValue), status: status),
            relatedObservations: items.map { OSCALFinding.RelatedObservation(observationUUID: input.observationUUID($0)) }.nonEmptyArray,
            remarks: items.isEmpty ? "An area-level finding: it names no item, so it targets the area's first item." : nil)
    }

    /// The detail, then each figure with where it came from.
    static func findingText(_ finding: Finding) -> String {
        let provenance = JudgementText.provenance(finding).map { "Origin: \($0)." }
        return ([finding.detail] + [provenance].compactMap { $0 } + finding.figures.map { "\($0.label): \($0.display) (\($0.source))" })
            .joined(separator: "\n")
    }

    /// A control's statement: `GH-01_smt` in the OSCAL catalog.
    static func target(_ item: ItemID, status: OSCALFinding.Status) -> OSCALFinding.Target {
        OSCALFinding.Target(type: "statement-id", targetID: OSCALText.token(item.rawValue) + "_smt", title: nil, status: status)
    }
}
