import Foundation
import ProbityCore
import Testing

/// Judgement from evidence (issue 9): every answer speaks, no grade without evidence, evidence
/// that says where it comes from. Scored through the real pipeline with the shipped 2012
/// checklist and stub plugins, so only the core's judgement is under test.
@Suite struct JudgementTests {
    static func checklist() throws -> Checklist { try ChecklistCatalog.builtIn().checklist(id: "revisit-2012") }

    /// A 2012 assessment: `statuses` answered (the rest not assessed), each answer citing `record`.
    static func score(_ statuses: [ItemID: AnswerStatus], record: EvidenceRecord? = nil, narrative: String = "As found.",
                      findings: [AreaID: [Finding]] = [:], adjustments: ScoringAdjustments = .none) throws -> Scorecard {
        let catalog = try ChecklistCatalog.builtIn()
        let checklist = try checklist()
        var assessment = AssessmentTemplate.blank(checklist: checklist, force: ComparisonFixture.force, year: 2012)
        assessment.evidence = record.map { [$0] } ?? []
        assessment.answers = checklist.allItems.map { item in
            guard let status = statuses[item.id] else { return Answer(item: item.id, status: .notAssessed) }
            return Answer(item: item.id, status: status, narrative: narrative, evidence: record.map { [$0.id] },
                          reason: status == .notApplicable ? "test" : nil)
        }
        let healthCheck = HealthCheck(catalog: catalog, plugins: ComparisonFixture.plugins(findings: findings, metrics: [:]))
        return try healthCheck.score(assessment, checklist: checklist, dataReturns: [:], registers: nil, adjustments: adjustments)
    }

    static func record(source: EvidenceSourceID? = nil, status: DocumentStatusID? = nil, date: String? = "2012-03") -> EvidenceRecord {
        EvidenceRecord(id: "EV-01", kind: "policy", title: "Register policy", date: date.flatMap(EvidenceDate.init),
                       source: source, status: status)
    }

    /// Every item of an area answered `status` (so the area is graded).
    static func all(_ area: AreaID, _ status: AnswerStatus) throws -> [ItemID: AnswerStatus] {
        let items = try #require(checklist().area(area)).items
        return Dictionary(uniqueKeysWithValues: items.map { ($0.id, status) })
    }

    static func finding(_ card: Scorecard, _ id: FindingID) -> Finding? { card.allFindings.first { $0.id == id } }

    @Test("a partially met item is an area for improvement titled after the item, with the narrative and what good looks like")
    func partiallyMetSpeaks() throws {
        let card = try Self.score(["GH-05": .partiallyMet], record: Self.record(), narrative: "Only where concerns arise")
        let finding = try #require(Self.finding(card, "GH-05-A"))
        let item = try #require(Self.checklist().item("GH-05"))
        #expect(finding.kind == .improvement)
        #expect(finding.origin == .answer)
        #expect(finding.title == item.title)
        #expect(finding.detail.contains("answered partially met: Only where concerns arise."))
        #expect(finding.detail.contains("What good looks like: \(item.goodPractice)"))
        #expect(finding.items == ["GH-05"] && finding.evidence == ["EV-01"])
        #expect(finding.recommendations == item.source.recommendations.sorted())
    }

    @Test("a key item not met is a cause of concern, an ordinary one an area for improvement")
    func keyItemNotMetIsAConcern() throws {
        let checklist = try Self.checklist()
        #expect(checklist.item("GH-01")?.isKey == true)
        #expect(checklist.item("GH-05")?.isKey == false)
        let card = try Self.score(["GH-01": .notMet, "GH-05": .notMet])
        #expect(Self.finding(card, "GH-01-A")?.kind == .concern)
        #expect(Self.finding(card, "GH-05-A")?.kind == .improvement)
    }

    @Test("a cause of concern from an answer caps a graded area like any other")
    func answerConcernCaps() throws {
        var statuses = try Self.all("gratuities", .met)
        statuses["GH-01"] = .notMet
        let card = try Self.score(statuses, record: Self.record(status: "in-force"))
        let area = try #require(card.area("gratuities"))
        #expect(area.caps.contains { $0.rule == .causeOfConcern && $0.reason.contains("GH-01-A") })
        #expect(area.grade == "requires-improvement")
    }

    @Test("answer findings take no points off: the item's credit already counts the answer")
    func answerFindingsAreNotPenalised() throws {
        let card = try Self.score(try Self.all("media", .partiallyMet), record: Self.record())
        let area = try #require(card.area("media"))
        #expect(area.findings.count == area.items.count)
        #expect(area.score == area.answerScore)
    }

