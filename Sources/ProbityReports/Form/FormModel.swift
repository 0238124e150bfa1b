import ProbityCore

/// The data the form's script reads, embedded in the page as JSON: the checklist's identity,
/// its answer statuses and evidence kinds, the items area by area, the localStorage key, and
/// a blank assessment (the same one `probity init` writes) that the form fills in.
struct FormModel: Sendable, Hashable, Codable {
    var checklist: ChecklistRef
    var storageKey: String
    var statuses: [Status]
    var evidenceKinds: [Kind]
    var areas: [Area]
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
    }

    struct Kind: Sendable, Hashable, Codable {
        var id: String
        var label: String
    }

    struct Area: Sendable, Hashable, Codable {
        var id: String
        var title: String
        var items: [String]
    }

    init(_ checklist: Checklist) {
        self.checklist = ChecklistRef(id: checklist.id.rawValue, version: checklist.version, title: checklist.title)
        storageKey = "probity-form:\(checklist.reference)"
        statuses = checklist.answerStatuses.map {
            Status(id: $0.id.rawValue, label: $0.label, requiresReason: $0.requiresReason ?? false,
                   countsAsUnanswered: $0.countsAsUnanswered ?? false)
        }
        evidenceKinds = checklist.evidenceKinds.map { Kind(id: $0.id.rawValue, label: $0.label) }
        areas = checklist.areas.map { Area(id: $0.id.rawValue, title: $0.title, items: $0.items.map(\.id.rawValue)) }
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
