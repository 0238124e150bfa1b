import Foundation
import ProbityCore
import ProbityReports
import Testing

/// The OSCAL catalog and assessment-results: golden files, and the rules of the OSCAL 1.1
/// schemas that trestle also checks (UUID shape, tokens, one-line strings, no empty arrays),
/// plus the references inside each document.
@Suite struct OSCALExportTests {
    static var uuidPattern: Regex<Substring> { #/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/# }
    static var tokenPattern: Regex<Substring> { #/^[A-Za-z_][A-Za-z0-9._-]*$/# }
    static var stringPattern: Regex<(Substring, Substring?)> { #/^\S(.*\S)?$/# }

    static func catalogJSON() throws -> String {
        OSCALCatalogRenderer.render(try FormExportGolden.checklist(), context: FormExportGolden.context)
    }

    static func resultsJSON() throws -> String {
        let (document, scorecard, checklist) = try FormExportGolden.scored()
        let input = OSCALResultsInput(scorecard: scorecard, assessment: document.assessment, checklist: checklist,
                                      file: document.file, digest: SHA256.hash(document.bytes))
        return OSCALResultsRenderer.render(input, context: FormExportGolden.context)
    }

    static func tree(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func uuidsAreNameBasedVersion5AndStable() {
        let first = OSCALUUID.make("revisit-2012@1.0.0/catalog")
        #expect(first.wholeMatch(of: Self.uuidPattern) != nil, "\(first)")
        #expect(first == OSCALUUID.make("revisit-2012@1.0.0/catalog"))
        #expect(first != OSCALUUID.make("revisit-2012@1.0.1/catalog"))
        let digest = SHA256.hash("probity:revisit-2012@1.0.0/catalog").hex
        #expect(first.replacingOccurrences(of: "-", with: "").prefix(12) == digest.prefix(12), "the leading bytes are the SHA-256")
    }

    @Test func theCatalogMatchesItsGoldenFile() throws {
        try FormExportGolden.check(try Self.catalogJSON(), "oscal/revisit-2012-catalog.json")
    }

    @Test func theResultsMatchTheirGoldenFile() throws {
        try FormExportGolden.check(try Self.resultsJSON(), "oscal/hostile-assessment-results.json")
    }

    @Test func theOutputIsByteStable() throws {
        #expect(try Self.catalogJSON() == Self.catalogJSON())
        #expect(try Self.resultsJSON() == Self.resultsJSON())
    }

    @Test(arguments: ["catalog", "results"])
    func everyValueFollowsTheOSCALSchemaRules(_ which: String) throws {
        let json = which == "catalog" ? try Self.catalogJSON() : try Self.resultsJSON()
        var problems: [String] = []
        var uuids: [String: Int] = [:]
        FormExportGolden.walk(try Self.tree(json)) { path, value in
            let key = path.split(separator: ".").last.map(String.init) ?? ""
            if let array = value as? [Any], array.isEmpty { problems.append("\(path): empty array") }
            guard let text = value as? String else { return }
            if key == "uuid" {
                uuids[text, default: 0] += 1
                if text.wholeMatch(of: Self.uuidPattern) == nil { problems.append("\(path): not a UUID") }
            }
            let partyName = key == "name" && path.contains(".parties[")
            if ["id", "name", "class", "role-id", "target-id"].contains(key), !partyName, text.wholeMatch(of: Self.tokenPattern) == nil {
                problems.append("\(path): \(text.debugDescription) is not a token")
            }
            if ["value", "version", "short-name"].contains(key) || partyName, text.wholeMatch(of: Self.stringPattern) == nil {
                problems.append("\(path): \(text.debugDescription) is not a one-line string")
            }
            if ["title", "text"].contains(key), text.isEmpty || text.contains("\n") { problems.append("\(path): a title must be one line") }
        }
        problems += uuids.filter { $0.value > 1 }.map { "uuid \($0.key) used \($0.value) times" }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(!uuids.isEmpty)
    }

    @Test func theCatalogHasAGroupPerAreaAndAControlPerItem() throws {
        let checklist = try FormExportGolden.checklist()
        let catalog = OSCALCatalogRenderer.document(checklist, context: FormExportGolden.context).catalog
        #expect(catalog.metadata.oscalVersion == "1.1.2")
        #expect(catalog.metadata.lastModified == "2026-01-01T00:00:00Z")
        #expect(catalog.metadata.version == checklist.version)
        #expect(catalog.groups.map(\.id) == checklist.areas.map(\.id.rawValue))
        #expect(catalog.groups.flatMap(\.controls).map(\.id) == checklist.allItems.map(\.id.rawValue))
        let control = try #require(catalog.groups.flatMap(\.controls).first { $0.id == "GH-01" })
        let item = try #require(checklist.item("GH-01"))
        #expect(control.parts.first { $0.name == "statement" }?.prose == item.question)
        #expect(control.parts.first { $0.name == "statement" }?.id == "GH-01_smt")
        #expect(control.parts.first { $0.name == "guidance" }?.prose == item.goodPractice)
        let props = control.props ?? []
        #expect(props.contains { $0.name == "weight" && $0.value == "3" && $0.ns == OSCALVocabulary.namespace })
        #expect(props.filter { $0.name == "evidence-kind" }.map(\.value) == item.evidenceKinds.map(\.rawValue))
        let resources = Set((catalog.backMatter?.resources ?? []).map { "#" + $0.uuid })
        let links = catalog.groups.flatMap(\.controls).flatMap { $0.links ?? [] }.map(\.href)
        #expect(!links.isEmpty && links.allSatisfy(resources.contains), "every control link resolves to a back-matter resource")
    }

    @Test func resultsReferToTheirObservationsControlsPartiesAndResources() throws {
        let (document, scorecard, checklist) = try FormExportGolden.scored()
        let input = OSCALResultsInput(scorecard: scorecard, assessment: document.assessment, checklist: checklist,
                                      file: document.file, digest: SHA256.hash(document.bytes))
        let results = OSCALResultsRenderer.document(input, context: FormExportGolden.context).assessmentResults
        let result = try #require(results.results.first)
        let observations = result.observations ?? []
        let findings = result.findings ?? []
        #expect(observations.count == checklist.allItems.count, "one observation per answer")
        #expect(findings.count == scorecard.areas.flatMap(\.items).filter(\.isScored).count + scorecard.allFindings.count)
        let observationIDs = Set(observations.map(\.uuid))
        #expect(findings.allSatisfy { ($0.relatedObservations ?? []).allSatisfy { observationIDs.contains($0.observationUUID) } })
        let statements = Set(checklist.allItems.map { "\($0.id)_smt" })
        #expect(findings.allSatisfy { statements.contains($0.target.targetID) }, "every finding targets a catalog statement")
        let resources = Set((results.backMatter?.resources ?? []).map { "#" + $0.uuid })
        #expect(resources.contains(results.importAP.href))
        let hrefs = observations.flatMap { $0.relevantEvidence ?? [] }.compactMap(\.href)
        #expect(!hrefs.isEmpty && hrefs.allSatisfy(resources.contains))
        let parties = results.metadata.parties ?? []
        #expect(parties.map(\.type) == ["organization", "person"])
        #expect(parties.first?.name == "Wyvern Vale Police <b>")
        #expect(parties.last?.memberOfOrganizations == [parties.first?.uuid].compactMap { $0 })
        let roles = Set((results.metadata.roles ?? []).map(\.id))
        #expect((results.metadata.responsibleParties ?? []).allSatisfy { roles.contains($0.roleID) })
        #expect(result.start == "2011-09-01T00:00:00Z" && result.end == "2012-05-31T23:59:59Z")
        let gratuities = (result.props ?? []).filter { $0.class == "gratuities" }
        let area = try #require(scorecard.area("gratuities"))
        #expect(gratuities.first { $0.name == "area-grade" }?.value == area.grade?.rawValue)
        #expect(gratuities.first { $0.name == "area-score" }?.value == PlainNumber.format(area.score, decimals: 1))
    }

    @Test func itemFindingsSaySatisfiedOnlyForUncontradictedMetAnswers() throws {
        let (document, scorecard, checklist) = try FormExportGolden.scored()
        let input = OSCALResultsInput(scorecard: scorecard, assessment: document.assessment, checklist: checklist,
                                      file: document.file, digest: SHA256.hash(document.bytes))
        let findings = OSCALResultsRenderer.document(input, context: FormExportGolden.context).assessmentResults.results[0].findings ?? []
        func state(_ title: String) -> String? { findings.first { $0.title.hasPrefix(title) }?.target.status.state }
        #expect(state("GH-01: Met") == "satisfied")
        #expect(state("GH-02: Met") == "not-satisfied", "GH-02 is claimed met but contradicted by GH-F01")
        #expect(state("GH-03: Not met") == "not-satisfied")
        #expect(state("Cause of concern GH-F01") == "not-satisfied")
        #expect(state("Strength MR-F01") == "satisfied")
    }

    @Test func hostileTextStaysText() throws {
        let json = try Self.resultsJSON()
        #expect(!json.contains("<script>"), "Markdown/HTML in narratives and titles is escaped")
        #expect(json.contains(#"\\<script\\>alert(1)\\</script\\>"#))
        #expect(json.contains(#"\\{\\{ insert: param, x \\}\\}"#), "OSCAL parameter insertion syntax is escaped")
        #expect(OSCALText.line("a\nb\t c", fallback: "x") == "a b c")
        #expect(OSCALText.value("  \n ") == nil)
        #expect(OSCALText.token("1.1 bad id") == "_1.1_bad_id")
        #expect(OSCALText.token("GH-01") == "GH-01")
    }
}
