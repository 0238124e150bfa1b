import Foundation
import ProbityBundle
import ProbityCore
import ProbityReports
import Testing

/// The offline self-assessment form: the page for each shipped checklist against its golden
/// file, and the properties that keep it safe, offline, accessible and data-driven. (The
/// behaviour in a real browser is checked by Tests/clients/form_checks.py.)
@Suite struct FormRendererTests {
    static let embeddedOpen = "<script type=\"application/json\" id=\"probity-model\">"

    /// The registered plugins' data-return schemas, as `probity form` passes them.
    static let schemas = PluginSet(PluginRegistry.instances).schemas

    static func page(_ checklist: Checklist) -> String {
        FormRenderer.render(checklist, schemas: schemas, context: FormExportGolden.context)
    }

    /// The JSON embedded in the page, parsed.
    static func model(_ page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: embeddedOpen))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = String(page[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test(arguments: ["revisit-2012", "wfof-2011"])
    func theFormMatchesItsGoldenFile(_ id: String) throws {
        try FormExportGolden.check(Self.page(try FormExportGolden.checklist(id)), "form/\(id).html")
    }

    @Test func everyItemIsOnThePageWithItsGuidanceAndAStatusFromTheChecklist() throws {
        let checklist = try FormExportGolden.checklist()
        let page = Self.page(checklist)
        for (index, item) in checklist.allItems.enumerated() {
            #expect(page.contains("<h3 id=\"i\(index)-h\">\(item.id)</h3>"))
            #expect(page.contains(HTMLEscaping.escape(item.question)))
            #expect(page.contains(HTMLEscaping.escape(item.goodPractice)))
            #expect(page.contains("<select id=\"i\(index)-status\">"))
        }
        for status in checklist.answerStatuses {
            #expect(page.components(separatedBy: "<option value=\"\(status.id.rawValue)\"").count - 1 == checklist.allItems.count)
        }
        #expect(page.components(separatedBy: "<option value=\"not-assessed\" selected>").count - 1 == checklist.allItems.count)
    }

    @Test func theEmbeddedModelCarriesTheBlankAssessmentAndTheChecklistData() throws {
        let checklist = try FormExportGolden.checklist()
        let model = try Self.model(Self.page(checklist))
        #expect(model["storageKey"] as? String == "probity-form:revisit-2012@1.0.0")
        let areas = try #require(model["areas"] as? [[String: Any]])
        #expect(areas.compactMap { $0["items"] as? [String] }.flatMap { $0 } == checklist.allItems.map(\.id.rawValue))
        let kinds = try #require(model["evidenceKinds"] as? [[String: Any]])
        #expect(kinds.compactMap { $0["id"] as? String } == checklist.evidenceKinds.map(\.id.rawValue))
        let blankData = try JSONSerialization.data(withJSONObject: try #require(model["blank"]))
        let blank = try JSONDecoder().decode(Assessment.self, from: blankData)
        #expect(blank == AssessmentTemplate.blank(checklist: checklist, force: ForceInfo(name: "", code: ""), year: checklist.year))
    }

    @Test func aNewStatusOrEvidenceKindNeedsNoCodeChange() throws {
        var checklist = try FormExportGolden.checklist()
        checklist.answerStatuses[0].label = "Fully in place"
        var survey = checklist.evidenceKinds[0]
        survey.id = "survey"
        survey.label = "Staff survey"
        checklist.evidenceKinds.append(survey)
        checklist.version = "9.9.9"
        let page = Self.page(checklist)
        #expect(page.contains("<option value=\"met\">Fully in place</option>"))
        let model = try Self.model(page)
        #expect(model["storageKey"] as? String == "probity-form:revisit-2012@9.9.9")
        #expect((model["evidenceKinds"] as? [[String: Any]])?.last?["label"] as? String == "Staff survey")
    }

    @Test func checklistTextCannotBreakOutOfThePageOrTheEmbeddedJSON() throws {
        var checklist = try FormExportGolden.checklist()
        checklist.title = "</script><script>alert(1)</script>"
        checklist.areas[0].title = "Media \"quoted\" & 'single' <b>"
        checklist.areas[0].items[0].question = "<img src=x onerror=alert(1)> <!-- comment --> </SCRIPT >"
        let page = Self.page(checklist)
        #expect(page.lowercased().components(separatedBy: "</script").count - 1 == 2, "only the two closing tags of the page's own scripts")
        #expect(!page.contains("<img"))
        #expect(!page.contains("<!-- comment"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("Media &quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;"))
        let model = try Self.model(page)
        #expect((model["checklist"] as? [String: Any])?["title"] as? String == checklist.title, "the JSON still reads back exactly")
    }

    @Test func thePageWorksOfflineAndTheScriptNeverWritesMarkup() throws {
        let page = Self.page(try FormExportGolden.checklist())
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"))
        for forbidden in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "fetch(", "XMLHttpRequest"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.range(of: #"\s(src|href)="(https?:)?//"#, options: .regularExpression) == nil, "no external resource")
        #expect(page.contains("<textarea id=\"export-json\" readonly"))
        #expect(page.contains("localStorage.setItem(model.storageKey"))
    }

    @Test func everyControlHasALabelIdsAreUniqueAndHeadingsDescendInOrder() throws {
        let page = Self.page(try FormExportGolden.checklist())
        let ids = page.matches(of: #/ id="([^"]+)"/#).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids")
        let controls = page.matches(of: #/<(?:input|select|textarea)[^>]* id="([^"]+)"/#).map { String($0.1) }
        #expect(controls.count > 4 * 80)
        let labelled = Set(page.matches(of: #/<label for="([^"]+)">/#).map { String($0.1) })
        #expect(controls.filter { !labelled.contains($0) }.isEmpty, "controls without a label")
        let levels = page.matches(of: #/<h([1-6])[ >]/#).compactMap { Int($0.1) }
        #expect(levels.first == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "a heading level is skipped")
        #expect(page.matches(of: #/<fieldset>/#).count == page.matches(of: #/<legend>/#).count)
    }

    @Test(arguments: ["revisit-2012", "wfof-2011"])
    func everyFieldOfEveryPluginSchemaIsOnThePageAndInTheModel(_ id: String) throws {
        let checklist = try FormExportGolden.checklist(id)
        let page = Self.page(checklist)
        let returns = try #require(try Self.model(page)["dataReturns"] as? [[String: Any]])
        let withReturns = checklist.areas.filter { !(Self.schemas[$0.id]?.fields.isEmpty ?? true) }
        #expect(returns.compactMap { $0["area"] as? String } == withReturns.map(\.id.rawValue))
        for (area, embedded) in zip(withReturns, returns) {
            let schema = try #require(Self.schemas[area.id])
            let number = try #require(checklist.areas.firstIndex { $0.id == area.id }) + 1
            let fields = try #require(embedded["fields"] as? [[String: Any]])
            #expect(fields.compactMap { $0["path"] as? String } == schema.fields.map(\.path))
            for (index, field) in schema.fields.enumerated() {
                #expect(page.contains("<label for=\"dr-\(number)-\(index)\">\(HTMLEscaping.escape(field.meaning))</label>"), "\(area.id).\(field.path)")
                #expect(fields[index]["expectation"] as? String == field.expectation)
                #expect(fields[index]["allowsUnchanged"] as? Bool == (field.isNumeric && field.allowsUnchanged))
            }
            let rules = try #require(embedded["reconciliations"] as? [[String: Any]])
            #expect(rules.count == schema.reconciliations.count)
            for (rule, reconciliation) in zip(rules, schema.reconciliations) {
                #expect(rule["subject"] as? String == reconciliation.subject.path)
                switch reconciliation {
                case .sum(_, let parts):
                    #expect(rule["rule"] as? String == "sum")
                    #expect(rule["others"] as? [String] == parts.map(\.path))
                case .atMost(_, let whole):
                    #expect(rule["rule"] as? String == "atMost")
                    #expect(rule["others"] as? [String] == [whole.path])
                }
            }
        }
        #expect(!returns.isEmpty, "no plugin area on the checklist")
    }

    @Test func theContentsLinkEveryAreaAndEachAreaSkipsToTheNextAndToExport() throws {
        let checklist = try FormExportGolden.checklist()
        let page = Self.page(checklist)
        #expect(page.contains("<a href=\"#h-export\">Check and export</a>"))
        for number in 1...checklist.areas.count {
            #expect(page.contains("<li><a href=\"#area-\(number)-h\">"))
            if number > 1 { #expect(page.contains("<a href=\"#area-\(number)-h\">Skip to the next area")) }
        }
        #expect(page.components(separatedBy: "<a href=\"#h-export\">Skip to Check and export</a>").count - 1 == checklist.areas.count)
        #expect(page.contains("@page { size: A4;"))
    }

    @Test func withoutSchemasThereIsNoDataReturnSection() throws {
        let page = FormRenderer.render(try FormExportGolden.checklist(), context: FormExportGolden.context)
        #expect(!page.contains("class=\"data-return\""))
        #expect(try Self.model(page)["dataReturns"] as? [Any] != nil)
    }
}
