import Foundation
import Testing
@testable import ProbityRegisters

/// Input built to be slow: over-long cells, many quoted line breaks, very long words and
/// names. Each gives a precise error or a bounded, deterministic result.
@Suite struct HostileInputTests {
    static let limit = CSVScanner.maxCellBytes

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

    static func tooLong(_ at: String, _ bytes: Int) -> String {
        "t.csv:\(at): cell longer than 64 KiB (\(bytes) bytes, limit 65536); "
            + "a register cell holds a name, id, date, amount or short text, so check the export and its quoting"
    }

    // MARK: - Cell length

    @Test func aCellOverTheLimitIsAnErrorAtItsStart() throws {
        let long = String(repeating: "x", count: Self.limit + 1)
        #expect(error("id,name\n1,\(long)\n") == Self.tooLong("2:3", Self.limit + 1))
        #expect(error("id,name\n1,ok\n2,\"a,\(long)\"\n") == Self.tooLong("3:3", Self.limit + 3))
        #expect(error("id,\(long)\n") == Self.tooLong("1:4", Self.limit + 1))
        let atLimit = String(repeating: "y", count: Self.limit)
        #expect(try read("id,name\n1,\(atLimit)\n").rows == [["1", atLimit]])
    }

    /// Quoted line breaks count towards the length; the line and column are where the cell starts.
    @Test func aCellOfLineBreaksOverTheLimitIsAnError() {
        let breaks = String(repeating: "\r\n", count: 100_000)
        #expect(error("id,note\n1,x\n2,\"\(breaks)\"\n") == Self.tooLong("3:3", 200_000))
    }

    @Test func withSkipBadRowsTheRowIsSkippedAndReadingGoesOn() throws {
        let long = "\"" + String(repeating: "ab\n", count: 30_000) + "\""
        let table = try read("id,name\n1,a\n2,\(long)\n3,c\n", skip: true)
        #expect(table.rows == [["1", "a"], ["3", "c"]])
        #expect(table.lines == [2, 30_004])
        #expect(table.skipped.map(\.message) == [Self.tooLong("3:3", 90_000)])
    }

