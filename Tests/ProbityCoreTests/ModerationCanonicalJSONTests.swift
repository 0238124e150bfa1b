import ProbityCore
import Testing

/// The canonical form an entry's hash is computed over: byte-stable, independent of layout and
/// key order, and the same as Python's `json.dumps(v, sort_keys=True, separators=(",", ":"),
/// ensure_ascii=False)` for the values moderation entries hold (the expected strings and
/// digests below were produced with Python 3 and hashlib, an independent implementation).
@Suite struct ModerationCanonicalJSONTests {
    static let document = #"{"b": [1, 2.5, true, null], "a": "x\"y\\z\n\u0001é/", "é": {"z": 0, "A": -3}, "hash": "ff"}"#

    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func keysSortedNoWhitespaceMinimalEscapes() throws {
        let canonical = String(decoding: CanonicalJSON.bytes(try parse(Self.document)), as: UTF8.self)
        #expect(canonical == #"{"a":"x\"y\\z\n\u0001é/","b":[1,2.5,true,null],"hash":"ff","é":{"A":-3,"z":0}}"#)
    }

    @Test func layoutAndKeyOrderDoNotChangeTheBytes() throws {
        let relaid = "{\n  \"hash\" : \"ff\",\n  \"\\u00e9\" : { \"A\" : -3.0, \"z\" : 0 },\n  \"a\" : \"x\\\"y\\\\z\\n\\u0001\\u00e9\\/\",\n  \"b\" : [ 1.0, 25e-1, true, null ]\n}"
        #expect(CanonicalJSON.bytes(try parse(relaid)) == CanonicalJSON.bytes(try parse(Self.document)))
    }

    @Test func anEntryHashLeavesOutItsHashMember() throws {
        #expect(ModerationHash.digest(ofEntry: try parse(Self.document)).hex == "c3cc9c99d0a5cb58f60a1ee72ca5a654f94e317133723404ce3edbbf3abb09e3")
        let withoutHash = try parse(#"{"b": [1, 2.5, true, null], "a": "x\"y\\z\n\u0001é/", "é": {"z": 0, "A": -3}}"#)
        #expect(SHA256.hash(CanonicalJSON.bytes(withoutHash)).hex == "c3cc9c99d0a5cb58f60a1ee72ca5a654f94e317133723404ce3edbbf3abb09e3")
        #expect(SHA256.hash(CanonicalJSON.bytes(try parse(Self.document))).hex == "03b90a8a558dd0aa23aabf66468943e7d66a3700c7f251d1e8025f5a9430afc4")
    }

    @Test func anyChangeOfContentChangesTheHash() throws {
        let original = ModerationHash.digest(ofEntry: try parse(Self.document))
        for edited in [#"{"b": [1, 2.5, true, null], "a": "x\"y\\z\n\u0001é/ ", "é": {"z": 0, "A": -3}}"#,
                       #"{"b": [1, 2.5, true], "a": "x\"y\\z\n\u0001é/", "é": {"z": 0, "A": -3}}"#,
                       #"{"b": [1, 2.5, true, null], "a": "x\"y\\z\n\u0001é/", "é": {"z": 0, "A": -3, "B": 1}}"#] {
            #expect(ModerationHash.digest(ofEntry: try parse(edited)) != original, "\(edited)")
        }
    }

    @Test func controlCharactersAndNumbers() throws {
        let canonical = String(decoding: CanonicalJSON.bytes(try parse(#"["\b\f\r\t\u001f", 1e2, -0.5, 123456789012]"#)), as: UTF8.self)
        #expect(canonical == #"["\b\f\r\t\u001f",100,-0.5,123456789012]"#)
    }
}
