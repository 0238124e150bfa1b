import Foundation

/// Checks an assessment against its checklist: unknown, duplicate or missing items, dangling
/// evidence ids, unknown evidence kinds, N/A without a reason, an impossible period, and each
/// area's data return against its plugin's schema. Returns the validated data returns too.
public struct AssessmentValidator: Sendable {
    public let assessment: Assessment
    public let checklist: Checklist
    public let file: String
    /// Each area's data-return schema (from its plugin).
    public let schemas: [AreaID: DataReturnSchema]
    /// No force employs more (the largest has about 50,000); a figure beyond is a typing error.
    public static let maximumWorkforce = 10_000_000

    public init(assessment: Assessment, checklist: Checklist, file: String, schemas: [AreaID: DataReturnSchema]) {
        self.assessment = assessment
        self.checklist = checklist
        self.file = file
        self.schemas = schemas
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var dataReturns: [AreaID: DataReturn]
    }

    public func validate() -> Report {
        var diagnostics = header() + answers() + evidence()
        let (returns, returnDiagnostics) = dataReturns()
        diagnostics += returnDiagnostics
        return Report(diagnostics: diagnostics, dataReturns: returns)
    }

    private func diagnostic(_ severity: Diagnostic.Severity, _ path: [JSONPathComponent], _ message: String) -> Diagnostic {
        Diagnostic(severity, file: file, path: JSONPath(path), message)
    }

