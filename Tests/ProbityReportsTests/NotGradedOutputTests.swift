import Foundation
import ProbityCore
import ProbityBundle
import ProbityReports
import Testing

/// Inputs of the judgement tests, scored by the real plugins: a blank assessment (nothing
/// assessed, so no area is graded and the overall grade is withheld) and the demo force with
/// its media area not assessed (one area not graded, the overall grade provisional), whose
/// first evidence record comes from an inspectorate interview, is in force and is dated to the
/// month only.
enum JudgementFixtures {
    static let context = FormExportGolden.context

    static func healthCheck() throws -> HealthCheck {
        HealthCheck(catalog: try ChecklistCatalog.builtIn(), plugins: PluginSet(PluginRegistry.instances))
    }

    static func blank() throws -> (Scorecard, ScorecardSources) {
        let checklist = try FormExportGolden.checklist()
        let assessment = AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: "Blankshire Police", code: "BL"), year: 2012)
        let scorecard = try healthCheck().score(assessment, checklist: checklist, dataReturns: [:], registers: nil)
        return (scorecard, ScorecardSources(assessment: assessment, checklist: checklist))
    }

    static func provisional() throws -> (Scorecard, ScorecardSources) {
        let path = HTMLFixtures.packageRoot.appendingPathComponent("docs/examples/northshire-2012.json").path
        let document = try AssessmentDocument.load(path: path, displayName: "northshire-2012.json")
        let check = try healthCheck()
        let checklist = try check.checklist(for: document.assessment)
        let report = try check.validate(document)
        var assessment = document.assessment
        assessment.answers = assessment.answers.map { answer in
            answer.item.rawValue.hasPrefix("MR-") ? Answer(item: answer.item, status: .notAssessed) : answer
        }
        assessment.evidence[0].source = "inspectorate-interview"
        assessment.evidence[0].status = "in-force"
        assessment.evidence[0].date = EvidenceDate("2012-04")
        let scorecard = try check.score(assessment, checklist: checklist, dataReturns: report.dataReturns, registers: nil)
        return (scorecard, ScorecardSources(assessment: assessment, checklist: checklist))
    }

    /// Lines that show a grade of the scale: no area or overall line may say Inadequate when
    /// nothing was assessed.
    static func mentionsAGrade(_ text: String, in scale: GradeScale) -> [String] {
        scale.grades.map(\.label).filter { text.contains($0) }
    }
}

/// Every output of a scorecard says "Not graded: insufficient evidence" with the reason for an
/// area below the coverage threshold, never a grade or a score of 0 that reads as one; says the
/// overall grade is withheld or provisional and why; and lists every figure the force returned
/// with its source path.
@Suite struct NotGradedOutputTests {
    typealias Fixtures = JudgementFixtures

