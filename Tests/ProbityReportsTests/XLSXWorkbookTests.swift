import Foundation
import Testing
@testable import ProbityReports

/// The project's own XLSX writer, checked by an independent reader (Python's zipfile: CRCs,
/// names, the XML parts) here, and by LibreOffice and openpyxl in the client tests.
@Suite struct XLSXWorkbookTests {
    static let hostile = "=HYPERLINK(\"http://x\",\"y\") <b>&amp; \u{1B}[31m \u{202E}"

    static var workbook: XLSXWorkbook {
        XLSXWorkbook(sheets: [
            XLSXSheet(name: "Areas", header: ["area", "grade", "score"],
                      rows: [[.text("media"), .text("Good"), .number(72.5)], [.text("vetting"), .text("Not graded"), .empty]]),
            XLSXSheet(name: "Findings: [all]/*?", header: ["id", "detail"], rows: [[.text("GH-F01"), .text(hostile)]]),
        ])
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func theSameSheetsGiveTheSameBytes() {
        #expect(Self.workbook.bytes() == Self.workbook.bytes())
    }

    /// Python's zipfile reads the archive, checks every CRC and returns each part's text.
    @Test func anIndependentReaderOpensThePackage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("probity-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("book.xlsx")
        try Data(Self.workbook.bytes()).write(to: file)
        let script = """
            import json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            bad = z.testzip()
            print(json.dumps({"bad": bad, "names": z.namelist(), "parts": {n: z.read(n).decode("utf-8") for n in z.namelist()}}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let result = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        #expect(result["bad"] is NSNull, "a CRC or header is wrong")
        #expect(result["names"] as? [String] == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let parts = try #require(result["parts"] as? [String: String])
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"<sheet name="Areas" sheetId="1" r:id="rId1"/>"#))
        #expect(workbook.contains(#"<sheet name="Findings all" sheetId="2" r:id="rId2"/>"#), "forbidden sheet-name characters removed")
        let areas = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(areas.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(areas.contains(#"<c r="C2"><v>72.5</v></c>"#), "a number is a number")
        #expect(areas.contains(#"<c r="B3" t="inlineStr"><is><t xml:space="preserve">Not graded</t></is></c>"#))
        #expect(!areas.contains(#"r="C3""#), "an empty cell is left out")
        let findings = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(findings.contains("&lt;b&gt;&amp;amp; \u{FFFD}[31m \u{202E}"), "markup escaped, a control character replaced")
        #expect(!findings.contains("<f>"), "no formula anywhere")
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(_ index: Int, _ name: String) {
        #expect(XLSXSheet.columnName(index) == name)
    }
}
