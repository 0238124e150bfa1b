import Foundation
import Testing

/// The corpus of bad assessment files: each gives exactly one clear first line naming the file
/// and the place, and exit code 1; none crashes.
@Suite struct BadAssessmentTests {
    static let directory = CLIHarness.fixtures.appendingPathComponent("assessments/bad")

    static let expectations: [(file: String, message: String)] = [
        ("01-truncated.json", "Error: 01-truncated.json:187:3: malformed JSON: unexpected end of file; expected ',' or '}' in the object; the JSON is truncated"),
        ("02-trailing-comma.json", "Error: 02-trailing-comma.json:8:16: malformed JSON: unexpected ','; expected a quoted field name"),
        ("03-invalid-utf8.json", "Error: 03-invalid-utf8.json:353:17: invalid UTF-8; save the file as UTF-8"),
        ("04-wrong-type.json", "Error: 04-wrong-type.json: year: expected a number, found \"2012\""),
        ("05-unknown-status.json", "Error: 05-unknown-status.json: answers[12].status: expected one of met, partially-met, not-met, not-applicable, not-assessed, found \"yes\""),
        ("06-unknown-item.json", "error: 06-unknown-item.json: answers[3].item: unknown item \"MR-99\" in revisit-2012; did you mean \"MR-09\"?"),
        ("07-missing-item.json", "error: 07-missing-item.json: answers: item \"MR-06\" has no answer; add it with status \"not-assessed\" if it is not yet assessed"),
        ("08-duplicate-answer.json", "error: 08-duplicate-answer.json: answers[7].item: item \"MR-08\" is answered twice (also answers[6])"),
        ("09-dangling-evidence.json", "error: 09-dangling-evidence.json: answers[0].evidence[1]: evidence \"EV-09\" is not in the evidence register"),
        ("10-na-without-reason.json", "error: 10-na-without-reason.json: answers[4].reason: not-applicable needs a reason"),
        ("11-impossible-date.json", "Error: 11-impossible-date.json: evidence[1].date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found \"2012-02-30\""),
        ("12-period-end-before-start.json", "error: 12-period-end-before-start.json: period.end: the period ends (2011-05-31) before it starts (2011-09-01)"),
        ("13-unknown-evidence-kind.json", "error: 13-unknown-evidence-kind.json: evidence[0].kind: expected one of policy, procedure, register, minutes, training-record, audit, data-return, interview-note, other, found \"email\""),
        ("14-missing-field.json", "Error: 14-missing-field.json: force.name: missing required field \"name\""),
        ("15-future-schema.json", "Error: 15-future-schema.json: schemaVersion: this version of probity reads schema version 1, found number 2"),
        ("16-empty.json", "Error: 16-empty.json:1:1: malformed JSON: the file is empty; expected a JSON value"),
        ("17-not-an-object.json", "Error: 17-not-an-object.json: (document): expected an object, found an array of 3"),
        ("18-unknown-area.json", "error: 18-unknown-area.json: dataReturns.gratuity: unknown area \"gratuity\"; did you mean \"gratuities\"?"),
        ("19-unknown-checklist.json", "Error: unknown checklist \"wfof-2013 version 1.0.0\"; available: revisit-2012@1.0.0, wfof-2011@1.0.0"),
        ("20-status-not-a-string.json", "Error: 20-status-not-a-string.json: answers[2].status: expected a string, found number 3"),
        ("21-return-does-not-add-up.json", "error: 21-return-does-not-add-up.json: dataReturns.gratuities.entries.total: 412 does not equal gratuities + hospitality = 400 (gratuities 200, hospitality 200)"),
        ("22-negative-count.json", "error: 22-negative-count.json: dataReturns.business-interests.applications.refused: a count cannot be negative, found -2"),
        ("23-unknown-return-field.json", "error: 23-unknown-return-field.json: dataReturns.professional-standards.acu.staf: unknown field \"staf\"; did you mean \"staff\"?"),
        ("24-unknown-evidence-source.json", "error: 24-unknown-evidence-source.json: evidence[0].source: expected one of force, inspectorate-interview, inspectorate-focus-group, inspectorate-reality-test, inspectorate-document-review, external-research, found \"rumour\""),
        ("25-unknown-document-status.json", "error: 25-unknown-document-status.json: evidence[0].status: expected one of in-force, under-review, draft, superseded, found \"approved\""),
        ("26-impossible-partial-date.json", "Error: 26-impossible-partial-date.json: evidence[0].date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found \"2012-13\""),
    ]

