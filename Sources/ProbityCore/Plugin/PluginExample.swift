/// A worked example a plugin carries in its descriptor: evidence in, the expected grade and
/// findings out. One generic test runs every example against every shipped checklist version
/// that has the plugin's area (or only the one it names), over that version's data period (or
/// the period it names); a failure is reported at the example's own file and line.
public struct PluginExample: Sendable {
    /// How the example's answers are filled: every item of the area gets `status` with
    /// evidence of quality `evidence`, then `overrides` replace individual items.
    public enum EvidenceQuality: String, Sendable {
        case datedDocument
        case undatedDocument
        case outsidePeriod
        case narrativeOnly
        case none
    }

    public var name: String
    /// The checklist version the example needs (an item new in 2012); nil for every version.
    public var checklist: ChecklistID?
    /// The data period; nil for the checklist year's default period.
    public var period: Period?
    public var status: AnswerStatus
    public var evidence: EvidenceQuality
    public var overrides: [ItemID: AnswerStatus]
    /// The area's data return as JSON text (`{}` for none).
    public var dataReturn: String
    public var registers: RegisterEvidence?
    public var workforce: Int?
    public var expectedGrade: GradeID
    /// Exactly the finding ids the example must produce.
    public var expectedFindings: Set<FindingID>
    /// Items whose claims the figures must contradict (empty: none).
    public var expectedContradictions: Set<ItemID>
    /// Metrics the example must produce, by id, with their values (other metrics may appear too).
    public var expectedMetrics: [String: Double]
    public var file: String
    public var line: Int

    public init(
        _ name: String, checklist: ChecklistID? = nil, period: Period? = nil, status: AnswerStatus = .met, evidence: EvidenceQuality = .datedDocument,
        overrides: [ItemID: AnswerStatus] = [:], dataReturn: String = "{}", registers: RegisterEvidence? = nil,
        workforce: Int? = 2000, expectGrade: GradeID, expectFindings: Set<FindingID> = [],
        expectContradictions: Set<ItemID> = [], expectMetrics: [String: Double] = [:],
        file: String = #filePath, line: Int = #line
    ) {
        self.name = name
        self.checklist = checklist
        self.period = period
        self.status = status
        self.evidence = evidence
        self.overrides = overrides
        self.dataReturn = dataReturn
        self.registers = registers
        self.workforce = workforce
        self.expectedGrade = expectGrade
        self.expectedFindings = expectFindings
        self.expectedContradictions = expectContradictions
        self.expectedMetrics = expectMetrics
        self.file = file
        self.line = line
    }
}
