import Foundation
import ProbityCore
import ProbityReports
import Testing

/// The spreadsheet export: RFC 4180 fields, CRLF, a UTF-8 byte order mark, and no cell a
/// spreadsheet would run as a formula.
@Suite struct CSVExportTests {
    static let triggers: [(String, String)] = [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("\r\nwindows line", "'\r\nwindows line"),
    ]

    @Test("a cell starting with a formula trigger gets a leading apostrophe", arguments: triggers)
    func formulaTriggersAreNeutralised(_ input: String, _ expected: String) {
        #expect(CSVField.neutralise(input) == expected)
    }

    @Test(arguments: ["<script>alert(1)</script>", "plain text", "a=b", "1+1", " =leading space", "", "'quoted"])
    func otherTextIsLeftAlone(_ input: String) {
        #expect(CSVField.neutralise(input) == input)
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVField.text("plain").encoded == "plain")
        #expect(CSVField.text("a, b").encoded == "\"a, b\"")
        #expect(CSVField.text("say \"hi\"").encoded == "\"say \"\"hi\"\"\"")
        #expect(CSVField.text("two\nlines").encoded == "\"two\nlines\"")
        #expect(CSVField.text("=1,2").encoded == "\"'=1,2\"")
        #expect(CSVField.text("\rx").encoded == "\"'\rx\"")
        #expect(CSVField.empty.encoded == "")
    }

    @Test func numbersStayNumbersEvenWhenNegative() {
        #expect(CSVField.number(-2).encoded == "-2")
        #expect(CSVField.number(12.5).encoded == "12.5")
        #expect(CSVField.number(100.0 / 3).encoded == "33.333")
        #expect(CSVField.number(0.0004).encoded == "0")
        #expect(CSVField.number(-0.0001).encoded == "0")
        #expect(CSVField.number(1_234_567).encoded == "1234567")
    }

    @Test func aTableHasABOMCRLFLinesAndTheHeaderWidth() {
        let table = CSVTable(header: ["a", "b", "c"], rows: [[.text("x")], [.number(1), .text("y,z"), .empty, .text("dropped")]])
        #expect(table.render() == "\u{FEFF}a,b,c\r\nx,,\r\n1,\"y,z\",\r\n")
    }

    @Test func theHostileAssessmentMatchesItsGoldenFile() throws {
        let (document, scorecard, checklist) = try FormExportGolden.scored()
        let csv = AssessmentCSVRenderer.render(scorecard, assessment: document.assessment, checklist: checklist)
        try FormExportGolden.check(csv, "csv/hostile-assessment.csv")
    }

    @Test func everyRowIsAnItemOrAFindingAndNoTextCellCanRunAsAFormula() throws {
        let (document, scorecard, checklist) = try FormExportGolden.scored()
        let csv = AssessmentCSVRenderer.render(scorecard, assessment: document.assessment, checklist: checklist)
        #expect(csv.hasPrefix("\u{FEFF}record,area,item,"))
        let rows = try CSVTestReader.rows(String(csv.dropFirst()))
        let header = try #require(rows.first)
        #expect(header == AssessmentCSVRenderer.header)
        let body = rows.dropFirst()
        #expect(body.allSatisfy { $0.count == header.count })
        #expect(body.filter { $0[0] == "item" }.count == checklist.allItems.count)
        #expect(body.filter { $0[0] == "finding" }.count == scorecard.allFindings.count)
        #expect(scorecard.allFindings.count >= 3, "the stand-in plugins give findings to export")
        let numeric: Set<String> = ["weight", "score"]
        for row in body {
            for (column, cell) in zip(header, row) where !numeric.contains(column) {
                let first = cell.unicodeScalars.first.map(Character.init)
                #expect(first.map { !CSVField.formulaTriggers.contains($0) } ?? true, "\(column) cell \(cell.debugDescription) would run as a formula")
            }
        }
        let narratives = Dictionary(uniqueKeysWithValues: body.filter { $0[0] == "item" }.map { ($0[2], $0[8]) })
        #expect(narratives["GH-01"] == "'=HYPERLINK(\"http://x\")")
        #expect(narratives["GH-02"] == "'+1")
        #expect(narratives["GH-03"] == "'-2+3")
        #expect(narratives["GH-04"] == "'@SUM(A1)")
        #expect(narratives["GH-05"] == "'\tindented with a tab")
        #expect(narratives["GH-06"] == "<script>alert(1)</script> and </script><!-- in a narrative")
        let reasons = Dictionary(uniqueKeysWithValues: body.filter { $0[0] == "item" }.map { ($0[2], $0[9]) })
        #expect(reasons["GH-07"] == "'\rstarts with a carriage return; has a comma, a \"quote\"\nand a second line")
        let finding = try #require(body.first { $0[10] == "PC-F05" })
        #expect(finding[12] == "Low-level spend left to budget holders =HYPERLINK(\"http://x\")", "not at the start: no formula, left as written")
    }
}

/// A strict RFC 4180 reader for checking what the writer produced (quoted fields, doubled
/// quotes, CRLF records, line breaks inside quotes).
enum CSVTestReader {
    struct Malformed: Error {}

    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r" {
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                guard scalar != "\n" else { throw Malformed() }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed() }
        return rows
    }
}
