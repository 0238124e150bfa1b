import Foundation
import ProbityCore
import Testing

/// The hash chain detects each kind of tampering and says which: an entry edited, removed,
/// reordered or duplicated, the header edited, the assessment changed after moderation; and
/// entries removed from the end once the head was anchored.
@Suite struct ModerationChainTests {
    /// A moderation log on disk that a test can tamper with as a person with a text editor would.
    struct LogFile {
        let url: URL
        var json: [String: Any]

        var entries: [[String: Any]] {
            get { json["entries"] as? [[String: Any]] ?? [] }
            set { json["entries"] = newValue }
        }

        /// Recomputes an entry's hash from its (edited) content, as a careful tamperer would.
        mutating func reseal(_ index: Int) throws {
            var entry = entries[index]
            entry["hash"] = nil
            let value = try JSONParser.parse(Array(try JSONSerialization.data(withJSONObject: entry)))
            entry["hash"] = ModerationHash.digest(ofEntry: value).hex
            entries[index] = entry
        }

        func load() throws -> ModerationLogDocument {
            try Data(try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted])).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            return try ModerationLogDocument.load(path: url.path, displayName: "mod.json")
        }
    }

    let document: AssessmentDocument
    let log: ModerationLog

    init() throws {
        document = try ModerationFixture.document(try ModerationFixture.assessment())
        log = try ModerationFixture.log(for: document)
    }

    func file() throws -> LogFile {
        let url = URL(fileURLWithPath: document.path).deletingLastPathComponent().appendingPathComponent("mod-\(UUID().uuidString).json")
        let text = try ModerationLogDocument.encode(log)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return LogFile(url: url, json: json)
    }

    func problems(_ file: LogFile, bytes: [UInt8]? = nil, anchor: SHA256Digest? = nil) throws -> [String] {
        ModerationVerifier(try file.load())
            .verify(assessment: ModeratedAssessment.digest(of: bytes ?? document.bytes), assessmentFile: "assessment.json", anchor: anchor)
            .map(\.rendered)
    }

    @Test func anIntactLogVerifies() throws {
        #expect(try problems(try file()).isEmpty)
        #expect(log.entries.map(\.sequence) == [1, 2, 3, 4])
        #expect(log.entries[0].previous == ModerationHash.genesis)
        #expect(log.entries[0].previous.hex == String(repeating: "0", count: 64))
        #expect(zip(log.entries, log.entries.dropFirst()).allSatisfy { $1.previous == $0.hash })
        #expect(try problems(try file(), anchor: log.entries[1].hash).isEmpty, "an anchor from an earlier head still verifies")
    }

    @Test func sealingIsDeterministic() throws {
        #expect(try ModerationFixture.log(for: document) == log)
        #expect(try ModerationLogDocument.encode(try ModerationFixture.log(for: document)) == ModerationLogDocument.encode(log))
    }

    @Test func anEditedEntryIsNamed() throws {
        var tampered = try file()
        tampered.entries[1]["date"] = "2025-12-31"
        #expect(try problems(tampered) == [
            "mod.json: entries[1]: hash does not match its content (entry edited)",
            "mod.json: entries[1].date: dated 2025-12-31, before entries[0] (2026-01-01): entries cannot go back in time",
        ])
    }

    @Test func anEditedAndResealedEntryBreaksTheNextLink() throws {
        var tampered = try file()
        var items = try #require(tampered.entries[1]["items"] as? [[String: Any]])
        items[0]["status"] = "partially-met"
        tampered.entries[1]["items"] = items
        try tampered.reseal(1)
        #expect(try problems(tampered) == ["mod.json: entries[2].previous: does not match the hash of entries[1] (an entry was removed, inserted or reordered, or entries[1] was edited and re-sealed)"])
    }

    @Test func aRemovedEntryIsNamed() throws {
        var tampered = try file()
        tampered.entries.remove(at: 1)
        #expect(try problems(tampered) == ["mod.json: entries[1].sequence: found 3, expected 2: entry 2 was removed"])
        var first = try file()
        first.entries.remove(at: 0)
        #expect(try problems(first).first == "mod.json: entries[0].sequence: found 2, expected 1: entry 1 was removed")
    }

    @Test func aRemovedAndRenumberedEntryBreaksTheChain() throws {
        var tampered = try file()
        tampered.entries.remove(at: 1)
        for index in 1..<tampered.entries.count {
            tampered.entries[index]["sequence"] = index + 1
            try tampered.reseal(index)
        }
        #expect(try problems(tampered).first == "mod.json: entries[1].previous: does not match the hash of entries[0] (an entry was removed, inserted or reordered, or entries[0] was edited and re-sealed)")
    }

    @Test func swappedEntriesAreNamed() throws {
        var tampered = try file()
        tampered.entries.swapAt(1, 2)
        let found = try problems(tampered)
        #expect(found.first == "mod.json: entries[1].sequence: found 3, expected 2: entries were reordered (entry 2 is at entries[2])")
        #expect(found.count == 3)
    }

    @Test func aDuplicatedEntryIsNamed() throws {
        var tampered = try file()
        tampered.entries.append(tampered.entries[3])
        #expect(try problems(tampered) == ["mod.json: entries[4].sequence: found 4, expected 5: duplicates entries[3] (an entry was copied)"])
    }

    @Test func aChangedAssessmentIsNamedWithBothHashes() throws {
        var changed = document.bytes
        changed.append(UInt8(ascii: "\n"))
        let recorded = ModeratedAssessment.digest(of: document.bytes)
        let now = ModeratedAssessment.digest(of: changed)
        #expect(try problems(try file(), bytes: changed) == [
            "mod.json: entries[3].assessmentSha256: assessment.json changed after it was moderated (sha256 \(recorded) recorded here, now \(now))",
        ])
    }

    @Test func anEditedHeaderIsNamed() throws {
        var tampered = try file()
        var header = try #require(tampered.json["assessment"] as? [String: Any])
        header["sha256"] = String(repeating: "ab", count: 32)
        tampered.json["assessment"] = header
        #expect(try problems(tampered) == ["mod.json: assessment.sha256: does not match entries[0].assessmentSha256 (the header was edited)"])
    }

    @Test func entriesRemovedFromTheEndNeedAnAnchor() throws {
        var tampered = try file()
        tampered.entries.removeLast()
        #expect(try problems(tampered).isEmpty, "a chain cut at its end is still a valid chain: the documented limit")
        #expect(try problems(tampered, anchor: log.head) == [
            "mod.json: entries: no entry has the anchored hash \(log.head): entries were removed from the end or the log was re-sealed since the anchor was recorded",
        ])
    }

    @Test func anEmptyLogIsRefused() throws {
        var tampered = try file()
        tampered.entries = []
        #expect(try problems(tampered) == ["mod.json: entries: the log has no entries"])
    }

    @Test func aMalformedHashIsADecodingError() throws {
        var tampered = try file()
        tampered.entries[0]["previous"] = "zero"
        let error = try #require(throws: ProbityError.self) { try tampered.load() }
        #expect(error.message == "mod.json: entries[0].previous: expected 64 hexadecimal characters, found \"zero\" (4 characters, non-hexadecimal \"z\" at offset 0)")
    }
}
