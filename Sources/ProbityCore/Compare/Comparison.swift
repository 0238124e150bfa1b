/// Two health checks of the same force compared: overall and per area grade and score
/// movement, coverage change, every item (improved, regressed, unchanged, new, retired or not
/// comparable, with the reason), findings resolved, new and persisting, metrics and data-return
/// figures as rates, and, when a plan is given, the plan's progress. See `docs/compare.md`.
public struct Comparison: Sendable, Hashable, Codable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var old: ComparisonSide
    public var new: ComparisonSide
    /// How items were matched between the two checklists.
    public var matching: Matching
    public var overall: Overall
    public var areas: [AreaComparison]
    public var summary: Summary
    /// Things a reader must know: different forces compared, figures that could not be.
    public var notes: [String]
    public var plan: PlanProgress?
    /// The force's direction of travel: the headline, with the inspector's when recorded.
    public var progress: ProgressJudgement
    /// NEW's moderation log the inspector's judgements were read from.
    public var moderation: String?

    public struct Matching: Sendable, Hashable, Codable {
        public var basis: ItemMatching.Basis
        public var description: String
    }

    public struct Overall: Sendable, Hashable, Codable {
        public var grade: Movement
        public var gradeReason: String?
        /// nil when either year's overall grade is withheld or the years graded different areas.
        public var scoreChange: Double?
    }

    /// Counts for the headline.
    public struct Summary: Sendable, Hashable, Codable {
        public var improved = 0
        public var regressed = 0
        public var unchanged = 0
        public var mixed = 0
        public var new = 0
        public var retired = 0
        public var notComparable = 0
        public var findingsResolved = 0
        public var findingsNew = 0
        public var findingsPersisting = 0
        /// Weaknesses in one year only whose items were not judged in both years.
        public var findingsNotComparable = 0

        public init(items: [ItemComparison], findings: [FindingChange]) {
            for item in items { count(item.change) }
            let weaknesses = findings.filter { $0.kind != .strength }
            findingsResolved = weaknesses.filter { $0.status == .resolved }.count
            findingsNew = weaknesses.filter { $0.status == .new }.count
            findingsPersisting = weaknesses.filter { $0.status == .persisting }.count
            findingsNotComparable = weaknesses.filter { $0.status == .notComparable }.count
        }

        mutating func count(_ change: ItemChange) {
            switch change {
            case .improved: improved += 1
            case .regressed: regressed += 1
            case .unchanged: unchanged += 1
            case .mixed: mixed += 1
            case .new: new += 1
            case .retired: retired += 1
            case .notComparable: notComparable += 1
            }
        }

        public func count(of change: ItemChange) -> Int {
            switch change {
            case .improved: return improved
            case .regressed: return regressed
            case .unchanged: return unchanged
            case .mixed: return mixed
            case .new: return new
            case .retired: return retired
            case .notComparable: return notComparable
            }
        }
    }

    public var allItems: [ItemComparison] { areas.flatMap(\.items) }
    public var allFindings: [FindingChange] { areas.flatMap(\.findings) }

    /// The headline year span: `2011 -> 2012`.
    public var span: String { "\(old.year) -> \(new.year)" }
}