    @Test func theTextOfABlankAssessmentSaysNotGradedWithTheReason() throws {
        let (scorecard, _) = try Fixtures.blank()
        #expect(scorecard.areas.allSatisfy { !$0.isGraded } && scorecard.overall.status == .withheld)
        let text = TextScorecardRenderer.render(scorecard, context: Fixtures.context)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= TextLayout.width })
        #expect(text.contains("OVERALL: NOT GRADED: INSUFFICIENT EVIDENCE\n  Overall grade withheld: the graded areas carry 0%"))
        #expect(!text.contains("score 0"))
        #expect(Fixtures.mentionsAGrade(text, in: scorecard.scale) == [])
        for area in scorecard.areas {
            #expect(text.contains(TextLayout.pad(area.area.rawValue, 33) + " " + TextLayout.pad("Not graded", 22) + TextLayout.padLeft("-", 6)))
            #expect(text.contains("  \(area.area): only 0% of the area's applicable weight"))
        }
    }

    @Test func theMarkdownOfABlankAssessmentSaysNotGradedWithTheReason() throws {
        let (scorecard, sources) = try Fixtures.blank()
        let markdown = MarkdownScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(markdown.contains("**Overall: Not graded: insufficient evidence**\n\n> Overall grade withheld: "))
        #expect(Fixtures.mentionsAGrade(markdown.replacingOccurrences(of: "HMIC four-grade scale", with: ""), in: scorecard.scale) == [])
        for area in scorecard.areas {
            #expect(markdown.contains("| \(Markdown.escape(area.title)) | Not graded: insufficient evidence | - | 0% | 0% |"))
            #expect(markdown.contains("## \(Markdown.escape(area.title)): Not graded: insufficient evidence\n\n> Not graded: insufficient evidence: \(Markdown.escape(area.notGraded?.reason ?? "?"))."))
        }
    }

    @Test func theJSONOfABlankAssessmentHasNoGradesAndEveryReason() throws {
        let (scorecard, _) = try Fixtures.blank()
        let json = JSONScorecardRenderer.render(scorecard, context: Fixtures.context)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let card = try #require(object["scorecard"] as? [String: Any])
        #expect(card["schemaVersion"] as? Int == 2)
        #expect(card["overallGrade"] == nil && card["scoreGrade"] == nil)
        let overall = try #require(card["overall"] as? [String: Any])
        #expect(overall["status"] as? String == "withheld")
        #expect((overall["notGraded"] as? [String])?.count == scorecard.areas.count)
        for area in try #require(card["areas"] as? [[String: Any]]) {
            #expect(area["grade"] == nil && area["scoreGrade"] == nil)
            #expect(((area["notGraded"] as? [String: Any])?["reason"] as? String)?.contains("below the 50% needed for a grade") == true)
        }
    }

    @Test func theHTMLOfABlankAssessmentSaysNotGradedWithTheReason() throws {
        let (scorecard, sources) = try Fixtures.blank()
        let page = HTMLScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(HTMLAudit(page).problems == [])
        #expect(!page.contains("data-grade=\"inadequate\""))
        #expect(page.contains("<span class=\"label\">Overall score</span><span class=\"value\">withheld</span>"))
        #expect(page.contains("<p class=\"limit\" id=\"overall-note\">Overall grade withheld: "))
        for area in scorecard.areas {
            let reason = HTMLEscaping.escape(area.notGraded?.reason ?? "?")
            #expect(page.contains("<tr data-area=\"\(area.area)\">"))
            #expect(page.contains("<div class=\"limit not-graded\">\(reason.prefix(1).uppercased() + reason.dropFirst()).</div>"))
            #expect(page.contains("<p class=\"limit not-graded\">Not graded: insufficient evidence. "))
            #expect(page.contains("<g class=\"bar\" data-key=\"\(area.area)\" data-grade=\"not-graded\">"))
        }
    }

    @Test func theCSVOfABlankAssessmentSaysNotGradedWithTheReason() throws {
        let (scorecard, sources) = try Fixtures.blank()
        let csv = AssessmentCSVRenderer.render(scorecard, assessment: sources.assessment, checklist: sources.checklist)
        let rows = try CSVTestReader.rows(String(csv.dropFirst()))
        let column = Dictionary(uniqueKeysWithValues: AssessmentCSVRenderer.header.enumerated().map { ($1, $0) })
        let cell = { (row: [String], name: String) in row[column[name] ?? 0] }
        let overall = try #require(rows.first { $0[0] == "overall" })
        #expect(cell(overall, "grade") == "not graded" && cell(overall, "score") == "")
        #expect(cell(overall, "reason").hasPrefix("Overall grade withheld: "))
        let areas = rows.filter { $0[0] == "area" }
        #expect(areas.map { cell($0, "area") } == scorecard.areas.map(\.area.rawValue))
        for row in areas {
            #expect(cell(row, "grade") == "not graded" && cell(row, "score") == "")
            #expect(cell(row, "reason").hasPrefix("Not graded: insufficient evidence: only 0% of the area's applicable weight"))
        }
        #expect(Fixtures.mentionsAGrade(csv, in: scorecard.scale) == [])
    }

    @Test func theOSCALResultsOfABlankAssessmentSayNotGradedWithTheReason() throws {
        let (scorecard, sources) = try Fixtures.blank()
        let input = OSCALResultsInput(scorecard: scorecard, assessment: sources.assessment, checklist: sources.checklist,
                                      file: "blank.json", digest: SHA256.hash("{}"))
        let result = try #require(OSCALResultsRenderer.document(input, context: Fixtures.context).assessmentResults.results.first)
        let props = result.props ?? []
        let named = { (name: String) in props.filter { $0.name == name } }
        #expect(named("overall-score").isEmpty && named("area-score").isEmpty)
        #expect(named("overall-grade").map(\.value) == ["not-graded"] && named("overall-status").map(\.value) == ["withheld"])
        #expect(named("area-grade").map(\.value) == Array(repeating: "not-graded", count: scorecard.areas.count))
        #expect(named("not-graded-reason").compactMap(\.class) == scorecard.areas.map(\.area.rawValue))
        #expect(result.remarks?.contains("Not graded: insufficient evidence: only 0%") == true)
        #expect(result.description.hasPrefix("Overall Not graded: insufficient evidence, on the"))
    }

    @Test func aProvisionalOverallGradeNamesTheAreasNotGraded() throws {
        let (scorecard, sources) = try Fixtures.provisional()
        #expect(scorecard.overall.status == .provisional && scorecard.overall.notGraded == ["media"])
        let grade = try #require(scorecard.overallGrade)
        let label = scorecard.label(grade)
        let score = NumberFormatting.number(scorecard.overallScore)
        let note = "Provisional: 1 of 7 areas not graded for insufficient evidence (Relationships with the media and other parties)"
        let text = TextScorecardRenderer.render(scorecard, context: Fixtures.context)
        #expect(text.contains("OVERALL: \(label.uppercased()) (PROVISIONAL), score \(score) over the graded areas\n"))
        #expect(text.contains("  Provisional: 1 of 7 areas not graded for insufficient evidence (Relationships\n  with the media and other parties)"))
        #expect(text.contains("\nmedia                             Not graded                 -       0%     0%\n"))
        let markdown = MarkdownScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(markdown.contains("**Overall: \(label) (provisional)** (score \(score) over the graded areas)\n\n> \(note)\n"))
        let page = HTMLScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(page.contains(">\(label)</span> (provisional)</span></div>"))
        #expect(page.contains("<span class=\"label\">Overall score over the graded areas (out of 100)</span><span class=\"value\">\(score)</span>"))
        #expect(page.contains("<p class=\"limit\" id=\"overall-note\">\(note)</p>"))
        let csv = AssessmentCSVRenderer.render(scorecard, assessment: sources.assessment, checklist: sources.checklist)
        #expect(csv.contains("\r\noverall,,,,,\(PlainNumber.format(scorecard.overallScore)),,,,\(note),,,Overall,,\(label) (provisional),,,\r\n"))
    }

    @Test func everyFigureReturnedIsInTheCSVAndTheJSONWithItsSourcePath() throws {
        let (scorecard, sources) = try Fixtures.provisional()
        let figures = scorecard.areas.flatMap { area in (area.returnFigures ?? []).map { (area.area, $0) } }
        #expect(figures.count > 50, "the demo force returns figures for every area")
        let csv = AssessmentCSVRenderer.render(scorecard, assessment: sources.assessment, checklist: sources.checklist)
        let rows = try CSVTestReader.rows(String(csv.dropFirst())).filter { $0[0] == "figure" }
        let column = Dictionary(uniqueKeysWithValues: AssessmentCSVRenderer.header.enumerated().map { ($1, $0) })
        let exported = rows.map { [$0[column["area"] ?? 0], $0[column["title"] ?? 0], $0[column["value"] ?? 0], $0[column["source"] ?? 0]] }
        #expect(exported == figures.map { [$0.0.rawValue, CSVField.neutralise($0.1.label), CSVField.neutralise($0.1.display), $0.1.source] })
        #expect(figures.allSatisfy { $0.1.source.hasPrefix("dataReturns.\($0.0).") })

        let json = JSONScorecardRenderer.render(scorecard, context: Fixtures.context)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let areas = try #require((object["scorecard"] as? [String: Any])?["areas"] as? [[String: Any]])
        let sourcesInJSON = areas.flatMap { ($0["returnFigures"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String } }
        #expect(sourcesInJSON == figures.map(\.1.source))

        let markdown = MarkdownScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        let page = HTMLScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        for (_, figure) in figures {
            #expect(markdown.contains("| \(Markdown.escape(figure.label)) | \(Markdown.escape(figure.display)) | `\(figure.source)` |"))
            #expect(page.contains("<tr data-source=\"\(figure.source)\">"))
            #expect(page.contains("<td><code>\(figure.source)</code></td>"))
        }
    }

    @Test func theEvidenceRegisterShowsSourceStandingAndPartialDates() throws {
        let (_, sources) = try Fixtures.provisional()
        let (scorecard, _) = try Fixtures.provisional()
        let record = sources.assessment.evidence[0]
        let markdown = MarkdownScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(markdown.contains("| \(record.id) | Policy | \(Markdown.escape(record.title)) | 2012-04 (month only) | Inspectorate interview | In force |"))
        #expect(markdown.contains("| The force's own documents or data | - |"))
        let page = HTMLScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(page.contains("<td>2012-04 (month only)</td>\n                  <td>Inspectorate interview</td>\n                  <td>In force</td>"))
    }

    @Test func findingsSayWhereTheyCameFromAndWhatTheyFoldIn() throws {
        let (scorecard, sources) = try Fixtures.provisional()
        let folded = try #require(scorecard.allFindings.first { !($0.also ?? []).isEmpty })
        let answer = try #require(scorecard.allFindings.first { $0.origin == .answer })
        let markdown = MarkdownScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(markdown.contains("  - Origin: from the answer"))
        #expect(markdown.contains("  - Also: \(folded.also?.map(\.rawValue).joined(separator: ", ") ?? "") (folded into this finding)"))
        let text = TextScorecardRenderer.render(scorecard, context: Fixtures.context, findingLimit: 100)
        #expect(text.contains("from the data return and registers; folds in "))
        let page = HTMLScorecardRenderer.render(scorecard, sources: sources, context: Fixtures.context)
        #expect(page.contains("<dt>Origin</dt>") && page.contains("<li>from the answer</li>"))
        let csv = AssessmentCSVRenderer.render(scorecard, assessment: sources.assessment, checklist: sources.checklist)
        #expect(csv.contains(",\(answer.id),\(answer.kind.rawValue),"))
        #expect(csv.contains(",,,,answer\r\n"))
    }
}
