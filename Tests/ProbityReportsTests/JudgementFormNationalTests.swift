import Foundation
import ProbityCore
import ProbityReports
import Testing

/// The form's evidence source, standing and partial dates, and its summary of which areas could
/// be graded; and the national view's not-graded column.
@Suite struct FormJudgementTests {
    static func model() throws -> [String: Any] {
        try FormRendererTests.model(FormRendererTests.page(try FormExportGolden.checklist()))
    }

    @Test func theModelCarriesTheSourcesStandingsWeightsAndGradingRule() throws {
        let checklist = try FormExportGolden.checklist()
        let model = try Self.model()
        let ids = { (key: String) in (model[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(ids("evidenceSources") == (checklist.evidenceSources ?? []).map(\.id.rawValue))
        #expect(ids("documentStatuses") == (checklist.documentStatuses ?? []).map(\.id.rawValue))
        #expect(ids("evidenceSources").contains("inspectorate-interview") && ids("documentStatuses").contains("in-force"))
        let grading = try #require(model["grading"] as? [String: Double])
        #expect(grading["minAreaCoverage"] == checklist.scoring.judgement?.grading.minAreaCoverage)
        #expect(grading["minGradedWeight"] == checklist.scoring.judgement?.grading.minGradedWeight)
        let areas = try #require(model["areas"] as? [[String: Any]])
        #expect(areas.compactMap { $0["weights"] as? [Double] }.flatMap { $0 } == checklist.allItems.map(\.weight))
        #expect(areas.compactMap { $0["weight"] as? Double } == checklist.areas.map { checklist.scoring.weight(of: $0.id) })
    }

    @Test func thePageHasTheSummaryAndTheScriptOffersSourceStandingAndPartialDates() throws {
        let checklist = try FormExportGolden.checklist()
        let page = FormRendererTests.page(checklist)
        #expect(page.contains("<p id=\"overall-judgement\" class=\"judgement\"></p>"))
        for number in 1...checklist.areas.count { #expect(page.contains("<p class=\"judgement\" id=\"area-\(number)-judgement\"></p>")) }
        #expect(page.contains("<th scope=\"col\">Source</th><th scope=\"col\">Standing (policies)</th>"))
        #expect(page.contains("{ key: 'source', label: 'source', type: 'select', options: model.evidenceSources, optional: true"))
        #expect(page.contains("{ key: 'status', label: 'standing', type: 'select', options: model.documentStatuses, optional: true"))
        #expect(page.contains("{ key: 'date', label: 'date (YYYY, YYYY-MM or YYYY-MM-DD)', type: 'text'"))
        #expect(page.contains("has a date that is not YYYY, YYYY-MM or YYYY-MM-DD."))
    }

    /// The form's rule, as its script computes it from the embedded model: an area is not graded
    /// when its judged weight over its applicable weight is below `minAreaCoverage`.
    static func formSaysNotGraded(_ assessment: Assessment, model: [String: Any]) throws -> [String] {
        let statuses = try #require(model["statuses"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: statuses.compactMap { status in (status["id"] as? String).map { ($0, status) } })
        let minimum = try #require((model["grading"] as? [String: Double])?["minAreaCoverage"])
        let answers = Dictionary(assessment.answers.map { ($0.item.rawValue, $0.status.rawValue) }, uniquingKeysWith: { first, _ in first })
        return try #require(model["areas"] as? [[String: Any]]).compactMap { area in
            let items = area["items"] as? [String] ?? []
            let weights = area["weights"] as? [Double] ?? []
            var applicable = 0.0
            var judged = 0.0
            for (item, weight) in zip(items, weights) {
                let status = byID[answers[item] ?? "not-assessed"]
                if status?["applicable"] as? Bool ?? true { applicable += weight }
                if status?["judged"] as? Bool == true { judged += weight }
            }
            let share = applicable > 0 ? judged / applicable : 0
            return share < minimum ? area["id"] as? String : nil
        }
    }

    @Test func theFormsSummaryAgreesWithTheCore() throws {
        let model = try Self.model()
        for (scorecard, sources) in [try JudgementFixtures.blank(), try JudgementFixtures.provisional()] {
            let core = scorecard.areas.filter { !$0.isGraded }.map(\.area.rawValue)
            #expect(try Self.formSaysNotGraded(sources.assessment, model: model) == core)
        }
    }

    @Test func anExportedRecordWithSourceStandingAndAPartialDateValidates() throws {
        var assessment = try JudgementFixtures.provisional().1.assessment
        assessment.evidence[1].date = EvidenceDate("2012")
        let data = try JSONEncoder().encode(assessment)
        let decoded = try JSONDecoder().decode(Assessment.self, from: data)
        #expect(decoded.evidence[0].source == "inspectorate-interview" && decoded.evidence[0].status == "in-force")
        #expect(decoded.evidence[0].date?.description == "2012-04" && decoded.evidence[1].date?.description == "2012")
        let checklist = try FormExportGolden.checklist()
        let report = AssessmentValidator(assessment: decoded, checklist: checklist, file: "exported.json",
                                         schemas: try JudgementFixtures.healthCheck().plugins.schemas).validate()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
    }
}

/// The national view counts forces not graded in a column of their own and shows them in the
/// forces x areas grid as "NG", "Not graded: insufficient evidence".
@Suite struct NationalNotGradedTests {
    @Test func everyFormatCountsTheForcesNotGraded() throws {
        let view = try HTMLFixtures.nationalView()
        let distribution = try #require((view.areas + [view.overall]).first { !$0.notGraded.isEmpty },
                                        "the national fixture has a force not graded in some area")
        let forces = NationalText.codes(distribution.notGraded)
        let text = NationalTextRenderer.render(view, context: HTMLFixtures.context)
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains("Not graded \(distribution.notGraded.count)"))
        #expect(text.contains("      Not graded: \(forces)\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= TextLayout.width })
        let markdown = NationalMarkdownRenderer.render(view, context: HTMLFixtures.context)
        #expect(markdown.contains(" | Not graded | Median score |"))
        #expect(markdown.contains("| \(distribution.notGraded.count): \(forces) |"))
        let page = HTMLNationalRenderer.render(view, context: HTMLFixtures.context)
        #expect(page.contains("<th scope=\"col\" class=\"num\">Not graded</th>"))
        #expect(page.contains("<abbr title=\"Not graded: insufficient evidence\">NG</abbr>"))
        #expect(page.contains(">NG</text>"))
        let json = NationalJSONRenderer.render(view, context: HTMLFixtures.context)
        #expect(json.contains("\"notGraded\" : ["))
    }
}
