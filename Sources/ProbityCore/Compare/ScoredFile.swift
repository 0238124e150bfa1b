/// An assessment or a scorecard read for a comparison or a plan: the scorecard (scored on the
/// fly when the file is an assessment), the checklist it answers and, for an assessment, the
/// figures of its data returns that can be compared between periods.
public struct ScoredFile: Sendable, Hashable, Codable {
    /// What the file held.
    public enum Kind: String, StrictStringEnum {
        case assessment
        case scorecard
    }

    /// The file as the user named it.
    public var file: String
    public var kind: Kind
    public var scorecard: Scorecard
    public var checklist: Checklist
    /// Count and share figures of the data returns (empty for a scorecard, which does not
    /// carry its data return).
    public var figures: [ReturnFigure]

    public init(file: String, kind: Kind, scorecard: Scorecard, checklist: Checklist, figures: [ReturnFigure] = []) {
        self.file = file
        self.kind = kind
        self.scorecard = scorecard
        self.checklist = checklist
        self.figures = figures
    }

    public var force: ForceInfo { scorecard.force }
    public var period: Period { scorecard.period }
}
