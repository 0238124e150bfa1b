import ProbityCore

/// What an assessment-results document is made from: the scored assessment, the checklist it
/// answers, and the assessment file (as the user named it, with the SHA-256 of its bytes, so
/// the results point at exactly the file they came from).
public struct OSCALResultsInput: Sendable {
    public var scorecard: Scorecard
    public var assessment: Assessment
    public var checklist: Checklist
    public var file: String
    public var digest: SHA256Digest

    public init(scorecard: Scorecard, assessment: Assessment, checklist: Checklist, file: String, digest: SHA256Digest) {
        self.scorecard = scorecard
        self.assessment = assessment
        self.checklist = checklist
        self.file = file
        self.digest = digest
    }

    /// Stable names for UUIDs: per force, year and checklist, so a revised assessment keeps
    /// its UUIDs (OSCAL asks for one UUID per subject across revisions).
    func uuid(_ path: String) -> String {
        OSCALUUID.make("assessment/\(assessment.force.code)/\(assessment.year)/\(checklist.id)/\(path)")
    }

    var forceUUID: String { uuid("party/force") }
    var assessorUUID: String { uuid("party/assessor") }
    var fileResourceUUID: String { uuid("assessment-file") }
    func observationUUID(_ item: ItemID) -> String { uuid("observation/\(item)") }
    func evidenceUUID(_ id: EvidenceID) -> String { uuid("evidence/\(id)") }

    /// `2012-05-31T00:00:00Z`: OSCAL date-times need a time and a zone.
    static func dateTime(_ date: LocalDate, endOfDay: Bool = false) -> String {
        "\(date)T\(endOfDay ? "23:59:59" : "00:00:00")Z"
    }
}
