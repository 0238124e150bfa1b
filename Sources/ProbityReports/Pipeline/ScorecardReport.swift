import ProbityCore

/// A scored assessment as every scorecard format needs it: the scorecard, its sources (the
/// assessment and its checklist, for the evidence register, narratives and questions) and the
/// assessment file as the user named it with the SHA-256 of its bytes (for OSCAL results).
public struct ScorecardReport: Sendable {
    public var scorecard: Scorecard
    public var sources: ScorecardSources
    public var file: String
    public var digest: SHA256Digest

    public init(scorecard: Scorecard, sources: ScorecardSources, file: String, digest: SHA256Digest) {
        self.scorecard = scorecard
        self.sources = sources
        self.file = file
        self.digest = digest
    }

    /// What an OSCAL assessment-results document is made from.
    public var oscalInput: OSCALResultsInput {
        OSCALResultsInput(scorecard: scorecard, assessment: sources.assessment, checklist: sources.checklist,
                          file: file, digest: digest)
    }
}
