import ProbityCore
import Testing

@Suite struct JSONParserTests {
    struct Bad: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let reason: String
        var testDescription: String { reason }
    }

    static let bad: [Bad] = [
        Bad(text: "", line: 1, column: 1, reason: "the file is empty; expected a JSON value"),
        Bad(text: "{\"a\": 1,\n \"b\": }", line: 2, column: 7, reason: "unexpected '}'; expected a JSON value"),
        Bad(text: "{\"a\": [1, 2", line: 1, column: 12, reason: "unexpected end of file; expected ',' or ']' in the array; the JSON is truncated"),
        Bad(text: "{\"a\": \"text", line: 1, column: 12, reason: "unexpected end of file inside a string; the JSON is truncated"),
        Bad(text: "{\"a\": 1 \"b\": 2}", line: 1, column: 9, reason: "unexpected '\"'; expected ',' or '}' in the object"),
        Bad(text: "{\"a\": 01}", line: 1, column: 7, reason: "invalid number: leading zeros are not allowed"),
        Bad(text: "{\"a\": tru}", line: 1, column: 10, reason: "unexpected '}'; expected true or a quoted string"),
        Bad(text: "{\"a\": 1, \"a\": 2}", line: 1, column: 10, reason: "duplicate field \"a\""),
        Bad(text: "{a: 1}", line: 1, column: 2, reason: "unexpected 'a'; expected a quoted field name"),
        Bad(text: "[1] [2]", line: 1, column: 5, reason: "unexpected '[' after the end of the JSON value"),
        Bad(text: "{\"é\": x}", line: 1, column: 7, reason: "unexpected 'x'; expected a JSON value"),
    ]

    @Test(arguments: bad)
    func reportsWhereADocumentGoesWrong(_ bad: Bad) {
        #expect(throws: JSONParser.Failure(line: bad.line, column: bad.column, reason: bad.reason)) {
            try JSONParser.parse(Array(bad.text.utf8))
        }
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(Array(#"{"s": "a\"b\u00e9\ud83d\ude00", "n": -1.5e2, "t": true, "z": null, "a": [1, {}]}"#.utf8))
        #expect(value == .object([
            "s": .string("a\"bé😀"), "n": .number(-150), "t": .bool(true), "z": .null,
            "a": .array([.number(1), .object([:])]),
        ]))
    }

    @Test func invalidUTF8IsReportedWithItsPlace() {
        let bytes: [UInt8] = Array("{\n  \"a\": \"".utf8) + [0xFF] + Array("\"}".utf8)
        #expect(throws: ProbityError.invalidUTF8(file: "x.json", line: 2, column: 9)) {
            try JSONDocument.parse(bytes: bytes, file: "x.json")
        }
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let document = try JSONDocument.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8), file: "bom.json")
        #expect(document.value == .array([.number(1)]))
    }

    @Test func pathsPrintAsADotted() {
        #expect(JSONPath([.key("answers"), .index(12), .key("status")]).description == "answers[12].status")
        #expect(JSONPath().description == "(document)")
    }
}

/// Hostile sizes are refused or bounded early (issue 12).
@Suite struct HostileSizeTests {
    @Test func aStringOverTheLimitIsRefusedWhereItStarts() {
        let bytes = Array("{\"item\": \"".utf8) + [UInt8](repeating: UInt8(ascii: "X"), count: JSONParser.maximumStringBytes + 2) + Array("\"}".utf8)
        #expect(throws: ProbityError.malformedJSON(file: "big.json", line: 1, column: 10,
                                                   reason: "a string longer than 8 MiB; no field needs one so long")) {
            try JSONDocument.parse(bytes: bytes, file: "big.json")
        }
    }

    @Test func aLongWordGetsNoSuggestionAndCostsNothing() {
        let word = String(repeating: "MR-01", count: 1_000_000)
        #expect(Suggestion.closest(to: word, among: ["MR-01", "MR-02"]) == nil)
    }
}
