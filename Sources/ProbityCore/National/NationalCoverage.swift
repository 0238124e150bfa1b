/// Which forces the national view counts, and where it is incomplete: forces missing against
/// the number expected, forces with items not assessed, forces without a workforce figure (no
/// rates for them), areas a force returned no figures for, and the data periods.
public struct NationalCoverage: Sendable, Hashable, Codable {
    public var forcesCounted: Int
    public var expectedForces: Int?
    /// Expected minus counted, when forces were expected and fewer were found.
    public var missing: Int?
    /// Every force counted, in code order.
    public var forces: [NationalForceSummary]
    /// Forces with at least one item not assessed.
    public var incomplete: [IncompleteForce]
    public var withoutWorkforce: [ForceCode]
    /// Areas whose data return some forces left empty.
    public var dataReturnGaps: [DataReturnGap]
    /// The data periods used, with their forces.
    public var periods: [PeriodTally]
    /// Anything else a reader must know about what was counted.
    public var notes: [String]

    public var isComplete: Bool {
        (missing ?? 0) == 0 && incomplete.isEmpty && withoutWorkforce.isEmpty && dataReturnGaps.isEmpty
    }
}

/// One force as counted: where it came from and how much of it was answered.
public struct NationalForceSummary: Sendable, Hashable, Codable {
    public var code: ForceCode
    public var name: String
    public var file: String
    public var workforce: Int?
    public var period: Period
    public var months: Double
    /// Share of applicable item weight answered, across all areas.
    public var answered: Double
    /// nil when the force's overall grade was withheld.
    public var overallGrade: GradeID?
    /// Whether the overall grade is given, provisional (some areas not graded) or withheld.
    public var overallStatus: OverallJudgement.Status
    public var moderation: String?

    /// `Good`, `Good (provisional)` or `Not graded: insufficient evidence`.
    public func overallLabel(_ scale: GradeScale) -> String {
        overallStatus == .provisional ? "\(scale.label(overallGrade)) (provisional)" : scale.label(overallGrade)
    }
}

/// A force that left items not assessed.
public struct IncompleteForce: Sendable, Hashable, Codable {
    public var force: ForceCode
    public var notAssessed: [ItemID]
}

/// An area for which some forces returned no figures at all.
public struct DataReturnGap: Sendable, Hashable, Codable {
    public var area: AreaID
    public var forces: [ForceCode]

    public init(area: AreaID, forces: [ForceCode]) {
        self.area = area
        self.forces = forces
    }
}

/// A data period and the forces that used it.
public struct PeriodTally: Sendable, Hashable, Codable {
    public var period: Period
    public var months: Double
    public var forces: [ForceCode]
}
