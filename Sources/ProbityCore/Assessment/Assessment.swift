/// A force's self-assessment: who it is, the period it covers, the checklist it answers, an
/// answer per item, the evidence register behind the answers, each area's data return and
/// the register files. See `docs/assessment-format.md`.
public struct Assessment: Sendable, Hashable, Codable {
    public static let supportedSchemaVersions = [1]

    public var schemaVersion: Int
    public var force: ForceInfo
    public var year: Int
    public var period: Period
    public var checklist: ChecklistReference
    public var completedBy: Completion
    public var answers: [Answer]
    public var evidence: [EvidenceRecord]
    /// Each area's data return, keyed by area id; validated by the area's plugin.
    public var dataReturns: [String: JSONValue]?
    public var registers: RegisterFiles?

    public init(
        force: ForceInfo, year: Int, period: Period, checklist: ChecklistReference,
        completedBy: Completion, answers: [Answer], evidence: [EvidenceRecord] = [],
        dataReturns: [String: JSONValue]? = nil, registers: RegisterFiles? = nil
    ) {
        self.schemaVersion = 1
        self.force = force
        self.year = year
        self.period = period
        self.checklist = checklist
        self.completedBy = completedBy
        self.answers = answers
        self.evidence = evidence
        self.dataReturns = dataReturns
        self.registers = registers
    }

    public func answer(for item: ItemID) -> Answer? { answers.first { $0.item == item } }

    public func evidenceRecord(_ id: EvidenceID) -> EvidenceRecord? { evidence.first { $0.id == id } }
}

public struct ForceInfo: Sendable, Hashable, Codable {
    public var name: String
    public var code: String
    /// Officers and staff (headcount), for rates per 1,000 workforce.
    public var workforce: Int?

    public init(name: String, code: String, workforce: Int? = nil) {
        self.name = name
        self.code = code
        self.workforce = workforce
    }
}

/// The period the assessment and its data returns cover (inclusive).
public struct Period: Sendable, Hashable, Codable {
    public var start: LocalDate
    public var end: LocalDate

    public init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: LocalDate) -> Bool { date >= start && date <= end }

    /// The length in months: whole calendar months when the period runs from a month's first
    /// day to a month's last day (Sep 2011 - May 2012 is 9), otherwise days / 30.4375.
    public var months: Double {
        let endsOnMonthEnd = end.day == LocalDate.daysIn(month: end.month, year: end.year)
        if start.day == 1 && endsOnMonthEnd {
            return Double((end.year - start.year) * 12 + end.month - start.month + 1)
        }
        return Double(end.daysSinceEpoch - start.daysSinceEpoch + 1) / 30.4375
    }
}

/// Who completed the assessment.
public struct Completion: Sendable, Hashable, Codable {
    public var role: String
    public var name: String?
    public var date: LocalDate?

    public init(role: String, name: String? = nil, date: LocalDate? = nil) {
        self.role = role
        self.name = name
        self.date = date
    }
}

/// The register exports an assessment draws on (paths relative to the assessment file).
public struct RegisterFiles: Sendable, Hashable, Codable {
    public var hospitality: String?
    public var contracts: String?
    public var suppliers: String?
    public var interests: String?
    /// A column mapping file for exports whose headers differ from the standard layout.
    public var mapping: String?
    /// A rules file overriding the default cross-check parameters.
    public var rules: String?
    /// The date reviews are judged against (defaults to the period end).
    public var asOf: LocalDate?
}
