/// Brings a scorecard written by an earlier probity (`probity score --format json`) to the
/// current schema, so `compare` and `plan` can read it. Version 1 predates judgement from
/// evidence: every area was graded and answers raised no findings. Migrating says so rather than
/// inventing what the old rules never decided: the overall judgement is `graded` (as it was),
/// `migratedFrom` records the version, and the trail carries a note. Re-scoring the assessment
/// gives the current judgement.
public enum ScorecardMigration {
    /// The note added to a migrated scorecard's trail.
    public static let note = """
        Migrated from scorecard schema version 1: scored by earlier rules that graded every area and raised no \
        findings from answers; re-score the assessment for the current judgement.
        """

    public static func migrate(_ document: JSONDocument) throws(ProbityError) -> Scorecard {
        guard case .object(var root) = document.value else {
            throw .invalidValue(file: document.file, path: JSONPath(), reason: "expected a scorecard object, found \(document.value.summary)")
        }
        let enveloped = root["scorecard"] != nil
        let path = enveloped ? JSONPath([.key("scorecard")]) : JSONPath()
        guard case .object(var card)? = enveloped ? root["scorecard"] : document.value else {
            throw .invalidValue(file: document.file, path: path, reason: "expected a scorecard object")
        }
        let version = card["schemaVersion"]
        guard version?.numberValue == 1 else {
            let found = version?.summary ?? "no schemaVersion"
            let reason = version?.numberValue == Double(Scorecard.schemaVersion)
                ? "already schema version \(Scorecard.schemaVersion); nothing to migrate"
                : "probity migrates scorecard schema version 1 to \(Scorecard.schemaVersion), found \(found)"
            throw .invalidValue(file: document.file, path: path.appending("schemaVersion"), reason: reason)
        }
        card["schemaVersion"] = .number(Double(Scorecard.schemaVersion))
        card["overall"] = .object(["status": .string("graded"), "notGraded": .array([])])
        card["migratedFrom"] = .number(1)
        if enveloped { root["scorecard"] = .object(card) }
        let migrated = try JSONDocument.parse(bytes: CanonicalJSON.bytes(enveloped ? .object(root) : .object(card)), file: document.file)
        var scorecard = enveloped ? try migrated.decode(Envelope.self).scorecard : try migrated.decode(Scorecard.self)
        scorecard.why.children.insert(Explanation(note), at: 0)
        return scorecard
    }

    struct Envelope: Decodable {
        var scorecard: Scorecard
    }
}