    private func header() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if assessment.period.end < assessment.period.start {
            problems.append(diagnostic(.error, [.key("period"), .key("end")],
                                       "the period ends (\(assessment.period.end)) before it starts (\(assessment.period.start))"))
        }
        if let version = assessment.checklist.version, version != checklist.version {
            problems.append(diagnostic(.warning, [.key("checklist"), .key("version")],
                                       "answers \(checklist.id) version \(version), scored against version \(checklist.version)"))
        }
        if assessment.force.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(diagnostic(.error, [.key("force"), .key("name")], "the force name is empty"))
        }
        if let workforce = assessment.force.workforce, !(1...Self.maximumWorkforce).contains(workforce) {
            problems.append(diagnostic(.error, [.key("force"), .key("workforce")],
                                       "expected a headcount from 1 to \(Self.maximumWorkforce), found \(workforce)"))
        }
        if !(1...9999).contains(assessment.year) {
            problems.append(diagnostic(.error, [.key("year")], "expected a year from 1 to 9999, found \(assessment.year)"))
        }
        let period = assessment.period
        if period.start <= period.end, !(period.start.year...period.end.year).contains(assessment.year) {
            problems.append(diagnostic(.warning, [.key("year")],
                                       "year \(assessment.year) is outside the period \(assessment.period.start) to \(assessment.period.end)"))
        }
        return problems
    }

    /// Unknown items given a "did you mean" suggestion, at most.
    static let maximumSuggestions = 20

    private func answers() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [ItemID: Int] = [:]
        let evidenceIDs = Set(assessment.evidence.map(\.id))
        let itemIDs = checklist.allItems.map(\.id)
        let known = Set(itemIDs)
        let names = itemIDs.map(\.rawValue)
        var suggested = 0
        let rules = checklist.statusRules
        for (index, answer) in assessment.answers.enumerated() {
            let path: [JSONPathComponent] = [.key("answers"), .index(index)]
            if !known.contains(answer.item) {
                var message = "unknown item \"\(answer.item)\" in \(checklist.id)"
                // Suggestions for the first few only: a file of a million made-up ids needs no more.
                if suggested < Self.maximumSuggestions, let near = Suggestion.closest(to: answer.item.rawValue, among: names) {
                    message += "; did you mean \"\(near)\"?"
                }
                suggested += 1
                problems.append(diagnostic(.error, path + [.key("item")], message))
                // An answer to no item of the checklist has nothing more worth saying about it.
                continue
            }
            if let first = seen[answer.item] {
                problems.append(diagnostic(.error, path + [.key("item")], "item \"\(answer.item)\" is answered twice (also answers[\(first)])"))
            }
            seen[answer.item] = seen[answer.item] ?? index
            // Each missing record once per answer, at its first citation: a million citations of
            // one missing record are one error, not a million.
            var missing: Set<EvidenceID> = []
            for (evidenceIndex, id) in answer.citedEvidence.enumerated()
            where !evidenceIDs.contains(id) && missing.insert(id).inserted {
                problems.append(diagnostic(.error, path + [.key("evidence"), .index(evidenceIndex)],
                                           "evidence \"\(id)\" is not in the evidence register"))
            }
            problems += statusProblems(answer, path: path, rules: rules)
        }
        for item in itemIDs where seen[item] == nil {
            problems.append(diagnostic(.error, [.key("answers")], "item \"\(item)\" has no answer; add it with status \"not-assessed\" if it is not yet assessed"))
        }
        return problems
    }

    private func statusProblems(_ answer: Answer, path: [JSONPathComponent], rules: AnswerStatusRules) -> [Diagnostic] {
        switch answer.status {
        case let status where rules.requiresReason(status)
            && (answer.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty:
            return [diagnostic(.error, path + [.key("reason")], "\(status.rawValue) needs a reason")]
        case .met where answer.citedEvidence.isEmpty:
            let what = answer.hasNarrative ? "only narrative" : "no evidence and no narrative"
            return [diagnostic(.warning, path + [.key("evidence")], "claimed met with \(what); it counts for less until evidence is cited")]
        default:
            return []
        }
    }

    private func evidence() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: Set<EvidenceID> = []
        let cited = Set(assessment.answers.flatMap(\.citedEvidence))
        for (index, record) in assessment.evidence.enumerated() {
            let path: [JSONPathComponent] = [.key("evidence"), .index(index)]
            if !seen.insert(record.id).inserted { problems.append(diagnostic(.error, path + [.key("id")], "duplicate evidence id \"\(record.id)\"")) }
            if checklist.evidenceKind(record.kind) == nil {
                let kinds = checklist.evidenceKinds.map(\.id.rawValue).joined(separator: ", ")
                problems.append(diagnostic(.error, path + [.key("kind")], "expected one of \(kinds), found \"\(record.kind)\""))
            }
            for (itemIndex, item) in (record.supports ?? []).enumerated() where checklist.item(item) == nil {
                problems.append(diagnostic(.error, path + [.key("supports"), .index(itemIndex)], "unknown item \"\(item)\""))
            }
            if let date = record.date, date.first > assessment.period.end.adding(days: 366) {
                problems.append(diagnostic(.warning, path + [.key("date")], "dated \(date), more than a year after the period ends"))
            }
            problems += provenanceProblems(record, path: path)
            if !cited.contains(record.id) {
                problems.append(diagnostic(.warning, path + [.key("id")], "evidence \"\(record.id)\" is not cited by any answer"))
            }
        }
        return problems
    }

    /// The record's source and standing must be ones the checklist defines; a standing is for
    /// policies and procedures.
    private func provenanceProblems(_ record: EvidenceRecord, path: [JSONPathComponent]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let source = record.source, checklist.evidenceSource(source) == nil {
            let known = (checklist.evidenceSources ?? [.forceDefault]).map(\.id.rawValue).joined(separator: ", ")
            problems.append(diagnostic(.error, path + [.key("source")], "expected one of \(known), found \"\(source)\""))
        }
        if let status = record.status, checklist.documentStatus(status) == nil {
            let known = (checklist.documentStatuses ?? []).map(\.id.rawValue)
            let expected = known.isEmpty ? "no document status (this checklist defines none)" : "one of \(known.joined(separator: ", "))"
            problems.append(diagnostic(.error, path + [.key("status")], "expected \(expected), found \"\(status)\""))
        }
        return problems
    }

    private func dataReturns() -> ([AreaID: DataReturn], [Diagnostic]) {
        var returns: [AreaID: DataReturn] = [:]
        var problems: [Diagnostic] = []
        let sections = assessment.dataReturns ?? [:]
        let areaIDs = checklist.areas.map(\.id.rawValue)
        for key in sections.keys.sorted() where !areaIDs.contains(key) {
            var message = "unknown area \"\(key)\""
            if let near = Suggestion.closest(to: key, among: areaIDs) { message += "; did you mean \"\(near)\"?" }
            problems.append(diagnostic(.error, [.key("dataReturns"), .key(key)], message))
        }
        for area in checklist.areas {
            let schema = schemas[area.id] ?? .empty
            let validator = DataReturnValidator(schema: schema, file: file, base: JSONPath([.key("dataReturns"), .key(area.id.rawValue)]))
            let (figures, diagnostics) = validator.validate(sections[area.id.rawValue])
            returns[area.id] = figures
            problems += diagnostics
        }
        return (returns, problems)
    }
}
