/// What the register cross-checks found, in the form the area plugins consume: a count per
/// check with the rows behind it, and the registers' health figures. Produced by
/// `ProbityRegisters` when an assessment names its register files.
public struct RegisterEvidence: Sendable, Hashable, Codable {
    public var files: [String]
    public var asOf: LocalDate
    public var checks: [RegisterCheckResult]
    public var health: RegisterHealth
    /// Rows skipped with `--skip-bad-rows` (never silently dropped: counted here).
    public var skippedRows: Int

    public init(files: [String], asOf: LocalDate, checks: [RegisterCheckResult], health: RegisterHealth, skippedRows: Int = 0) {
        self.files = files
        self.asOf = asOf
        self.checks = checks
        self.health = health
        self.skippedRows = skippedRows
    }

    public func check(_ id: RegisterCheckID) -> RegisterCheckResult? { checks.first { $0.id == id } }

    /// Rows flagged by a check (0 when the check did not run).
    public func count(_ id: RegisterCheckID) -> Int { check(id)?.count ?? 0 }
}

/// The register cross-checks (definitions in docs/crosscheck.md).
public enum RegisterCheckID: String, StrictStringEnum {
    /// Hospitality accepted from a supplier awarded a contract within the window after.
    case hospitalityBeforeContract = "a"
    /// A business interest in a supplier.
    case interestInSupplier = "b"
    /// ... where the staff member decided one of that supplier's contracts.
    case interestDecisionMaker = "b_worse"
    /// Chief officers' hospitality accepted without peer review.
    case chiefOfficerNoPeerReview = "c"
    /// Approved second jobs in prohibited categories.
    case prohibitedSecondJob = "d"
    /// Approved business interests overdue for review.
    case reviewOverdue = "e"
}

public struct RegisterCheckResult: Sendable, Hashable, Codable {
    public var id: RegisterCheckID
    public var title: String
    public var count: Int
    /// How many of them are the more severe form (recipient was the decision maker).
    public var severe: Int
    /// The first rows behind the count, as `register:row_id`.
    public var rows: [String]

    public init(id: RegisterCheckID, title: String, count: Int, severe: Int = 0, rows: [String] = []) {
        self.id = id
        self.title = title
        self.count = count
        self.severe = severe
        self.rows = rows
    }
}

/// Health figures of the gifts and hospitality register.
public struct RegisterHealth: Sendable, Hashable, Codable {
    public var hospitalityEntries: Int
    public var declined: Int
    public var chiefOfficerEntries: Int
    public var entriesPerThousandWorkforce: Double?
    /// Entries by value band, in band order (`under 25`, `25-100`, ...).
    public var valueBands: [ValueBandCount]
    public var interests: Int
    public var contracts: Int
    public var suppliers: Int

    public init(hospitalityEntries: Int, declined: Int, chiefOfficerEntries: Int,
                entriesPerThousandWorkforce: Double?, valueBands: [ValueBandCount],
                interests: Int, contracts: Int, suppliers: Int) {
        self.hospitalityEntries = hospitalityEntries
        self.declined = declined
        self.chiefOfficerEntries = chiefOfficerEntries
        self.entriesPerThousandWorkforce = entriesPerThousandWorkforce
        self.valueBands = valueBands
        self.interests = interests
        self.contracts = contracts
        self.suppliers = suppliers
    }

    public var declinedShare: Double {
        hospitalityEntries == 0 ? 0 : Double(declined) / Double(hospitalityEntries)
    }
}

public struct ValueBandCount: Sendable, Hashable, Codable {
    public var label: String
    public var count: Int

    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }
}
