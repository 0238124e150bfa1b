extension ModerationLog {
    /// A new log for an assessment file (no entries yet).
    public static func start(assessmentFile: String, assessmentBytes: [UInt8]) -> ModerationLog {
        ModerationLog(assessment: ModeratedAssessment(file: assessmentFile, sha256: ModeratedAssessment.digest(of: assessmentBytes)))
    }

    /// The log with one more entry, chained to the last one and sealed. The only way entries
    /// are added: earlier entries are never touched.
    public func appending(moderator: Moderator, date: LocalDate, assessmentBytes: [UInt8],
                          items: [ItemModeration], findings: [InspectorFinding] = [],
                          judgements: [ProgressJudgementEntry] = []) throws(ProbityError) -> ModerationLog {
        let entry = ModerationEntry(
            sequence: (entries.last?.sequence ?? 0) + 1, previous: head,
            assessmentSha256: ModeratedAssessment.digest(of: assessmentBytes),
            moderator: moderator, date: date, items: items, findings: findings, judgements: judgements)
        var log = self
        log.entries.append(try ModerationHash.seal(entry))
        return log
    }
}