    @Test("a bad assessment gives one precise error", arguments: expectations)
    func badAssessment(_ file: String, _ message: String) {
        let result = CLIHarness.run(["validate", file], in: Self.directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.first == message, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func everyBadFileHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
        #expect(files.count >= 15)
    }

    @Test func aMissingFileIsNamed() {
        let result = CLIHarness.run(["validate", "no-such-file.json"], in: Self.directory)
        #expect(result.code == 1)
        #expect(result.stderr == "Error: no-such-file.json: no such file\n")
    }

    @Test func scoringRefusesAnInvalidAssessment() {
        let result = CLIHarness.run(["score", "09-dangling-evidence.json"], in: Self.directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.first == "error: 09-dangling-evidence.json: answers[0].evidence[1]: evidence \"EV-09\" is not in the evidence register")
        #expect(result.stdout.isEmpty)
    }

    /// A file with thousands of bad answers lists the first 100 errors and counts the rest, so the
    /// summary is not buried (200,000 unknown items: 105 lines, not 400,000); `--all` lists every
    /// one. An answer to an unknown item gets the one error, no warning about its evidence.
    @Test func manyErrorsAreListedUpToALimit() throws {
        let folder = try CLIHarness.temporaryDirectory()
        let source = CLIHarness.packageRoot.appendingPathComponent("docs/examples/northshire-2012.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var answers = try #require(document["answers"] as? [[String: Any]])
        answers += (0..<150).map { ["item": "XX-\($0)", "status": "met"] }
        document["answers"] = answers
        try JSONSerialization.data(withJSONObject: document).write(to: folder.appendingPathComponent("many.json"))

        let limited = CLIHarness.run(["validate", "many.json"], in: folder)
        #expect(limited.code == 1)
        let errors = limited.stderrLines.filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 100)
        #expect(errors.first?.hasPrefix("error: many.json: answers[\(answers.count - 150)].item: unknown item \"XX-0\"") == true)
        #expect(limited.stderrLines.contains("note: 50 more errors not listed after the first 100; give --all to list every one"))
        #expect(!limited.stderr.contains("XX-120"))
        #expect(limited.stderrLines.last == "many.json: invalid, 150 errors, 1 warning; \(answers.count) answers, 19 evidence records")

        let all = CLIHarness.run(["validate", "--all", "many.json"], in: folder)
        #expect(all.stderrLines.filter { $0.hasPrefix("error: ") }.count == 150)
        #expect(!all.stderr.contains("note: "))
        #expect(!all.stderr.contains("answers[\(answers.count - 1)].evidence"))

        let score = CLIHarness.run(["score", "many.json"], in: folder)
        #expect(score.code == 1)
        #expect(score.stderrLines.filter { $0.hasPrefix("error: ") }.count == 100)
        #expect(score.stderrLines.contains(
            "note: 50 more errors not listed after the first 100; correct these first: the rest often follow from them"))
        #expect(score.stderrLines.last == "Error: 150 errors")
    }

    /// A value of megabytes in an error is clipped in the middle, and a million citations of one
    /// missing evidence record are one error.
    @Test func hugeValuesAndRepeatedCitationsGiveShortMessages() throws {
        let folder = try CLIHarness.temporaryDirectory()
        let source = CLIHarness.packageRoot.appendingPathComponent("docs/examples/northshire-2012.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var answers = try #require(document["answers"] as? [[String: Any]])
        answers[0]["status"] = String(repeating: "B", count: 1 << 20)
        document["answers"] = answers
        try JSONSerialization.data(withJSONObject: document).write(to: folder.appendingPathComponent("status.json"))
        let status = CLIHarness.run(["validate", "status.json"], in: folder)
        #expect(status.code == 1)
        let line = try #require(status.stderrLines.first)
        #expect(line.hasPrefix("Error: status.json: answers[0].status: expected one of met, partially-met"))
        #expect(line.contains(" bytes not shown]…"))
        #expect(line.utf8.count < 2_100)

        answers[0]["status"] = "met"
        answers[0]["evidence"] = Array(repeating: "EV-NOPE", count: 10_000) + ["EV-GONE"]
        document["answers"] = answers
        try JSONSerialization.data(withJSONObject: document).write(to: folder.appendingPathComponent("cited.json"))
        let cited = CLIHarness.run(["validate", "--all", "cited.json"], in: folder)
        #expect(cited.code == 1)
        #expect(cited.stderrLines.filter { $0.hasPrefix("error: ") } == [
            "error: cited.json: answers[0].evidence[0]: evidence \"EV-NOPE\" is not in the evidence register",
            "error: cited.json: answers[0].evidence[10000]: evidence \"EV-GONE\" is not in the evidence register",
        ])
    }
}
