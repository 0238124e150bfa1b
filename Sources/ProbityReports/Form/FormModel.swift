import ProbityCore

/// The data the form's script reads, embedded in the page as JSON: the checklist's identity,
/// its answer statuses, evidence kinds, evidence sources and document statuses, the items area
/// by area with their weights, the rules for when an area may be graded, each area's data-return
/// fields and reconciliations (from the plugins' schemas), the localStorage key, and a blank
/// assessment (the same one `probity init` writes) that the form fills in.
struct FormModel: Sendable, Hashable, Codable {
    var checklist: ChecklistRef
    var storageKey: String
    var statuses: [Status]
    var evidenceKinds: [Kind]
    /// Where evidence comes from (`evidenceSources`); empty when the checklist defines none.
    var evidenceSources: [Kind]
    /// A policy's standing (`documentStatuses`); empty when the checklist defines none.
    var documentStatuses: [Kind]
    var areas: [Area]
    /// When an area, and the force overall, may be graded; nil when the checklist sets no rule.
    var grading: Grading?
    /// The data return of each area whose plugin declares one, in the checklist's area order.
    var dataReturns: [AreaReturn]
    var blank: Assessment

    struct ChecklistRef: Sendable, Hashable, Codable {
        var id: String
        var version: String
        var title: String
    }

    struct Status: Sendable, Hashable, Codable {
        var id: String
        var label: String
        var requiresReason: Bool
        var countsAsUnanswered: Bool
        /// Counts as answered for coverage (met, partially met, not met), as the core counts it.
        var judged: Bool
        /// Counts in the applicable weight (everything but not applicable).
        var applicable: Bool
    }

    struct Kind: Sendable, Hashable, Codable {
        var id: String
        var label: String
    }

    struct Area: Sendable, Hashable, Codable {
        var id: String
        var title: String
        var items: [String]
        /// Each item's weight, in the order of `items`.
        var weights: [Double]
        /// The area's weight in the overall score.
        var weight: Double
    }

    /// `scoring.judgement.grading`: an area is not graded below `minAreaCoverage` of its
    /// applicable weight answered; the overall grade is withheld when the graded areas carry
    /// less than `minGradedWeight` of the area weight.
    struct Grading: Sendable, Hashable, Codable {
        var minAreaCoverage: Double
        var minGradedWeight: Double
    }

    init(_ checklist: Checklist, schemas: [AreaID: DataReturnSchema] = [:]) {
        self.checklist = ChecklistRef(id: checklist.id.rawValue, version: checklist.version, title: checklist.title)
        storageKey = "probity-form:\(checklist.reference)"
        let rules = checklist.statusRules
        statuses = checklist.answerStatuses.map {
            Status(id: $0.id.rawValue, label: $0.label, requiresReason: rules.requiresReason($0.id),
                   countsAsUnanswered: rules.countsAsUnanswered($0.id), judged: rules.isScored($0.id),
                   applicable: rules.isApplicable($0.id))
        }
        evidenceKinds = checklist.evidenceKinds.map { Kind(id: $0.id.rawValue, label: $0.label) }
        evidenceSources = (checklist.evidenceSources ?? []).map { Kind(id: $0.id.rawValue, label: $0.label) }
        documentStatuses = (checklist.documentStatuses ?? []).map { Kind(id: $0.id.rawValue, label: $0.label) }
        areas = checklist.areas.map { area in
            Area(id: area.id.rawValue, title: area.title, items: area.items.map(\.id.rawValue), weights: area.items.map(\.weight),
                 weight: checklist.scoring.weight(of: area.id))
        }
        grading = checklist.scoring.judgement.map {
            Grading(minAreaCoverage: $0.grading.minAreaCoverage, minGradedWeight: $0.grading.minGradedWeight)
        }
        dataReturns = checklist.areas.compactMap { area in
            schemas[area.id].flatMap { $0.fields.isEmpty ? nil : AreaReturn(area: area.id, schema: $0) }
        }
        blank = AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: "", code: ""), year: checklist.year)
    }

    /// The model as JSON that is safe inside `<script type="application/json">`: `<`, `>`
    /// and `&` (which only occur inside JSON strings) are written as `\u003c`, `\u003e` and
    /// `\u0026`, so no `</script>` or `<!--` can come out of the data.
    var embeddedJSON: String {
        JSONScorecardRenderer.encode(self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}

import Foundation
