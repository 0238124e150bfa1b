import Foundation
import Testing
@testable import ProbityRegisters

@Suite struct CSVReaderTests {
    func read(_ text: String, skip: Bool = false) throws(RegisterError) -> CSVTable {
        try CSVReader(file: "t.csv", data: Data(text.utf8)).readAll(skipBadRows: skip)
    }

    func error(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let table = try read("id,name,note\r\n1,\"SMITH, John\",\"Dinner at \"\"The Ivy\"\", Leeds\"\r\n2,x,\"two\r\nlines\nhere\"\r\n3,y,z\r\n")
        #expect(table.header == ["id", "name", "note"])
        #expect(table.rows == [["1", "SMITH, John", "Dinner at \"The Ivy\", Leeds"],
                               ["2", "x", "two\r\nlines\nhere"], ["3", "y", "z"]])
        #expect(table.lines == [2, 3, 6])
    }

    @Test func lfAndCRLFAndNoFinalLineBreak() throws {
        #expect(try read("a,b\n1,2\n3,4").rows == [["1", "2"], ["3", "4"]])
        #expect(try read("a,b\r\n1,2\r\n").rows == [["1", "2"]])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let table = try read("\u{FEFF}id,name\n1,x\n")
        #expect(table.header == ["id", "name"])
    }

    @Test func blankLinesAreSkippedAndEmptyFieldsKept() throws {
        let table = try read("a,b,c\n\n1,,\r\n\r\n,2,\n")
        #expect(table.rows == [["1", "", ""], ["", "2", ""]])
        #expect(table.lines == [3, 5])
    }

    @Test func accentsSurvive() throws {
        #expect(try read("n\nŁódź Café\n").rows == [["Łódź Café"]])
    }

    @Test func invalidUTF8IsAnErrorAtItsLineAndColumn() {
        var bytes = Array("id,name\n1,ok\n2,Caf".utf8)
        bytes += [0xE9]  // Latin-1 é
        bytes += Array(" Rouge\n".utf8)
        do {
            _ = try CSVReader(file: "t.csv", data: Data(bytes)).readAll()
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "t.csv:3:6: invalid UTF-8 (byte 0xE9); save the file as UTF-8")
        }
    }

    @Test func unterminatedQuoteIsAnError() {
        #expect(error("a,b\n1,\"open\n2,3\n") == "t.csv:2:3: quoted field is never closed (missing '\"')")
    }

    @Test func quoteInsideUnquotedFieldIsAnError() {
        #expect(error("a,b\n1,5\" screen\n") == "t.csv:2:4: '\"' inside an unquoted field; quote the whole field and double the '\"'")
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(error("a,b\n1,\"x\"y\n") == "t.csv:2:6: text after a closing quote; a quoted field must end at ',' or the line end")
    }

    @Test func raggedRowsAreErrors() {
        #expect(error("a,b,c\n1,2\n") == "t.csv:2:4: expected 3 fields as in the header, found 2")
        #expect(error("a,b\n1,2,3\n") == "t.csv:2:5: expected 2 fields as in the header, found 3")
    }

    @Test func emptyFileAndDuplicateHeader() {
        #expect(error("") == "t.csv:1:1: file is empty: expected a header row")
        #expect(error("id,name,id\n") == "t.csv:1:9: column \"id\" appears twice in the header")
    }

    @Test func skipBadRowsListsThemAndKeepsTheRest() throws {
        let table = try read("a,b\n1,2\n3\n4,\"x\"y\n5,6\n", skip: true)
        #expect(table.rows == [["1", "2"], ["5", "6"]])
        #expect(table.skipped.map(\.line) == [3, 4])
        #expect(table.skipped.map(\.message) == [
            "t.csv:3:2: expected 2 fields as in the header, found 1",
            "t.csv:4:6: text after a closing quote; a quoted field must end at ',' or the line end",
        ])
    }

    /// Chunked parsing gives the same rows as one pass, whatever the chunk size, even with
    /// quoted line breaks and quotes near chunk boundaries.
    @Test(arguments: [7, 13, 32, 64])
    func chunksAgreeWithOnePass(chunkSize: Int) throws {
        var text = "id,name,note\r\n"
        for i in 0..<200 {
            let note = i % 3 == 0 ? "\"line one\r\nline \"\"two\"\", end\"" : (i % 5 == 0 ? "\"a,b\"" : "plain")
            text += "\(i),Name \(i),\(note)\r\n"
        }
        let reader = CSVReader(file: "t.csv", data: Data(text.utf8))
        let whole = try reader.readAll()
        let header = try reader.header()
        var rows: [[String]] = [], lines: [Int] = []
        for chunk in reader.plan(start: header.dataStart, line: header.dataLine, targetSize: chunkSize) {
            _ = try reader.scan(chunk, fieldCount: 3, skipBadRows: false) { record in
                rows.append((0..<record.count).map { record.string($0) })
                lines.append(record.line)
            }
        }
        #expect(rows == whole.rows)
        #expect(lines == whole.lines)
        #expect(rows.count == 200)
    }
}
