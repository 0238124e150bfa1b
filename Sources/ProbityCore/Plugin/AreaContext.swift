/// Everything a plugin may look at for one area: the checklist area (items, thresholds), the
/// force's answers and evidence, the area's validated data return and the register findings.
public struct AreaContext: Sendable {
    public let checklist: Checklist
    public let area: ChecklistArea
    public let force: ForceInfo
    public let period: Period
    public let answers: [ItemID: Answer]
    public let evidence: [EvidenceID: EvidenceRecord]
    public let figures: DataReturn
    public let registers: RegisterEvidence?

    public init(checklist: Checklist, area: ChecklistArea, force: ForceInfo, period: Period,
                answers: [ItemID: Answer], evidence: [EvidenceID: EvidenceRecord],
                figures: DataReturn, registers: RegisterEvidence?) {
        self.checklist = checklist
        self.area = area
        self.force = force
        self.period = period
        self.answers = answers
        self.evidence = evidence
        self.figures = figures
        self.registers = registers
    }

    public var workforce: Int? { force.workforce }

    /// The data period in months (9 for September 2011 to May 2012).
    public var months: Double { period.months }

    /// A threshold from the area's data. Plugins declare the names they read; loading a
    /// checklist that lacks one fails (`PluginCatalogValidator`), so it is present here.
    public func threshold(_ spec: ThresholdSpec) -> Double { area.thresholds[spec.key] ?? .nan }

    /// Whether this checklist version has the item (new 2012 items are absent in 2011).
    public func has(_ item: ItemID) -> Bool { area.item(item) != nil }

    public func status(_ item: ItemID) -> AnswerStatus? {
        guard has(item) else { return nil }
        return answers[item]?.status ?? .notAssessed
    }

    /// The force claims the item is met.
    public func claimsMet(_ item: ItemID) -> Bool { status(item) == .met }

    /// The force claims the item is met or partially met.
    public func claims(_ item: ItemID) -> Bool {
        let status = status(item)
        return status == .met || status == .partiallyMet
    }

    /// The force says the item is not met.
    public func admitsNotMet(_ item: ItemID) -> Bool { status(item) == .notMet }

    /// The items of `candidates` this checklist version has (a 2012-only item is absent in 2011).
    public func present(_ candidates: [ItemID]) -> [ItemID] { candidates.filter(has) }

    /// The items the force claims are met: the claims a contradicting figure reduces.
    public func claimedMet(_ items: [ItemID]) -> [ItemID] { items.filter(claimsMet) }

    /// Evidence the force cites for an item.
    public func evidenceIDs(for item: ItemID) -> [EvidenceID] { answers[item]?.citedEvidence ?? [] }

    /// Items carrying a tag (see the checklist's traceability table).
    public func items(tagged tag: String) -> [ItemID] {
        area.items.filter { $0.tags?.contains(tag) == true }.map(\.id)
    }

    /// `count` per 1,000 workforce, when the workforce is known.
    public func perThousandWorkforce(_ count: Double) -> Double? {
        guard let workforce, workforce > 0 else { return nil }
        return count / Double(workforce) * 1000
    }

    /// `count` per 1,000 workforce a year, annualised from the data period (multiplied out in
    /// one expression so that a figure exactly at a threshold compares equal).
    public func perThousandWorkforceAYear(_ count: Int) -> Double? {
        guard let workforce, workforce > 0, months > 0 else { return nil }
        return Double(count) * 1000 * 12 / (Double(workforce) * months)
    }

    /// `count` per month of the data period.
    public func perMonth(_ count: Double) -> Double? { months > 0 ? count / months : nil }
}