    @Test("a key item met with strong evidence is a strength; weak evidence is not", arguments: [
        ("in force, in the period, the force's own", Self.record(status: "in-force"), true),
        ("fieldwork two months after the period counts as current", Self.record(source: "inspectorate-interview", date: "2012-07"), true),
        ("a year-only date overlapping the period", Self.record(source: "inspectorate-document-review", date: "2012"), true),
        ("a policy under review", Self.record(status: "under-review"), false),
        ("external research is not the force's practice", Self.record(source: "external-research"), false),
        ("dated before the period", Self.record(date: "2010-05"), false),
        ("undated", Self.record(date: nil), false),
    ])
    func strengthNeedsStrongEvidence(_ name: String, _ record: EvidenceRecord, _ strong: Bool) throws {
        let card = try Self.score(["GH-01": .met, "GH-02": .met], record: record)
        #expect((Self.finding(card, "GH-01-A")?.kind == .strength) == strong, "\(name)")
        #expect(Self.finding(card, "GH-02-A") == nil, "GH-02 is not a key item")
    }

    @Test("evidence an inspector graded sampled makes a key item's claim strong")
    func moderatedSufficiencyIsStrong() throws {
        let adjustments = ScoringAdjustments(sufficiency: ["GH-01": ["sampled"]])
        let card = try Self.score(["GH-01": .met], record: Self.record(status: "under-review"), adjustments: adjustments)
        #expect(Self.finding(card, "GH-01-A")?.detail.contains("moderated as sampled") == true)
    }

    @Test("after moderation the inspector's rationale is the finding's detail")
    func moderatedRationale() throws {
        let adjustments = ScoringAdjustments(rationales: ["GH-05": "Inspector (entry 1, A. Inspector): no cross-checks seen"])
        let card = try Self.score(["GH-05": .notMet], adjustments: adjustments)
        #expect(Self.finding(card, "GH-05-A")?.detail.contains("no cross-checks seen") == true)
    }

    @Test("a plugin finding and an answer finding about one item fold into one finding, penalised once")
    func pluginAndAnswerFold() throws {
        let plugin = Finding(id: "GH-F10", kind: .improvement, title: "Cross-checking only on concern", detail: "From the return.",
                             items: ["GH-05"])
        var statuses = try Self.all("gratuities", .met)
        statuses["GH-05"] = .partiallyMet
        let card = try Self.score(statuses, record: Self.record(status: "in-force"), findings: ["gratuities": [plugin]])
        let area = try #require(card.area("gratuities"))
        let folded = try #require(area.findings.first { $0.id == "GH-F10" })
        #expect(folded.also == ["GH-05-A"])
        #expect(folded.detail.hasPrefix("From the return.") && folded.detail.contains("GH-05 answered partially met"))
        #expect(!area.findings.contains { $0.id == "GH-05-A" })
        // 100 x (sum of weights less GH-05's lost half credit) / sum of weights, less one penalty of 5.
        let weights = area.items.reduce(0) { $0 + $1.weight }
        let expected = 100 * (weights - 2 * 0.5) / weights - 5
        #expect(abs(area.score - expected) < 1e-9)
    }

    @Test("a strength on an item the figures find wanting is dropped")
    func strengthContradictedByFiguresIsDropped() throws {
        let plugin = Finding(id: "GH-F04", kind: .improvement, title: "Few entries", detail: "x", items: ["GH-01"])
        let card = try Self.score(["GH-01": .met], record: Self.record(status: "in-force"), findings: ["gratuities": [plugin]])
        #expect(Self.finding(card, "GH-01-A") == nil)
        #expect(Self.finding(card, "GH-F04") != nil)
    }

    @Test("a blank assessment is not graded anywhere, with the reason, and the overall grade is withheld")
    func blankIsNotGraded() throws {
        let card = try Self.score([:])
        for area in card.areas {
            #expect(area.grade == nil && area.scoreGrade == nil && area.caps.isEmpty)
            #expect(area.notGraded?.reason.hasPrefix("only 0% of the area's applicable weight was assessed") == true)
        }
        #expect(card.overallGrade == nil)
        #expect(card.overall.status == .withheld)
        #expect(card.overallLabel == "Not graded: insufficient evidence")
        #expect(card.why.text == "Overall: Not graded: insufficient evidence")
    }

    @Test("with some areas ungraded the overall grade is provisional and names them; with too few it is withheld")
    func provisionalAndWithheld() throws {
        // Every area but governance (weight 1 of 8) answered met: 7/8 of the weight graded.
        var statuses: [ItemID: AnswerStatus] = [:]
        for area in try Self.checklist().areas where area.id != "governance" { statuses.merge(try Self.all(area.id, .met)) { $1 } }
        let provisional = try Self.score(statuses, record: Self.record(status: "in-force"))
        #expect(provisional.overall.status == .provisional)
        #expect(provisional.overall.notGraded == ["governance"])
        #expect(provisional.overall.reason?.contains("Governance and oversight") == true)
        #expect(provisional.overallGrade != nil && provisional.overallLabel.hasSuffix("(provisional)"))
        // Only gratuities (weight 1 of 8 = 12.5%) answered: below the 50% needed.
        let withheld = try Self.score(try Self.all("gratuities", .met), record: Self.record(status: "in-force"))
        #expect(withheld.overall.status == .withheld)
        #expect(withheld.area("gratuities")?.grade == "outstanding")
        #expect(withheld.overall.reason?.hasPrefix("the graded areas carry 12.5% of the area weight") == true)
    }

