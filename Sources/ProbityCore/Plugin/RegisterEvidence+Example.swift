extension RegisterEvidence {
    /// Register evidence for a plugin's examples: the given cross-check results over a healthy
    /// gifts and hospitality register (200 hospitality entries, 40 declined, 12 chief officers'
    /// entries) read from the three registers at the end of the 2012 data period.
    public static func example(checks: [RegisterCheckResult]) -> RegisterEvidence {
        RegisterEvidence(
            files: ["gifts.csv", "contracts.csv", "interests.csv"],
            asOf: LocalDate(year: 2012, month: 5, day: 31) ?? LocalDate(daysSinceEpoch: 0),
            checks: checks,
            health: RegisterHealth(
                hospitalityEntries: 200, declined: 40, chiefOfficerEntries: 12, entriesPerThousandWorkforce: 100,
                valueBands: [ValueBandCount(label: "under 25", count: 150), ValueBandCount(label: "25-100", count: 50)],
                interests: 80, contracts: 40, suppliers: 30))
    }
}
