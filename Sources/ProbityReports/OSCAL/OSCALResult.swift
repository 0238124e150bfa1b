/// One set of results: the period, the controls reviewed, an observation per answer and the
/// findings, with scores and grades as properties.
public struct OSCALResult: Sendable, Hashable, Codable {
    public var uuid: String
    public var title: String
    public var description: String
    public var start: String
    public var end: String?
    public var props: [OSCALProperty]?
    public var reviewedControls: ReviewedControls
    public var observations: [OSCALObservation]?
    public var findings: [OSCALFinding]?
    public var remarks: String?

    enum CodingKeys: String, CodingKey {
        case uuid, title, description, start, end, props, observations, findings, remarks
        case reviewedControls = "reviewed-controls"
    }

    public struct ReviewedControls: Sendable, Hashable, Codable {
        public var description: String?
        public var controlSelections: [ControlSelection]

        enum CodingKeys: String, CodingKey {
            case description
            case controlSelections = "control-selections"
        }
    }

    /// `{"include-all": {}}`: every control of the catalog.
    public struct ControlSelection: Sendable, Hashable, Codable {
        public var includeAll: IncludeAll

        enum CodingKeys: String, CodingKey {
            case includeAll = "include-all"
        }
    }

    public struct IncludeAll: Sendable, Hashable, Codable {}
}
