import Foundation
import Testing
import ProbityCore
@testable import ProbityRegisters

@Suite struct RendererTests {
    @Test func flagsCSVIsTheEvaluatorLayout() throws {
        let csv = FlagsCSVRenderer.render(try RegisterFixtures.report())
        #expect(csv == """
        check,row_id,supplier_id,related_id
        a,H1,SUP1,C1
        a,H2,SUP2,C2
        b,BI1,SUP2,
        b,BI2,SUP1,
        b_worse,BI1,SUP2,C2
        c,H6,,
        c,H8,,
        d,BI4,,
        d,BI5,,
        e,BI5,,
        e,BI7,,

        """)
    }

    @Test func nameMapQuotesWhatNeedsQuoting() throws {
        let csv = NameMapCSVRenderer.render(try RegisterFixtures.report())
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "source,typed_name,supplier_id,method,score")
        #expect(lines[1] == "hospitality,The Northern Fleet Services Ltd.,SUP1,exact,1.000")
        #expect(lines.contains("hospitality,Leeds City Council,,none,0.000"))
        #expect(lines.contains { $0.hasPrefix("interests,Northern Fleet Servcies,SUP1,fuzzy,0.9") })
        #expect(CSVWriter.cell("SMITH, Jo") == "\"SMITH, Jo\"")
        #expect(CSVWriter.cell("a \"b\"") == "\"a \"\"b\"\"\"")
        #expect(CSVWriter.cell(" padded ") == "\" padded \"")
        #expect(CSVWriter.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVWriter.cell("-5 Ltd") == "'-5 Ltd")
    }

    @Test func jsonIsStableAndParses() throws {
        let report = try RegisterFixtures.report()
        let first = try JSONReportRenderer.render(report), second = try JSONReportRenderer.render(report)
        #expect(first == second)
        let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect((object?["counts"] as? [String: Int])?["b_worse"] == 1)
        #expect(object?["asOf"] as? String == "2025-03-31")
        #expect((object?["findings"] as? [[String: Any]])?.first?["rowID"] as? String == "H1")
    }

    @Test func textFitsIn80Columns() throws {
        let text = TextReportRenderer.render(try RegisterFixtures.report(workforce: 2000))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(text.contains("Entries per 1,000 workforce: 5.0 (workforce 2,000)"))
        #expect(text.contains("declined 2 (20.0%)"))
    }
}