    @Test("an area exactly at the coverage threshold is graded; just below it is not")
    func coverageBoundary() throws {
        let checklist = try Self.checklist()
        let area = try #require(checklist.area("gratuities"))
        let total = area.items.reduce(0) { $0 + $1.weight }
        // Items whose weights add up to exactly half the area's weight (found by search).
        let half = try #require(Self.subset(of: area.items, weighing: total / 2))
        var statuses = Dictionary(uniqueKeysWithValues: half.map { ($0.id, AnswerStatus.met) })
        let atThreshold = try Self.score(statuses, record: Self.record(status: "in-force"))
        #expect(atThreshold.area("gratuities")?.coverage.answered == 0.5)
        #expect(atThreshold.area("gratuities")?.grade != nil)
        statuses.removeValue(forKey: statuses.keys.sorted().last ?? "")
        let below = try Self.score(statuses, record: Self.record(status: "in-force"))
        #expect(below.area("gratuities")?.grade == nil)
    }

    /// The first set of items whose weights add up to `target`.
    static func subset(of items: [ChecklistItem], weighing target: Double) -> [ChecklistItem]? {
        for mask in 0..<(1 << items.count) {
            let chosen = items.indices.filter { mask & (1 << $0) != 0 }.map { items[$0] }
            let weight: Double = chosen.reduce(0) { $0 + $1.weight }
            if weight == target { return chosen }
        }
        return nil
    }

    @Test("a document's standing and source scale the evidence factor by the checklist's data")
    func sourceAndStandingFactors() throws {
        let checklist = try Self.checklist()
        let period = AssessmentTemplate.defaultPeriod(year: 2012)
        let record = Self.record(source: "external-research", status: "under-review")
        let weigher = EvidenceWeigher(checklist: checklist, period: period, evidence: [record.id: record])
        let weight = weigher.weigh(Answer(item: "GH-01", status: .met, evidence: ["EV-01"]))
        let source = try #require(checklist.evidenceSource("external-research")).factor
        let standing = try #require(checklist.documentStatus("under-review")).factor
        #expect(abs(weight.factor - 1.0 * source * standing) < 1e-12)
        #expect(weight.basis.contains("under review"))
    }

    @Test("partial dates cover their month or year", arguments: [
        ("2012", "2012-01-01", "2012-12-31"), ("2012-02", "2012-02-01", "2012-02-29"), ("2011-09-15", "2011-09-15", "2011-09-15"),
    ])
    func partialDates(_ text: String, _ first: String, _ last: String) throws {
        let date = try #require(EvidenceDate(text))
        #expect(date.description == text)
        #expect(date.first.description == first && date.last.description == last)
    }

    @Test("impossible partial dates are refused", arguments: ["2012-13", "2012-2", "12", "2012-02-30", "2012-", "２０１２"])
    func impossibleDates(_ text: String) {
        #expect(EvidenceDate(text) == nil)
    }

    @Test("judgement rules that make no sense are refused, naming the place")
    func badJudgementRules() throws {
        var checklist = try Self.checklist()
        var rules = try #require(checklist.scoring.judgement)
        rules.grading.minAreaCoverage = 2
        rules.strengths.sources.append("hearsay")
        rules.answerFindings[0].keyKind = .strength
        rules.progress.levels.swapAt(0, 1)
        checklist.scoring.judgement = rules
        checklist.evidenceSources?[0].factor = 1.5
        let messages = ChecklistValidator(checklist: checklist, file: "c.json", previous: nil).validate().map(\.rendered)
        for expected in [
            "c.json: scoring.judgement.grading.minAreaCoverage: must be between 0 and 1, found 2",
            "c.json: scoring.judgement.strengths.sources[5]: unknown evidence source \"hearsay\"",
            "c.json: scoring.judgement.answerFindings[0]: an answer that falls short cannot be a strength",
            "c.json: scoring.judgement.progress.levels[1].minIndex: levels must descend from best to worst: substantial-progress is not below some-progress",
            "c.json: evidenceSources[0].factor: must be between 0 and 1",
        ] {
            #expect(messages.contains(expected), "missing: \(expected)\nin \(messages)")
        }
    }
}
