/// Checks that a moderation log is intact: every entry's hash matches its content, each entry
/// follows the one before (sequence and `previous` hash), every entry moderated the same
/// assessment, and that assessment has not changed since. Each problem names the place.
public struct ModerationVerifier: Sendable {
    public let document: ModerationLogDocument

    public init(_ document: ModerationLogDocument) { self.document = document }

    var entries: [ModerationEntry] { document.log.entries }

    /// Every problem, chain first. `anchor` is a head hash recorded earlier that the log must
    /// still contain (the only way to detect entries removed from the end).
    public func verify(assessment current: SHA256Digest, assessmentFile: String, anchor: SHA256Digest? = nil) -> [Diagnostic] {
        chainDiagnostics() + assessmentDiagnostics(current: current, assessmentFile: assessmentFile)
            + (anchor.map(anchorDiagnostics) ?? [])
    }

    public func chainDiagnostics() -> [Diagnostic] {
        guard !entries.isEmpty else { return [problem([.key("entries")], "the log has no entries")] }
        var problems: [Diagnostic] = canonicalDiagnostics()
        let sequencesInRange = entries.allSatisfy { (1...Self.maximumSequence).contains($0.sequence) }
        for index in entries.indices {
            let path: [JSONPathComponent] = [.key("entries"), .index(index)]
            if index < document.entryValues.count, ModerationHash.digest(ofEntry: document.entryValues[index]) != entries[index].hash {
                problems.append(problem(path, "hash does not match its content (entry edited)"))
            }
            if let message = dateProblem(at: index) { problems.append(problem(path + [.key("date")], message)) }
            if let message = sequenceRangeProblem(at: index) {
                problems.append(problem(path + [.key("sequence")], message))
            } else if sequencesInRange, let message = sequenceProblem(at: index) {
                problems.append(problem(path + [.key("sequence")], message))
            } else if let message = previousProblem(at: index) {
                problems.append(problem(path + [.key("previous")], message))
            }
        }
        return problems
    }

    public func assessmentDiagnostics(current: SHA256Digest, assessmentFile: String) -> [Diagnostic] {
        guard let first = entries.first, let last = entries.last else {
            if document.log.assessment.sha256 == current { return [] }
            return [problem([.key("assessment"), .key("sha256")], changed(assessmentFile, recorded: document.log.assessment.sha256, now: current))]
        }
        var problems: [Diagnostic] = []
        if document.log.assessment.sha256 != first.assessmentSha256 {
            problems.append(problem([.key("assessment"), .key("sha256")], "does not match entries[0].assessmentSha256 (the header was edited)"))
        }
        for (index, entry) in entries.enumerated().dropFirst() where entry.assessmentSha256 != first.assessmentSha256 {
            problems.append(problem([.key("entries"), .index(index), .key("assessmentSha256")],
                                    "differs from entries[0].assessmentSha256: this entry moderated a different version of the assessment"))
        }
        if last.assessmentSha256 != current {
            problems.append(problem([.key("entries"), .index(entries.count - 1), .key("assessmentSha256")],
                                    changed(assessmentFile, recorded: last.assessmentSha256, now: current)))
        }
        return problems
    }

    public func anchorDiagnostics(_ anchor: SHA256Digest) -> [Diagnostic] {
        if entries.contains(where: { $0.hash == anchor }) { return [] }
        return [problem([.key("entries")], "no entry has the anchored hash \(anchor): entries were removed from the end or the log was re-sealed since the anchor was recorded")]
    }

    func sequenceProblem(at index: Int) -> String? {
        let expected = index == 0 ? 1 : entries[index - 1].sequence + 1
        let found = entries[index].sequence
        guard found != expected else { return nil }
        let prefix = "found \(found), expected \(expected)"
        if let twin = entries.indices.first(where: { $0 != index && entries[$0].sequence == found }) {
            return "\(prefix): duplicates entries[\(twin)] (an entry was copied)"
        }
        let sequences = Set(entries.map(\.sequence))
        if found > expected, (expected..<found).allSatisfy({ !sequences.contains($0) }) {
            let missing = found - expected == 1 ? "entry \(expected) was" : "entries \(expected) to \(found - 1) were"
            return "\(prefix): \(missing) removed"
        }
        if let moved = entries.firstIndex(where: { $0.sequence == expected }) {
            return "\(prefix): entries were reordered (entry \(expected) is at entries[\(moved)])"
        }
        return "\(prefix): entries were reordered or renumbered"
    }

    func previousProblem(at index: Int) -> String? {
        let expected = index == 0 ? ModerationHash.genesis : entries[index - 1].hash
        guard entries[index].previous != expected else { return nil }
        if index == 0 { return "the first entry must have 64 zeros here (entries before it were removed)" }
        return "does not match the hash of entries[\(index - 1)] (an entry was removed, inserted or reordered, or entries[\(index - 1)] was edited and re-sealed)"
    }

    func changed(_ file: String, recorded: SHA256Digest, now: SHA256Digest) -> String {
        "\(file) changed after it was moderated (sha256 \(recorded) recorded here, now \(now))"
    }

    func problem(_ path: [JSONPathComponent], _ message: String) -> Diagnostic {
        Diagnostic(.error, file: document.file, path: JSONPath(path), message)
    }
}
