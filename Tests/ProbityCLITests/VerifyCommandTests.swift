import Foundation
import Testing

/// `probity verify` passes an intact log with one line, and names each kind of tampering:
/// an edited field, a removed entry, two entries swapped, the assessment changed, the file
/// truncated; plus entries cut from the end once anchored, and a log naming unknown items.
@Suite struct VerifyCommandTests {
    let workspace: ModerationWorkspace

    init() throws {
        workspace = try ModerationWorkspace()
        try workspace.moderateStandard()
    }

    func verify(_ extra: [String] = []) -> CLIRun {
        workspace.run(["verify", "assessment.json", "mod.json"] + extra)
    }

    func head() throws -> String {
        let entries = try #require(try workspace.log()["entries"] as? [[String: Any]])
        return try #require(entries.last?["hash"] as? String)
    }

    func expectFailure(_ result: CLIRun, first: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.code == 1, sourceLocation: sourceLocation)
        #expect(result.stderrLines.first == first, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.last?.hasPrefix("Error: mod.json: verification failed, ") == true, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func anIntactLogPassesWithOneLine() throws {
        let result = verify()
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stdout.hasPrefix("mod.json: OK: 4 entries by A. Inspector (HMI); B. Moderator (inspection lead), 2026-01-01; hash chain intact; assessment.json unchanged since moderated (sha256 "))
        #expect(result.stdout.hasSuffix("; head \(try head())\n"))
    }

    @Test func anEditedFieldIsNamed() throws {
        try workspace.tamper { entries in
            var items = try #require(entries[2]["items"] as? [[String: Any]])
            items[0]["status"] = "partially-met"
            entries[2]["items"] = items
        }
        expectFailure(verify(), first: "error: mod.json: entries[2]: hash does not match its content (entry edited)")
    }

    @Test func anEditedAndResealedEntryIsCaughtByTheNextLink() throws {
        try workspace.tamper(reseal: [1]) { entries in entries[1]["moderator"] = ["name": "C. Someone"] }
        expectFailure(verify(), first: "error: mod.json: entries[2].previous: does not match the hash of entries[1] (an entry was removed, inserted or reordered, or entries[1] was edited and re-sealed)")
    }

    @Test func aRemovedEntryIsNamed() throws {
        try workspace.tamper { entries in entries.remove(at: 1) }
        expectFailure(verify(), first: "error: mod.json: entries[1].sequence: found 3, expected 2: entry 2 was removed")
    }

    @Test func swappedEntriesAreNamed() throws {
        try workspace.tamper { entries in entries.swapAt(2, 3) }
        expectFailure(verify(), first: "error: mod.json: entries[2].sequence: found 4, expected 3: entries were reordered (entry 3 is at entries[3])")
    }

    @Test func aChangedAssessmentIsNamed() throws {
        let original = try workspace.bytes("assessment.json")
        var changed = original
        changed.append(contentsOf: Array(" ".utf8))
        try changed.write(to: workspace.url("assessment.json"))
        let result = verify()
        #expect(result.code == 1 && result.stdout.isEmpty)
        let line = try #require(result.stderrLines.first)
        #expect(line.hasPrefix("error: mod.json: entries[3].assessmentSha256: assessment.json changed after it was moderated (sha256 "))
        #expect(line.contains(" recorded here, now "))
        #expect(result.stderrLines.count == 2)
    }

    @Test func aTruncatedFileIsMalformedJSON() throws {
        let bytes = try workspace.bytes("mod.json")
        try bytes.prefix(bytes.count / 2).write(to: workspace.url("mod.json"))
        let result = verify()
        #expect(result.code == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("Error: mod.json:") == true)
        #expect(result.stderr.contains(": malformed JSON: unexpected end of file"))
    }

    @Test func entriesCutFromTheEndAreCaughtByAnAnchor() throws {
        let anchor = try head()
        #expect(verify(["--anchor", anchor]).stdout.contains("hash chain intact and anchored"))
        try workspace.tamper { entries in entries.removeLast() }
        #expect(verify().code == 0, "a log cut at its end is a valid shorter log: only an anchor tells")
        expectFailure(verify(["--anchor", anchor]),
                      first: "error: mod.json: entries: no entry has the anchored hash \(anchor): entries were removed from the end or the log was re-sealed since the anchor was recorded")
    }

    @Test func aLogNamingAnUnknownItemIsRefused() throws {
        try workspace.tamper(reseal: [3]) { entries in
            var items = try #require(entries[3]["items"] as? [[String: Any]])
            items[0]["item"] = "MR-11"
            entries[3]["items"] = items
        }
        expectFailure(verify(), first: "error: mod.json: entries[3].items[0].item: unknown item \"MR-11\" in revisit-2012; did you mean \"MR-01\"?")
    }

    @Test func usageErrors() {
        #expect(verify(["--anchor", "abc"]).stderrLines.first == "Error: --anchor expects a SHA-256 hash (64 hexadecimal characters), found 'abc'")
        #expect(workspace.run(["verify", "assessment.json"]).stderrLines.first == "Error: missing argument MODERATION")
        #expect(workspace.run(["verify", "assessment.json", "nope.json"]).stderr == "Error: nope.json: no such file\n")
        #expect(workspace.run(["verify", "--help"]).stdout.contains("USAGE: probity verify ASSESSMENT MODERATION [--anchor HASH]"))
    }
}