    /// The register loader, parsing in small parallel chunks, reports the same error, or
    /// skips the row and keeps every other.
    @Test func theLoaderRejectsOrSkipsAnOverLongName() throws {
        var synthetic = SyntheticRegisters(seed: 4, supplierCount: 50, rows: 400)
        let long = String(repeating: "Acme ", count: 20_000)
        synthetic.hospitality[100] = synthetic.hospitality[100].replacingOccurrences(of: ",business,", with: "\(long),business,")
        let readers = synthetic.readers()
        do {
            _ = try RegisterLoader(chunkSize: 4096).load(readers)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("hospitality.csv:102:"))
            #expect(error.message.contains(": cell longer than 64 KiB ("))
        }
        let registers = try RegisterLoader(skipBadRows: true, chunkSize: 4096).load(readers)
        #expect(registers.hospitality.count == 399)
        #expect(registers.skipped.map(\.line) == [102])
    }

    // MARK: - Quoted line breaks

    /// Many quoted line breaks, in one cell under the limit and across many rows, are read
    /// in one pass and in chunks alike, with the right line numbers after them.
    @Test(arguments: [4096, 1 << 20])
    func quotedLineBreaksParseCorrectly(chunkSize: Int) throws {
        var text = "id,note\r\n1,\"" + String(repeating: "\n", count: 60_000) + "\"\r\n"
        for i in 2...3000 { text += "\(i),\"line one\r\nline \"\"two\"\"\"\r\n" }
        text += "3001,last\r\n"
        let reader = CSVReader(file: "t.csv", data: Data(text.utf8))
        let whole = try reader.readAll()
        #expect(whole.rows.count == 3001)
        #expect(whole.rows[0][1].utf8.count == 60_000)
        #expect(whole.rows[1] == ["2", "line one\r\nline \"two\""])
        #expect(whole.lines[1] == 60_003)
        #expect(whole.lines[3000] == 60_003 + 2 * 2999)
        let header = try reader.header()
        var rows: [[String]] = [], lines: [Int] = []
        for chunk in reader.plan(start: header.dataStart, line: header.dataLine, targetSize: chunkSize) {
            _ = try reader.scan(chunk, fieldCount: 2, skipBadRows: false) { record in
                rows.append((0..<record.count).map { record.string($0) })
                lines.append(record.line)
            }
        }
        #expect(rows == whole.rows)
        #expect(lines == whole.lines)
    }

    // MARK: - Matching caps

    static let nato = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
                       "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
                       "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]

    func match(_ names: [String], suppliers: [String]) throws -> [NameMatch] {
        SupplierMatcher(rules: try CrosscheckRules.defaults.matching).match(names, suppliers: suppliers)
    }

    /// Words up to `maxWordLength` (32) letters may be misspelt; longer ones must agree exactly.
    @Test func aWordOverTheLengthCapIsComparedExactly() throws {
        let word32 = "Abcdefghijklmnopqrstuvwxyzabcdef", word33 = word32 + "g"
        func typo(_ word: String) -> String { String(word.prefix(10)) + "x" + String(word.dropFirst(11)) }
        let suppliers = ["\(word32) Holdings Ltd", "\(word33) Holdings Ltd"]
        let results = try match(["\(typo(word32)) Holdings", "\(typo(word33)) Holdings", "\(word33) Holdings Limited"],
                                suppliers: suppliers)
        #expect(results.map(\.supplier) == [0, nil, 1])
        #expect(results.map(\.rule) == [.spelling, .none, .exact])
    }

    /// Names of up to `maxNameWords` (24) words are matched approximately; longer ones exactly only.
    @Test func aNameOverTheWordCapIsMatchedExactlyOnly() throws {
        let name24 = Self.nato.prefix(24).joined(separator: " "), name25 = Self.nato.prefix(25).joined(separator: " ")
        func typo(_ name: String) -> String { name.replacingOccurrences(of: "charlie", with: "charlxe") }
        let results = try match([typo(name24), typo(name25), name25.uppercased()], suppliers: [name24, name25])
        #expect(results.map(\.supplier) == [0, nil, 1])
        #expect(results.map(\.rule) == [.spelling, .none, .exact])
    }

    /// A 1,600-letter word, a 50,000-word name and a 1 MB name (the library's API has no
    /// cell limit): bounded work, no match unless exact (a misspelt 1,600-letter word is not
    /// a misspelling), the same answer every time.
    @Test func hugeWordsAndNamesGiveABoundedDeterministicResult() throws {
        var rng = SplitMix64(seed: 9)
        func word(_ n: Int) -> String { String((0..<n).map { _ in Character(Unicode.Scalar(97 + UInt8(rng.below(26)))) }) }
        let letters = word(1600)
        let longWord = "Northern " + letters + " Services"
        let longWordMisspelt = "Northern " + letters.prefix(800) + "Q" + letters.dropFirst(801) + " Services"
        let manyWords = (0..<50_000).map { _ in word(5) }.joined(separator: " ")
        let megabyte = (0..<100_000).map { _ in word(9) }.joined(separator: " ")
        let misspelt = (0..<5_000).map { i in Self.nato[i % 26] + "x" }.joined(separator: " ")
        let suppliers = ["Northern Fleet Services Ltd", longWord, manyWords] + Self.nato.map { "\($0) Partners" }
        let names = [longWord, longWordMisspelt, manyWords, manyWords + " x", megabyte, misspelt, "Nothern Fleet Services"]
        let first = try match(names, suppliers: suppliers), second = try match(names, suppliers: suppliers)
        #expect(first == second)
        #expect(first.map(\.supplier) == [1, nil, 2, nil, nil, nil, 0])
        #expect(first.map(\.rule) == [.exact, .none, .exact, .none, .none, .none, .spelling])
    }

    @Test func theCapsAreRulesWithinBounds() throws {
        let rules = try CrosscheckRules.defaults.matching
        #expect(rules.maxWordLength == 32)
        #expect(rules.maxNameWords == 24)
        func decodeError(_ json: String) -> String? {
            do {
                _ = try CrosscheckRules.decode(Data(json.utf8), file: "rules.json")
                return nil
            } catch {
                return error.message
            }
        }
        #expect(decodeError("{\"matching\": {\"maxWordLength\": 65}}") == "rules.json: matching.maxWordLength: expected 1 to 64")
        #expect(decodeError("{\"matching\": {\"maxNameWords\": 0}}") == "rules.json: matching.maxNameWords: expected 1 to 64")
        #expect(decodeError("{\"matching\": {\"maxNameWords\": 12}}") == nil)
    }
}
